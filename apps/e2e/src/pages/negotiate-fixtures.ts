import { pngBuffer } from '../support/data.js';

/** The demo foundation's admin (DEMO_DATA=1): 成都市天府益行公益基金会. */
export const DEMO_FOUNDATION = { email: 'foundation@yiqia.demo', password: 'Foundation2026', orgName: '成都市天府益行公益基金会' } as const;

/** A 64 × 64 PNG to attach (Playwright file payload). */
export function pngFile(name = '食堂平面图.png') {
  return { name, mimeType: 'image/png', buffer: pngBuffer(64, 64, [47, 138, 76]) };
}
