import { randomUUID } from 'node:crypto';
import type { AuditEntryDto, AuthResponse, ConsoleRoomDetailDto, ConsoleRoomDto, MessageDto, Page, RoomDto, RoomReportDto } from '@yiqia/contracts';
import { call, collect, connect, expectOk, listen, next, until, type RtSocket } from './support/rt-client.js';
import { TestApp } from './support/test-app.js';

describe('console session monitor and moderation', () => {
  let t: TestApp;
  let url: string;
  let organizer: AuthResponse;
  let expoId: string;
  const sockets: RtSocket[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ RT_RATE_PER_SECOND: '50', RT_RATE_BURST: '100' });
    url = await listen(t);
    organizer = await t.loginOrganizer();
    const now = Date.now();
    const expo = await t.post(
      '/api/expos',
      { name: '2026 成都三社互动公益洽谈汇', slug: 'mod-2026', startsAt: new Date(now - 86_400_000).toISOString(), endsAt: new Date(now + 86_400_000).toISOString(), location: '成都', zones: [{ code: 'elderly', name: '养老服务展区', domainCode: 'elderly' }] },
      { token: organizer.accessToken },
    );
    expect(expo.status).toBe(201);
    expoId = expo.body.id;
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(() => t.stop());

  const org = () => organizer.accessToken;

  async function open(auth: AuthResponse): Promise<RtSocket> {
    const s = await connect(url, auth.accessToken);
    sockets.push(s);
    return s;
  }

  async function listing(token: string, kind: 'need' | 'offer', title: string): Promise<string> {
    const res = await t.post('/api/listings', { kind, title, summary: '为社区老人提供午餐与探访服务，寻求资金和志愿者支持。', domains: ['elderly'], regionCode: '510104', expoId }, { token });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  /** A negotiation room of the expo (linked through a listing) between two new organisations. */
  async function expoRoom(title = '社区助老食堂洽谈'): Promise<{ a: AuthResponse; b: AuthResponse; room: RoomDto }> {
    const a = await t.registerOrg();
    const b = await t.registerOrg();
    const need = await listing(a.accessToken, 'need', '社区助老食堂运营资金');
    const res = await t.post<RoomDto>('/api/rooms', { kind: 'negotiation', title, participantOrgIds: [b.organization!.id], listingIds: [need] }, { token: a.accessToken });
    expect(res.status).toBe(201);
    return { a, b, room: res.body };
  }

  async function send(s: RtSocket, roomId: string, body: string) {
    return call(s, 'message:send', { roomId, clientId: randomUUID(), body });
  }

  async function auditOf(targetId: string): Promise<AuditEntryDto[]> {
    return (await t.get<Page<AuditEntryDto>>('/api/console/audit', { token: org(), query: { targetId } })).body.items;
  }

  it('answers 401 to anonymous callers and 403 to everyone but organizers on every console route', async () => {
    const { a, room } = await expoRoom();
    const messageId = randomUUID();
    const routes: [string, string, unknown?][] = [
      ['GET', `/api/console/rooms?expoId=${expoId}`],
      ['GET', `/api/console/rooms/${room.id}`],
      ['GET', `/api/console/rooms/${room.id}/transcript`],
      ['POST', `/api/console/rooms/${room.id}/messages/${messageId}/hide`, { reason: '广告内容' }],
      ['POST', `/api/console/rooms/${room.id}/mutes`, { userId: a.user.id, reason: '刷屏' }],
      ['DELETE', `/api/console/rooms/${room.id}/mutes/${a.user.id}`],
      ['POST', `/api/console/rooms/${room.id}/close`, { reason: '违规' }],
      ['POST', `/api/console/rooms/${room.id}/reports/${messageId}/resolve`, {}],
    ];
    for (const [method, path, body] of routes) {
      const anon = await t.request(method, path, body);
      expect([path, anon.status, anon.body.error?.code]).toEqual([path, 401, 'UNAUTHENTICATED']);
      const member = await t.request(method, path, body, { token: a.accessToken });
      expect([path, member.status, member.body.error?.code]).toEqual([path, 403, 'FORBIDDEN']);
    }
    // Nothing was changed by the refused calls.
    expect((await t.get<RoomDto>(`/api/rooms/${room.id}`, { token: a.accessToken })).body.status).toBe('open');
  });

  it('lists the live rooms of an expo with parties, activity, intent state and open reports, filtered', async () => {
    const { a, b, room } = await expoRoom('助老食堂三方洽谈甲');
    // A conversation started from a booth carries no expo: it counts when a party has a booth there.
    const c = await t.registerOrg({ orgName: '成都市武侯区booth测试社工中心' });
    expect((await t.post(`/api/expos/${expoId}/booths`, { title: '武侯社工' }, { token: c.accessToken })).status).toBe(201);
    const direct = (await t.post<RoomDto>('/api/rooms', { kind: 'direct', participantOrgIds: [a.organization!.id] }, { token: c.accessToken })).body;
    expect(direct.expoId).toBeNull();
    // A room with no link to the expo stays out.
    const x = await t.registerOrg();
    const y = await t.registerOrg();
    const outside = (await t.post<RoomDto>('/api/rooms', { kind: 'direct', participantOrgIds: [y.organization!.id] }, { token: x.accessToken })).body;

    const sa = await open(a);
    expectOk(await send(sa, room.id, '您好，想了解一下项目预算'));

    const res = await t.get<Page<ConsoleRoomDto>>('/api/console/rooms', { token: org(), query: { expoId, pageSize: 100 } });
    expect(res.status).toBe(200);
    const ids = res.body.items.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([room.id, direct.id]));
    expect(ids).not.toContain(outside.id);
    expect(ids.indexOf(room.id)).toBeLessThan(ids.indexOf(direct.id)); // latest activity first
    const item = res.body.items.find((r) => r.id === room.id)!;
    expect(item).toMatchObject({ kind: 'negotiation', title: '助老食堂三方洽谈甲', status: 'open', messageCount: 2, intent: null, reports: 0 });
    expect(item.parties.map((p) => p.organization.id).sort()).toEqual([a.organization!.id, b.organization!.id].sort());
    expect(Date.parse(item.lastActivityAt!)).not.toBeNaN();
    expect(JSON.stringify(res.body)).not.toContain('想了解一下项目预算'); // never message bodies

    const q = (query: Record<string, string | number>) => t.get<Page<ConsoleRoomDto>>('/api/console/rooms', { token: org(), query: { expoId, pageSize: 100, ...query } });
    expect((await q({ q: '三方洽谈甲' })).body.items.map((r) => r.id)).toEqual([room.id]);
    expect((await q({ q: 'booth测试' })).body.items.map((r) => r.id)).toEqual([direct.id]); // by party name
    expect((await q({ active: 'true' })).body.items.map((r) => r.id)).toContain(room.id);
    expect((await q({ active: 'true' })).body.items.map((r) => r.id)).not.toContain(direct.id);
    expect((await q({ active: 'false' })).body.items.map((r) => r.id)).toContain(direct.id);
    expect((await q({ status: 'closed' })).body.items.map((r) => r.id)).not.toContain(room.id);
    expect((await q({ reported: 'true' })).body.items.map((r) => r.id)).not.toContain(room.id);
    expect((await t.post(`/api/rooms/${room.id}/reports`, { reason: '对方发布广告' }, { token: b.accessToken })).status).toBe(201);
    const reported = (await q({ reported: 'true' })).body.items;
    expect(reported.find((r) => r.id === room.id)?.reports).toBe(1);
    expect((await q({ reported: 'false' })).body.items.map((r) => r.id)).not.toContain(room.id);

    for (const bad of [{ expoId: 'x' }, { status: 'archived' }, { reported: 'yes' }, { pageSize: 500 }] as Record<string, string | number>[]) {
      const r = await t.get('/api/console/rooms', { token: org(), query: { expoId, ...bad } });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await t.get('/api/console/rooms', { token: org() })).status).toBe(400); // expoId required
  });

  it('shows a room\'s metadata and timeline without message bodies; 404 for unknown rooms', async () => {
    const { a, b, room } = await expoRoom();
    const sa = await open(a);
    expectOk(await send(sa, room.id, '机密预算：八万元'));
    const c = await t.registerOrg();
    expect((await t.post(`/api/rooms/${room.id}/parties`, { organizationIds: [c.organization!.id] }, { token: a.accessToken })).status).toBe(200);

    const res = await t.get<ConsoleRoomDetailDto>(`/api/console/rooms/${room.id}`, { token: org() });
    expect(res.status).toBe(200);
    expect(res.body.timeline.map((e) => e.kind)).toEqual(['created', 'party_joined']);
    expect(res.body.timeline[0].actor).toBe(a.organization!.name);
    expect(res.body.parties).toHaveLength(3);
    expect(res.body).toMatchObject({ transcriptAvailable: false, reportsList: [], mutedUsers: [], reports: 0 });
    expect(JSON.stringify(res.body)).not.toContain('八万元');

    expect((await t.get(`/api/console/rooms/${randomUUID()}`, { token: org() })).status).toBe(404);
    expect((await t.get('/api/console/rooms/not-a-uuid', { token: org() })).status).toBe(404);
    void b;
  });

  it('lets only participants report a room; only then can organizers read the transcript, and each read is audited', async () => {
    const { a, b, room } = await expoRoom();
    const sa = await open(a);
    const sent = expectOk(await send(sa, room.id, '加我私人微信转账吧'));

    const before = await t.get(`/api/console/rooms/${room.id}/transcript`, { token: org(), lang: 'en' });
    expect(before.status).toBe(403);
    expect(before.body.error).toEqual({ code: 'TRANSCRIPT_NOT_REPORTED', message: 'Transcripts are readable only for rooms a participant has reported' });

    const stranger = await t.registerOrg();
    expect((await t.post(`/api/rooms/${room.id}/reports`, { reason: '可疑' }, { token: stranger.accessToken })).status).toBe(403);
    expect((await t.post(`/api/rooms/${room.id}/reports`, { reason: '可疑' }, { token: org() })).status).toBe(403); // organizers are not parties
    expect((await t.post(`/api/rooms/${room.id}/reports`, { reason: '可疑' })).status).toBe(401);
    expect((await t.post(`/api/rooms/${randomUUID()}/reports`, { reason: '可疑' }, { token: b.accessToken })).status).toBe(404);
    const short = await t.post(`/api/rooms/${room.id}/reports`, { reason: 'x' }, { token: b.accessToken });
    expect([short.status, short.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await t.post(`/api/rooms/${room.id}/reports`, { reason: '诱导私下转账', messageId: randomUUID() }, { token: b.accessToken })).status).toBe(404);

    const report = await t.post<RoomReportDto>(`/api/rooms/${room.id}/reports`, { reason: '诱导私下转账', messageId: sent.message.id }, { token: b.accessToken });
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({ roomId: room.id, reason: '诱导私下转账', messageId: sent.message.id, reporter: { userId: b.user.id, orgName: b.organization!.name } });

    const detail = (await t.get<ConsoleRoomDetailDto>(`/api/console/rooms/${room.id}`, { token: org() })).body;
    expect(detail.transcriptAvailable).toBe(true);
    expect(detail.reportsList.map((r) => r.id)).toEqual([report.body.id]);
    expect(detail.timeline.map((e) => e.kind)).toContain('reported');

    const transcript = await t.get<{ messages: MessageDto[] }>(`/api/console/rooms/${room.id}/transcript`, { token: org() });
    expect(transcript.status).toBe(200);
    expect(transcript.body.messages.map((m) => m.body)).toContain('加我私人微信转账吧');
    const reads = (await auditOf(room.id)).filter((e) => e.action === 'room.transcript_read');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actor: { userId: organizer.user.id }, targetType: 'room' });

    // Handling the report: no longer open, the transcript stays readable, audited; again → same answer.
    const resolvePath = `/api/console/rooms/${room.id}/reports/${report.body.id}/resolve`;
    expect((await t.post(`/api/console/rooms/${room.id}/reports/${crypto.randomUUID()}/resolve`, {}, { token: org() })).status).toBe(404);
    expect((await t.post(resolvePath, { note: 'x' }, { token: org() })).status).toBe(400);
    const resolved = await t.post<RoomReportDto>(resolvePath, { note: '已提醒双方遵守规则' }, { token: org() });
    expect(resolved.status).toBe(200);
    expect(Date.parse(resolved.body.resolvedAt!)).not.toBeNaN();
    expect((await t.post<RoomReportDto>(resolvePath, {}, { token: org() })).body.resolvedAt).toBe(resolved.body.resolvedAt);
    const after = (await t.get<ConsoleRoomDetailDto>(`/api/console/rooms/${room.id}`, { token: org() })).body;
    expect(after).toMatchObject({ reports: 0, transcriptAvailable: true });
    expect((await t.get(`/api/console/rooms/${room.id}/transcript`, { token: org() })).status).toBe(200);
    const resolutions = (await auditOf(room.id)).filter((e) => e.action === 'report.resolve');
    expect(resolutions.map((e) => [e.reason, e.details['reportId']])).toEqual([['已提醒双方遵守规则', report.body.id]]);
  });

  it('hides a message: joined participants get message:hidden at once, history serves it blanked, the transcript keeps it', async () => {
    const { a, b, room } = await expoRoom();
    const sa = await open(a);
    const sb = await open(b);
    expectOk(await call(sb, 'room:join', { roomId: room.id }));
    const bad = expectOk(await send(sa, room.id, '低价出售发票，联系 138xxxx')).message;
    expectOk(await send(sa, room.id, '抱歉，刚才发错了'));

    const noReason = await t.post(`/api/console/rooms/${room.id}/messages/${bad.id}/hide`, {}, { token: org() });
    expect([noReason.status, noReason.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await t.post(`/api/console/rooms/${room.id}/messages/${randomUUID()}/hide`, { reason: '违法广告' }, { token: org() })).status).toBe(404);
    const otherRoom = await expoRoom();
    expect((await t.post(`/api/console/rooms/${otherRoom.room.id}/messages/${bad.id}/hide`, { reason: '违法广告' }, { token: org() })).status).toBe(404);

    const pushed = next(sb, 'message:hidden');
    const res = await t.post<{ message: MessageDto }>(`/api/console/rooms/${room.id}/messages/${bad.id}/hide`, { reason: '违法广告' }, { token: org() });
    expect(res.status).toBe(200);
    expect(res.body.message).toMatchObject({ id: bad.id, seq: bad.seq, hidden: true, body: '' });
    expect(await pushed).toMatchObject({ id: bad.id, roomId: room.id, seq: bad.seq, hidden: true, body: '', attachments: [] });

    const again = await t.post(`/api/console/rooms/${room.id}/messages/${bad.id}/hide`, { reason: '违法广告' }, { token: org() });
    expect([again.status, again.body.error.code]).toEqual([409, 'MESSAGE_ALREADY_HIDDEN']);

    const history = await t.get<MessageDto[]>(`/api/rooms/${room.id}/messages`, { token: b.accessToken });
    const seen = history.body.find((m) => m.id === bad.id)!;
    expect(seen).toMatchObject({ hidden: true, body: '' });
    expect(history.body.find((m) => m.body === '抱歉，刚才发错了')?.hidden).toBeUndefined();
    expect((await t.get<MessageDto[]>(`/api/rooms/${room.id}/messages`, { token: b.accessToken, query: { q: '发票' } })).body).toEqual([]);
    const rejoin = expectOk(await call(sa, 'room:join', { roomId: room.id }));
    expect(rejoin.messages.find((m) => m.id === bad.id)).toMatchObject({ hidden: true, body: '' });

    // Organizers see the text only through a reported room's transcript.
    expect((await t.post(`/api/rooms/${room.id}/reports`, { reason: '发票广告' }, { token: b.accessToken })).status).toBe(201);
    const transcript = (await t.get<{ messages: MessageDto[] }>(`/api/console/rooms/${room.id}/transcript`, { token: org() })).body.messages;
    expect(transcript.find((m) => m.id === bad.id)).toMatchObject({ hidden: true, body: '低价出售发票，联系 138xxxx' });

    const entry = (await auditOf(bad.id))[0];
    expect(entry).toMatchObject({ action: 'message.hide', targetType: 'message', reason: '违法广告', details: { roomId: room.id, userId: a.user.id } });
    const timeline = (await t.get<ConsoleRoomDetailDto>(`/api/console/rooms/${room.id}`, { token: org() })).body.timeline;
    expect(timeline.find((e) => e.kind === 'message_hidden')).toMatchObject({ detail: expect.stringContaining('违法广告') });
  });

  it('mutes a user in a room: their sends over /rt and REST get USER_MUTED and nothing is stored, until unmuted or expired', async () => {
    const a = await t.registerOrg();
    const b = await t.registerOrg();
    const room = (await t.post<RoomDto>('/api/rooms', { kind: 'direct', participantOrgIds: [b.organization!.id] }, { token: a.accessToken })).body;
    const sa = await open(a);
    const sb = await open(b);
    expectOk(await send(sa, room.id, '第一条'));

    const stranger = await t.registerOrg();
    expect((await t.post(`/api/console/rooms/${room.id}/mutes`, { userId: stranger.user.id, reason: '刷屏' }, { token: org() })).status).toBe(404);
    expect((await t.post(`/api/console/rooms/${room.id}/mutes`, { userId: a.user.id }, { token: org() })).status).toBe(400);
    expect((await t.post(`/api/console/rooms/${room.id}/mutes`, { userId: a.user.id, reason: '刷屏', minutes: 0 }, { token: org() })).status).toBe(400);
    expect((await t.post(`/api/console/rooms/${randomUUID()}/mutes`, { userId: a.user.id, reason: '刷屏' }, { token: org() })).status).toBe(404);

    const roomUpdates = collect(sa, 'room:updated');
    const muted = await t.post(`/api/console/rooms/${room.id}/mutes`, { userId: a.user.id, reason: '反复刷屏' }, { token: org() });
    expect(muted.status).toBe(201);
    // The muted user learns it at once (and only they see themselves muted).
    await until(() => roomUpdates.some((r) => r.id === room.id && r.muted?.reason === '反复刷屏'));
    expect((await t.get<RoomDto>(`/api/rooms/${room.id}`, { token: a.accessToken })).body.muted).toEqual({ reason: '反复刷屏', until: null });
    expect((await t.get<RoomDto>(`/api/rooms/${room.id}`, { token: b.accessToken })).body.muted).toBeNull();
    expect(muted.body).toMatchObject({ userId: a.user.id, displayName: a.user.displayName, orgName: a.organization!.name, reason: '反复刷屏', until: null });

    const newMessages = collect(sb, 'message:new');
    expectOk(await call(sb, 'room:join', { roomId: room.id }));
    const refused = await send(sa, room.id, '我还要发');
    expect(refused).toMatchObject({ ok: false, error: { code: 'USER_MUTED', message: '您已被组织者禁言，暂时不能在此洽谈室发言' } });
    // REST: "contact" again with a first message goes through the same writer.
    const rest = await t.post('/api/rooms', { kind: 'direct', participantOrgIds: [b.organization!.id], message: '我还要发' }, { token: a.accessToken });
    expect([rest.status, rest.body.error?.code]).toEqual([403, 'USER_MUTED']);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM messages WHERE room_id = $1 AND body = '我还要发'`, [room.id]);
    expect(n).toBe(0);
    expect((await t.get<RoomDto>(`/api/rooms/${room.id}`, { token: b.accessToken })).body.lastSeq).toBe(1);
    // The other party still talks.
    expectOk(await send(sb, room.id, '我们继续'));

    const detail = (await t.get<ConsoleRoomDetailDto>(`/api/console/rooms/${room.id}`, { token: org() })).body;
    expect(detail.mutedUsers).toEqual([{ userId: a.user.id, displayName: a.user.displayName, orgName: a.organization!.name, reason: '反复刷屏', until: null }]);

    expect((await t.delete(`/api/console/rooms/${room.id}/mutes/${a.user.id}`, { token: org() })).status).toBe(204);
    await until(() => roomUpdates.some((r) => r.id === room.id && r.muted === null));
    expect((await t.delete(`/api/console/rooms/${room.id}/mutes/${a.user.id}`, { token: org() })).status).toBe(404);
    expectOk(await send(sa, room.id, '解除后可以发了'));
    await until(() => newMessages.some((m) => m.body === '解除后可以发了'));
    expect(newMessages.map((m) => m.body)).not.toContain('我还要发');

    // A timed mute ends by itself.
    const timed = await t.post(`/api/console/rooms/${room.id}/mutes`, { userId: a.user.id, reason: '冷静一下', minutes: 10 }, { token: org() });
    expect(timed.status).toBe(201);
    expect(Date.parse(timed.body.until) - Date.now()).toBeGreaterThan(9 * 60_000);
    expect((await send(sa, room.id, '还在禁言中')).ok).toBe(false);
    await t.ds.query(`UPDATE room_mutes SET until = now() - interval '1 second' WHERE room_id = $1`, [room.id]);
    expectOk(await send(sa, room.id, '禁言到期了'));
    expect((await t.get<ConsoleRoomDetailDto>(`/api/console/rooms/${room.id}`, { token: org() })).body.mutedUsers).toEqual([]);

    const entries = await auditOf(a.user.id);
    expect(entries.map((e) => [e.action, e.reason])).toEqual([
      ['user.mute', '冷静一下'],
      ['user.unmute', null],
      ['user.mute', '反复刷屏'],
    ]);
    expect(entries[0].details).toMatchObject({ roomId: room.id, minutes: 10 });
    const kinds = (await t.get<ConsoleRoomDetailDto>(`/api/console/rooms/${room.id}`, { token: org() })).body.timeline.map((e) => e.kind);
    expect(kinds.filter((k) => k.startsWith('user_'))).toEqual(['user_muted', 'user_unmuted', 'user_muted']);
  });

  it('closes a room with a reason: a system message and room:updated go out, later sends get ROOM_CLOSED', async () => {
    const { a, b, room } = await expoRoom();
    const sa = await open(a);
    const sb = await open(b);
    expectOk(await call(sb, 'room:join', { roomId: room.id }));
    expect((await t.post(`/api/console/rooms/${room.id}/close`, {}, { token: org() })).status).toBe(400);
    expect((await t.post(`/api/console/rooms/${room.id}/close`, { reason: ' ' }, { token: org() })).status).toBe(400);

    const message = next(sb, 'message:new', (m) => m.type === 'system');
    const updated = next(sa, 'room:updated', (r) => r.id === room.id && r.status === 'closed');
    const res = await t.post<ConsoleRoomDto>(`/api/console/rooms/${room.id}/close`, { reason: '多次发布与公益无关的广告' }, { token: org() });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: room.id, status: 'closed' });
    expect(await message).toMatchObject({
      type: 'system',
      body: '组织者关闭了洽谈：多次发布与公益无关的广告',
      systemEvent: { kind: 'room_closed_by_organizer', params: { reason: '多次发布与公益无关的广告' } },
      sender: { userId: organizer.user.id, orgId: '' },
    });
    expect((await updated).status).toBe('closed');

    const refused = await send(sa, room.id, '还能发吗');
    expect(refused).toMatchObject({ ok: false, error: { code: 'ROOM_CLOSED' } });
    const again = await t.post(`/api/console/rooms/${room.id}/close`, { reason: '重复关闭' }, { token: org() });
    expect([again.status, again.body.error.code]).toEqual([409, 'ROOM_CLOSED']);
    expect((await t.post(`/api/console/rooms/${randomUUID()}/close`, { reason: '违规' }, { token: org() })).status).toBe(404);

    // A direct conversation an organizer closed is not re-opened by "contact" again (a party's own close is).
    const x = await t.registerOrg();
    const y = await t.registerOrg();
    const direct = (await t.post<RoomDto>('/api/rooms', { kind: 'direct', participantOrgIds: [y.organization!.id] }, { token: x.accessToken })).body;
    expect((await t.post(`/api/console/rooms/${direct.id}/close`, { reason: '骚扰对方' }, { token: org() })).status).toBe(200);
    const reopen = await t.post('/api/rooms', { kind: 'direct', participantOrgIds: [y.organization!.id], message: '再聊聊' }, { token: x.accessToken });
    expect([reopen.status, reopen.body.error?.code]).toEqual([409, 'ROOM_CLOSED']);
    expect((await t.get<RoomDto>(`/api/rooms/${direct.id}`, { token: y.accessToken })).body.status).toBe('closed');

    const [entry] = await auditOf(room.id);
    expect(entry).toMatchObject({ action: 'room.close', reason: '多次发布与公益无关的广告', actor: { userId: organizer.user.id }, details: { roomTitle: room.title } });
    const detail = (await t.get<ConsoleRoomDetailDto>(`/api/console/rooms/${room.id}`, { token: org() })).body;
    expect(detail.timeline.at(-1)).toMatchObject({ kind: 'closed', detail: '多次发布与公益无关的广告' });
  });

  it('answers junk ids and bodies on every route of this area with a 4xx envelope, never a 500', async () => {
    const member = await t.registerOrg();
    const ids = ['not-a-uuid', '00000000-0000-0000-0000-000000000000', "1' OR '1'='1", '%00'];
    const bodies: unknown[] = [null, [], 'text', 42, { reason: 'x'.repeat(100_000) }, { userId: "1' OR 1=1", reason: '刷屏' }, { minutes: -1 }];
    const routes: [string, string][] = [
      ['GET', '/api/console/rooms/:id'],
      ['GET', '/api/console/rooms/:id/transcript'],
      ['POST', '/api/console/rooms/:id/messages/:id/hide'],
      ['POST', '/api/console/rooms/:id/mutes'],
      ['DELETE', '/api/console/rooms/:id/mutes/:id'],
      ['POST', '/api/console/rooms/:id/close'],
      ['POST', '/api/console/rooms/:id/reports/:id/resolve'],
      ['POST', '/api/rooms/:id/reports'],
      ['POST', '/api/console/introductions'],
      ['POST', '/api/console/announcements'],
      ['GET', '/api/console/announcements'],
      ['GET', '/api/announcements/latest'],
      ['GET', '/api/console/audit'],
    ];
    for (const [method, pattern] of routes) {
      for (const id of ids) {
        const path = pattern.replaceAll(':id', encodeURIComponent(id));
        for (const token of [org(), member.accessToken]) {
          for (const body of method === 'GET' || method === 'DELETE' ? [undefined] : bodies) {
            const res = await t.request(method, path, typeof body === 'string' ? JSON.stringify(body) : body, { token, query: method === 'GET' ? { expoId: id, page: id } : undefined });
            expect([method, path, res.status < 500]).toEqual([method, path, true]);
            if (res.status >= 400) expect(typeof res.body.error?.message).toBe('string');
          }
        }
      }
    }
  });
});
