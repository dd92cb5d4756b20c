import { deflateSync } from 'node:zlib';
import { creditCodeCheckChar } from '@yiqia/domain';

/** Demo data the platform seeds with DEMO_DATA=1 (docs/api-foundation.md). */
export const DEMO = {
  organizer: { email: 'organizer@yiqia.demo', password: 'Organizer2026' },
  exhibitor: { email: 'exhibitor@yiqia.demo', password: 'Exhibitor2026' },
  expo: { slug: '2026-chengdu-sanshe', name: '2026 成都三社互动公益洽谈汇' },
} as const;

/** 锦江区, 成都市, 四川省 (GB/T 2260). */
export const JINJIANG = { code: '510104', path: ['四川省', '成都市', '锦江区'] } as const;

export const PASSWORD = 'Passw0rd2026';

let counter = 0;
/** A short id unique within and across runs (reused servers keep old data). */
export function uniqueId(): string {
  counter += 1;
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}${counter}`;
}

const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * A valid, random 统一社会信用代码 of a 社会组织 (5 = civil affairs, 2 = 民办非企业单位) in 锦江区:
 * 17 characters + the GB 32100 check character.
 */
export function validCreditCode(): string {
  let body = `52${JINJIANG.code}`;
  while (body.length < 17) body += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)];
  return body + creditCodeCheckChar(body);
}

/** The same code with a wrong check character (length and charset still fine). */
export function withWrongCheckChar(code: string): string {
  const right = code[17];
  const wrong = CODE_ALPHABET[(CODE_ALPHABET.indexOf(right) + 7) % CODE_ALPHABET.length];
  return code.slice(0, 17) + wrong;
}

export interface NewOrg {
  name: string;
  creditCode: string;
  adminName: string;
  email: string;
  password: string;
}

/** Everything the registration form asks for, unique per call. */
export function newOrg(label = '测试社工服务中心'): NewOrg {
  const id = uniqueId();
  return {
    name: `成都市${label}${id}`,
    creditCode: validCreditCode(),
    adminName: `管理员${id.slice(-4)}`,
    email: `admin-${id}@e2e.yiqia.test`,
    password: PASSWORD,
  };
}

// ---------------------------------------------------------------------------------------------
// Files for uploads, built in memory.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A valid RGB PNG of one colour (default 64 × 64). */
export function pngBuffer(width = 64, height = 64, rgb: [number, number, number] = [31, 95, 168]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A tiny valid one-page PDF (with a correct xref table). */
export function pdfBuffer(text = 'Yiqia e2e'): Buffer {
  const stream = `BT /F1 18 Tf 30 100 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** An SVG (not an allowed image type) — sent under a .png name to test the server's content check. */
export const SVG_DISGUISED_AS_PNG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>',
  'utf8',
);

export const CJK = /[\u3400-\u9fff\uff00-\uffef]/;
