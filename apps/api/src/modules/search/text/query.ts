import { jieba } from './jieba.js';
import { textRuns } from './runs.js';

/**
 * A Han word of the query. It matches a document that has the word as a token, or — for words of
 * three or more characters, which the index may have segmented differently — all of its bigrams.
 */
export interface HanTerm {
  kind: 'han';
  text: string;
  /** Bigrams of the word when it is longer than two characters (all must match), else empty. */
  bigrams: string[];
}

/**
 * A Latin word of the query: English, a number, or pinyin (full, initials, a prefix of either).
 * It matches as a prefix; `fuzzy` holds spelling corrections found by the engine ("volunter" → volunteer).
 */
export interface LatinTerm {
  kind: 'latin';
  text: string;
  prefix: boolean;
  fuzzy: string[];
}

export type QueryTerm = HanTerm | LatinTerm;

/** The analysed query: a document must match every term (the engine may relax this to any term). */
export interface AnalyzedQuery {
  terms: QueryTerm[];
}

/** A query this long in terms is plenty; more would only make the full-text query heavy. */
export const MAX_QUERY_TERMS = 24;

/** One-character function words that carry no meaning on their own ("为留守儿童的项目"). */
const HAN_STOP_WORDS = new Set(Array.from('的了和与及或在是为对把被等之其也都而以于从到向着得地'));

/** Naive English plural stripping: "volunteers" also finds "volunteer" (the term matches as a prefix). */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function bigramsOf(word: string): string[] {
  const chars = Array.from(word);
  if (chars.length < 3) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/**
 * Query analysis shared by every engine. Mixed runs are split ("社区yl" → 社区 + yl); Han runs are
 * segmented with jieba's precise mode; Latin runs are words that may be English or pinyin. Everything
 * that is not a letter or digit only separates words, so SQL or HTML in a query is just text.
 */
export function analyzeQuery(q: string | undefined): AnalyzedQuery {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (term: QueryTerm) => {
    const key = `${term.kind}:${term.text}`;
    if (seen.has(key) || terms.length >= MAX_QUERY_TERMS) return;
    seen.add(key);
    terms.push(term);
  };
  for (const run of textRuns(q ?? '')) {
    if (run.kind === 'latin') {
      // A single letter as a prefix would match a large part of the index; it matches exactly.
      add({ kind: 'latin', text: stem(run.text), prefix: run.text.length > 1, fuzzy: [] });
      continue;
    }
    for (const word of jieba().cut(run.text, true)) {
      add({ kind: 'han', text: word, bigrams: bigramsOf(word) });
    }
  }
  const meaningful = terms.filter((t) => !(t.kind === 'han' && HAN_STOP_WORDS.has(t.text)));
  return { terms: meaningful.length > 0 ? meaningful : terms };
}

/** True when the query has nothing to match (empty, or only punctuation). */
export function isEmptyQuery(query: AnalyzedQuery): boolean {
  return query.terms.length === 0;
}
