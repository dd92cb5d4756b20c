import type { AuthResponse, CreateListingRequest, ListingDto } from '@yiqia/contracts';
import { TestApp } from './support/test-app.js';

/** Listings (needs and offers): the REST API, who may do what, and every validation rule. */
describe('listings API', () => {
  let t: TestApp;
  let organizer: AuthResponse;
  let orgA: AuthResponse;
  let colleagueA: AuthResponse;
  let orgB: AuthResponse;
  let expoId: string;
  let otherExpoId: string;
  let boothA: string;
  let boothB: string;

  const listing = (overrides: Partial<CreateListingRequest> = {}): CreateListingRequest => ({
    kind: 'need',
    title: '社区独居老人助餐服务项目',
    summary: '为锦江区 200 位独居老人提供每周五天的助餐和上门探访服务，寻求资金与志愿者支持。',
    body: '<p>项目已运行<strong>两年</strong>。</p><script>alert(1)</script><p onclick="x()">Volunteers welcome</p><a href="javascript:alert(1)">x</a>',
    domains: ['elderly', 'community_service'],
    targetGroups: ['elderly'],
    resourceTypes: ['funding', 'volunteers'],
    regionCode: '510104',
    amountMin: 50_000,
    amountMax: 200_000,
    startsAt: '2026-01-01',
    endsAt: '2026-12-31',
    ...overrides,
  });

  async function create(token: string, overrides: Partial<CreateListingRequest> = {}): Promise<ListingDto> {
    const res = await t.post<ListingDto>('/api/listings', listing(overrides), { token });
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.raw}`);
    return res.body;
  }

  async function expo(slug: string): Promise<string> {
    const res = await t.post(
      '/api/expos',
      { name: `公益洽谈汇 ${slug}`, slug, startsAt: new Date(Date.now() - 86_400_000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString() },
      { token: organizer.accessToken },
    );
    expect(res.status).toBe(201);
    return res.body.id;
  }

  async function booth(token: string, inExpo: string, title: string): Promise<string> {
    const res = await t.post(`/api/expos/${inExpo}/booths`, { title }, { token });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    organizer = await t.loginOrganizer();
    orgA = await t.registerOrg({ orgName: '成都市锦江区乐龄社会工作服务中心' });
    orgB = await t.registerOrg({ orgName: '四川省蓝天公益基金会', orgType: 'foundation' });
    const inv = await t.post(`/api/organizations/${orgA.organization!.id}/invitations`, {}, { token: orgA.accessToken });
    const accepted = await t.post<AuthResponse>(`/api/invitations/${inv.body.token}/accept`, { email: 'colleague-a@test.local', password: 'Colleague2026', displayName: '同事' });
    expect(accepted.status).toBe(201);
    colleagueA = accepted.body;
    expoId = await expo('chengdu-2026');
    otherExpoId = await expo('foshan-2026');
    boothA = await booth(orgA.accessToken, expoId, '乐龄家园');
    boothB = await booth(orgB.accessToken, expoId, '蓝天基金会');
  });
  afterAll(() => t.stop());

  describe('create and read', () => {
    it('creates a listing for the caller’s organisation with a sanitised body and the organisation card', async () => {
      const res = await t.post<ListingDto>('/api/listings', listing(), { token: orgA.accessToken });
      expect(res.status).toBe(201);
      const l = res.body;
      expect(l).toMatchObject({
        kind: 'need',
        title: '社区独居老人助餐服务项目',
        domains: ['elderly', 'community_service'],
        targetGroups: ['elderly'],
        resourceTypes: ['funding', 'volunteers'],
        regionCode: '510104',
        regionName: '四川省成都市锦江区',
        amountMin: 50_000,
        amountMax: 200_000,
        startsAt: '2026-01-01',
        endsAt: '2026-12-31',
        status: 'open',
        expoId: null,
        booth: null,
        editable: true,
      });
      expect(l.body).toContain('<strong>两年</strong>');
      expect(l.body).toContain('Volunteers welcome');
      expect(l.body).not.toMatch(/script|onclick|javascript:/);
      const code = orgA.organization!.creditCode;
      expect(l.organization).toEqual({
        id: orgA.organization!.id,
        name: '成都市锦江区乐龄社会工作服务中心',
        type: 'social_org',
        regionCode: '510104',
        regionName: '四川省成都市锦江区',
        creditCodeVerified: true,
        creditCodeMasked: `${code.slice(0, 8)}****${code.slice(12)}`,
      });
      expect(l.organization.creditCodeMasked).toHaveLength(18);
      expect(Date.parse(l.createdAt)).not.toBeNaN();
    });

    it('accepts a province or a city as region, and an offer without amounts or dates', async () => {
      const offer = await create(orgB.accessToken, {
        kind: 'offer',
        regionCode: '510000',
        amountMin: undefined,
        amountMax: undefined,
        startsAt: undefined,
        endsAt: undefined,
        body: undefined,
        targetGroups: undefined,
        resourceTypes: undefined,
      });
      expect(offer).toMatchObject({ kind: 'offer', regionName: '四川省', amountMin: null, amountMax: null, startsAt: null, endsAt: null, body: '', targetGroups: [], resourceTypes: [] });
      expect((await create(orgB.accessToken, { regionCode: '510100' })).regionName).toBe('四川省成都市');
    });

    it('shows the listing to anyone; only members of the owning organisation see it as editable', async () => {
      const l = await create(orgA.accessToken);
      const path = `/api/listings/${l.id}`;
      const anonymous = await t.get<ListingDto>(path);
      expect(anonymous.status).toBe(200);
      expect(anonymous.body.editable).toBe(false);
      expect((await t.get<ListingDto>(path, { token: orgB.accessToken })).body.editable).toBe(false);
      expect((await t.get<ListingDto>(path, { token: organizer.accessToken })).body.editable).toBe(false);
      expect((await t.get<ListingDto>(path, { token: colleagueA.accessToken })).body.editable).toBe(true);
    });

    it('answers 404 for unknown and malformed ids', async () => {
      for (const id of ['00000000-0000-0000-0000-000000000000', 'not-a-uuid', "1' OR '1'='1"]) {
        const res = await t.get(`/api/listings/${encodeURIComponent(id)}`);
        expect(res.status).toBe(404);
        expect(res.body.error.code).toBe('NOT_FOUND');
        expect((await t.patch(`/api/listings/${encodeURIComponent(id)}`, { title: '新的标题文字' }, { token: orgA.accessToken })).status).toBe(404);
        expect((await t.delete(`/api/listings/${encodeURIComponent(id)}`, { token: orgA.accessToken })).status).toBe(404);
      }
    });
  });

  describe('who may write', () => {
    it('needs a login and an organisation to create', async () => {
      const anonymous = await t.post('/api/listings', listing());
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');
      const noOrg = await t.post('/api/listings', listing(), { token: organizer.accessToken });
      expect(noOrg.status).toBe(403);
      expect(noOrg.body.error.code).toBe('FORBIDDEN');
    });

    it('lets every member of the owning organisation edit and delete, and nobody else', async () => {
      const l = await create(orgA.accessToken);
      const path = `/api/listings/${l.id}`;
      const change = { title: '社区独居老人助餐服务项目（二期）' };

      expect((await t.patch(path, change)).status).toBe(401);
      const other = await t.patch(path, change, { token: orgB.accessToken, lang: 'en' });
      expect(other.status).toBe(403);
      expect(other.body.error).toEqual({ code: 'FORBIDDEN', message: 'You are not allowed to do this' });
      expect((await t.patch(path, change, { token: organizer.accessToken })).status).toBe(403);
      expect((await t.delete(path)).status).toBe(401);
      expect((await t.delete(path, { token: orgB.accessToken })).status).toBe(403);
      expect((await t.delete(path, { token: organizer.accessToken })).status).toBe(403);
      expect((await t.get<ListingDto>(path)).body.title).toBe(l.title);

      const byColleague = await t.patch<ListingDto>(path, change, { token: colleagueA.accessToken });
      expect(byColleague.status).toBe(200);
      expect(byColleague.body.title).toBe(change.title);
      expect(Date.parse(byColleague.body.updatedAt)).toBeGreaterThan(Date.parse(l.updatedAt));
    });

    it('deletes softly: the listing is gone for everyone, the row stays', async () => {
      const l = await create(orgA.accessToken);
      const path = `/api/listings/${l.id}`;
      const del = await t.delete(path, { token: orgA.accessToken });
      expect(del.status).toBe(204);
      expect(del.raw).toBe('');
      expect((await t.get(path)).status).toBe(404);
      expect((await t.get(path, { token: orgA.accessToken })).status).toBe(404);
      expect((await t.patch(path, { status: 'open' }, { token: orgA.accessToken })).status).toBe(404);
      expect((await t.delete(path, { token: orgA.accessToken })).status).toBe(404);
      // Another organisation learns nothing more about a deleted listing than about a missing one.
      expect((await t.patch(path, { status: 'open' }, { token: orgB.accessToken })).status).toBe(404);
      const mine = await t.get('/api/listings', { token: orgA.accessToken, query: { mine: 'true', pageSize: 100 } });
      expect(mine.body.items.map((i: ListingDto) => i.id)).not.toContain(l.id);
      const [row] = await t.ds.query('SELECT deleted_at FROM listings WHERE id = $1', [l.id]);
      expect(row.deleted_at).toBeInstanceOf(Date);
    });

    it('changes status: open → matched → closed → open', async () => {
      const l = await create(orgA.accessToken);
      for (const status of ['matched', 'closed', 'open'] as const) {
        const res = await t.patch<ListingDto>(`/api/listings/${l.id}`, { status }, { token: orgA.accessToken });
        expect(res.status).toBe(200);
        expect(res.body.status).toBe(status);
      }
    });
  });

  describe('validation (zh and en messages)', () => {
    async function rejected(body: unknown, lang: 'zh' | 'en' = 'zh', method: 'POST' | 'PATCH' = 'POST', id?: string) {
      const res = await t.request(method, method === 'POST' ? '/api/listings' : `/api/listings/${id}`, body, { token: orgA.accessToken, lang });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      return res.body.error.details.fields as { path: string; code: string; message: string }[];
    }

    it('names an unknown region code (any level is fine, unknown is not)', async () => {
      expect(await rejected(listing({ regionCode: '999999' }))).toEqual([{ path: 'regionCode', code: 'region_unknown', message: '没有这个行政区划代码' }]);
      expect(await rejected(listing({ regionCode: '510199' }), 'en')).toEqual([{ path: 'regionCode', code: 'region_unknown', message: 'No such region code' }]);
      expect((await rejected(listing({ regionCode: '5101' })))[0].path).toBe('regionCode');
    });

    it('checks amount and period order on create', async () => {
      const amounts = await rejected(listing({ amountMin: 200_000, amountMax: 50_000 }));
      expect(amounts).toEqual([{ path: 'amountMax', code: 'amount_max_below_min', message: '最高金额不能低于最低金额' }]);
      const dates = await rejected(listing({ startsAt: '2026-06-01', endsAt: '2026-05-31' }), 'en');
      expect(dates).toEqual([{ path: 'endsAt', code: 'ends_before_starts', message: 'The end must not be before the start' }]);
    });

    it('rejects bad fields with zod’s own localised messages', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ title: '短' }, 'title'],
        [{ title: 'x'.repeat(81) }, 'title'],
        [{ summary: '太短了' }, 'summary'],
        [{ domains: [] }, 'domains'],
        [{ domains: ['astrology'] }, 'domains.0'],
        [{ domains: ['elderly', 'children', 'youth', 'women', 'family', 'school'] }, 'domains'],
        [{ resourceTypes: ['gold'] }, 'resourceTypes.0'],
        [{ targetGroups: ['aliens'] }, 'targetGroups.0'],
        [{ kind: 'wish' }, 'kind'],
        [{ amountMin: -1 }, 'amountMin'],
        [{ amountMin: 1.5 }, 'amountMin'],
        [{ amountMax: 10_000_000_001 }, 'amountMax'],
        [{ startsAt: '2026/01/01' }, 'startsAt'],
        [{ body: 'x'.repeat(50_001) }, 'body'],
        [{ boothId: 'booth-1' }, 'boothId'],
        [{ status: 'open' }, 'status'],
      ];
      for (const [change, path] of cases) {
        const zh = await rejected({ ...listing(), ...change });
        expect(zh.map((f) => f.path)).toContain(path);
        expect(zh.every((f) => f.message.length > 0)).toBe(true);
      }
      const en = await rejected({ ...listing(), title: '短' }, 'en');
      expect(en[0].message).toMatch(/[a-z]/i);
      expect(en[0].message).not.toMatch(/[\u4e00-\u9fff]/);
      const zh = await rejected({ ...listing(), title: '短' }, 'zh');
      expect(zh[0].message).toMatch(/[\u4e00-\u9fff]/);
      const missing = await rejected({ kind: 'need' });
      expect(missing.map((f) => f.path).sort()).toEqual(['domains', 'regionCode', 'summary', 'title']);
    });

    it('re-checks ranges of an edit against the stored values; kind cannot change', async () => {
      const l = await create(orgA.accessToken, { amountMin: 10_000, amountMax: 20_000, startsAt: '2026-03-01', endsAt: '2026-03-31' });
      expect(await rejected({ amountMin: 30_000 }, 'zh', 'PATCH', l.id)).toEqual([{ path: 'amountMax', code: 'amount_max_below_min', message: '最高金额不能低于最低金额' }]);
      expect(await rejected({ endsAt: '2026-02-01' }, 'en', 'PATCH', l.id)).toEqual([{ path: 'endsAt', code: 'ends_before_starts', message: 'The end must not be before the start' }]);
      expect((await rejected({ kind: 'offer' }, 'zh', 'PATCH', l.id))[0]).toMatchObject({ code: 'unrecognized_keys', path: 'kind' });
      expect((await rejected({ status: 'archived' }, 'zh', 'PATCH', l.id))[0].path).toBe('status');
      expect((await rejected({ regionCode: '000000' }, 'zh', 'PATCH', l.id))[0]).toMatchObject({ path: 'regionCode', code: 'region_unknown' });
      // Moving both ends together, or clearing one, is fine.
      const moved = await t.patch<ListingDto>(`/api/listings/${l.id}`, { amountMin: 30_000, amountMax: 40_000, endsAt: null }, { token: orgA.accessToken });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ amountMin: 30_000, amountMax: 40_000, startsAt: '2026-03-01', endsAt: null });
      const [row] = await t.ds.query('SELECT kind FROM listings WHERE id = $1', [l.id]);
      expect(row.kind).toBe('need');
    });

    it('has database constraints behind the rules', async () => {
      const [{ id }] = await t.ds.query('SELECT id FROM listings LIMIT 1');
      await expect(t.ds.query('UPDATE listings SET amount_min = 10, amount_max = 5 WHERE id = $1', [id])).rejects.toMatchObject({ constraint: 'ck_listings_amount_order' });
      await expect(t.ds.query(`UPDATE listings SET kind = 'gift' WHERE id = $1`, [id])).rejects.toMatchObject({ constraint: 'ck_listings_kind' });
      await expect(t.ds.query(`UPDATE listings SET status = 'gone' WHERE id = $1`, [id])).rejects.toMatchObject({ constraint: 'ck_listings_status' });
    });
  });

  describe('booths and expos', () => {
    it('takes the expo from the caller’s own booth and shows the booth card', async () => {
      const l = await create(orgA.accessToken, { boothId: boothA });
      expect(l.expoId).toBe(expoId);
      expect(l.booth).toEqual({ id: boothA, expoId, title: '乐龄家园', logoUrl: null, isPublic: false });
      const both = await create(orgA.accessToken, { boothId: boothA, expoId });
      expect(both.booth?.id).toBe(boothA);
    });

    it('refuses another organisation’s booth, an unknown booth and a booth of another expo', async () => {
      for (const body of [
        listing({ boothId: boothB }),
        listing({ boothId: '00000000-0000-4000-8000-000000000000' }),
        listing({ boothId: boothA, expoId: otherExpoId }),
      ]) {
        const res = await t.post('/api/listings', body, { token: orgA.accessToken, lang: 'en' });
        expect(res.status).toBe(400);
        expect(res.body.error).toEqual({ code: 'LISTING_BOOTH_INVALID', message: 'Attach a booth of your own organisation at this expo' });
      }
    });

    it('accepts an expo alone when it exists', async () => {
      const l = await create(orgA.accessToken, { expoId: otherExpoId });
      expect(l).toMatchObject({ expoId: otherExpoId, booth: null });
      const unknown = await t.post('/api/listings', listing({ expoId: '00000000-0000-4000-8000-000000000000' }), { token: orgA.accessToken });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.details.fields).toEqual([{ path: 'expoId', code: 'expo_unknown', message: expect.stringMatching(/展会/) }]);
    });

    it('moves a listing between booths and expos on edit with the same rules', async () => {
      const l = await create(orgA.accessToken, { expoId: otherExpoId });
      const path = `/api/listings/${l.id}`;
      const attached = await t.patch<ListingDto>(path, { boothId: boothA }, { token: orgA.accessToken });
      expect(attached.status).toBe(200);
      expect(attached.body).toMatchObject({ expoId, booth: { id: boothA } });
      const conflicting = await t.patch(path, { expoId: otherExpoId }, { token: orgA.accessToken });
      expect(conflicting.status).toBe(400);
      expect(conflicting.body.error.code).toBe('LISTING_BOOTH_INVALID');
      expect((await t.patch(path, { boothId: boothB }, { token: orgA.accessToken })).body.error.code).toBe('LISTING_BOOTH_INVALID');
      const detached = await t.patch<ListingDto>(path, { boothId: null }, { token: orgA.accessToken });
      expect(detached.body).toMatchObject({ expoId, booth: null });
      const moved = await t.patch<ListingDto>(path, { expoId: otherExpoId }, { token: orgA.accessToken });
      expect(moved.body).toMatchObject({ expoId: otherExpoId, booth: null });
      const cleared = await t.patch<ListingDto>(path, { expoId: null }, { token: orgA.accessToken });
      expect(cleared.body.expoId).toBeNull();
    });

    it('shows the approved title of a booth that has been reviewed', async () => {
      await t.ds.query(`UPDATE booths SET published = jsonb_build_object('title', '蓝天基金会（已审核）', 'logoUrl', NULL), published_at = now() WHERE id = $1`, [boothB]);
      await t.ds.query(`UPDATE booths SET title = '蓝天基金会（草稿）' WHERE id = $1`, [boothB]);
      const l = await create(orgB.accessToken, { boothId: boothB });
      expect(l.booth).toEqual({ id: boothB, expoId, title: '蓝天基金会（已审核）', logoUrl: null, isPublic: true });
    });
  });

  describe('lists', () => {
    let org: AuthResponse;
    let ids: Record<string, string>;

    beforeAll(async () => {
      org = await t.registerOrg({ orgName: '佛山市顺德区启明社区服务中心' });
      const b = await booth(org.accessToken, expoId, '启明社区');
      ids = {};
      ids.open = (await create(org.accessToken, { title: '第一条：开放中的需求' })).id;
      ids.offer = (await create(org.accessToken, { kind: 'offer', title: '第二条：开放中的资源', boothId: b })).id;
      ids.matched = (await create(org.accessToken, { title: '第三条：已对接的需求', boothId: b })).id;
      ids.closed = (await create(org.accessToken, { title: '第四条：已关闭的需求', boothId: b })).id;
      ids.deleted = (await create(org.accessToken, { title: '第五条：已删除的需求', boothId: b })).id;
      ids.booth = b;
      expect((await t.patch(`/api/listings/${ids.matched}`, { status: 'matched' }, { token: org.accessToken })).status).toBe(200);
      expect((await t.patch(`/api/listings/${ids.closed}`, { status: 'closed' }, { token: org.accessToken })).status).toBe(200);
      expect((await t.delete(`/api/listings/${ids.deleted}`, { token: org.accessToken })).status).toBe(204);
    });

    const titles = (res: { body: { items: { title: string }[] } }) => res.body.items.map((i) => i.title);

    it('mine=true: every status of my organisation, newest first, editable; needs a login', async () => {
      const res = await t.get('/api/listings', { token: org.accessToken, query: { mine: 'true' } });
      expect(res.status).toBe(200);
      expect(titles(res)).toEqual(['第四条：已关闭的需求', '第三条：已对接的需求', '第二条：开放中的资源', '第一条：开放中的需求']);
      expect(res.body).toMatchObject({ total: 4, page: 1, pageSize: 24 });
      expect(res.body.items.every((i: ListingDto) => i.editable && !('body' in i))).toBe(true);
      expect(res.body.items[0].organization).toEqual({ id: org.organization!.id, name: '佛山市顺德区启明社区服务中心', type: 'social_org' });
      expect(res.body.items[1].booth).toMatchObject({ id: ids.booth, title: '启明社区' });
      const anonymous = await t.get('/api/listings', { query: { mine: 'true' } });
      expect(anonymous.status).toBe(401);
      const organizerMine = await t.get('/api/listings', { token: organizer.accessToken, query: { mine: 'true' } });
      expect(organizerMine.body).toMatchObject({ items: [], total: 0 });
      const closedOnly = await t.get('/api/listings', { token: org.accessToken, query: { mine: 'true', status: 'closed' } });
      expect(titles(closedOnly)).toEqual(['第四条：已关闭的需求']);
    });

    it('by organisation or booth (public): not deleted, not closed unless asked for', async () => {
      const byOrg = await t.get('/api/listings', { query: { organizationId: org.organization!.id } });
      expect(byOrg.status).toBe(200);
      expect(titles(byOrg)).toEqual(['第三条：已对接的需求', '第二条：开放中的资源', '第一条：开放中的需求']);
      expect(byOrg.body.items.every((i: ListingDto) => !i.editable)).toBe(true);
      const byBooth = await t.get('/api/listings', { query: { boothId: ids.booth } });
      expect(titles(byBooth)).toEqual(['第三条：已对接的需求', '第二条：开放中的资源']);
      const closed = await t.get('/api/listings', { query: { organizationId: org.organization!.id, status: 'closed' } });
      expect(titles(closed)).toEqual(['第四条：已关闭的需求']);
      const offers = await t.get('/api/listings', { query: { organizationId: org.organization!.id, kind: 'offer' } });
      expect(titles(offers)).toEqual(['第二条：开放中的资源']);
      const paged = await t.get('/api/listings', { query: { organizationId: org.organization!.id, pageSize: 2, page: 2 } });
      expect(paged.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(titles(paged)).toEqual(['第一条：开放中的需求']);
      const editable = await t.get('/api/listings', { token: org.accessToken, query: { organizationId: org.organization!.id } });
      expect(editable.body.items.every((i: ListingDto) => i.editable)).toBe(true);
    });

    it('rejects bad list queries with 400', async () => {
      const queries: Record<string, string | number>[] = [{ mine: 'yes' }, { organizationId: 'x' }, { boothId: '1' }, { status: 'gone' }, { kind: 'gift' }, { pageSize: 101 }, { page: 0 }];
      for (const query of queries) {
        const res = await t.get('/api/listings', { query });
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe('VALIDATION_FAILED');
      }
    });
  });

  it('limits listing writes per user (429 RATE_LIMITED with Retry-After)', async () => {
    const writer = await t.registerOrg();
    const l = await create(writer.accessToken);
    let limited: Awaited<ReturnType<TestApp['patch']>> | null = null;
    for (let i = 0; i < 70 && !limited; i++) {
      const res = await t.patch(`/api/listings/${l.id}`, { status: i % 2 ? 'open' : 'matched' }, { token: writer.accessToken, lang: 'en' });
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(200);
    }
    expect(limited).not.toBeNull();
    expect((limited!.body as { error: unknown }).error).toEqual({ code: 'RATE_LIMITED', message: 'Too many attempts; please try again later', details: { retryAfterSeconds: expect.any(Number) } });
    expect(Number(limited!.headers['retry-after'])).toBeGreaterThan(0);
    // Other users are not affected; reading is not limited.
    expect((await t.patch(`/api/listings/${l.id}`, { status: 'open' }, { token: writer.accessToken })).status).toBe(429);
    expect((await t.get(`/api/listings/${l.id}`, { token: writer.accessToken })).status).toBe(200);
    expect((await create(orgB.accessToken)).id).toBeTruthy();
  });
});
