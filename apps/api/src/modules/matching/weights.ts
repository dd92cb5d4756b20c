/**
 * Every weight of the matchmaking score, in one place. A match's score is the sum of its features'
 * points (each feature gives between 0 and its weight), so the reasons shown — one per feature with
 * points — add up to the score. The positive weights of a listing pair sum to 100.
 */
export const MATCH_WEIGHTS = {
  /** Shared service domains, by overlap (mean of the shares of each side's domains). */
  sharedDomains: 25,
  /** Shared target groups, same overlap. */
  sharedTargetGroups: 10,
  /** Same district / city / province (GB/T 2260 path). */
  sameDistrict: 15,
  sameCity: 10,
  sameProvince: 5,
  /** The offer's amount covers the need's (full) or covers part of it / the ranges overlap (half). */
  amountFit: 10,
  /** Share of the need's resource types the offer gives. */
  resourcesAnswer: 20,
  /** Text similarity (idf-weighted cosine of Chinese words), reaching full points at `textFullAt`. */
  similarText: 12,
  /** Trust signals of the counterpart. */
  verifiedOrg: 2,
  approvedBooth: 1,
} as const;

/** Cosine similarity at which text similarity gives its full points (short texts rarely exceed 0.4). */
export const TEXT_FULL_AT = 0.4;

/** Shared words shown in a text reason. */
export const TEXT_REASON_WORDS = 3;

/**
 * Recommendations: the counterpart's organisation already had a conversation with the caller's (full),
 * or one like it did — same organisation type, a listing in a shared domain (half).
 */
export const PAST_CONVERSATION_POINTS = 6;
export const SIMILAR_CONVERSATION_POINTS = 3;

/**
 * "Not a fit": suggestions similar to a hidden one lose up to this many points, scaled by the
 * similarity (1 for the same organisation; else 0.6·domain Jaccard + 0.4·resource Jaccard, applied
 * from FEEDBACK_SIMILARITY_MIN).
 */
export const FEEDBACK_PENALTY = 15;
export const FEEDBACK_SIMILARITY_MIN = 0.5;

/** Pairs below this score are not suggested at all. */
export const MIN_MATCH_SCORE = 12;

/**
 * Three-way suggestions: score = funder share × score(need, funder) + implementer share ×
 * score(need, implementer) + `implementerDelivers` (the implementer gives what the funder lacks).
 */
export const TRIAD_WEIGHTS = { funderShare: 0.45, implementerShare: 0.45, implementerDelivers: 10 } as const;
