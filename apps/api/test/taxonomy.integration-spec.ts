import type { TaxonomyDto } from '@yiqia/contracts';
import { AMOUNT_BANDS, LISTING_KINDS, ORG_TYPES, RESOURCE_TYPES, SERVICE_DOMAINS, TARGET_GROUPS } from '@yiqia/domain';
import { TestApp } from './support/test-app.js';

describe('GET /api/taxonomy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('lists every vocabulary with zh and en labels, amount bands with bounds, sorts and the region tree', async () => {
    const res = await t.get<TaxonomyDto>('/api/taxonomy');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const tax = res.body;
    expect(tax.listingKinds.map((e) => e.code)).toEqual([...LISTING_KINDS]);
    expect(tax.listingKinds[0]).toEqual({ code: 'need', label: { zh: '需求', en: 'Need' } });
    expect(tax.listingStatuses.map((e) => e.code)).toEqual(['open', 'matched', 'closed']);
    expect(tax.orgTypes.map((e) => e.code)).toEqual([...ORG_TYPES]);
    expect(tax.domains.map((e) => e.code)).toEqual([...SERVICE_DOMAINS]);
    expect(tax.resourceTypes.map((e) => e.code)).toEqual([...RESOURCE_TYPES]);
    expect(tax.targetGroups.map((e) => e.code)).toEqual([...TARGET_GROUPS]);
    for (const list of [tax.listingKinds, tax.listingStatuses, tax.orgTypes, tax.domains, tax.resourceTypes, tax.targetGroups, tax.amountBands, tax.sorts]) {
      for (const e of list) {
        expect(e.label.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(e.label.en).toMatch(/^[\x20-\x7e¥–]+$/);
      }
    }
    expect(tax.amountBands.map((b) => b.code)).toEqual([...AMOUNT_BANDS]);
    expect(tax.amountBands.find((b) => b.code === '10k_50k')).toMatchObject({ min: 10_000, max: 50_000 });
    expect(tax.amountBands.find((b) => b.code === 'gte_1m')).toMatchObject({ min: 1_000_000, max: null });
    expect(tax.amountBands.find((b) => b.code === 'unspecified')).toMatchObject({ min: null, max: null });
    expect(tax.sorts.map((s) => s.code)).toEqual(['relevance', 'newest', 'amount_desc', 'amount_asc']);

    expect(tax.regions.length).toBeGreaterThanOrEqual(31);
    const sichuan = tax.regions.find((r) => r.code === '510000')!;
    expect(sichuan.name).toBe('四川省');
    const chengdu = sichuan.children!.find((c) => c.code === '510100')!;
    expect(chengdu.name).toBe('成都市');
    expect(chengdu.children!.find((d) => d.code === '510104')).toEqual({ code: '510104', name: '锦江区' });
    const beijing = tax.regions.find((r) => r.code === '110000')!;
    expect(beijing.children!.map((c) => c.code)).toEqual(['110100']);
    expect(beijing.children![0].children!.some((d) => d.name === '东城区')).toBe(true);
    const shunde = tax.regions.find((r) => r.code === '440000')!.children!.find((c) => c.code === '440600')!.children!.find((d) => d.code === '440606');
    expect(shunde?.name).toBe('顺德区');
  });

  it('is cacheable: Cache-Control and a strong ETag; If-None-Match answers 304 without a body', async () => {
    const first = await t.get('/api/taxonomy');
    expect(first.headers['cache-control']).toMatch(/public, max-age=\d+/);
    const etag = String(first.headers['etag']);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await t.get('/api/taxonomy', { lang: 'en' });
    expect(again.headers['etag']).toBe(etag);
    expect(again.raw).toBe(first.raw);

    const notModified = await t.get('/api/taxonomy', { headers: { 'if-none-match': etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.raw).toBe('');
    expect(notModified.headers['etag']).toBe(etag);
    expect((await t.get('/api/taxonomy', { headers: { 'if-none-match': `"other", W/${etag}` } })).status).toBe(304);
    expect((await t.get('/api/taxonomy', { headers: { 'if-none-match': '"stale"' } })).status).toBe(200);
  });
});
