import type { ListingSearchDoc } from '../search-engine.js';

/**
 * Builds the weighted tsvector of a document as tsvector text input, e.g. `'养老':3A,9A 'yl':12A`.
 * It is built here rather than with to_tsvector() so that PostgreSQL's parser (whose idea of a word
 * depends on the server's locale) never re-splits our tokens: the lexemes are exactly the analysed
 * tokens, on PostgreSQL 15 and 18 alike. Positions follow the token order (ts_rank_cd rewards
 * nearness) across the fields: A title + pinyin, B organisation + summary, C labels, D body.
 */

/** PostgreSQL keeps positions 1..16383 and at most 256 positions per lexeme. */
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 255;
/** Lexemes are at most 2 KB; analysed tokens are far shorter, anything else is dropped. */
const MAX_LEXEME_LENGTH = 200;
/** Tokens are letters and digits only (see text/runs.ts); this guards the text format all the same. */
const SAFE_LEXEME = /^[\p{L}\p{N}]+$/u;

type Weight = 'A' | 'B' | 'C' | 'D';

export function documentTsvector(tokens: ListingSearchDoc['tokens']): string {
  const fields: [string, Weight][] = [
    [tokens.title, 'A'],
    [tokens.pinyin, 'A'],
    [tokens.organization, 'B'],
    [tokens.summary, 'B'],
    [tokens.labels, 'C'],
    [tokens.body, 'D'],
  ];
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const [text, weight] of fields) {
    for (const token of text.split(' ')) {
      if (!token || token.length > MAX_LEXEME_LENGTH || !SAFE_LEXEME.test(token)) continue;
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(token) ?? [];
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${position}${weight}`);
      positions.set(token, list);
    }
  }
  const parts: string[] = [];
  for (const [lexeme, list] of positions) parts.push(`'${lexeme}':${list.join(',')}`);
  return parts.join(' ');
}
