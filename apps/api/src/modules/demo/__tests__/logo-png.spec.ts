import { inflateSync } from 'node:zlib';
import { LOGO_PALETTE, PNG_SIGNATURE, crc32, encodePngRgb, logoDesign, renderLogoPng } from '../logo-png.js';

interface Chunk {
  type: string;
  data: Buffer;
  crcOk: boolean;
}

function chunks(png: Buffer): Chunk[] {
  const out: Chunk[] = [];
  let o = 8;
  while (o < png.length) {
    const len = png.readUInt32BE(o);
    const type = png.toString('ascii', o + 4, o + 8);
    const data = png.subarray(o + 8, o + 8 + len);
    const crcOk = png.readUInt32BE(o + 8 + len) === crc32(png.subarray(o + 4, o + 8 + len));
    out.push({ type, data, crcOk });
    o += 12 + len;
  }
  return out;
}

/** Decodes our own output (filter 0 on every row) into RGB rows. */
function decode(png: Buffer): { width: number; height: number; pixels: Buffer; raw: Buffer } {
  const cs = chunks(png);
  const ihdr = cs.find((c) => c.type === 'IHDR')!.data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(cs.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * 3 + 1;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) raw.copy(pixels, y * width * 3, y * stride + 1, (y + 1) * stride);
  return { width, height, pixels, raw };
}

const pixel = (img: { width: number; pixels: Buffer }, x: number, y: number) => {
  const o = (y * img.width + x) * 3;
  return [img.pixels[o], img.pixels[o + 1], img.pixels[o + 2]];
};

describe('renderLogoPng', () => {
  it('writes a PNG: signature, IHDR first with the right size, IDAT, IEND last, valid CRCs', () => {
    const png = renderLogoPng(42);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const cs = chunks(png);
    expect(cs.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(cs.every((c) => c.crcOk)).toBe(true);
    const ihdr = cs[0].data;
    expect(ihdr.length).toBe(13);
    expect(ihdr.readUInt32BE(0)).toBe(128);
    expect(ihdr.readUInt32BE(4)).toBe(128);
    expect([...ihdr.subarray(8)]).toEqual([8, 2, 0, 0, 0]); // 8-bit RGB, deflate, filter 0, no interlace
    expect(cs[2].data.length).toBe(0);
  });

  it.each([16, 64, 128, 200])('decodes back at size %i: inflated IDAT has size*(size*3+1) bytes', (size) => {
    const png = renderLogoPng(7, size);
    const img = decode(png);
    expect(img.width).toBe(size);
    expect(img.height).toBe(size);
    expect(img.raw.length).toBe(size * (size * 3 + 1));
    for (let y = 0; y < size; y++) expect(img.raw[y * (size * 3 + 1)]).toBe(0);
  });

  it('is deterministic', () => {
    expect(renderLogoPng(123456).equals(renderLogoPng(123456))).toBe(true);
  });

  it('looks different for different seeds', () => {
    const seeds = Array.from({ length: 40 }, (_, i) => i * 7919 + 1);
    const images = new Set(seeds.map((s) => renderLogoPng(s, 32).toString('base64')));
    expect(images.size).toBe(seeds.length);
    const designs = new Set(seeds.map((s) => JSON.stringify(logoDesign(s))));
    expect(designs.size).toBe(seeds.length);
    const colours = new Set(seeds.map((s) => logoDesign(s).color.join()));
    expect(colours.size).toBeGreaterThan(5);
  });

  it('draws a mirrored 5×5 grid in a palette colour, neither empty nor solid', () => {
    for (let seed = 0; seed < 200; seed++) {
      const { cells, color } = logoDesign(seed);
      expect(cells).toHaveLength(5);
      for (const row of cells) {
        expect(row).toHaveLength(5);
        expect(row[0]).toBe(row[4]);
        expect(row[1]).toBe(row[3]);
      }
      const filled = cells.flat().filter(Boolean).length;
      expect(filled).toBeGreaterThan(3);
      expect(filled).toBeLessThan(25);
      expect(LOGO_PALETTE).toContainEqual(color);
    }
  });

  it('is symmetric left–right, light in the background and white in the rounded corners', () => {
    const size = 96;
    const img = decode(renderLogoPng(99, size));
    for (let y = 0; y < size; y += 3) {
      for (let x = 0; x < size / 2; x += 3) expect(pixel(img, x, y)).toEqual(pixel(img, size - 1 - x, y));
    }
    expect(pixel(img, 0, 0)).toEqual([255, 255, 255]);
    expect(pixel(img, size - 1, size - 1)).toEqual([255, 255, 255]);
    // Inside the tile's margin: the light background tint.
    const bg = pixel(img, Math.round(size * 0.08), Math.round(size / 2));
    expect(Math.min(...bg)).toBeGreaterThan(200);
    expect(bg).not.toEqual([255, 255, 255]);
    // Some pixels carry the (darker) foreground colour.
    const { color } = logoDesign(99);
    let ink = 0;
    for (let i = 0; i < img.pixels.length; i += 3) if (img.pixels[i] === color[0] && img.pixels[i + 1] === color[1] && img.pixels[i + 2] === color[2]) ink++;
    expect(ink).toBeGreaterThan(size * size * 0.1);
  });

  it('rejects sizes it cannot draw', () => {
    expect(() => renderLogoPng(1, 0)).toThrow(RangeError);
    expect(() => renderLogoPng(1, 12.5)).toThrow(RangeError);
    expect(() => renderLogoPng(Number.NaN)).toThrow(RangeError);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
  });

  it('encodes arbitrary scanlines', () => {
    const raw = Buffer.from([0, 255, 0, 0, 0, 0, 255, /* row 2 */ 0, 0, 255, 0, 255, 255, 255]);
    const png = encodePngRgb(2, 2, raw);
    expect(decode(png).raw.equals(raw)).toBe(true);
    expect(() => encodePngRgb(3, 2, raw)).toThrow(RangeError);
  });
});
