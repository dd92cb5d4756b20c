import type { AuditEntryDto, AuthResponse, MessageDto, NotificationEvent, Page, RoomDto } from '@yiqia/contracts';
import { call, connect, expectOk, listen, next, type RtSocket } from './support/rt-client.js';
import { TestApp } from './support/test-app.js';

describe('console introductions: POST /api/console/introductions', () => {
  let t: TestApp;
  let url: string;
  let organizer: AuthResponse;
  let expoId: string;
  const sockets: RtSocket[] = [];

  const expoBody = (slug: string) => {
    const now = Date.now();
    return { name: '2026 成都三社互动公益洽谈汇', slug, startsAt: new Date(now - 86_400_000).toISOString(), endsAt: new Date(now + 86_400_000).toISOString(), location: '成都', zones: [{ code: 'elderly', name: '养老服务展区', domainCode: 'elderly' }] };
  };

  beforeAll(async () => {
    t = await TestApp.start();
    url = await listen(t);
    organizer = await t.loginOrganizer();
    expoId = (await t.post('/api/expos', expoBody('intro-2026'), { token: organizer.accessToken })).body.id;
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(() => t.stop());

  async function listing(token: string, kind: 'need' | 'offer', title: string, expo: string | null = expoId): Promise<string> {
    const res = await t.post('/api/listings', { kind, title, summary: '为社区老人提供午餐与探访服务，寻求资金和志愿者支持。', domains: ['elderly'], regionCode: '510104', expoId: expo }, { token });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  async function open(auth: AuthResponse): Promise<RtSocket> {
    const s = await connect(url, auth.accessToken);
    sockets.push(s);
    return s;
  }

  const introduce = (body: unknown, token = organizer.accessToken) => t.post('/api/console/introductions', body, { token });

  it('answers 401 to anonymous callers and 403 to non-organizers', async () => {
    const a = await t.registerOrg();
    const body = { expoId, listingIds: [crypto.randomUUID(), crypto.randomUUID()], note: '两家可以谈谈' };
    expect((await t.post('/api/console/introductions', body)).status).toBe(401);
    const res = await introduce(body, a.accessToken);
    expect([res.status, res.body.error.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('opens a room for a need and an offer: parties invited, listings linked, the note as an honest first message, invitations pushed', async () => {
    const needOrg = await t.registerOrg({ orgName: '锦江区乐邻社工中心' });
    const offerOrg = await t.registerOrg({ orgName: '成都公益基金会', orgType: 'foundation' });
    const need = await listing(needOrg.accessToken, 'need', '社区助老食堂运营资金');
    const offer = await listing(offerOrg.accessToken, 'offer', '社区养老小额资助计划');
    const sNeed = await open(needOrg);
    const sOffer = await open(offerOrg);
    const invites = [next(sNeed, 'notification', (n) => n.kind === 'room_invite'), next(sOffer, 'notification', (n) => n.kind === 'room_invite')];

    const res = await introduce({ expoId, listingIds: [offer, need], note: '贵方的资助方向与助老食堂需求高度契合，建议洽谈。' });
    expect(res.status).toBe(201);
    const room: RoomDto = res.body.room;
    expect(room).toMatchObject({ kind: 'negotiation', status: 'open', expoId, title: '组织者引荐：关于「社区助老食堂运营资金」的洽谈', createdBy: { userId: organizer.user.id, orgId: needOrg.organization!.id } });
    expect(room.parties.map((p) => p.organization.id).sort()).toEqual([needOrg.organization!.id, offerOrg.organization!.id].sort());
    expect(room.listings.map((l) => l.id).sort()).toEqual([need, offer].sort());
    for (const n of (await Promise.all(invites)) as NotificationEvent[]) {
      expect(n).toMatchObject({ kind: 'room_invite', roomId: room.id, title: room.title, body: '贵方的资助方向与助老食堂需求高度契合，建议洽谈。' });
    }

    // Both parties are members now and see the organizer's note first.
    const join = expectOk(await call(sNeed, 'room:join', { roomId: room.id }));
    expect(join.messages).toHaveLength(1);
    const first: MessageDto = join.messages[0];
    expect(first).toMatchObject({
      seq: 1,
      type: 'system',
      body: '组织者引荐：贵方的资助方向与助老食堂需求高度契合，建议洽谈。',
      sender: { userId: organizer.user.id, orgId: '' },
      systemEvent: { kind: 'introduction', params: { note: '贵方的资助方向与助老食堂需求高度契合，建议洽谈。' } },
    });
    expect((await t.get<Page<RoomDto>>('/api/rooms', { token: offerOrg.accessToken })).body.items.map((r) => r.id)).toContain(room.id);
    // …and can talk.
    expectOk(await call(sOffer, 'message:send', { roomId: room.id, clientId: crypto.randomUUID(), body: '感谢引荐，我们很感兴趣' }));
    // The organizer is still no party.
    expect((await t.get(`/api/rooms/${room.id}`, { token: organizer.accessToken })).status).toBe(403);

    const audit = await t.get<Page<AuditEntryDto>>('/api/console/audit', { token: organizer.accessToken, query: { targetId: room.id } });
    expect(audit.body.items[0]).toMatchObject({ action: 'introduction.create', targetType: 'room', details: { note: '贵方的资助方向与助老食堂需求高度契合，建议洽谈。', expoId } });
    expect((audit.body.items[0].details as { listingIds: string[] }).listingIds).toEqual([need, offer]);
  });

  it('brokers a triad: a need, a funder\'s offer and an implementer\'s offer, with the organizer\'s own title', async () => {
    const needOrg = await t.registerOrg();
    const funder = await t.registerOrg({ orgType: 'foundation' });
    const implementer = await t.registerOrg();
    const ids = [
      await listing(needOrg.accessToken, 'need', '独居老人探访服务'),
      await listing(funder.accessToken, 'offer', '助老项目资金资助'),
      await listing(implementer.accessToken, 'offer', '专业社工探访团队'),
    ];
    const res = await introduce({ expoId, listingIds: ids, note: '资助方出资、社工机构执行，三方共建探访项目。', title: '独居老人探访三方洽谈' });
    expect(res.status).toBe(201);
    expect(res.body.room.title).toBe('独居老人探访三方洽谈');
    expect(res.body.room.parties).toHaveLength(3);
    expect(res.body.room.listings).toHaveLength(3);
  });

  it('accepts a listing without an expo when its organisation has a booth at the expo', async () => {
    const needOrg = await t.registerOrg();
    const offerOrg = await t.registerOrg();
    const need = await listing(needOrg.accessToken, 'need', '社区儿童阅读角建设');
    const offer = await listing(offerOrg.accessToken, 'offer', '图书捐赠与志愿者', null);
    const note = '图书资源与阅读角需求匹配';
    const refused = await introduce({ expoId, listingIds: [need, offer], note });
    expect([refused.status, refused.body.error.details]).toEqual([400, { reason: 'listing_not_in_expo' }]);
    expect((await t.post(`/api/expos/${expoId}/booths`, { title: '图书公益' }, { token: offerOrg.accessToken })).status).toBe(201);
    const res = await introduce({ expoId, listingIds: [need, offer], note });
    expect(res.status).toBe(201);
    expect(res.body.room.expoId).toBe(expoId);
  });

  it('refuses listings that do not make an introduction with INTRODUCTION_LISTINGS_INVALID, bad input with 400, unknown expos with 404', async () => {
    const a = await t.registerOrg();
    const b = await t.registerOrg();
    const c = await t.registerOrg();
    const needA = await listing(a.accessToken, 'need', '助老食堂运营资金');
    const needB = await listing(b.accessToken, 'need', '儿童课后托管场地');
    const offerB = await listing(b.accessToken, 'offer', '志愿者团队支持');
    const offerA = await listing(a.accessToken, 'offer', '场地共享');
    const offerC = await listing(c.accessToken, 'offer', '小额资助');
    const offerOutside = await listing(c.accessToken, 'offer', '不在本届展会的资源', null);
    const closed = await listing(c.accessToken, 'offer', '已关闭的资源');
    expect((await t.patch(`/api/listings/${closed}`, { status: 'closed' }, { token: c.accessToken })).status).toBe(200);
    const note = '建议双方洽谈合作';
    const rooms = async () => (await t.ds.query(`SELECT count(*)::int AS n FROM rooms`))[0].n as number;
    const roomsBefore = await rooms();

    const cases: [string, string[]][] = [
      ['two needs', [needA, needB]],
      ['two offers', [offerB, offerC]],
      ['same organisation', [needA, offerA]],
      ['triad with an organisation twice', [needA, offerB, offerA]],
      ['not in the expo', [needA, offerOutside]],
      ['closed listing', [needA, closed]],
      ['unknown listing', [needA, crypto.randomUUID()]],
      ['the same listing twice', [needA, needA]],
    ];
    for (const [why, listingIds] of cases) {
      const res = await introduce({ expoId, listingIds, note }, organizer.accessToken);
      expect([why, res.status, res.body.error?.code]).toEqual([why, 400, 'INTRODUCTION_LISTINGS_INVALID']);
    }
    const en = await t.post('/api/console/introductions', { expoId, listingIds: [needA, needB], note }, { token: organizer.accessToken, lang: 'en' });
    expect(en.body.error.message).toMatch(/a need and an offer/);

    for (const body of [{ expoId, listingIds: [needA], note }, { expoId, listingIds: [needA, offerB], note: 'x' }, { expoId, listingIds: [needA, offerB] }, { expoId, listingIds: [needA, offerB], note, extra: 1 }]) {
      const res = await introduce(body);
      expect([res.status, res.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect((await introduce({ expoId: crypto.randomUUID(), listingIds: [needA, offerB], note })).status).toBe(404);
    expect(await rooms()).toBe(roomsBefore); // refused introductions create nothing
  });
});
