import type { AuthResponse, CreateListingRequest, MatchesResponse } from '@yiqia/contracts';
import { SERVICE_DOMAIN_LABELS } from '@yiqia/domain';
import { MATCHING_CONSUMER } from '../src/modules/matching/match-store.js';
import { OutboxService } from '../src/modules/outbox/outbox.service.js';
import { TestApp } from './support/test-app.js';

/** Controlled listings: the ranking and its reasons are known from the features they share. */
describe('matching: GET /api/listings/:id/matches', () => {
  let t: TestApp;
  let needOrg: AuthResponse;
  let near: AuthResponse;
  let far: AuthResponse;
  let other: AuthResponse;
  const ids: Record<string, string> = {};

  async function create(org: AuthResponse, body: Partial<CreateListingRequest> & Pick<CreateListingRequest, 'kind' | 'title'>): Promise<string> {
    const res = await t.post('/api/listings', { summary: `${body.title}，欢迎有意向的机构联系我们洽谈合作细节。`, domains: ['elderly'], regionCode: '510104', ...body }, { token: org.accessToken });
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.raw}`);
    return res.body.id;
  }

  /** Waits until the matching consumer has applied every queued change (the write path only nudges it). */
  async function settle(): Promise<void> {
    const outbox = t.app.get(OutboxService);
    for (;;) {
      await outbox.drain(MATCHING_CONSUMER, { ignoreBackoff: true });
      const backlog = await outbox.backlog();
      if ((backlog[MATCHING_CONSUMER]?.pending ?? 0) === 0) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  beforeAll(async () => {
    t = await TestApp.start();
    needOrg = await t.registerOrg({ orgName: '成都市锦江区乐邻社会工作服务中心' });
    near = await t.registerOrg({ orgName: '成都锦江慈善基金会', orgType: 'foundation' });
    far = await t.registerOrg({ orgName: '广州天河公益基金会', orgType: 'foundation' });
    other = await t.registerOrg({ orgName: '成都武侯志愿服务中心' });
    ids.need = await create(needOrg, {
      kind: 'need',
      title: '社区老年食堂助餐资金需求',
      summary: '锦江区社区老年食堂每天为独居老人提供助餐服务，需要资金支持食堂运营。',
      domains: ['elderly', 'community_service'],
      targetGroups: ['elderly'],
      resourceTypes: ['funding'],
      amountMin: 50_000,
      amountMax: 100_000,
    });
    // Same district, same domains and words, covers the amount: the best.
    ids.best = await create(near, {
      kind: 'offer',
      title: '老年食堂助餐项目资助',
      summary: '资助锦江区社区老年食堂和助餐点运营，关爱独居老人。',
      domains: ['elderly', 'community_service'],
      targetGroups: ['elderly'],
      resourceTypes: ['funding'],
      amountMax: 200_000,
    });
    // Same facets but in Guangzhou and too little money.
    ids.farAway = await create(far, {
      kind: 'offer',
      title: '长者饭堂资助计划',
      summary: '资助天河区长者饭堂建设运营。',
      domains: ['elderly'],
      targetGroups: ['elderly'],
      resourceTypes: ['funding'],
      regionCode: '440106',
      amountMax: 10_000,
    });
    // Same city, other domain and resource: weak.
    ids.weak = await create(other, { kind: 'offer', title: '环保宣传志愿者队伍', summary: '组织志愿者开展垃圾分类宣传。', domains: ['environment'], resourceTypes: ['volunteers'], regionCode: '510107' });
    // Another need never matches a need.
    ids.otherNeed = await create(other, { kind: 'need', title: '老年食堂助餐资金需求二', domains: ['elderly', 'community_service'], resourceTypes: ['funding'] });
    // An offer of the need's own organisation: never its match.
    ids.ownOffer = await create(needOrg, { kind: 'offer', title: '老年食堂场地共享', domains: ['elderly', 'community_service'], resourceTypes: ['venue'] });
    await settle();
  });
  afterAll(() => t.stop());

  it('ranks counterparts by explainable features, with reasons adding up to the score', async () => {
    const res = await t.get<MatchesResponse>(`/api/listings/${ids.need}/matches`);
    expect(res.status).toBe(200);
    const got = res.body.matches.map((m) => m.listing.id);
    expect(got[0]).toBe(ids.best);
    expect(got).toContain(ids.farAway);
    expect(got.indexOf(ids.farAway)).toBeGreaterThan(0);
    // Needs never match needs; the same organisation never matches itself.
    expect(got).not.toContain(ids.otherNeed);
    expect(got).not.toContain(ids.ownOffer);
    for (const m of res.body.matches) {
      expect(m.listing.kind).toBe('offer');
      const sum = m.reasons.reduce((s, r) => s + r.points, 0);
      expect(Math.abs(sum - m.score)).toBeLessThan(0.05);
      const points = m.reasons.map((r) => r.points);
      expect(points).toEqual([...points].sort((a, b) => b - a));
    }
    const best = res.body.matches[0];
    const codes = best.reasons.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['shared_domains', 'shared_target_groups', 'same_district', 'amount_fit', 'resources_answer', 'similar_text', 'verified_org']));
    expect(best.reasons.find((r) => r.code === 'same_district')!.text).toBe('同在成都市锦江区');
    expect(best.reasons.find((r) => r.code === 'shared_domains')!.text).toBe(`同属${SERVICE_DOMAIN_LABELS.elderly.zh}、${SERVICE_DOMAIN_LABELS.community_service.zh}领域`);
    // The words named are words both texts contain.
    const words = best.reasons.find((r) => r.code === 'similar_text')!.text.replace(/^内容相近：/, '').split('、');
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) {
      expect('社区老年食堂助餐资金需求锦江区社区老年食堂每天为独居老人提供助餐服务，需要资金支持食堂运营。').toContain(w);
      expect('老年食堂助餐项目资助资助锦江区社区老年食堂和助餐点运营，关爱独居老人。').toContain(w);
    }
    expect(best.listing).toMatchObject({ id: ids.best, title: '老年食堂助餐项目资助', regionName: '四川省成都市锦江区', organization: { id: near.organization!.id, type: 'foundation', creditCodeVerified: true } });
    const farMatch = res.body.matches.find((m) => m.listing.id === ids.farAway)!;
    expect(farMatch.reasons.map((r) => r.code)).not.toContain('same_district');
    expect(farMatch.reasons.find((r) => r.code === 'amount_fit')).toBeUndefined();
  });

  it('answers in the caller\'s language', async () => {
    const res = await t.get<MatchesResponse>(`/api/listings/${ids.need}/matches`, { lang: 'en' });
    const best = res.body.matches[0];
    expect(best.reasons.find((r) => r.code === 'same_district')!.text).toBe('Same district: 成都市锦江区');
    expect(best.reasons.find((r) => r.code === 'resources_answer')!.text).toBe('Provides what is needed: Funding');
    expect(best.reasons.find((r) => r.code === 'amount_fit')!.text).toBe('Amount fits: offers ¥200,000, needs ¥100,000');
  });

  it('leaves out the caller\'s own organisation and honours limit', async () => {
    const asNear = await t.get<MatchesResponse>(`/api/listings/${ids.need}/matches`, { token: near.accessToken });
    expect(asNear.body.matches.map((m) => m.listing.id)).not.toContain(ids.best);
    const one = await t.get<MatchesResponse>(`/api/listings/${ids.need}/matches`, { query: { limit: 1 } });
    expect(one.body.matches).toHaveLength(1);
  });

  it('rejects bad input with 4xx, never 500', async () => {
    expect((await t.get(`/api/listings/${ids.need}/matches`, { query: { limit: 0 } })).status).toBe(400);
    expect((await t.get(`/api/listings/${ids.need}/matches`, { query: { limit: 'x' } })).status).toBe(400);
    expect((await t.get(`/api/listings/${ids.need}/matches`, { query: { limit: 51 } })).status).toBe(400);
    expect((await t.get(`/api/listings/not-a-uuid/matches`)).status).toBe(404);
    expect((await t.get(`/api/listings/00000000-0000-4000-8000-000000000000/matches`)).status).toBe(404);
  });
});
