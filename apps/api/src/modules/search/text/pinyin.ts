import { pinyin } from 'pinyin-pro';
import type { WordSpan } from './jieba.js';

/**
 * A pinyin spelling of some consecutive characters of a Han run: full ("yanglao") or initials ("yl").
 * `ends[k]` is the length of the spelling after k+1 characters, so a typed prefix can be mapped back
 * to the characters it covers ("yangl" covers 养老, "sq" covers 社区).
 */
export interface PinyinToken {
  token: string;
  /** `word`/`pair`: full spelling of one search-mode word or two adjacent words (the typo vocabulary); `other`: initials and spans. */
  kind: 'word' | 'pair' | 'other';
  /** Character (code point) index in the run. */
  start: number;
  ends: number[];
}

/**
 * How many characters a concatenated spelling covers from each word start. Queries match spellings
 * as prefixes, so the longest spelling from a start also finds every shorter one ("shequ", "shequyang",
 * "shequyanglao" all find 社区养老服务): one token per start is enough.
 */
export const PINYIN_SPAN = 8;

/** Syllables per character of a Han run, chosen by pinyin-pro in context (银行 → yin hang); '' when unknown. */
export function syllables(chars: string[]): string[] {
  const result = pinyin(chars.join(''), { toneType: 'none', type: 'array', v: true });
  // pinyin-pro answers one entry per character; characters it cannot spell come back unchanged.
  return chars.map((_, i) => (/^[a-z]+$/.test(result[i] ?? '') ? result[i] : ''));
}

function spell(sy: string[], start: number, end: number, initials: boolean, kind: PinyinToken['kind'] = 'other'): PinyinToken | null {
  let token = '';
  const ends: number[] = [];
  for (let i = start; i < end; i++) {
    if (!sy[i]) return null;
    token += initials ? sy[i][0] : sy[i];
    ends.push(token.length);
  }
  return { token, kind, start, ends };
}

/**
 * The pinyin tokens of a Han run: full spelling and initials of every search-mode word (so "nongye"
 * finds 中国农业发展银行 through its sub-word 农业), and from every word start the spelling and initials
 * of the next PINYIN_SPAN characters (so "shequyanglao", "sqyl" and "xinlifudao" find 社区养老 and
 * 儿童心理辅导 whatever jieba's word boundaries). Adjacent word pairs are marked `pair`: with single
 * words they are the vocabulary typos are corrected against ("xiaochenxu" → 小程序 = 小 + 程序).
 */
export function pinyinTokens(chars: string[], words: WordSpan[], searchWords: WordSpan[]): PinyinToken[] {
  const sy = syllables(chars);
  const out: PinyinToken[] = [];
  const push = (t: PinyinToken | null) => {
    if (t) out.push(t);
  };
  for (const w of searchWords) {
    if (w.end - w.start < 2) continue;
    push(spell(sy, w.start, w.end, false, 'word'));
    push(spell(sy, w.start, w.end, true));
  }
  for (let i = 0; i + 1 < words.length; i++) push(spell(sy, words[i].start, words[i + 1].end, false, 'pair'));
  const starts = new Set([...words, ...searchWords].map((w) => w.start));
  for (const start of [...starts].sort((a, b) => a - b)) {
    const end = Math.min(start + PINYIN_SPAN, chars.length);
    if (end - start < 2) {
      // A one-character word at the end of a run: its syllable alone ("书" → shu).
      push(spell(sy, start, end, false));
      continue;
    }
    push(spell(sy, start, end, false));
    push(spell(sy, start, end, true));
  }
  return out;
}
