import { jest } from '@jest/globals';
import type { ErrorEnvelope, SearchListingsResponse } from '@yiqia/contracts';
import { fixtureDocs, fixtureId } from '../src/modules/search/relevance/fixtures.js';
import { SEARCH_ENGINES, type SearchEngine, type SearchEngines, SearchEngineUnavailableError } from '../src/modules/search/search-engine.js';
import { TestApp } from './support/test-app.js';

/** GET /api/search/listings through HTTP: validation, OR within a facet, the response contract, fallback and 503. */
describe('GET /api/search/listings', () => {
  let t: TestApp;
  let engines: SearchEngines;
  const url = (qs: string) => `/api/search/listings${qs ? `?${qs}` : ''}`;

  beforeAll(async () => {
    t = await TestApp.start();
    engines = t.app.get<SearchEngines>(SEARCH_ENGINES, { strict: false });
    await engines.embedded.upsert(fixtureDocs());
  });
  afterAll(() => t.stop());

  it('is public and answers the contract shape from the embedded engine', async () => {
    const res = await t.get<SearchListingsResponse>(url('q=%E5%85%BB%E8%80%81&perPage=5'));
    expect(res.status).toBe(200);
    const body = res.body;
    expect(Object.keys(body).sort()).toEqual(['engine', 'facets', 'hits', 'page', 'perPage', 'processingTimeMs', 'total']);
    expect(body.engine).toBe('embedded');
    expect(body.page).toBe(1);
    expect(body.perPage).toBe(5);
    expect(body.hits).toHaveLength(5);
    expect(body.total).toBeGreaterThan(5);
    expect(typeof body.processingTimeMs).toBe('number');
    expect(Object.keys(body.facets).sort()).toEqual(['amountBand', 'domain', 'kind', 'orgType', 'region', 'resourceType', 'targetGroup']);
    const hit = body.hits[0];
    expect(Object.keys(hit).sort()).toEqual(
      ['amountMax', 'amountMin', 'boothId', 'createdAt', 'domains', 'expoId', 'highlight', 'id', 'kind', 'organization', 'regionCode', 'regionName', 'resourceTypes', 'status', 'summary', 'targetGroups', 'title'].sort(),
    );
    expect(hit.highlight.title.length + hit.highlight.summary.length).toBeGreaterThan(0);
  });

  it('ORs a repeated parameter and ANDs different ones', async () => {
    const need = (await t.get<SearchListingsResponse>(url('kind=need&perPage=1'))).body.total;
    const offer = (await t.get<SearchListingsResponse>(url('kind=offer&perPage=1'))).body.total;
    const both = (await t.get<SearchListingsResponse>(url('kind=need&kind=offer&perPage=1'))).body.total;
    expect(both).toBe(need + offer);
    const elderly = (await t.get<SearchListingsResponse>(url('domain=elderly&perPage=100'))).body;
    const elderlyOrChildren = (await t.get<SearchListingsResponse>(url('domain=elderly&domain=children&perPage=100'))).body;
    expect(elderlyOrChildren.total).toBeGreaterThan(elderly.total);
    const elderlyOffers = (await t.get<SearchListingsResponse>(url('domain=elderly&kind=offer&perPage=100'))).body;
    expect(elderlyOffers.hits.every((h) => h.kind === 'offer' && h.domains.includes('elderly'))).toBe(true);
    expect(elderlyOffers.total).toBeLessThan(elderly.total);
  });

  it('accepts a region at any level and rejects unknown codes with region_unknown', async () => {
    for (const code of ['510000', '510100', '510104']) expect((await t.get(url(`region=${code}`))).status).toBe(200);
    const zh = await t.get<ErrorEnvelope>(url('region=510104&region=999999'));
    expect(zh.status).toBe(400);
    expect(zh.body.error.code).toBe('VALIDATION_FAILED');
    expect(zh.body.error.details?.fields).toEqual([{ path: 'region.1', code: 'region_unknown', message: '没有这个行政区划代码' }]);
    const en = await t.get<ErrorEnvelope>(url('region=999999'), { lang: 'en' });
    expect(en.body.error.details?.fields).toEqual([{ path: 'region', code: 'region_unknown', message: 'No such region code' }]);
    expect((await t.get(url('region=abc'))).status).toBe(400);
  });

  it.each([
    ['q over 200 characters', `q=${'养'.repeat(201)}`, 'q', []],
    ['perPage over 100', 'perPage=101', 'perPage', []],
    ['an unknown kind', 'kind=wish', 'kind.0', ['need', 'offer']],
    ['an unknown domain', 'domain=space', 'domain.0', ['elderly', 'children']],
    ['an unknown organisation type', 'orgType=club', 'orgType.0', ['foundation', 'government']],
    ['an unknown sort', 'sort=popular', 'sort', ['relevance', 'newest', 'amount_desc', 'amount_asc']],
    ['an unknown amount band', 'amountBand=huge', 'amountBand.0', ['lt_10k', 'gte_1m']],
    ['an unknown status', 'status=deleted', 'status.0', ['open', 'matched', 'closed']],
    ['an unknown parameter', 'color=red', 'color', []],
    ['page 0', 'page=0', 'page', []],
  ])('rejects %s with 400 naming the allowed values, in zh and en', async (_, qs, path, allowed) => {
    for (const lang of ['zh', 'en'] as const) {
      const res = await t.get<ErrorEnvelope>(url(qs), { lang });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.message).toBe(lang === 'zh' ? '提交的内容有误，请按提示修改' : 'Some fields are invalid; please correct them');
      const field = res.body.error.details!.fields!.find((f) => f.path === path)!;
      expect(field).toBeDefined();
      for (const value of allowed) expect(field.message).toContain(value);
      if (lang === 'zh') expect(field.message).toMatch(/[\u4e00-\u9fff]/);
      else expect(field.message).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('rejects an amount range whose maximum is below its minimum', async () => {
    const res = await t.get<ErrorEnvelope>(url('amountMin=5000&amountMax=100'));
    expect(res.status).toBe(400);
    expect(res.body.error.details?.fields).toEqual([{ path: 'amountMax', code: 'amount_max_below_min', message: '最高金额不能低于最低金额' }]);
  });

  it('takes SQL and HTML in q as plain text', async () => {
    for (const q of ["'; DROP TABLE listing_search; --", '<img src=x onerror=alert(1)>', "养老') OR 1=1 --"]) {
      const res = await t.get<SearchListingsResponse>(url(`q=${encodeURIComponent(q)}`));
      expect(res.status).toBe(200);
    }
    expect(await engines.embedded.count()).toBe(fixtureDocs().length);
  });

  it('answers from the embedded engine when the primary fails, and 503 (never 500) when both fail', async () => {
    const primary = engines.primary;
    const failing: SearchEngine = { ...primary, name: 'meilisearch', search: () => Promise.reject(new SearchEngineUnavailableError('meilisearch')) };
    engines.primary = failing;
    try {
      const res = await t.get<SearchListingsResponse>(url('q=yanglao'));
      expect(res.status).toBe(200);
      expect(res.body.engine).toBe('embedded');
      expect(res.body.hits.map((h) => h.id)).toContain(fixtureId('L001'));
      const search = jest.spyOn(engines.embedded, 'search').mockRejectedValue(new Error('database is down'));
      try {
        for (const lang of ['zh', 'en'] as const) {
          const down = await t.get<ErrorEnvelope>(url('q=yanglao'), { lang });
          expect(down.status).toBe(503);
          expect(down.body.error).toEqual({ code: 'SEARCH_UNAVAILABLE', message: lang === 'zh' ? '搜索服务暂时不可用' : 'Search is temporarily unavailable' });
        }
      } finally {
        search.mockRestore();
      }
    } finally {
      engines.primary = primary;
    }
  });

  it('reports the search engine in /api/health', async () => {
    const res = await t.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.search).toEqual({ status: 'up', engine: 'postgres' });
  });
});
