import type { AnalyzedQuery, LatinTerm } from '../text/query.js';
import { textRuns } from '../text/runs.js';
import { LISTINGS_INDEX_SETTINGS } from './index-settings.js';

/**
 * Meilisearch corrects typos itself and does not say which word it matched, while the shared
 * highlighter marks a Latin word only when the query word is its prefix or one of the term's
 * `fuzzy` corrections (the embedded engine fills them from its vocabulary). This finds the words of
 * a hit that Meilisearch's own typo rules accept for a query word — same minimum word sizes, edit
 * distance with transpositions — so "volunter" marks "volunteer" and "yanglo" marks 养老 (through the
 * hit's pinyin), as in the embedded engine.
 */

const { oneTypo, twoTypos } = LISTINGS_INDEX_SETTINGS.typoTolerance.minWordSizeForTypos;

/** Typos Meilisearch allows for a query word of this length. */
export function typoBudget(word: string): number {
  return word.length >= twoTypos ? 2 : word.length >= oneTypo ? 1 : 0;
}

/** Edit distance with adjacent transpositions (optimal string alignment), or max + 1 once above max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const at = (row: number[], j: number) => row[j] ?? Number.POSITIVE_INFINITY;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(at(prev, j) + 1, at(row, j - 1) + 1, at(prev, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, at(prev2, j - 2) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return Math.min(at(prev, b.length), max + 1);
}

/** Whether Meilisearch would match `word` for the query term within its typo budget (a prefix term: a prefix of `word`). */
export function typoMatches(term: LatinTerm, word: string): boolean {
  const budget = typoBudget(term.text);
  if (budget === 0 || word === term.text) return false;
  if (editDistance(term.text, word, budget) <= budget) return true;
  if (!term.prefix) return false;
  for (let len = Math.max(1, term.text.length - budget); len <= Math.min(word.length - 1, term.text.length + budget); len++) {
    if (editDistance(term.text, word.slice(0, len), budget) <= budget) return true;
  }
  return false;
}

/** Latin words of some texts (normalised as the highlighter sees them) plus extra words (e.g. pinyin). */
export function latinWords(texts: string[], extra = ''): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const run of textRuns(text)) if (run.kind === 'latin') words.add(run.text);
  for (const word of extra.split(/\s+/)) if (/^[a-z]+$/.test(word)) words.add(word);
  return words;
}

/** The query with, for each Latin word, the hit's words Meilisearch matched it to through a typo. */
export function withTypoMatches(query: AnalyzedQuery, words: Set<string>): AnalyzedQuery {
  if (!query.terms.some((t) => t.kind === 'latin' && typoBudget(t.text) > 0)) return query;
  return {
    terms: query.terms.map((t) => {
      if (t.kind !== 'latin' || typoBudget(t.text) === 0) return t;
      const found = [...words].filter((w) => !t.fuzzy.includes(w) && !(t.prefix && w.startsWith(t.text)) && typoMatches(t, w));
      return found.length ? { ...t, fuzzy: [...t.fuzzy, ...found] } : t;
    }),
  };
}
