import { searchListingsQuery, type SearchListingsQuery } from '@yiqia/contracts';
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type MultiSearchResponse,
} from 'meilisearch';
import { SearchEngineUnavailableError, type ListingSearchDoc } from '../search-engine.js';
import { buildSearchQueries, isUnavailable, MeilisearchSearchEngine, sortOf, toSearchResponse } from './meilisearch-search-engine.js';

const query = (params: Record<string, unknown> = {}): SearchListingsQuery => searchListingsQuery.parse(params);

describe('the multi-search of one search', () => {
  it('is one query when no facet is selected: hits, exact total, every facet', () => {
    const { queries, facetOrder } = buildSearchQueries('listings', query({ q: ' 社区yl ', page: '2', perPage: '10' }));
    expect(facetOrder).toEqual([]);
    expect(queries).toEqual([
      {
        indexUid: 'listings',
        q: '社区yl',
        locales: ['cmn'],
        matchingStrategy: 'all',
        filter: 'status IN ["open", "matched"]',
        facets: ['kind', 'domains', 'orgType', 'regionPath', 'resourceTypes', 'targetGroups', 'amountBand'],
        // page/hitsPerPage, not offset/limit: Meilisearch then counts totalHits exhaustively
        page: 2,
        hitsPerPage: 10,
        sort: undefined,
        attributesToRetrieve: expect.arrayContaining(['id', 'title', 'summary', 'createdAt']),
      },
    ]);
  });

  it('adds one facet-only query per selected facet, without that facet’s own filter', () => {
    const { queries, facetOrder } = buildSearchQueries('listings', query({ q: '养老', kind: 'need', domain: ['elderly', 'medical'] }));
    expect(facetOrder).toEqual(['kind', 'domain']);
    const [main, kind, domain] = queries;
    expect(main).toMatchObject({
      filter: 'status IN ["open", "matched"] AND kind IN ["need"] AND domains IN ["elderly", "medical"]',
      facets: ['orgType', 'regionPath', 'resourceTypes', 'targetGroups', 'amountBand'],
    });
    expect(kind).toEqual({
      indexUid: 'listings',
      q: '养老',
      locales: ['cmn'],
      matchingStrategy: 'all',
      filter: 'status IN ["open", "matched"] AND domains IN ["elderly", "medical"]',
      facets: ['kind'],
      limit: 0,
    });
    expect(domain).toMatchObject({ filter: 'status IN ["open", "matched"] AND kind IN ["need"]', facets: ['domains'], limit: 0 });
  });

  it('can relax to listings that match some of the words (the fallback when none match all)', () => {
    const { queries } = buildSearchQueries('listings', query({ q: '养老 不存在的词', kind: 'need' }), 'last');
    expect(queries.map((x) => x.matchingStrategy)).toEqual(['last', 'last']);
  });

  it('passes the query as text, never into the filter', () => {
    const { queries } = buildSearchQueries('listings', query({ q: '" OR status = "closed' }));
    expect(queries[0]).toMatchObject({ q: '" OR status = "closed', filter: 'status IN ["open", "matched"]' });
  });
});

describe('sorts', () => {
  it('relevance with words, newest without (also when relevance is asked without words)', () => {
    expect(sortOf(undefined, '养老')).toBeUndefined();
    expect(sortOf('relevance', '养老')).toBeUndefined();
    expect(sortOf(undefined, '')).toEqual(['createdAt:desc']);
    expect(sortOf('relevance', '')).toEqual(['createdAt:desc']);
  });

  it('newest and amounts, the newest first among equal amounts', () => {
    expect(sortOf('newest', '养老')).toEqual(['createdAt:desc']);
    expect(sortOf('amount_desc', '')).toEqual(['amount:desc', 'createdAt:desc']);
    expect(sortOf('amount_asc', 'x')).toEqual(['amount:asc', 'createdAt:desc']);
  });
});

describe('the API response from a Meilisearch multi-search response', () => {
  // Written by hand after the documented shape of POST /multi-search: one result per query, in order;
  // the main query has page/hitsPerPage/totalHits/totalPages, the facet query limit/offset/estimatedTotalHits.
  const recorded: MultiSearchResponse = {
    results: [
      {
        indexUid: 'listings',
        hits: [
          {
            id: '3b1e7c52-5a0f-4c36-9a53-2f7d1c8e9a01',
            kind: 'need',
            status: 'open',
            title: '社区居家养老上门服务',
            summary: '为独居老人提供助餐和陪诊，需要 volunteers。',
            organizationId: '0c4a5d21-7b8e-4f19-8a6b-5e2d9c1f3a77',
            organizationName: '成都市乐龄社会工作服务中心',
            orgType: 'social_org',
            domains: ['elderly'],
            targetGroups: ['elderly'],
            resourceTypes: ['volunteers'],
            regionCode: '510104',
            regionName: '四川省成都市锦江区',
            amountMin: null,
            amountMax: 80000,
            expoId: null,
            boothId: null,
            createdAt: 1763627400000,
            pinyin: 'shequ jujia yanglao shangmen fuwu sqjjylsmfw chengdushi leling',
          },
        ],
        query: '养老 volunteer',
        processingTimeMs: 3,
        hitsPerPage: 20,
        page: 1,
        totalPages: 1,
        totalHits: 1,
        facetDistribution: {
          orgType: { social_org: 1 },
          regionPath: { '510000': 1, '510100': 1, '510104': 1 },
          resourceTypes: { volunteers: 1 },
          targetGroups: { elderly: 1 },
          amountBand: { '50k_200k': 1 },
        },
        facetStats: {},
      },
      {
        indexUid: 'listings',
        hits: [],
        query: '养老 volunteer',
        processingTimeMs: 1,
        limit: 0,
        offset: 0,
        estimatedTotalHits: 4,
        facetDistribution: { kind: { need: 1, offer: 3 } },
        facetStats: {},
      },
      {
        indexUid: 'listings',
        hits: [],
        query: '养老 volunteer',
        processingTimeMs: 1,
        limit: 0,
        offset: 0,
        estimatedTotalHits: 2,
        facetDistribution: { domains: { elderly: 1, medical: 1, community_service: 1 } },
        facetStats: {},
      },
    ],
  };

  it('maps hits, total, disjunctive facets and highlights', () => {
    const q = query({ q: '养老 volunteer', kind: 'need', domain: 'elderly' });
    const { facetOrder } = buildSearchQueries('listings', q);
    const response = toSearchResponse(q, recorded.results, facetOrder, 7);
    expect(response).toEqual({
      hits: [
        {
          id: '3b1e7c52-5a0f-4c36-9a53-2f7d1c8e9a01',
          kind: 'need',
          title: '社区居家养老上门服务',
          summary: '为独居老人提供助餐和陪诊，需要 volunteers。',
          // 养老 in the title; "volunteer" is a prefix of "volunteers" (positions 16–26) in the summary
          highlight: { title: [[4, 6]], summary: [[16, 26]] },
          organization: { id: '0c4a5d21-7b8e-4f19-8a6b-5e2d9c1f3a77', name: '成都市乐龄社会工作服务中心', type: 'social_org' },
          domains: ['elderly'],
          targetGroups: ['elderly'],
          resourceTypes: ['volunteers'],
          regionCode: '510104',
          regionName: '四川省成都市锦江区',
          amountMin: null,
          amountMax: 80000,
          status: 'open',
          expoId: null,
          boothId: null,
          createdAt: '2025-11-20T08:30:00.000Z',
        },
      ],
      total: 1,
      facets: {
        kind: { need: 1, offer: 3 },
        domain: { elderly: 1, medical: 1, community_service: 1 },
        orgType: { social_org: 1 },
        region: { '510000': 1 },
        resourceType: { volunteers: 1 },
        targetGroup: { elderly: 1 },
        amountBand: { '50k_200k': 1 },
      },
      page: 1,
      perPage: 20,
      processingTimeMs: 7,
    });
  });

  it('highlights what Meilisearch matched through typos, in the text and through the pinyin', () => {
    const q = query({ q: 'yanglo volunter' });
    const response = toSearchResponse(q, recorded.results.slice(0, 1), [], 1);
    expect(response.hits[0]?.highlight).toEqual({ title: [[4, 6]], summary: [[16, 26]] });
  });

  it('fails loudly when results are missing', () => {
    const q = query({ kind: 'need' });
    expect(() => toSearchResponse(q, recorded.results.slice(0, 1), ['kind'], 1)).toThrow(/fewer results/);
  });
});

describe('when Meilisearch cannot answer', () => {
  const doc: ListingSearchDoc = {
    id: '3b1e7c52-5a0f-4c36-9a53-2f7d1c8e9a01',
    kind: 'offer',
    status: 'open',
    title: '开放活动场地',
    summary: '周末向公益组织免费开放社区活动室。',
    bodyText: '',
    organizationId: '0c4a5d21-7b8e-4f19-8a6b-5e2d9c1f3a77',
    organizationName: '锦江区某社区居民委员会',
    orgType: 'community',
    domains: ['community_service'],
    targetGroups: [],
    resourceTypes: ['venue'],
    regionCode: '510104',
    regionPath: ['510000', '510100', '510104'],
    regionName: '四川省成都市锦江区',
    amountMin: null,
    amountMax: null,
    amountBand: 'unspecified',
    expoId: null,
    boothId: null,
    createdAt: new Date(),
    updatedAt: new Date(),
    tokens: { title: '开放 活动 场地', organization: '锦江 社区', summary: '周末 公益 组织', body: '', labels: '社区服务 场地', pinyin: 'kaifang huodong changdi kfhdcd' },
  };
  const apiError = (status: number, code: string) =>
    new MeilisearchApiError(new Response(null, { status }), { message: code, code, type: 'internal', link: '' } as never);

  it('network errors, timeouts, 5xx, 429, a missing index or key mean unavailable', () => {
    expect(isUnavailable(new MeilisearchRequestError('http://x', new Error('ECONNREFUSED')))).toBe(true);
    expect(isUnavailable(new MeilisearchRequestTimeOutError(3000, {}))).toBe(true);
    expect(isUnavailable(new MeilisearchTaskTimeOutError(1, 3000))).toBe(true);
    expect(isUnavailable(apiError(503, 'internal'))).toBe(true);
    expect(isUnavailable(apiError(429, 'too_many_requests'))).toBe(true);
    expect(isUnavailable(apiError(404, 'index_not_found'))).toBe(true);
    expect(isUnavailable(apiError(403, 'invalid_api_key'))).toBe(true);
  });

  it('a request Meilisearch rejects is our bug, not an outage', () => {
    expect(isUnavailable(apiError(400, 'invalid_search_filter'))).toBe(false);
    expect(isUnavailable(new TypeError('x'))).toBe(false);
  });

  it('a server that does not listen makes every call throw SearchEngineUnavailableError; health is false', async () => {
    // Port 9 (discard) on loopback: nothing listens there on these machines, the connection is refused.
    const engine = new MeilisearchSearchEngine({ url: 'http://127.0.0.1:9', indexName: 'nowhere', requestTimeoutMs: 2000 });
    await expect(engine.search(query({ q: '养老' }))).rejects.toBeInstanceOf(SearchEngineUnavailableError);
    await expect(engine.upsert([doc])).rejects.toBeInstanceOf(SearchEngineUnavailableError);
    await expect(engine.remove(['x'])).rejects.toBeInstanceOf(SearchEngineUnavailableError);
    await expect(engine.count()).rejects.toBeInstanceOf(SearchEngineUnavailableError);
    await expect(engine.init()).rejects.toBeInstanceOf(SearchEngineUnavailableError);
    await expect(engine.healthy()).resolves.toBe(false);
  });

  it('nothing to write is no request at all', async () => {
    const engine = new MeilisearchSearchEngine({ url: 'http://127.0.0.1:9' });
    await expect(engine.upsert([])).resolves.toBeUndefined();
    await expect(engine.remove([])).resolves.toBeUndefined();
  });
});
