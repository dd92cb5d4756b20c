import type { AuthResponse, CreateListingRequest, MatchesResponse, RecommendationsResponse, StrongPairsResponse } from '@yiqia/contracts';
import { MATCHING_CONSUMER } from '../src/modules/matching/match-store.js';
import { MatchingService } from '../src/modules/matching/matching.service.js';
import { OutboxService } from '../src/modules/outbox/outbox.service.js';
import { TestApp } from './support/test-app.js';

describe('matching: feedback, recommendations, triads, strong pairs, recomputation', () => {
  let t: TestApp;
  let socialOrg: AuthResponse;
  let funder: AuthResponse;
  let funder2: AuthResponse;
  let implementer: AuthResponse;
  let organizer: AuthResponse;
  let expoId: string;
  const ids: Record<string, string> = {};

  async function create(org: AuthResponse, body: Partial<CreateListingRequest> & Pick<CreateListingRequest, 'kind' | 'title'>): Promise<string> {
    const res = await t.post('/api/listings', { summary: `${body.title}，欢迎有意向的机构联系洽谈。`, domains: ['children'], regionCode: '510104', ...body }, { token: org.accessToken });
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.raw}`);
    return res.body.id;
  }

  async function settle(): Promise<void> {
    const outbox = t.app.get(OutboxService);
    for (;;) {
      await outbox.drain(MATCHING_CONSUMER, { ignoreBackoff: true });
      if (((await outbox.backlog())[MATCHING_CONSUMER]?.pending ?? 0) === 0) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  const matchIds = async (listing: string, token?: string) => (await t.get<MatchesResponse>(`/api/listings/${listing}/matches`, { token })).body.matches.map((m) => m.listing.id);

  beforeAll(async () => {
    t = await TestApp.start();
    organizer = await t.loginOrganizer();
    const expo = await t.post('/api/expos', { name: '测试公益洽谈汇', slug: `match-${Date.now().toString(36)}`, startsAt: '2026-12-01T01:00:00.000Z', endsAt: '2026-12-03T09:00:00.000Z' }, { token: organizer.accessToken });
    if (expo.status !== 201) throw new Error(`expo: ${expo.status} ${expo.raw}`);
    expoId = expo.body.id;
    socialOrg = await t.registerOrg({ orgName: '锦江区留守儿童关爱中心' });
    funder = await t.registerOrg({ orgName: '四川儿童发展基金会', orgType: 'foundation' });
    funder2 = await t.registerOrg({ orgName: '成都爱心企业基金会', orgType: 'foundation' });
    implementer = await t.registerOrg({ orgName: '成都心理援助社工服务中心', orgType: 'social_org' });
    ids.need = await create(socialOrg, {
      kind: 'need', title: '留守儿童心理辅导项目', summary: '为锦江区留守儿童开展心理辅导和陪伴，需要资金和心理专业服务。',
      domains: ['children'], targetGroups: ['left_behind_children'], resourceTypes: ['funding', 'expertise'], amountMax: 80_000, expoId,
    });
    ids.fund = await create(funder, { kind: 'offer', title: '留守儿童心理关爱资助', summary: '资助留守儿童心理辅导和陪伴项目。', domains: ['children'], targetGroups: ['left_behind_children'], resourceTypes: ['funding'], amountMax: 100_000, expoId });
    ids.fundB = await create(funder, { kind: 'offer', title: '儿童阅读推广资助', summary: '资助乡村儿童阅读推广项目。', domains: ['children'], resourceTypes: ['funding'], amountMax: 50_000, expoId });
    ids.fund2 = await create(funder2, { kind: 'offer', title: '儿童关爱小额资助', summary: '资助成都市儿童关爱类公益项目。', domains: ['children'], resourceTypes: ['funding'], amountMax: 30_000, regionCode: '510107', expoId });
    ids.impl = await create(implementer, { kind: 'offer', title: '儿童心理辅导专业服务', summary: '心理咨询师为留守儿童提供团体心理辅导。', domains: ['children'], targetGroups: ['left_behind_children'], resourceTypes: ['expertise', 'volunteers'], expoId });
    await settle();
  });
  afterAll(() => t.stop());

  it('"not a fit" hides the pair for that organisation only, moves similar ones down, and can be undone', async () => {
    const before = (await t.get<MatchesResponse>(`/api/listings/${ids.need}/matches`, { token: socialOrg.accessToken })).body.matches;
    expect(before.map((m) => m.listing.id)).toEqual(expect.arrayContaining([ids.fund, ids.fundB, ids.fund2]));
    const fundBBefore = before.find((m) => m.listing.id === ids.fundB)!;

    const res = await t.post('/api/recommendations/feedback', { listingId: ids.need, counterpartId: ids.fund, verdict: 'not_fit', reason: '资助周期不合适' }, { token: socialOrg.accessToken });
    expect(res.status).toBe(204);
    const after = (await t.get<MatchesResponse>(`/api/listings/${ids.need}/matches`, { token: socialOrg.accessToken })).body.matches;
    expect(after.map((m) => m.listing.id)).not.toContain(ids.fund);
    // Same funder's other offer: penalised, and the reason says so.
    const fundBAfter = after.find((m) => m.listing.id === ids.fundB)!;
    expect(fundBAfter.score).toBeLessThan(fundBBefore.score);
    const penalty = fundBAfter.reasons.find((r) => r.code === 'feedback_penalty')!;
    expect(penalty.points).toBeLessThan(0);
    expect(penalty.text).toContain('不合适');
    // Other visitors still see it.
    expect(await matchIds(ids.need)).toContain(ids.fund);
    expect(await matchIds(ids.need, funder2.accessToken)).toContain(ids.fund);
    // Hidden in recommendations too.
    const rec = (await t.get<RecommendationsResponse>('/api/recommendations', { token: socialOrg.accessToken })).body;
    expect(rec.matches.map((m) => m.listing.id)).not.toContain(ids.fund);

    const undo = await t.delete(`/api/recommendations/feedback?listingId=${ids.need}&counterpartId=${ids.fund}`, { token: socialOrg.accessToken });
    expect(undo.status).toBe(204);
    expect(await matchIds(ids.need, socialOrg.accessToken)).toContain(ids.fund);
  });

  it('feedback: 401 anonymous, 400 bad bodies with zh/en messages, 404 unknown listings', async () => {
    const body = { listingId: ids.need, counterpartId: ids.fund, verdict: 'not_fit' };
    expect((await t.post('/api/recommendations/feedback', body)).status).toBe(401);
    const bad = await t.post('/api/recommendations/feedback', { ...body, verdict: 'meh' }, { token: socialOrg.accessToken, lang: 'en' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(bad.body.error.message).toMatch(/invalid/i);
    expect((await t.post('/api/recommendations/feedback', { ...body, extra: 1 }, { token: socialOrg.accessToken })).status).toBe(400);
    expect((await t.post('/api/recommendations/feedback', { ...body, reason: 'x'.repeat(201) }, { token: socialOrg.accessToken })).status).toBe(400);
    expect((await t.post('/api/recommendations/feedback', { ...body, counterpartId: 'nope' }, { token: socialOrg.accessToken })).status).toBe(400);
    expect((await t.post('/api/recommendations/feedback', { ...body, counterpartId: '00000000-0000-4000-8000-000000000000' }, { token: socialOrg.accessToken })).status).toBe(404);
    expect((await t.delete('/api/recommendations/feedback?listingId=x', { token: socialOrg.accessToken })).status).toBe(400);
    expect((await t.get('/api/recommendations')).status).toBe(401);
    expect((await t.get('/api/recommendations', { token: socialOrg.accessToken, query: { limit: 0 } })).status).toBe(400);
  });

  it('recommends for the organisation\'s listings, with the listing each answers and the past-conversation signal', async () => {
    const before = (await t.get<RecommendationsResponse>('/api/recommendations', { token: socialOrg.accessToken })).body;
    const fund2Before = before.matches.find((m) => m.listing.id === ids.fund2)!;
    expect(fund2Before.forListing).toEqual({ id: ids.need, kind: 'need', title: '留守儿童心理辅导项目' });
    expect(fund2Before.reasons.map((r) => r.code)).not.toContain('past_conversation');

    const room = await t.post('/api/rooms', { kind: 'direct', participantOrgIds: [funder2.organization!.id], message: '您好' }, { token: socialOrg.accessToken });
    expect(room.status).toBe(201);
    const after = (await t.get<RecommendationsResponse>('/api/recommendations', { token: socialOrg.accessToken, lang: 'en' })).body;
    const fund2After = after.matches.find((m) => m.listing.id === ids.fund2)!;
    const past = fund2After.reasons.find((r) => r.code === 'past_conversation')!;
    expect(past.text).toBe('Your organisation has talked with them before');
    expect(fund2After.score).toBeCloseTo(fund2Before.score + past.points, 1);
    // funder is, like funder2, a foundation with children's listings: "a similar one", half the points.
    const like = after.matches.find((m) => m.listing.id === ids.fund)!.reasons.find((r) => r.code === 'past_conversation')!;
    expect(like).toEqual({ code: 'past_conversation', text: 'Your organisation has talked with a similar organisation before', points: past.points / 2 });
    // The implementer (a social organisation) is like nobody it talked with.
    expect(after.matches.find((m) => m.listing.id === ids.impl)!.reasons.map((r) => r.code)).not.toContain('past_conversation');
    // Its own listings are never recommended to it.
    for (const m of after.matches) expect(m.listing.organization.id).not.toBe(socialOrg.organization!.id);
  });

  it('suggests three-way matches: a need, a funder that only funds, a social organisation that delivers', async () => {
    const rec = (await t.get<RecommendationsResponse>('/api/recommendations', { token: socialOrg.accessToken })).body;
    expect(rec.triads.length).toBeGreaterThan(0);
    const top = rec.triads[0];
    expect(top.need.id).toBe(ids.need);
    expect([ids.fund, ids.fundB, ids.fund2]).toContain(top.funder.id);
    expect(top.implementer.id).toBe(ids.impl);
    const delivers = top.reasons.find((r) => r.code === 'implementer_delivers')!;
    expect(delivers.text).toBe('成都心理援助社工服务中心可提供专业服务、志愿者，负责落地执行');
    expect(Math.abs(top.reasons.reduce((s, r) => s + r.points, 0) - top.score)).toBeLessThan(0.05);
    // One reason per code, and at most one region reason.
    const codes = top.reasons.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => c.startsWith('same_')).length).toBeLessThanOrEqual(1);
    // From the funder's side: its offer gets the need and the implementer.
    const fromFunder = (await t.get<RecommendationsResponse>('/api/recommendations', { token: funder.accessToken })).body;
    expect(fromFunder.triads.some((x) => x.need.id === ids.need && x.implementer.id === ids.impl && x.funder.organization.id === funder.organization!.id)).toBe(true);
  });

  it('strong pairs: organizers only, strongest first, organisations already in a room left out', async () => {
    const path = `/api/console/expos/${expoId}/strong-pairs`;
    expect((await t.get(path)).status).toBe(401);
    expect((await t.get(path, { token: socialOrg.accessToken })).status).toBe(403);
    expect((await t.get(path, { token: organizer.accessToken, query: { limit: 500 } })).status).toBe(400);
    expect((await t.get('/api/console/expos/00000000-0000-4000-8000-000000000000/strong-pairs', { token: organizer.accessToken })).status).toBe(404);
    const res = await t.get<StrongPairsResponse>(path, { token: organizer.accessToken });
    expect(res.status).toBe(200);
    const pairs = res.body.pairs;
    const scores = pairs.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(pairs.some((p) => p.need.id === ids.need && p.offer.id === ids.fund)).toBe(true);
    // socialOrg and funder2 have a room (previous test): their pair is connected already.
    expect(pairs.some((p) => p.offer.id === ids.fund2)).toBe(false);
    for (const p of pairs) expect(p.need.expoId).toBe(expoId);
  });

  it('catches up with booth approvals and organisation renames, which write no listing outbox row', async () => {
    const [booth]: { id: string }[] = await t.ds.query(
      `INSERT INTO booths (expo_id, organization_id, status, title) VALUES ($1, $2, 'draft', '儿童发展基金会展位') RETURNING id`,
      [expoId, funder.organization!.id],
    );
    // Placed at the booth through the API (a listing change), while the booth is still a draft.
    expect((await t.patch(`/api/listings/${ids.fund}`, { boothId: booth.id }, { token: funder.accessToken })).status).toBe(200);
    await settle();
    const reasonsOf = async () => (await t.get<MatchesResponse>(`/api/listings/${ids.need}/matches`)).body.matches.find((m) => m.listing.id === ids.fund)!;
    expect((await reasonsOf()).reasons.map((r) => r.code)).not.toContain('approved_booth');
    // Approved and renamed behind the listings service's back.
    await t.ds.query(`UPDATE booths SET status = 'approved' WHERE id = $1`, [booth.id]);
    await t.ds.query(`UPDATE organizations SET name = '四川儿童发展基金会（更名）' WHERE id = $1`, [funder.organization!.id]);
    expect(await t.app.get(MatchingService).reconcile()).toBeGreaterThanOrEqual(2);
    await settle();
    const after = await reasonsOf();
    expect(after.reasons.find((r) => r.code === 'approved_booth')).toMatchObject({ points: 1, text: '在展会有已审核的展位' });
    expect(after.listing.organization.name).toBe('四川儿童发展基金会（更名）');
    expect(await t.app.get(MatchingService).reconcile()).toBe(0);
  });

  it('follows listing changes through the outbox: PATCH, close and DELETE', async () => {
    const needRes = await t.post('/api/listings', { kind: 'need', title: '社区图书角建设', summary: '书院街社区需要图书和书架建设社区图书角。', domains: ['community_service'], resourceTypes: ['goods'], regionCode: '510104' }, { token: socialOrg.accessToken });
    const books = needRes.body.id as string;
    await settle();
    const before = (await t.get<MatchesResponse>(`/api/listings/${books}/matches`)).body.matches.find((m) => m.listing.id === ids.impl);
    expect(before?.reasons.map((r) => r.code) ?? []).not.toContain('resources_answer');
    // The implementer's offer changes to answer it.
    const patched = await t.patch(`/api/listings/${ids.impl}`, { title: '社区图书角图书捐赠', summary: '为社区图书角捐赠图书和书架。', domains: ['community_service'], resourceTypes: ['goods'] }, { token: implementer.accessToken });
    expect(patched.status).toBe(200);
    await settle();
    const after = (await t.get<MatchesResponse>(`/api/listings/${books}/matches`)).body.matches;
    expect(after[0].listing.id).toBe(ids.impl);
    expect(after[0].listing.title).toBe('社区图书角图书捐赠');
    expect(after[0].reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['resources_answer', 'shared_domains', 'similar_text']));
    if (before) expect(after[0].score).toBeGreaterThan(before.score);

    // Closed listings are not suggested and get no suggestions.
    expect((await t.patch(`/api/listings/${books}`, { status: 'closed' }, { token: socialOrg.accessToken })).status).toBe(200);
    await settle();
    const closed = await t.get(`/api/listings/${books}/matches`, { lang: 'en' });
    expect(closed.status).toBe(409);
    expect(closed.body.error).toMatchObject({ code: 'MATCH_LISTING_NOT_OPEN', message: 'This listing is closed and gets no more suggestions' });

    expect((await t.delete(`/api/listings/${ids.impl}`, { token: implementer.accessToken })).status).toBe(204);
    await settle();
    expect(await matchIds(ids.need)).not.toContain(ids.impl);
    expect((await t.get(`/api/listings/${ids.impl}/matches`)).status).toBe(404);
  });
});
