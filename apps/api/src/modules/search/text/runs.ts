/**
 * Splits text into runs of Han characters and runs of other letters/digits ("Latin" words), keeping
 * the UTF-16 offsets of the original text so highlights can point back into it. Everything else
 * (spaces, punctuation, SQL or HTML syntax) only separates runs: a query is plain text.
 *
 * Normalisation: Latin runs are NFKD-folded, lower-cased and stripped of diacritics (full-width
 * "Ａ１" → "a1", "yǎnglǎo" → "yanglao"); Han runs are NFKC-folded (compatibility ideographs → the
 * unified ones). Index and query therefore see the same words.
 */

export type RunKind = 'han' | 'latin';

export interface TextRun {
  kind: RunKind;
  /** Normalised text of the run. */
  text: string;
  /** UTF-16 offset in the original text where the run starts / ends. */
  start: number;
  end: number;
  /** Han runs: the characters (code points) of `text`. */
  chars: string[];
  /** Han runs: original UTF-16 offset of each character, plus the end offset. */
  offsets: number[];
}

/** Longest Latin word we keep (longer runs are cut): lexemes and trigram lookups stay small. */
export const MAX_LATIN_WORD = 40;

const RUNS = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)/gu;
const NOT_WORD = /[^\p{L}\p{N}]/gu;
const MARKS = /\p{M}/gu;

export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const m of text.matchAll(RUNS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) {
      const original = Array.from(m[1]);
      const chars = original.map((c) => c.normalize('NFKC'));
      const offsets: number[] = [];
      let at = start;
      for (const c of original) {
        offsets.push(at);
        at += c.length;
      }
      offsets.push(end);
      runs.push({ kind: 'han', text: chars.join(''), start, end, chars, offsets });
    } else {
      const latin = m[2].normalize('NFKD').replace(MARKS, '').toLowerCase().replace(NOT_WORD, '').slice(0, MAX_LATIN_WORD);
      if (latin) runs.push({ kind: 'latin', text: latin, start, end, chars: [], offsets: [] });
    }
  }
  return runs;
}
