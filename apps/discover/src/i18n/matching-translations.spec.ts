import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LISTING_KINDS } from '@yiqia/domain';
import { QUICK_REASONS, TRIAD_ROLES } from '../components/matching/logic.js';
import { matchingEn, matchingZh } from './matching-translations.js';

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
/** The files whose strings live in matching-translations.ts. */
const OWN = ['components/matching', 'data/matching.ts'].flatMap((p) => sources(join(root, p)));

describe('matching translations (matches, recommendations, triads)', () => {
  it('has the same keys in Chinese and English, none empty', () => {
    expect(keys(matchingEn).sort()).toEqual(keys(matchingZh).sort());
    for (const k of keys(matchingZh)) {
      expect([k, String(lookup(matchingZh, k)).trim() !== '']).toEqual([k, true]);
      expect([k, String(lookup(matchingEn, k)).trim() !== '']).toEqual([k, true]);
    }
  });

  it('keeps the same {{placeholders}} in both languages', () => {
    const ph = (s: unknown) => (String(s).match(/{{\w+}}/g) ?? []).sort();
    for (const k of keys(matchingZh)) expect([k, ph(lookup(matchingEn, k))]).toEqual([k, ph(lookup(matchingZh, k))]);
  });

  it('has no Chinese left in English', () => {
    for (const k of keys(matchingEn)) expect([k, /[\u3400-\u9fff\uff00-\uffef]/.test(String(lookup(matchingEn, k)))]).toEqual([k, false]);
  });

  it('keeps Chinese and punctuation out of the components (every string through t)', () => {
    for (const file of OWN) {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect([file, /[\u3400-\u9fff\uff00-\uffef]/.test(text)]).toEqual([file, false]);
    }
  });

  it('defines every key the code asks for (literal keys, and the per-kind / per-role / per-band ones)', () => {
    expect(OWN.length).toBeGreaterThan(8);
    const used = new Set<string>();
    for (const file of OWN) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]);
    }
    for (const band of ['strong', 'good', 'fair']) used.add(`matching.band.${band}`);
    for (const kind of LISTING_KINDS) {
      used.add(`matching.forListing.${kind}`);
      for (const k of ['title', 'subtitle', 'ownSubtitle', 'empty', 'emptyHint', 'browse']) used.add(`matching.listing.${k}.${kind}`);
    }
    for (const kind of ['feedback', 'contact']) {
      used.add(`matching.login.${kind}`);
      used.add(`matching.login.${kind}Title`);
    }
    for (const role of TRIAD_ROLES) {
      used.add(`matching.triad.role.${role}`);
      used.add(`matching.triad.youAre.${role}`);
    }
    for (const code of QUICK_REASONS) used.add(`matching.notFitModal.reasons.${code}`);
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((k) => typeof lookup(matchingZh, k) !== 'string');
    expect(missing).toEqual([]);
    // And nothing defined that no code uses (a renamed key would leave its old text behind).
    const unused = keys(matchingZh).filter((k) => !used.has(k));
    expect(unused).toEqual([]);
  });
});
