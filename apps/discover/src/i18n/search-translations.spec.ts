import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LISTING_STATUSES } from '@yiqia/domain';
import { listingsZh } from './listings-translations.js';
import { searchEn, searchZh } from './search-translations.js';
import { SORTS, FACETS } from '../lib/search-state.js';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function lookup(obj: object, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

function sources(path: string): string[] {
  if (statSync(path).isDirectory()) return readdirSync(path).flatMap((name) => sources(join(path, name)));
  return /\.tsx?$/.test(path) && !/\.spec\.tsx?$/.test(path) ? [path] : [];
}

const root = new URL('..', import.meta.url).pathname;
/** The files whose strings live in search-translations.ts. */
const OWN = ['pages/search-page.tsx', 'pages/listing-page.tsx', 'components/search', 'components/listing', 'lib'].flatMap((p) => sources(join(root, p)));

describe('search translations (search page, listing page, listing card)', () => {
  it('has the same keys in Chinese and English, none empty', () => {
    expect(keys(searchEn).sort()).toEqual(keys(searchZh).sort());
    for (const k of keys(searchZh)) {
      expect([k, String(lookup(searchZh, k)).trim() !== '']).toEqual([k, true]);
      expect([k, String(lookup(searchEn, k)).trim() !== '']).toEqual([k, true]);
    }
  });

  it('keeps the same {{placeholders}} in both languages', () => {
    const ph = (s: unknown) => (String(s).match(/{{\w+}}/g) ?? []).sort();
    for (const k of keys(searchZh)) expect([k, ph(lookup(searchEn, k))]).toEqual([k, ph(lookup(searchZh, k))]);
  });

  it('has no Chinese left in English, except the 养老 that explains what "yl" finds', () => {
    for (const k of keys(searchEn)) {
      const text = String(lookup(searchEn, k)).replace('养老', '');
      expect([k, /[\u3400-\u9fff\uff00-\uffef]/.test(text)]).toEqual([k, false]);
    }
  });

  it('shares no top-level key with the listings translations (one namespace, two files)', () => {
    const theirs = new Set(Object.keys(listingsZh));
    expect(Object.keys(searchZh).filter((k) => theirs.has(k))).toEqual([]);
  });

  it('defines every key the code asks for (literal keys and the per-facet / per-sort / per-status ones)', () => {
    expect(OWN.length).toBeGreaterThan(10);
    const used = new Set<string>();
    for (const file of OWN) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]);
    }
    for (const facet of FACETS) used.add(`search.facet.${facet}`);
    for (const sort of SORTS) used.add(`search.sort.${sort}`);
    for (const a of ['exact', 'range', 'from', 'upTo']) used.add(`search.amount.${a}`);
    for (const status of LISTING_STATUSES) if (status !== 'open') used.add(`listing.statusNotice.${status}`);
    expect(used.size).toBeGreaterThan(60);
    used.delete('brand.title'); // the shell's namespace (page titles)
    const missing = [...used].filter((k) => typeof lookup(searchZh, k) !== 'string');
    expect(missing).toEqual([]);
  });

  it('offers examples in both languages', () => {
    expect(searchZh.search.examples.split('|')).toEqual(expect.arrayContaining(['养老', 'yl', '垃圾分类']));
    expect(searchEn.search.examples.split('|').length).toBeGreaterThanOrEqual(4);
  });
});
