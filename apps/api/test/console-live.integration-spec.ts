import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { AuthResponse, ConsoleServerEvents, DashboardDto, RoomDto } from '@yiqia/contracts';
import { connect as connectRt, listen, type RtSocket } from './support/rt-client.js';
import { TestApp } from './support/test-app.js';

type ConsoleSocket = Socket<ConsoleServerEvents>;
type Delta = Parameters<ConsoleServerEvents['dashboard:update']>[0];

interface Opts {
  origin?: string;
  lang?: 'zh' | 'en';
}

/** The organizers' live dashboard on /console: who may connect, snapshot on watch, deltas after real changes. */
describe('the /console live dashboard', () => {
  let t: TestApp;
  let url: string;
  let organizer: AuthResponse;
  let a: AuthResponse; // social organisation with a need
  let b: AuthResponse; // foundation with an offer
  let expoId: string;
  let needId: string;
  let offerId: string;
  const sockets: (ConsoleSocket | RtSocket)[] = [];

  function consoleSocket(token: string | undefined, opts: Opts = {}): ConsoleSocket {
    return io(`${url}/console`, {
      auth: { token, ...(opts.lang ? { lang: opts.lang } : {}) },
      transports: ['websocket'],
      extraHeaders: opts.origin ? { origin: opts.origin } : undefined,
      reconnection: false,
      forceNew: true,
      autoConnect: false,
    });
  }

  function open(token: string | undefined, opts: Opts = {}): Promise<ConsoleSocket> {
    const s = consoleSocket(token, opts);
    sockets.push(s);
    return new Promise((resolve, reject) => {
      s.once('connect', () => resolve(s));
      s.once('connect_error', (e) => {
        s.close();
        reject(e);
      });
      s.connect();
    });
  }

  async function refusal(token: string | undefined, opts: Opts = {}): Promise<{ code?: string; message?: string } | undefined> {
    try {
      await open(token, opts);
    } catch (e) {
      return (e as { data?: { code: string; message: string } }).data;
    }
    throw new Error('expected the handshake to be refused');
  }

  const watch = (s: ConsoleSocket, payload: unknown) => (s as unknown as { emitWithAck(e: string, p: unknown): Promise<any> }).emitWithAck('console:watch', payload);

  /** The next delta whose sections satisfy `where` (deltas that do not are skipped). */
  function nextDelta(s: ConsoleSocket, where: (d: Delta) => boolean): Promise<Delta> {
    return new Promise((resolve) => {
      const listener = (d: Delta) => {
        if (!where(d)) return;
        s.off('dashboard:update', listener);
        resolve(d);
      };
      s.on('dashboard:update', listener);
    });
  }

  async function listing(token: string, kind: 'need' | 'offer', title: string, domains: string[]): Promise<string> {
    const res = await t.post('/api/listings', { kind, title, summary: '为社区老人提供午餐与探访服务，寻求资金和志愿者支持。', domains, regionCode: '510104', expoId }, { token });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  beforeAll(async () => {
    t = await TestApp.start({ RT_ALLOWED_ORIGINS: 'https://partner.example' });
    url = await listen(t);
    organizer = await t.loginOrganizer();
    const expo = await t.post(
      '/api/expos',
      { name: '2026 成都三社互动公益洽谈汇', slug: 'live-2026', startsAt: new Date(Date.now() - 86_400_000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString() },
      { token: organizer.accessToken },
    );
    expect(expo.status).toBe(201);
    expoId = expo.body.id;
    a = await t.registerOrg({ orgName: '成都市锦江区乐邻社会工作服务中心' });
    b = await t.registerOrg({ orgName: '四川省蓝天公益基金会', orgType: 'foundation' });
    needId = await listing(a.accessToken, 'need', '社区助老食堂资金需求', ['elderly']);
    offerId = await listing(b.accessToken, 'offer', '助老项目资助', ['elderly', 'children']);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(() => t.stop());

  it('refuses anonymous, forged and non-organizer handshakes and foreign origins', async () => {
    expect(await refusal(undefined)).toEqual({ code: 'UNAUTHENTICATED', message: '请先登录' });
    expect((await refusal('not.a.jwt', { lang: 'en' }))?.code).toBe('UNAUTHENTICATED');
    expect(await refusal(a.accessToken, { lang: 'en' })).toEqual({ code: 'FORBIDDEN', message: expect.any(String) });
    expect((await refusal(b.accessToken))?.code).toBe('FORBIDDEN');
    expect((await refusal(organizer.accessToken, { origin: 'https://evil.example' }))?.code).toBe('ORIGIN_NOT_ALLOWED');
    expect((await open(organizer.accessToken, { origin: `http://${new URL(url).host}` })).connected).toBe(true);
    expect((await open(organizer.accessToken, { origin: 'https://partner.example' })).connected).toBe(true);
  });

  it('answers console:watch with the full snapshot; bad payloads, unknown expos and events get error acks', async () => {
    const s = await open(organizer.accessToken);
    const ack = await watch(s, { expoId });
    expect(ack.ok).toBe(true);
    const snap: DashboardDto = ack.snapshot;
    expect(snap.expoId).toBe(expoId);
    expect(snap.version).toBeGreaterThanOrEqual(1);
    expect(snap.listingsByDomain.find((d) => d.domain === 'elderly')).toEqual({ domain: 'elderly', needs: 1, offers: 1 });
    expect(snap.listingsByDomain.find((d) => d.domain === 'children')).toEqual({ domain: 'children', needs: 0, offers: 1 });
    expect(snap.listingsByProvince).toEqual([{ regionCode: '510000', name: '四川省', needs: 1, offers: 1 }]);
    expect(snap.unansweredNeeds.total).toBe(1);
    expect(snap.unansweredNeeds.items[0]).toMatchObject({ listingId: needId, title: '社区助老食堂资金需求', orgName: '成都市锦江区乐邻社会工作服务中心' });
    expect(snap.messagesPerMinute.series).toHaveLength(30);
    expect(snap.intents).toEqual({ signed: 0, amountTotal: 0 });
    expect(snap.rooms).toEqual({ active: 0, open: 0, total: 0 });

    expect((await watch(s, { expoId: 'nope' })).error.code).toBe('VALIDATION_FAILED');
    expect((await watch(s, { expoId: randomUUID() })).error.code).toBe('NOT_FOUND');
    const unknown = await (s as unknown as { emitWithAck(e: string, p: unknown): Promise<any> }).emitWithAck('room:join', { roomId: randomUUID() });
    expect(unknown.error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('pushes deltas with only the changed sections after participants connect, a room opens, a message is sent and an intent is signed', async () => {
    const s = await open(organizer.accessToken);
    const { snapshot } = await watch(s, { expoId });
    let held = snapshot.version as number;
    const versions: number[] = [];
    s.on('dashboard:update', (d) => versions.push(d.version));

    // A participant connects to /rt: online by organisation type.
    const onlineDelta = nextDelta(s, (d) => d.sections.online?.byOrgType.social_org === 1);
    const rtA = await connectRt(url, a.accessToken);
    sockets.push(rtA);
    const d1 = await onlineDelta;
    expect(d1.sections.online!.total).toBe(1);
    expect(d1.version).toBeGreaterThan(held);
    expect(d1.sections.listingsByDomain).toBeUndefined(); // unchanged sections are not sent
    held = d1.version;

    // A negotiation room about the need and the offer: rooms, contacts, the need is answered.
    const roomDelta = nextDelta(s, (d) => d.sections.rooms?.total === 1);
    const room = await t.post<RoomDto>(
      '/api/rooms',
      { kind: 'negotiation', title: '社区助老食堂洽谈', participantOrgIds: [b.organization!.id], listingIds: [needId, offerId] },
      { token: a.accessToken },
    );
    expect(room.status).toBe(201);
    const d2 = await roomDelta;
    expect(d2.sections.rooms).toEqual({ active: expect.any(Number), open: 1, total: 1 });
    expect(d2.sections.funnel).toMatchObject({ contacts: 1, rooms: 1, intentsSigned: 0 });
    expect(d2.sections.unansweredNeeds).toEqual({ total: 0, items: [] });
    expect(d2.version).toBeGreaterThan(held);
    held = d2.version;

    // A message in the room: messages per minute and the active rooms.
    const sent = await (rtA as unknown as { emitWithAck(e: string, p: unknown): Promise<any> }).emitWithAck('message:send', { roomId: room.body.id, clientId: randomUUID(), body: '您好，想了解资助条件' });
    expect(sent.ok).toBe(true);
    // Every message of the room (its system message included) was written within this test, i.e. in the last minutes.
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM messages WHERE room_id = $1`, [room.body.id]);
    const total = (d: Delta) => d.sections.messagesPerMinute?.series.reduce((sum, x) => sum + x.count, 0);
    const d3 = total(d2) === n ? d2 : await nextDelta(s, (d) => total(d) === n);
    expect(d3.sections.rooms?.active ?? d2.sections.rooms?.active).toBe(1);
    expect(d3.version).toBeGreaterThanOrEqual(held);
    held = d3.version;

    // An intent signed by both parties: count and amount.
    const terms = {
      title: '社区助老食堂共建',
      parties: [
        { organizationId: a.organization!.id, role: '需求方' },
        { organizationId: b.organization!.id, role: '资助方' },
      ],
      fundingAmount: 500_000,
    };
    const proposed = await t.post(`/api/rooms/${room.body.id}/intent`, { terms }, { token: a.accessToken });
    expect(proposed.status).toBe(201);
    const intentDelta = nextDelta(s, (d) => d.sections.intents?.signed === 1);
    expect((await t.post(`/api/rooms/${room.body.id}/intent/versions/1/sign`, {}, { token: a.accessToken })).status).toBe(200);
    expect((await t.post(`/api/rooms/${room.body.id}/intent/versions/1/sign`, {}, { token: b.accessToken })).status).toBe(200);
    const d4 = await intentDelta;
    expect(d4.sections.intents).toEqual({ signed: 1, amountTotal: 500_000 });
    expect(d4.sections.funnel).toMatchObject({ intentsSigned: 1 });
    expect(d4.version).toBeGreaterThan(held);
    // Versions only ever increase.
    expect(versions).toEqual([...versions].sort((x, y) => x - y));

    // A console that reconnects gets a full, current snapshot before any delta.
    s.close();
    const again = await open(organizer.accessToken);
    const ack = await watch(again, { expoId });
    expect(ack.snapshot.version).toBeGreaterThanOrEqual(d4.version);
    expect(ack.snapshot.intents).toEqual({ signed: 1, amountTotal: 500_000 });
    expect(ack.snapshot.online.byOrgType.social_org).toBe(1);
    expect(ack.snapshot.rooms.total).toBe(1);
  });

  it("counts listing page views in the funnel (the owner's own views are not views)", async () => {
    const s = await open(organizer.accessToken);
    const { snapshot } = await watch(s, { expoId });
    const before = snapshot.funnel.views as number;
    const viewed = nextDelta(s, (d) => d.sections.funnel?.views === before + 2);
    expect((await t.get(`/api/listings/${needId}`, { token: a.accessToken })).status).toBe(200); // the owner
    expect((await t.get(`/api/listings/${needId}`, { token: b.accessToken })).status).toBe(200);
    expect((await t.get(`/api/listings/${needId}`, { headers: { 'user-agent': 'visitor-1' } })).status).toBe(200);
    await viewed;
    const [{ views }] = await t.ds.query(`SELECT sum(views)::int AS views FROM listing_views WHERE listing_id = $1`, [needId]);
    expect(views).toBe(2);
  });

  it('shows the most visited booths and pending meeting requests with their waiting time, and ends the console with the session', async () => {
    const booth = await t.post(`/api/expos/${expoId}/booths`, { title: '蓝天基金会展位' }, { token: b.accessToken });
    expect(booth.status).toBe(201);
    await t.ds.query(`UPDATE booths SET status = 'approved', published = jsonb_build_object('title', title), published_at = now() WHERE id = $1`, [booth.body.id]);
    const s = await open(organizer.accessToken);
    await watch(s, { expoId });
    const visited = nextDelta(s, (d) => d.sections.topBooths?.[0]?.visits === 2);
    for (const visitorId of ['visitor-0001', 'visitor-0002']) expect((await t.post(`/api/booths/${booth.body.id}/visits`, { visitorId })).status).toBe(204);
    const top = await visited;
    expect(top.sections.topBooths).toEqual([{ boothId: booth.body.id, title: '蓝天基金会展位', orgName: '四川省蓝天公益基金会', visits: 2 }]);
    expect(top.sections.funnel?.views).toBeGreaterThanOrEqual(2);

    const pendingDelta = nextDelta(s, (d) => d.sections.pendingMeetings?.total === 1);
    const start = Math.ceil(Date.now() / 60_000) * 60_000 + 2 * 3_600_000;
    const meeting = await t.post(
      '/api/meetings',
      { expoId, inviteeOrgId: b.organization!.id, topic: '助老项目资金对接', slots: [{ startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3_600_000).toISOString() }] },
      { token: a.accessToken },
    );
    expect(meeting.status).toBe(201);
    const d = await pendingDelta;
    expect(d.sections.pendingMeetings!.items[0]).toMatchObject({
      meetingId: meeting.body.id,
      requesterOrg: '成都市锦江区乐邻社会工作服务中心',
      inviteeOrg: '四川省蓝天公益基金会',
      waitingMinutes: 0,
    });

    const ended = new Promise<string>((resolve) => s.once('disconnect', resolve));
    await t.post('/api/auth/logout', {}, { token: organizer.accessToken });
    expect(await ended).toBe('io server disconnect');
    organizer = await t.loginOrganizer();
  });
});
