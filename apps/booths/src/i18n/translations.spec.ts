import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { en, zh } from './translations.js';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function lookup(obj: object, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') ? [p] : [];
  });
}

describe('booths translations', () => {
  it('has the same keys in Chinese and English, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
    for (const k of keys(zh)) {
      expect(String(lookup(zh, k)).trim()).not.toBe('');
      expect(String(lookup(en, k)).trim()).not.toBe('');
    }
  });

  it('keeps the same {{placeholders}} in both languages', () => {
    for (const k of keys(zh)) {
      const ph = (s: unknown) => (String(s).match(/{{\w+}}/g) ?? []).sort();
      expect([k, ph(lookup(en, k))]).toEqual([k, ph(lookup(zh, k))]);
    }
  });

  it('defines every literal key the code asks for', () => {
    const root = new URL('..', import.meta.url).pathname;
    const used = new Set<string>();
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((k) => typeof lookup(zh, k) !== 'string' && k !== 'brand.title');
    expect(missing).toEqual([]);
  });
});
