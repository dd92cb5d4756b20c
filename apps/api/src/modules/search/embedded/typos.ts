import type { AnalyzedQuery, LatinTerm } from '../text/query.js';

/**
 * Typo tolerance for Latin words and pinyin: a query word that starts no indexed token at all
 * ("volunter", "yanglo") is looked up in the vocabulary (`listing_search_terms`: every Latin word and
 * pinyin spelling of a word or word pair ever indexed) with pg_trgm, and the closest words become
 * alternatives ("volunteer", "yanglao"). A word that matches something as it is — English, pinyin,
 * initials, a long pinyin run — is left alone, so a correct query is never diluted with look-alikes.
 */

/** Shorter words have too few trigrams to correct reliably ("yl" is initials, not a typo). */
export const MIN_TYPO_WORD = 5;
/** pg_trgm similarity a correction needs (0.3 is pg_trgm's own default for `%`). */
export const TYPO_SIMILARITY = 0.45;
const MAX_CORRECTIONS = 3;

interface Lookup {
  word: string;
  known: boolean;
  similar: string[];
}

export async function correctTypos(db: { query(sql: string, params?: unknown[]): Promise<any> }, query: AnalyzedQuery): Promise<AnalyzedQuery> {
  const candidates = query.terms.filter((t): t is LatinTerm => t.kind === 'latin' && t.text.length >= MIN_TYPO_WORD && /^[a-z]+$/.test(t.text));
  if (candidates.length === 0) return query;
  // Known: the start of a vocabulary word (a cheap index range: '~' sorts after every letter in the C
  // collation), else of any indexed token — initials and long pinyin runs are not in the vocabulary.
  // Words are [a-z]+ (checked above), so `word:*` is a valid prefix query.
  const rows: Lookup[] = await db.query(
    `SELECT w.word,
            EXISTS (SELECT 1 FROM listing_search_terms t WHERE t.term >= w.word AND t.term < w.word || '~')
              OR EXISTS (SELECT 1 FROM listing_search s WHERE s.document @@ to_tsquery('simple', w.word || ':*')) AS known,
            ARRAY(SELECT t.term FROM listing_search_terms t
                  WHERE t.term % w.word AND similarity(t.term, w.word) >= $2
                  ORDER BY similarity(t.term, w.word) DESC, t.term LIMIT $3) AS similar
     FROM unnest($1::text[]) AS w(word)`,
    [candidates.map((t) => t.text), TYPO_SIMILARITY, MAX_CORRECTIONS],
  );
  const corrections = new Map(rows.filter((r) => !r.known).map((r) => [r.word, r.similar]));
  return {
    terms: query.terms.map((t) => (t.kind === 'latin' && corrections.has(t.text) ? { ...t, fuzzy: corrections.get(t.text)! } : t)),
  };
}
