import type { AnalyzedQuery, LatinTerm } from '../text/query.js';

/**
 * Typo tolerance for Latin words and pinyin. The engine calls this only when a search found nothing:
 * then each Latin word is looked up in the vocabulary (`listing_search_terms`: every Latin word and
 * pinyin spelling of a word or word pair ever indexed) with pg_trgm, and the closest words become
 * alternatives of it ("volunter" → volunteer, "yanglo" → yanglao). A query that finds something as
 * typed is never widened with look-alikes, and costs no lookup.
 */

/** Shorter words have too few trigrams to correct reliably ("yl" is initials, not a typo). */
export const MIN_TYPO_WORD = 5;
/** pg_trgm similarity a correction needs (0.3 is pg_trgm's own default for `%`). */
export const TYPO_SIMILARITY = 0.45;
const MAX_CORRECTIONS = 3;

interface Lookup {
  word: string;
  similar: string[];
}

/** The query with corrections added to its Latin words, or the same object when there are none. */
export async function correctTypos(db: { query(sql: string, params?: unknown[]): Promise<any> }, query: AnalyzedQuery): Promise<AnalyzedQuery> {
  const candidates = query.terms.filter((t): t is LatinTerm => t.kind === 'latin' && t.text.length >= MIN_TYPO_WORD && /^[a-z]+$/.test(t.text));
  if (candidates.length === 0) return query;
  const rows: Lookup[] = await db.query(
    `SELECT w.word,
            ARRAY(SELECT t.term FROM listing_search_terms t
                  WHERE t.term % w.word AND similarity(t.term, w.word) >= $2
                  ORDER BY similarity(t.term, w.word) DESC, t.term LIMIT $3) AS similar
     FROM unnest($1::text[]) AS w(word)`,
    [candidates.map((t) => t.text), TYPO_SIMILARITY, MAX_CORRECTIONS],
  );
  const corrections = new Map(rows.filter((r) => r.similar.length > 0).map((r) => [r.word, r.similar]));
  if (corrections.size === 0) return query;
  return {
    terms: query.terms.map((t) => {
      const fuzzy = t.kind === 'latin' ? corrections.get(t.text) : undefined;
      return fuzzy ? { ...t, fuzzy } : t;
    }),
  };
}
