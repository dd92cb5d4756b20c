import { type SearchListingsQuery, type SearchListingsResponse, searchListingsQuery } from '@yiqia/contracts';
import { AMOUNT_BANDS, LISTING_KINDS, ORG_TYPES, RESOURCE_TYPES, SERVICE_DOMAINS, TARGET_GROUPS } from '@yiqia/domain';
import { regionCodePath } from '@yiqia/domain/regions';
import { fixtureDocs, fixtureId } from '../../src/modules/search/relevance/fixtures.js';
import type { ListingSearchDoc, SearchEngine } from '../../src/modules/search/search-engine.js';
import { analyzeListingText } from '../../src/modules/search/text/analyze.js';

/**
 * The search engine contract: what every SearchEngine adapter must do, engine-neutral (each adapter's
 * spec calls it with its own engine). Text matching is checked by membership ("分类 finds 垃圾分类"),
 * never by rank; filters, facets, sorts and pagination are checked against a reference computed here
 * from the documents themselves.
 *
 *   describeSearchEngineContract('embedded', async () => new EmbeddedSearchEngine(ds));
 */

type Result = Omit<SearchListingsResponse, 'engine'>;

/** The same expo and booth for a few fixtures, so the expo/booth filters have something to find. */
export const CONTRACT_EXPO_ID = '00000000-0000-4000-a000-000000000001';
export const CONTRACT_BOOTH_ID = '00000000-0000-4000-b000-000000000001';

/** The relevance fixtures (130 listings); L001–L010 at the contract expo, L001–L003 at its booth. */
export function contractDocs(): ListingSearchDoc[] {
  return fixtureDocs().map((d, i) => ({ ...d, expoId: i < 10 ? CONTRACT_EXPO_ID : null, boothId: i < 3 ? CONTRACT_BOOTH_ID : null }));
}

const id = (key: string) => fixtureId(key);

export function params(input: Record<string, unknown>): SearchListingsQuery {
  return searchListingsQuery.parse(input);
}

/** Reference filtering (no text query): what the filters of `q` select among `docs`. */
export function referenceFilter(docs: ListingSearchDoc[], q: SearchListingsQuery, except?: string): ListingSearchDoc[] {
  const statuses = q.status.length > 0 ? q.status : ['open', 'matched'];
  const anyOf = <T>(selected: T[], values: T[]) => selected.length === 0 || values.some((v) => selected.includes(v));
  return docs.filter(
    (d) =>
      statuses.includes(d.status) &&
      (except === 'kind' || anyOf(q.kind, [d.kind])) &&
      (except === 'domain' || anyOf(q.domain, d.domains)) &&
      (except === 'orgType' || anyOf(q.orgType, [d.orgType])) &&
      (except === 'region' || anyOf(q.region, regionCodePath(d.regionCode))) &&
      (except === 'resourceType' || anyOf(q.resourceType, d.resourceTypes)) &&
      (except === 'targetGroup' || anyOf(q.targetGroup, d.targetGroups)) &&
      (except === 'amountBand' || anyOf(q.amountBand, [d.amountBand])) &&
      (q.amountMin === undefined || (d.amountMax ?? d.amountMin) !== null) &&
      (q.amountMin === undefined || (d.amountMax ?? d.amountMin)! >= q.amountMin) &&
      (q.amountMax === undefined || (d.amountMin ?? d.amountMax) !== null) &&
      (q.amountMax === undefined || (d.amountMin ?? d.amountMax)! <= q.amountMax) &&
      (!q.expoId || d.expoId === q.expoId) &&
      (!q.organizationId || d.organizationId === q.organizationId) &&
      (!q.boothId || d.boothId === q.boothId),
  );
}

function countBy(docs: ListingSearchDoc[], values: (d: ListingSearchDoc) => string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of docs) for (const v of values(d)) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** Reference disjunctive facets: each facet counted with every filter but its own. */
export function referenceFacets(docs: ListingSearchDoc[], q: SearchListingsQuery): Result['facets'] {
  const selected = q.region.map((c) => regionCodePath(c));
  const openProvinces = new Set(selected.map((p) => p[0]));
  const openCities = new Set(selected.map((p) => p[1]).filter(Boolean));
  return {
    kind: countBy(referenceFilter(docs, q, 'kind'), (d) => [d.kind]),
    domain: countBy(referenceFilter(docs, q, 'domain'), (d) => d.domains),
    orgType: countBy(referenceFilter(docs, q, 'orgType'), (d) => [d.orgType]),
    region: countBy(referenceFilter(docs, q, 'region'), (d) => {
      const [p, c, dist] = regionCodePath(d.regionCode);
      return [p!, ...(c && openProvinces.has(p) ? [c] : []), ...(dist && openCities.has(c) ? [dist] : [])];
    }),
    resourceType: countBy(referenceFilter(docs, q, 'resourceType'), (d) => d.resourceTypes),
    targetGroup: countBy(referenceFilter(docs, q, 'targetGroup'), (d) => d.targetGroups),
    amountBand: countBy(referenceFilter(docs, q, 'amountBand'), (d) => [d.amountBand]),
  };
}

const ids = (r: Result) => r.hits.map((h) => h.id);
const sorted = (xs: string[]) => [...xs].sort();

export function describeSearchEngineContract(name: string, makeEngine: () => Promise<SearchEngine>): void {
  describe(`search engine contract: ${name}`, () => {
    let engine: SearchEngine;
    const docs = contractDocs();
    const search = (input: Record<string, unknown>) => engine.search(params(input));
    const all = (input: Record<string, unknown> = {}) => search({ perPage: 100, ...input });
    /** Every hit over all pages (the fixtures fit in two pages of 100). */
    const everything = async (input: Record<string, unknown> = {}) => {
      const first = await all(input);
      const second = first.total > 100 ? await all({ ...input, page: 2 }) : { hits: [] };
      return { ...first, hits: [...first.hits, ...second.hits] };
    };
    const finds = async (q: string, keys: string[], extra: Record<string, unknown> = {}) => {
      const found = ids(await all({ q, ...extra }));
      for (const key of keys) expect({ q, key, found: found.includes(id(key)) }).toEqual({ q, key, found: true });
    };

    beforeAll(async () => {
      engine = await makeEngine();
      await engine.clear();
      await engine.upsert(docs);
    }, 120_000);

    describe('indexing', () => {
      it('counts what it holds; applying the same batch twice changes nothing', async () => {
        expect(await engine.count()).toBe(docs.length);
        const before = await all({ q: '养老' });
        await engine.upsert(docs.slice(0, 20));
        expect(await engine.count()).toBe(docs.length);
        const after = await all({ q: '养老' });
        expect(sorted(ids(after))).toEqual(sorted(ids(before)));
        expect(after.total).toBe(before.total);
      });

      it('replaces a document by id: the new text is found, the old one no longer', async () => {
        const original = docs.find((d) => d.id === id('L016'))!;
        const title = '社区共享冰箱 Community Fridge';
        const summary = '在小区门口放置共享冰箱，邻居可以放入和取用多余的食物。';
        const changed: ListingSearchDoc = {
          ...original,
          title,
          summary,
          updatedAt: new Date(original.updatedAt.getTime() + 1000),
          tokens: analyzeListingText({ title, summary, bodyText: '', organizationName: original.organizationName, labels: [] }),
        };
        await engine.upsert([changed]);
        expect(ids(await all({ q: '冰箱' }))).toContain(id('L016'));
        expect(ids(await all({ q: 'fridge' }))).toContain(id('L016'));
        expect(ids(await all({ q: '堆肥花园' }))).not.toContain(id('L016'));
        await engine.upsert([{ ...original, updatedAt: new Date(original.updatedAt.getTime() + 2000) }]);
        expect(ids(await all({ q: '堆肥' }))).toContain(id('L016'));
        expect(await engine.count()).toBe(docs.length);
      });

      it('removes by id; missing ids are ignored; removing twice is harmless', async () => {
        const victim = docs.find((d) => d.id === id('L124'))!;
        await engine.remove([victim.id, '00000000-0000-4000-8000-999999999999']);
        await engine.remove([victim.id]);
        expect(await engine.count()).toBe(docs.length - 1);
        expect(ids(await all({ q: '电池' }))).not.toContain(victim.id);
        await engine.upsert([victim]);
        expect(ids(await all({ q: '电池' }))).toContain(victim.id);
      });

      it('clear drops everything; the documents can be indexed again', async () => {
        await engine.clear();
        expect(await engine.count()).toBe(0);
        expect((await all()).total).toBe(0);
        await engine.upsert(docs);
        expect(await engine.count()).toBe(docs.length);
      });

      it('answers healthy', async () => {
        expect(await engine.healthy()).toBe(true);
      });
    });

    describe('Chinese text', () => {
      it('finds sub-words of compounds', async () => {
        await finds('分类', ['L013', 'L014', 'L015', 'L018']); // 垃圾分类
        await finds('农业', ['L020', 'L021', 'L023']); // 中国农业发展银行…, 农业技术
        await finds('简单', ['L003', 'L025', 'L026']); // 安装简单, 操作简单, 佩戴简单
        await finds('发展银行', ['L020']);
      });

      it('finds words in the organisation name, summary and labels', async () => {
        await finds('春苗', ['L027', 'L031', 'L088', 'L119']);
        await finds('助餐', ['L001', 'L002']);
        await finds('锦江区', ['L001', 'L013']); // region name label
      });

      it('finds pinyin: full, initials, a prefix, several words, mixed with Chinese', async () => {
        await finds('yanglao', ['L001', 'L002', 'L007']);
        await finds('yl', ['L001']);
        await finds('yangl', ['L001', 'L007']);
        await finds('shequyanglao', ['L001']);
        await finds('sqyl', ['L001']);
        await finds('社区yl', ['L001']);
        await finds('lajifenlei', ['L013', 'L014']);
        await finds('ljfl', ['L013', 'L014']);
        await finds('nongye', ['L020', 'L021']);
        await finds('chunmiao', ['L027']);
      });

      it('tolerates typos in Latin words and pinyin', async () => {
        await finds('volunter', ['L077']);
        await finds('workshp', ['L035', 'L069']);
        await finds('yanglo', ['L001', 'L002']);
      });

      it('finds English words, whatever the case', async () => {
        await finds('STEM', ['L030', 'L081']);
        await finds('stem', ['L030', 'L081']);
        await finds('Python', ['L034']);
        await finds('workshop', ['L035', 'L069']);
        await finds('volunteers', ['L077']);
      });

      it('highlights matches in title and summary, pinyin mapped back to the characters', async () => {
        const hit = (r: Result, key: string) => r.hits.find((h) => h.id === id(key))!;
        const mark = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));
        const fenlei = hit(await all({ q: '分类' }), 'L013');
        expect(mark(fenlei.title, fenlei.highlight.title)).toEqual(['分类']);
        expect(mark(fenlei.summary, fenlei.highlight.summary)).toEqual(['分类']);
        const yl = hit(await all({ q: 'yl' }), 'L001');
        expect(mark(yl.title, yl.highlight.title)).toEqual(['养老']);
        const mixed = hit(await all({ q: '社区yl' }), 'L001');
        expect(mark(mixed.title, mixed.highlight.title)).toEqual(['社区养老']);
        const stem = hit(await all({ q: 'stem' }), 'L081');
        expect(mark(stem.title, stem.highlight.title)).toEqual(['STEM']);
        expect(mark(stem.summary, stem.highlight.summary)).toEqual(['STEM']);
        for (const h of (await all({ q: '养老' })).hits) {
          for (const [s, e] of [...h.highlight.title, ...h.highlight.summary]) expect(e).toBeGreaterThan(s);
        }
      });

      it('treats SQL and HTML in the query as plain text', async () => {
        for (const q of ["'; DROP TABLE listing_search; --", '<script>alert(1)</script>', "养老' OR '1'='1", 'a:* | b & !c', '\\', '%_*?', '()<>!&|:']) {
          const r = await all({ q });
          expect(Array.isArray(r.hits)).toBe(true);
        }
        expect(await engine.count()).toBe(docs.length);
        expect(ids(await all({ q: "养老' OR '1'='1" })).length).toBeLessThan(docs.length);
      });

      it('accepts a query of 200 characters', async () => {
        const q = '社区养老服务志愿者招募'.repeat(20).slice(0, 200);
        const r = await all({ q });
        expect(r.total).toBeGreaterThanOrEqual(0);
      });

      it('finds nothing for words no listing has', async () => {
        for (const q of ['潜水艇', 'zzqxv']) {
          const r = await all({ q });
          expect(r.total).toBe(0);
          expect(r.hits).toEqual([]);
        }
      });
    });

    describe('filters and facets', () => {
      const cases: Record<string, unknown>[] = [
        {},
        { kind: 'need' },
        { kind: ['need', 'offer'] },
        { domain: 'elderly' },
        { domain: ['elderly', 'children'] },
        { domain: 'elderly', kind: 'offer' },
        { orgType: ['foundation', 'government'] },
        { region: '510000' },
        { region: '510100' },
        { region: '510104' },
        { region: ['510104', '440000'] },
        { resourceType: 'venue' },
        { resourceType: ['venue', 'media'], targetGroup: 'youth' },
        { targetGroup: ['children', 'left_behind_children'] },
        { amountBand: ['lt_10k', 'gte_1m'] },
        { amountBand: 'unspecified', kind: 'need' },
        { amountMin: 100_000 },
        { amountMax: 50_000 },
        { amountMin: 40_000, amountMax: 60_000 },
        { status: 'closed' },
        { status: ['open', 'matched', 'closed'] },
        { status: 'matched' },
        { expoId: CONTRACT_EXPO_ID },
        { boothId: CONTRACT_BOOTH_ID },
        { organizationId: '00000000-0000-4000-9000-000000000016' },
        { domain: 'elderly', region: '310000', orgType: 'social_org', amountBand: '200k_1m', resourceType: 'funding', targetGroup: 'elderly' },
      ];

      it.each(cases.map((c) => [JSON.stringify(c), c]))('%s: the hits and total of the reference', async (_, input) => {
        const r = await everything(input as Record<string, unknown>);
        const expected = referenceFilter(docs, params(input as Record<string, unknown>));
        expect(r.total).toBe(expected.length);
        expect(sorted(ids(r))).toEqual(sorted(expected.map((d) => d.id)));
      });

      it.each(cases.map((c) => [JSON.stringify(c), c]))('%s: disjunctive facet counts of the reference', async (_, input) => {
        const r = await all(input as Record<string, unknown>);
        expect(r.facets).toEqual(referenceFacets(docs, params(input as Record<string, unknown>)));
      });

      it('facet values are known codes; regions list provinces, then cities and districts of the selection', async () => {
        const open = await all();
        for (const k of Object.keys(open.facets.kind)) expect(LISTING_KINDS).toContain(k);
        for (const k of Object.keys(open.facets.domain)) expect(SERVICE_DOMAINS).toContain(k);
        for (const k of Object.keys(open.facets.orgType)) expect(ORG_TYPES).toContain(k);
        for (const k of Object.keys(open.facets.resourceType)) expect(RESOURCE_TYPES).toContain(k);
        for (const k of Object.keys(open.facets.targetGroup)) expect(TARGET_GROUPS).toContain(k);
        for (const k of Object.keys(open.facets.amountBand)) expect(AMOUNT_BANDS).toContain(k);
        expect(Object.keys(open.facets.region).every((c) => c.endsWith('0000'))).toBe(true);
        const sichuan = await all({ region: '510000' });
        expect(sichuan.facets.region).toMatchObject({ '510000': expect.any(Number), '510100': expect.any(Number), '513400': expect.any(Number) });
        expect(sichuan.facets.region['510104']).toBeUndefined();
        const jinjiang = await all({ region: '510104' });
        expect(jinjiang.facets.region).toMatchObject({ '510000': expect.any(Number), '510100': expect.any(Number), '510104': expect.any(Number), '510107': expect.any(Number) });
        expect(jinjiang.facets.region['110000']).toBeGreaterThan(0); // other provinces stay listed (OR within the facet)
      });

      it('a text query narrows hits and facet counts alike', async () => {
        const r = await all({ q: '养老', domain: 'elderly' });
        expect(r.total).toBe(r.hits.length);
        const hitDocs = docs.filter((d) => r.hits.some((h) => h.id === d.id));
        expect(hitDocs.every((d) => d.domains.includes('elderly'))).toBe(true);
        expect(r.facets.domain['elderly']).toBe(r.total);
        const kinds = Object.values(r.facets.kind).reduce((a, b) => a + b, 0);
        expect(kinds).toBe(r.total);
        expect(r.facets.domain['medical']).toBeGreaterThan(0); // L004 (elderly + medical) matches 养老 through its organisation
      });

      it('hits carry the listing fields', async () => {
        const r = await all({ q: '适老化智能设备' });
        const hit = r.hits.find((h) => h.id === id('L003'))!;
        const doc = docs.find((d) => d.id === id('L003'))!;
        expect(hit).toEqual({
          id: doc.id,
          kind: 'offer',
          title: doc.title,
          summary: doc.summary,
          highlight: { title: expect.any(Array), summary: expect.any(Array) },
          organization: { id: doc.organizationId, name: doc.organizationName, type: 'company' },
          domains: ['elderly'],
          targetGroups: ['elderly', 'families'],
          resourceTypes: ['goods'],
          regionCode: '440606',
          regionName: '广东省佛山市顺德区',
          amountMin: null,
          amountMax: 250_000,
          status: 'open',
          expoId: CONTRACT_EXPO_ID,
          boothId: CONTRACT_BOOTH_ID,
          createdAt: doc.createdAt.toISOString(),
        });
        expect(r.page).toBe(1);
        expect(r.perPage).toBe(100);
        expect(r.processingTimeMs).toBeGreaterThanOrEqual(0);
      });
    });

    describe('sorting and pagination', () => {
      const value = (d: { amountMin: number | null; amountMax: number | null }) => d.amountMax ?? d.amountMin;

      it('sorts newest first by default without a query, and on request', async () => {
        for (const input of [{}, { sort: 'newest' }, { sort: 'newest', q: '社区' }]) {
          const times = (await everything(input)).hits.map((h) => Date.parse(h.createdAt));
          expect(times).toEqual([...times].sort((a, b) => b - a));
        }
      });

      it('sorts by amount, listings without an amount last', async () => {
        const desc = (await everything({ sort: 'amount_desc' })).hits.map(value);
        const asc = (await everything({ sort: 'amount_asc' })).hits.map(value);
        const known = desc.filter((v): v is number => v !== null);
        expect(desc.slice(0, known.length)).toEqual([...known].sort((a, b) => b - a));
        expect(desc.slice(known.length).every((v) => v === null)).toBe(true);
        const knownAsc = asc.filter((v): v is number => v !== null);
        expect(asc.slice(0, knownAsc.length)).toEqual([...knownAsc].sort((a, b) => a - b));
        expect(asc.slice(knownAsc.length).every((v) => v === null)).toBe(true);
      });

      it('ranks by relevance when there is a query: a title match first', async () => {
        const r = await all({ q: '垃圾分类督导员' });
        expect(r.hits[0]?.id).toBe(id('L018'));
      });

      it('pages through results without gaps or repeats, with a stable total', async () => {
        for (const input of [{}, { q: '社区' }, { sort: 'amount_desc' }]) {
          const whole = await search({ ...input, perPage: 30 });
          const pages = [];
          for (let page = 1; page <= 3; page++) pages.push(await search({ ...input, perPage: 10, page }));
          expect(pages.flatMap(ids)).toEqual(ids(whole));
          for (const p of pages) expect(p.total).toBe(whole.total);
          expect(pages[1].page).toBe(2);
          const beyond = await search({ ...input, perPage: 10, page: 100 });
          expect(beyond.hits).toEqual([]);
          expect(beyond.total).toBe(whole.total);
        }
      });
    });
  });
}
