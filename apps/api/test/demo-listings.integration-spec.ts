import type { AuthResponse, ListingDto, ListingSummaryDto, Page, SearchListingsResponse } from '@yiqia/contracts';
import { buildDemoFair } from '../src/modules/demo/demo-content.js';
import { seedDemoListings } from '../src/modules/demo/demo-listings-seeder.js';
import { buildDemoListings, demoListingId } from '../src/modules/demo/demo-listings.js';
import { seedDemoData } from '../src/modules/demo/demo-seeder.js';
import { TestApp } from './support/test-app.js';

/**
 * The demo listings on a real database: seeded with the demo fair (as DEMO_DATA=1 does at start),
 * idempotent, attached to booths, and searchable through the API as soon as seeding returns.
 */
describe('demo listings', () => {
  let t: TestApp;
  const fair = buildDemoFair(new Date());
  const expected = buildDemoListings(fair.organizations);
  const count = async (sql: string, params: unknown[] = []) => Number((await t.ds.query(sql, params))[0].n);
  const listingCount = () => count(`SELECT count(*) AS n FROM listings`);

  // The whole demo fair (199 organisations with logos, then the listings) is the heaviest fixture of
  // the suite: a generous hook timeout against a hang, not a performance goal.
  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoData(t.ds, t.config);
  }, 180_000);
  afterAll(() => t.stop());

  it('adds every demo listing once, with the demo ids, and indexes each for the embedded engine in the same step', async () => {
    expect(expected.length).toBeGreaterThanOrEqual(1000);
    expect(await listingCount()).toBe(expected.length);
    expect(await count(`SELECT count(*) AS n FROM listings WHERE id = ANY($1::uuid[])`, [expected.map((l) => l.id)])).toBe(expected.length);
    expect(await count(`SELECT count(*) AS n FROM listing_search`)).toBe(expected.length);
    // Nothing left for a search relay: the embedded index is written directly, and no other engine is
    // configured (the `matching` consumer's rows are its relay's: matching specs).
    expect(await count(`SELECT count(*) AS n FROM outbox WHERE consumer LIKE 'search:%'`)).toBe(0);
  });

  it('adds nothing on a second and third start', async () => {
    const before = await listingCount();
    await seedDemoData(t.ds, t.config);
    const again = await seedDemoListings(t.ds, t.config, fair);
    expect(again).toEqual({ total: expected.length, inserted: 0, ms: expect.any(Number) });
    expect(await listingCount()).toBe(before);
    expect(await count(`SELECT count(*) AS n FROM listing_search`)).toBe(before);
  });

  it('keeps what members changed, and brings back only what is missing', async () => {
    const exhibitor = await login('exhibitor@yiqia.demo', 'Exhibitor2026');
    const id = demoListingId('lst-exhibitor-2');
    const edited = await t.patch<ListingDto>(`/api/listings/${id}`, { title: '草市街街道垃圾分类志愿者招募（已满员）', status: 'matched' }, { token: exhibitor.accessToken });
    expect(edited.status).toBe(200);
    const removed = expected.filter((l) => l.orgKey !== fair.organizations.find((o) => o.admin.email === 'exhibitor@yiqia.demo')?.key).slice(0, 25);
    await t.ds.query(`DELETE FROM listing_search WHERE id = ANY($1::uuid[])`, [removed.map((l) => l.id)]);
    await t.ds.query(`DELETE FROM listings WHERE id = ANY($1::uuid[])`, [removed.map((l) => l.id)]);

    const result = await seedDemoListings(t.ds, t.config, fair);
    expect(result.inserted).toBe(25);
    expect(await listingCount()).toBe(expected.length);
    const after = await t.get<ListingDto>(`/api/listings/${id}`);
    expect(after.body.title).toBe('草市街街道垃圾分类志愿者招募（已满员）');
    expect(after.body.status).toBe('matched');
    const back = await t.get<ListingDto>(`/api/listings/${removed[0].id}`);
    expect(back.status).toBe(200);
    expect(back.body.title).toBe(removed[0].title);
  });

  it('leaves the other engines to the relay: with Meilisearch configured, its outbox rows are written with the listings', async () => {
    const some = expected.slice(100, 110).map((l) => l.id);
    await t.ds.query(`DELETE FROM listing_search WHERE id = ANY($1::uuid[])`, [some]);
    await t.ds.query(`DELETE FROM listings WHERE id = ANY($1::uuid[])`, [some]);
    const result = await seedDemoListings(t.ds, { meiliUrl: 'http://127.0.0.1:9' }, fair);
    expect(result.inserted).toBe(10);
    const rows: { consumer: string; aggregate_id: string }[] = await t.ds.query(`SELECT consumer, aggregate_id FROM outbox WHERE aggregate_id = ANY($1::uuid[]) AND consumer LIKE 'search:%'`, [some]);
    expect(rows.map((r) => r.consumer)).toEqual(some.map(() => 'search:meilisearch'));
    expect(rows.map((r) => r.aggregate_id).sort()).toEqual([...some].sort());
    // …while the embedded index has them already.
    expect(await count(`SELECT count(*) AS n FROM listing_search WHERE id = ANY($1::uuid[])`, [some])).toBe(10);
    await t.ds.query(`DELETE FROM outbox WHERE consumer = 'search:meilisearch'`);
  });

  it('publishes under the organisations, most at their approved booth of the demo expo', async () => {
    const [{ n: atBooth }] = await t.ds.query(
      `SELECT count(*)::int AS n FROM listings l JOIN booths b ON b.id = l.booth_id JOIN expos e ON e.id = l.expo_id
        WHERE b.organization_id = l.organization_id AND b.status = 'approved' AND b.expo_id = l.expo_id AND e.slug = $1`,
      [fair.expo.slug],
    );
    expect(atBooth).toBe(expected.filter((l) => l.atBooth).length);
    expect(await count(`SELECT count(*) AS n FROM listings WHERE booth_id IS NULL AND expo_id IS NULL`)).toBe(expected.filter((l) => !l.atBooth).length);
    // Each demo organisation's listings are its own, created by its admin.
    expect(await count(`SELECT count(*) AS n FROM listings l JOIN users u ON u.id = l.created_by WHERE u.organization_id <> l.organization_id`)).toBe(0);

    const foundation = await login('foundation@yiqia.demo', 'Foundation2026');
    const mine = await t.get<Page<ListingSummaryDto>>('/api/listings', { token: foundation.accessToken, query: { mine: 'true', pageSize: 50 } });
    expect(mine.status).toBe(200);
    expect(mine.body.total).toBe(expected.filter((l) => l.key.startsWith('lst-foundation-')).length);
    expect(mine.body.items.every((l) => l.organization.name === '成都市天府益行公益基金会')).toBe(true);

    const one = await t.get<ListingDto>(`/api/listings/${demoListingId('lst-foundation-1')}`);
    expect(one.status).toBe(200);
    expect(one.body.booth?.isPublic).toBe(true);
    expect(one.body.regionName).toBe('四川省成都市');
    expect(one.body.amountMin).toBe(50_000);
    expect(one.body.body).toContain('<strong>资助方向</strong>');
  });

  it('is searchable right away: 养老 and 垃圾分类 find demo listings through the API', async () => {
    const yanglao = await t.get<SearchListingsResponse>('/api/search/listings', { query: { q: '养老', perPage: 50 } });
    expect(yanglao.status).toBe(200);
    expect(yanglao.body.total).toBeGreaterThanOrEqual(50);
    const demoIds = new Set(expected.map((l) => l.id));
    expect(yanglao.body.hits.length).toBeGreaterThan(0);
    for (const hit of yanglao.body.hits) expect(demoIds.has(hit.id)).toBe(true);
    expect(yanglao.body.hits.some((h) => /养老/.test(h.title))).toBe(true);

    const sorting = await t.get<SearchListingsResponse>('/api/search/listings', { query: { q: '垃圾分类', kind: 'need', perPage: 100 } });
    expect(sorting.status).toBe(200);
    expect(sorting.body.hits.map((h) => h.id)).toContain(demoListingId('lst-foundation-4'));
    expect(sorting.body.hits.every((h) => h.kind === 'need')).toBe(true);

    // Facets cover the spread of the demo data.
    const all = await t.get<SearchListingsResponse>('/api/search/listings', { query: { perPage: 1 } });
    expect(all.status).toBe(200);
    expect(Object.keys(all.body.facets.domain).length).toBe(18);
    expect(Object.keys(all.body.facets.orgType).length).toBe(7);
    expect(Object.keys(all.body.facets.resourceType).length).toBe(7);
  });

  async function login(email: string, password: string): Promise<AuthResponse> {
    const res = await t.post<AuthResponse>('/api/auth/login', { email, password });
    expect(res.status).toBe(200);
    return res.body;
  }
});
