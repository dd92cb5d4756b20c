import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LISTING_KINDS, LISTING_STATUSES } from '@yiqia/domain';
import { listingsEn, listingsZh } from './listings-translations.js';

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
/** The files whose strings live in listings-translations.ts. */
const OWN = ['pages/my-listings-page.tsx', 'pages/listing-editor-page.tsx', 'components/editor'].flatMap((p) => sources(join(root, p)));

describe('listings translations (my listings, editor)', () => {
  it('has the same keys in Chinese and English, none empty', () => {
    expect(keys(listingsEn).sort()).toEqual(keys(listingsZh).sort());
    for (const k of keys(listingsZh)) {
      expect([k, String(lookup(listingsZh, k)).trim() !== '']).toEqual([k, true]);
      expect([k, String(lookup(listingsEn, k)).trim() !== '']).toEqual([k, true]);
    }
  });

  it('keeps the same {{placeholders}} in both languages', () => {
    const ph = (s: unknown) => (String(s).match(/{{\w+}}/g) ?? []).sort();
    for (const k of keys(listingsZh)) expect([k, ph(lookup(listingsEn, k))]).toEqual([k, ph(lookup(listingsZh, k))]);
  });

  it('has no Chinese left in English', () => {
    for (const k of keys(listingsEn)) expect([k, /[\u3400-\u9fff\uff00-\uffef]/.test(String(lookup(listingsEn, k)))]).toEqual([k, false]);
  });

  it('defines every key the code asks for (literal keys, and the per-kind / per-status ones)', () => {
    expect(OWN.length).toBeGreaterThan(5);
    const used = new Set<string>();
    for (const file of OWN) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]);
    }
    for (const kind of LISTING_KINDS) {
      for (const k of ['title', 'subtitle', 'description']) used.add(`editor.kind.${kind}.${k}`);
      for (const k of ['titlePlaceholder', 'summaryPlaceholder', 'resourceTypes', 'resourceTypesHint', 'amount', 'amountHint']) used.add(`editor.fields.${k}.${kind}`);
    }
    for (const status of LISTING_STATUSES) {
      used.add(`editor.statusHint.${status}`);
      used.add(`mine.statusChanged.${status}`);
      used.add(`mine.tabs.${status}`);
    }
    expect(used.size).toBeGreaterThan(60);
    used.delete('brand.title'); // the shell's namespace (page titles)
    const missing = [...used].filter((k) => typeof lookup(listingsZh, k) !== 'string');
    expect(missing).toEqual([]);
  });
});
