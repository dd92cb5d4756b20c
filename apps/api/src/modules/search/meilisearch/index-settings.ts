import type { Settings } from 'meilisearch';

/**
 * The Meilisearch index settings of the listings index, kept in code and applied by `init()`
 * (idempotently: nothing is sent when the index already has them).
 *
 * Why the `*Tokens` fields: Meilisearch segments Chinese with its own dictionary and indexes whole
 * dictionary words, so "农业" does not find "中国农业发展银行" and "简单" does not find "安装简单"; it
 * also gives no typo tolerance to words under 5 characters, i.e. to every common Chinese word. We feed
 * it the shared text analysis (jieba search-mode words, CJK bigrams, lower-cased Latin words, pinyin
 * full and initials) as space-separated tokens, so every sub-word and pinyin form is a word of its own.
 */

/** Searchable fields, in ranked order: a match in an earlier field ranks higher (the `attribute` rule). */
export const SEARCHABLE_ATTRIBUTES = [
  'title',
  'titleTokens',
  'pinyin',
  'organizationName',
  'organizationTokens',
  'summary',
  'summaryTokens',
  'labelTokens',
  'bodyTokens',
] as const;

/** Fields that are Chinese text (or tokens of it): segmented as Mandarin, never guessed as Japanese. */
export const CHINESE_ATTRIBUTES = [
  'title',
  'titleTokens',
  'organizationName',
  'organizationTokens',
  'summary',
  'summaryTokens',
  'labelTokens',
  'bodyTokens',
] as const;

export const FILTERABLE_ATTRIBUTES = [
  'kind',
  'status',
  'domains',
  'targetGroups',
  'resourceTypes',
  'regionPath',
  'orgType',
  'amountBand',
  'amountMin',
  'amountMax',
  'expoId',
  'organizationId',
  'boothId',
] as const;

/** `createdAt` is stored as epoch milliseconds (a number sorts; an ISO string would sort as text). */
export const SORTABLE_ATTRIBUTES = ['createdAt', 'amount'] as const;

/**
 * What a search returns of a document: the hit fields, and the pinyin (for highlighting what
 * Meilisearch matched through a pinyin typo; the API does not return it). Never the other token fields.
 */
export const DISPLAYED_ATTRIBUTES = [
  'id',
  'kind',
  'status',
  'title',
  'summary',
  'organizationId',
  'organizationName',
  'orgType',
  'domains',
  'targetGroups',
  'resourceTypes',
  'regionCode',
  'regionName',
  'amountMin',
  'amountMax',
  'expoId',
  'boothId',
  'createdAt',
  'pinyin',
] as const;

/**
 * `sort` right after `words`: an explicit sort (newest, amount) orders every full match, relevance
 * only breaks ties; without a sort parameter the rule does nothing and relevance decides.
 */
export const RANKING_RULES = ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness'] as const;

/** Region facet: every province, city and district code that has listings (China has ≈ 3,200). */
export const MAX_VALUES_PER_FACET = 4000;
/** Totals are exact up to this many matches (page 1000 × 100 per page is the deepest reachable page). */
export const MAX_TOTAL_HITS = 1_000_000;

export const LISTINGS_INDEX_SETTINGS = {
  searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
  displayedAttributes: [...DISPLAYED_ATTRIBUTES],
  filterableAttributes: [...FILTERABLE_ATTRIBUTES],
  sortableAttributes: [...SORTABLE_ATTRIBUTES],
  rankingRules: [...RANKING_RULES],
  localizedAttributes: [{ attributePatterns: [...CHINESE_ATTRIBUTES], locales: ['cmn'] }],
  typoTolerance: {
    enabled: true,
    // Meilisearch's defaults, stated: one typo from 5 characters, two from 9. Latin words and pinyin
    // ("yanglao" → "yangalo", "volunter") get them; Chinese words (2–4 characters) get none — the
    // token fields make up for it with sub-words and pinyin.
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    // Codes and amounts are matched exactly (Meilisearch ≥ 1.15).
    disableOnNumbers: true,
  },
  faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  // Facet values are only counted, never searched: skip building the facet-search structures.
  facetSearch: false,
} satisfies Settings;

/** The locales sent with every query, so a short Chinese query is segmented as Mandarin. */
export const QUERY_LOCALES = ['cmn'];

/** Settings the server keeps as sets (it may answer them in another order). */
const SET_VALUED: ReadonlySet<string> = new Set(['filterableAttributes', 'sortableAttributes']);

/**
 * Settings the server does not yet have, key by key. A key counts as applied when the server's value
 * contains ours (objects: every key we set, recursively; arrays and scalars: equal) — the server
 * answers with extra defaults (e.g. `typoTolerance.disableOnWords: []`) that we do not set.
 */
export function settingsToApply(current: Settings, wanted: Settings = LISTINGS_INDEX_SETTINGS): Settings {
  const diff: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    let actual = (current as Record<string, unknown>)[key];
    let expected: unknown = value;
    if (SET_VALUED.has(key) && Array.isArray(actual) && Array.isArray(value)) {
      actual = [...actual].map(String).sort();
      expected = [...value].map(String).sort();
    }
    if (!contains(actual, expected)) diff[key] = value;
  }
  return diff as Settings;
}

function contains(actual: unknown, wanted: unknown): boolean {
  if (Array.isArray(wanted)) {
    return Array.isArray(actual) && actual.length === wanted.length && wanted.every((w, i) => contains(actual[i], w));
  }
  if (wanted !== null && typeof wanted === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(wanted).every(([k, w]) => contains((actual as Record<string, unknown>)[k], w));
  }
  return Object.is(actual, wanted);
}
