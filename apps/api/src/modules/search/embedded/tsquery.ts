import type { AnalyzedQuery, QueryTerm } from '../text/query.js';

/**
 * Turns an analysed query into tsquery text input. Lexemes come from text/runs.ts and are letters and
 * digits only — checked again here — so user text can never add operators or quotes; the result is
 * still passed as a bound parameter ($n::tsquery), never spliced into SQL.
 */

const SAFE_LEXEME = /^[\p{L}\p{N}]+$/u;

function lexeme(text: string, prefix = false): string | null {
  return SAFE_LEXEME.test(text) ? `'${text}'${prefix ? ':*' : ''}` : null;
}

function termQuery(term: QueryTerm): string | null {
  const alternatives: string[] = [];
  const push = (s: string | null) => {
    if (s) alternatives.push(s);
  };
  if (term.kind === 'han') {
    push(lexeme(term.text));
    const bigrams = term.bigrams.map((b) => lexeme(b));
    if (bigrams.length > 0 && bigrams.every(Boolean)) push(`(${bigrams.join(' & ')})`);
  } else {
    push(lexeme(term.text, term.prefix));
    for (const f of term.fuzzy) push(lexeme(f));
  }
  if (alternatives.length === 0) return null;
  return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' | ')})`;
}

/** `all`: every term must match (the default); `any`: one is enough (the fallback when `all` finds nothing). */
export function toTsquery(query: AnalyzedQuery, mode: 'all' | 'any'): string | null {
  const parts = query.terms.map(termQuery).filter((p): p is string => p !== null);
  if (parts.length === 0) return null;
  return parts.join(mode === 'all' ? ' & ' : ' | ');
}
