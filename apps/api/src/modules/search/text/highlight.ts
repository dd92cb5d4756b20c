import type { HighlightRanges } from '@yiqia/contracts';
import { segmentHanRuns } from './jieba.js';
import { pinyinTokens } from './pinyin.js';
import type { AnalyzedQuery, HanTerm, LatinTerm } from './query.js';
import { type TextRun, textRuns } from './runs.js';

export interface HighlightOptions {
  /** Map pinyin matches back to Han characters ("yl" marks 养老). Titles only: pinyin is indexed for titles and organisation names. */
  pinyin?: boolean;
}

/** Sorted, merged [start, end) ranges; touching ranges become one. */
export function mergeRanges(ranges: HighlightRanges): HighlightRanges {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: HighlightRanges = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Character positions (by code point) where `needle` occurs in `chars`. */
function occurrences(chars: string[], needle: string[]): number[] {
  const found: number[] = [];
  outer: for (let i = 0; i + needle.length <= chars.length; i++) {
    for (let j = 0; j < needle.length; j++) if (chars[i + j] !== needle[j]) continue outer;
    found.push(i);
  }
  return found;
}

function hanRanges(term: HanTerm, runs: TextRun[]): HighlightRanges {
  const mark = (needle: string) => {
    const n = Array.from(needle);
    const out: HighlightRanges = [];
    for (const run of runs) {
      for (const i of occurrences(run.chars, n)) out.push([run.offsets[i], run.offsets[i + n.length]]);
    }
    return out;
  };
  const whole = mark(term.text);
  // The engine also matches a long word by its bigrams (the index may have split it differently).
  return whole.length > 0 || term.bigrams.length === 0 ? whole : term.bigrams.flatMap(mark);
}

function latinMatches(term: LatinTerm, word: string): boolean {
  return (term.prefix ? word.startsWith(term.text) : word === term.text) || term.fuzzy.includes(word);
}

function pinyinRanges(terms: LatinTerm[], runs: TextRun[]): HighlightRanges {
  const out: HighlightRanges = [];
  const segmentations = segmentHanRuns(runs.map((r) => r.text));
  for (const [r, run] of runs.entries()) {
    const { words, searchWords } = segmentations[r];
    for (const token of pinyinTokens(run.chars, words, searchWords)) {
      for (const term of terms) {
        let covered = 0;
        if (term.fuzzy.includes(token.token) || token.token === term.text) covered = token.ends.length;
        else if (term.prefix && token.token.startsWith(term.text)) covered = token.ends.findIndex((end) => end >= term.text.length) + 1;
        if (covered > 0) out.push([run.offsets[token.start], run.offsets[token.start + covered]]);
      }
    }
  }
  return out;
}

/**
 * Ranges of `text` to mark for an analysed query, shared by every engine so highlighting is the same:
 * Han query words (or their bigrams), Latin words the query word is a prefix of or a correction
 * equals, and — with `pinyin` — the Han characters a pinyin query spells ("yl" → 养老, "yangl" → 养老).
 */
export function highlightRanges(query: AnalyzedQuery, text: string, opts: HighlightOptions = {}): HighlightRanges {
  if (query.terms.length === 0 || !text) return [];
  const runs = textRuns(text);
  const han = runs.filter((r) => r.kind === 'han');
  const latinTerms = query.terms.filter((t): t is LatinTerm => t.kind === 'latin');
  const ranges: HighlightRanges = [];
  for (const term of query.terms) if (term.kind === 'han') ranges.push(...hanRanges(term, han));
  for (const run of runs) {
    if (run.kind === 'latin' && latinTerms.some((t) => latinMatches(t, run.text))) ranges.push([run.start, run.end]);
  }
  if (opts.pinyin && latinTerms.length > 0) ranges.push(...pinyinRanges(latinTerms, han));
  return mergeRanges(ranges);
}
