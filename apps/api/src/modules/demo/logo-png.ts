/**
 * Identicon-style booth logos for the demo data: a 5×5 grid mirrored left–right, in one colour from a
 * calm palette, on a light tint of that colour with rounded corners (anti-aliased). Encoded here as a
 * PNG (RGB, 8 bits, IHDR + IDAT + IEND) with node:zlib's deflate and our own CRC-32: no image library.
 * Deterministic: the same seed and size give the same bytes.
 */
import { deflateSync } from 'node:zlib';

/** Calm, mid-saturation colours that read well on white and on their own light tint. */
export const LOGO_PALETTE: readonly (readonly [number, number, number])[] = [
  [59, 126, 161], // steel blue
  [74, 157, 143], // teal
  [91, 140, 90], // sage
  [200, 121, 74], // terracotta
  [156, 111, 168], // muted purple
  [201, 152, 52], // mustard
  [201, 106, 106], // dusty rose
  [63, 143, 107], // jade
  [110, 116, 196], // periwinkle
  [78, 134, 198], // cornflower
  [170, 120, 80], // caramel
  [96, 125, 139], // blue grey
];

const GRID = 5;

export interface LogoDesign {
  /** 5 rows × 5 columns, mirrored: cells[r][c] === cells[r][4 - c]. */
  cells: boolean[][];
  color: readonly [number, number, number];
  background: readonly [number, number, number];
}

/** splitmix32-style mixer, so neighbouring seeds give unrelated designs. */
function mixer(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function logoDesign(seed: number): LogoDesign {
  if (!Number.isFinite(seed)) throw new RangeError('logo seed must be a finite number');
  const next = mixer(Math.trunc(seed));
  let bits = 0;
  // 15 free cells (3 columns × 5 rows); keep designs that are neither sparse nor solid blocks.
  for (let attempt = 0; attempt < 16; attempt++) {
    bits = next() & 0x7fff;
    const count = popcount(bits);
    if (count >= 6 && count <= 11) break;
  }
  const cells: boolean[][] = [];
  for (let r = 0; r < GRID; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < GRID; c++) {
      const col = c < 3 ? c : GRID - 1 - c;
      row.push(((bits >>> (r * 3 + col)) & 1) === 1);
    }
    cells.push(row);
  }
  const color = LOGO_PALETTE[next() % LOGO_PALETTE.length];
  const background = mix(color, [255, 255, 255], 0.88);
  return { cells, color, background };
}

/** Renders the logo for `seed` as a PNG of `size`×`size` pixels. */
export function renderLogoPng(seed: number, size = 128): Buffer {
  if (!Number.isInteger(size) || size < 8 || size > 2048) throw new RangeError('logo size must be an integer from 8 to 2048');
  const { cells, color, background } = logoDesign(seed);
  const white: readonly [number, number, number] = [255, 255, 255];

  const tileRadius = size * 0.2;
  const margin = size * 0.16;
  const cell = (size - 2 * margin) / GRID;
  const gap = cell * 0.07;
  const cellHalf = cell / 2 - gap;
  const cellRadius = cell * 0.24;
  const half = size / 2;

  const stride = size * 3 + 1;
  const raw = Buffer.alloc(stride * size);
  for (let y = 0; y < size; y++) {
    raw[y * stride] = 0; // filter: none
    const py = y + 0.5;
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      // The tile: a rounded square over the whole canvas, white outside its corners.
      const tile = coverage(roundedBoxDistance(px - half, py - half, half, half, tileRadius));
      let rgb = mix(white, background, tile);
      const gx = Math.floor((px - margin) / cell);
      const gy = Math.floor((py - margin) / cell);
      if (gx >= 0 && gx < GRID && gy >= 0 && gy < GRID && cells[gy][gx]) {
        const cx = margin + (gx + 0.5) * cell;
        const cy = margin + (gy + 0.5) * cell;
        const ink = coverage(roundedBoxDistance(px - cx, py - cy, cellHalf, cellHalf, cellRadius));
        rgb = mix(rgb, color, ink);
      }
      const o = y * stride + 1 + x * 3;
      raw[o] = rgb[0];
      raw[o + 1] = rgb[1];
      raw[o + 2] = rgb[2];
    }
  }
  return encodePngRgb(size, size, raw);
}

/**
 * Encodes already-filtered RGB scanlines (each row: one filter byte, then width×3 bytes) as a PNG.
 * Exported for tests and for anyone who wants a tiny image without a library.
 */
export function encodePngRgb(width: number, height: number, filteredRows: Buffer): Buffer {
  if (filteredRows.length !== height * (width * 3 + 1)) throw new RangeError('scanline buffer has the wrong length');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(filteredRows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (ISO-HDLC, polynomial 0xEDB88320), as PNG chunks use it. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Signed distance from a point (relative to the centre) to a rounded box with half-sizes hx, hy. */
function roundedBoxDistance(x: number, y: number, hx: number, hy: number, r: number): number {
  const qx = Math.abs(x) - hx + r;
  const qy = Math.abs(y) - hy + r;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  const inside = Math.min(Math.max(qx, qy), 0);
  return outside + inside - r;
}

/** Pixel coverage from a signed distance: 1 inside, 0 outside, a one-pixel ramp on the edge. */
function coverage(distance: number): number {
  return Math.min(1, Math.max(0, 0.5 - distance));
}

function mix(a: readonly [number, number, number], b: readonly [number, number, number], t: number): [number, number, number] {
  return [Math.round(a[0] + (b[0] - a[0]) * t), Math.round(a[1] + (b[1] - a[1]) * t), Math.round(a[2] + (b[2] - a[2]) * t)];
}

function popcount(n: number): number {
  let c = 0;
  while (n) {
    c += n & 1;
    n >>>= 1;
  }
  return c;
}
