import { FILTERABLE_ATTRIBUTES, LISTINGS_INDEX_SETTINGS, MAX_VALUES_PER_FACET, SEARCHABLE_ATTRIBUTES, settingsToApply } from './index-settings.js';
import { FACET_ATTRIBUTES } from './filters.js';
import type { MeiliListingDocument } from './documents.js';

/** Keys of a document, checked at compile time: a renamed document field breaks this list. */
const documentKeys: Record<keyof MeiliListingDocument, true> = {
  id: true,
  kind: true,
  status: true,
  title: true,
  summary: true,
  organizationId: true,
  organizationName: true,
  orgType: true,
  domains: true,
  targetGroups: true,
  resourceTypes: true,
  regionCode: true,
  regionPath: true,
  regionName: true,
  amountMin: true,
  amountMax: true,
  amountBand: true,
  amount: true,
  expoId: true,
  boothId: true,
  createdAt: true,
  updatedAt: true,
  titleTokens: true,
  organizationTokens: true,
  summaryTokens: true,
  bodyTokens: true,
  labelTokens: true,
  pinyin: true,
};

describe('Meilisearch index settings', () => {
  it('ranks the title first, then its tokens and pinyin, the organisation, the summary, labels, the body last', () => {
    expect(LISTINGS_INDEX_SETTINGS.searchableAttributes).toEqual([
      'title',
      'titleTokens',
      'pinyin',
      'organizationName',
      'organizationTokens',
      'summary',
      'summaryTokens',
      'labelTokens',
      'bodyTokens',
    ]);
  });

  it('names only fields a document has', () => {
    const names = [
      ...LISTINGS_INDEX_SETTINGS.searchableAttributes,
      ...LISTINGS_INDEX_SETTINGS.filterableAttributes,
      ...LISTINGS_INDEX_SETTINGS.sortableAttributes,
      ...LISTINGS_INDEX_SETTINGS.displayedAttributes,
      ...LISTINGS_INDEX_SETTINGS.localizedAttributes.flatMap((rule) => rule.attributePatterns),
    ];
    for (const name of names) expect(documentKeys).toHaveProperty([name]);
  });

  it('never returns the token fields (pinyin only, to highlight pinyin typos)', () => {
    expect(LISTINGS_INDEX_SETTINGS.displayedAttributes.filter((a) => /Tokens$|^pinyin$/.test(a))).toEqual(['pinyin']);
  });

  it('can filter on every facet and on the query filters', () => {
    for (const attr of Object.values(FACET_ATTRIBUTES)) expect(FILTERABLE_ATTRIBUTES).toContain(attr);
    for (const attr of ['status', 'expoId', 'organizationId', 'boothId', 'amountMin', 'amountMax']) expect(FILTERABLE_ATTRIBUTES).toContain(attr);
  });

  it('segments the Chinese fields as Mandarin, and leaves pinyin to the Latin tokenizer', () => {
    const [rule] = LISTINGS_INDEX_SETTINGS.localizedAttributes;
    expect(rule.locales).toEqual(['cmn']);
    expect(rule.attributePatterns).toEqual(SEARCHABLE_ATTRIBUTES.filter((a) => a !== 'pinyin'));
  });

  it('counts every region code and lets totals be exact', () => {
    expect(MAX_VALUES_PER_FACET).toBeGreaterThanOrEqual(4000);
    expect(LISTINGS_INDEX_SETTINGS.pagination.maxTotalHits).toBeGreaterThanOrEqual(100_000);
    expect(LISTINGS_INDEX_SETTINGS.rankingRules.indexOf('sort')).toBe(1);
  });
});

describe('which settings init() sends', () => {
  // A GET /settings answer of an index that has our settings: the server adds its defaults and
  // answers set-valued settings in its own order.
  const applied = {
    ...LISTINGS_INDEX_SETTINGS,
    filterableAttributes: [...LISTINGS_INDEX_SETTINGS.filterableAttributes].sort(),
    sortableAttributes: [...LISTINGS_INDEX_SETTINGS.sortableAttributes].reverse(),
    typoTolerance: { ...LISTINGS_INDEX_SETTINGS.typoTolerance, disableOnWords: [], disableOnAttributes: [] },
    faceting: { maxValuesPerFacet: 4000, sortFacetValuesBy: { '*': 'alpha' as const } },
    stopWords: [],
    synonyms: {},
    distinctAttribute: null,
    proximityPrecision: 'byWord' as const,
    searchCutoffMs: null,
  };

  it('sends nothing when the index has them (a restart re-indexes nothing)', () => {
    expect(settingsToApply(applied)).toEqual({});
  });

  it('sends everything to a new index', () => {
    const fresh = { searchableAttributes: ['*'], displayedAttributes: ['*'], filterableAttributes: [], sortableAttributes: [], rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'] };
    expect(settingsToApply(fresh)).toEqual(LISTINGS_INDEX_SETTINGS);
  });

  it('sends only what differs, and order matters where it ranks', () => {
    const changed = {
      ...applied,
      searchableAttributes: [...LISTINGS_INDEX_SETTINGS.searchableAttributes].reverse(),
      typoTolerance: { ...applied.typoTolerance, minWordSizeForTypos: { oneTypo: 4, twoTypos: 9 } },
    };
    expect(settingsToApply(changed)).toEqual({
      searchableAttributes: LISTINGS_INDEX_SETTINGS.searchableAttributes,
      typoTolerance: LISTINGS_INDEX_SETTINGS.typoTolerance,
    });
  });
});
