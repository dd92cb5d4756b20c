import jiebaPackage from '@node-rs/jieba';
import jiebaDict from '@node-rs/jieba/dict.js';

type Jieba = InstanceType<typeof jiebaPackage.Jieba>;

let instance: Jieba | null = null;

/**
 * The one jieba segmenter of the process. Loading the dictionary takes ≈ 250 ms, so it happens once,
 * on first use (a bare `new Jieba()` has an empty dictionary and would split single characters).
 */
export function jieba(): Jieba {
  instance ??= jiebaPackage.Jieba.withDict(jiebaDict.dict);
  return instance;
}

/** A word of a Han run, by character (code point) index: [start, end). */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

export interface HanSegmentation {
  /** jieba's precise segmentation: contiguous, covers the run. */
  words: WordSpan[];
  /** Search mode: the precise words plus the dictionary sub-words of long ones (中国农业发展银行 → 农业, 发展, 银行, 农业发展银行). */
  searchWords: WordSpan[];
}

const SEPARATOR = '\n';

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n += 1; // count every unit but low surrogates
  }
  return n;
}

/** Splits jieba's output for runs joined by SEPARATOR back into one token list per run. */
function perRun(tokens: string[], count: number): string[][] {
  const out: string[][] = [[]];
  for (const t of tokens) {
    if (t === SEPARATOR) out.push([]);
    else out[out.length - 1].push(t);
  }
  while (out.length < count) out.push([]);
  return out;
}

/**
 * Segments several runs of Han characters with two calls to jieba (precise and search mode), each
 * word with its character position. Search mode emits, per precise word, its dictionary sub-words
 * and then the word itself, so walking both outputs together places every sub-word inside its word.
 */
export function segmentHanRuns(runs: string[]): HanSegmentation[] {
  if (runs.length === 0) return [];
  const joined = runs.join(SEPARATOR);
  const precise = perRun(jieba().cut(joined, true), runs.length);
  const search = perRun(jieba().cutForSearch(joined, true), runs.length);
  return runs.map((_, r) => {
    const words: WordSpan[] = [];
    let at = 0;
    for (const word of precise[r]) {
      const len = codePoints(word);
      words.push({ word, start: at, end: at + len });
      at += len;
    }
    const searchWords: WordSpan[] = [];
    let w = 0;
    for (const token of search[r]) {
      const current = words[w];
      if (!current) break;
      if (token === current.word) {
        searchWords.push(current);
        w += 1;
        continue;
      }
      const i = current.word.indexOf(token);
      if (i >= 0) {
        const start = current.start + codePoints(current.word.slice(0, i));
        searchWords.push({ word: token, start, end: start + codePoints(token) });
      }
    }
    return { words, searchWords };
  });
}
