import { randomUUID } from 'node:crypto';
import type { AuthResponse, MessageDto, RoomDto } from '@yiqia/contracts';
import { MessageWriter } from '../src/modules/rooms/message-writer.js';
import { TestApp } from './support/test-app.js';

describe('rooms over REST', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  /** A second member of an organisation (through a one-time invitation). */
  async function colleague(admin: AuthResponse, name = '同事'): Promise<AuthResponse> {
    const inv = await t.post(`/api/organizations/${admin.organization!.id}/invitations`, {}, { token: admin.accessToken });
    const res = await t.post(`/api/invitations/${inv.body.token}/accept`, { email: `c${randomUUID().slice(0, 8)}@test.local`, password: 'Colleague2026', displayName: name });
    return res.body;
  }

  async function listing(org: AuthResponse, title = '为社区老人提供助餐服务'): Promise<string> {
    const [row]: { id: string }[] = await t.ds.query(
      `INSERT INTO listings (organization_id, kind, title, summary, region_code, domains) VALUES ($1, 'need', $2, '需要一家机构合作开展社区助餐服务', '510104', '{elderly}') RETURNING id`,
      [org.organization!.id, title],
    );
    return row.id;
  }

  /** Messages written straight through the writer (what the gateway does), for history tests. */
  async function write(room: string, by: AuthResponse, bodies: string[]): Promise<MessageDto[]> {
    const writer = t.app.get(MessageWriter);
    const out: MessageDto[] = [];
    for (const body of bodies) {
      const r = await writer.append({
        roomId: room,
        clientId: randomUUID(),
        sender: { userId: by.user.id, orgId: by.organization!.id, displayName: by.user.displayName, orgName: by.organization!.name },
        body,
      });
      if (!r.ok) throw new Error(r.code);
      out.push(r.message);
    }
    return out;
  }

  it('opens one direct conversation per pair of organisations, seen by every member of both', async () => {
    const a = await t.registerOrg({ orgName: '成都市锦江区乐邻社工服务中心' });
    const b = await t.registerOrg({ orgName: '四川省青少年发展基金会', orgType: 'foundation' });
    const b2 = await colleague(b, '基金会项目官员');

    const first = await t.post<RoomDto>('/api/rooms', { kind: 'direct', participantOrgIds: [b.organization!.id], message: '您好，我们对贵会的资助计划很感兴趣' }, { token: a.accessToken });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ kind: 'direct', status: 'open', lastSeq: 1, readSeq: 1, unread: 0 });
    expect(first.body.parties.map((p) => p.organization.id).sort()).toEqual([a.organization!.id, b.organization!.id].sort());
    expect(first.body.lastMessage).toMatchObject({ seq: 1, body: '您好，我们对贵会的资助计划很感兴趣', type: 'text' });

    // The other side contacting back finds the same conversation (200), its message appended.
    const back = await t.post<RoomDto>('/api/rooms', { kind: 'direct', participantOrgIds: [a.organization!.id], message: '欢迎联系' }, { token: b2.accessToken });
    expect(back.status).toBe(200);
    expect(back.body.id).toBe(first.body.id);
    expect(back.body.lastSeq).toBe(2);

    const listB = await t.get('/api/rooms', { token: b.accessToken });
    expect(listB.status).toBe(200);
    expect(listB.body).toMatchObject({ total: 1, page: 1 });
    expect(listB.body.items[0]).toMatchObject({ id: first.body.id, lastSeq: 2, readSeq: 0, unread: 2 });
    expect((await t.get('/api/rooms/unread', { token: b.accessToken })).body).toEqual({ rooms: 1, messages: 2 });
    // b2 wrote seq 2, so has read up to it.
    expect((await t.get('/api/rooms/unread', { token: b2.accessToken })).body).toEqual({ rooms: 0, messages: 0 });
    expect((await t.get('/api/rooms/unread', { token: a.accessToken })).body).toEqual({ rooms: 1, messages: 1 });
  });

  it('refuses non-members, organizers included, and bad ids', async () => {
    const a = await t.registerOrg();
    const b = await t.registerOrg();
    const stranger = await t.registerOrg();
    const organizer = await t.loginOrganizer();
    const room = (await t.post<RoomDto>('/api/rooms', { kind: 'direct', participantOrgIds: [b.organization!.id] }, { token: a.accessToken })).body;

    for (const token of [stranger.accessToken, organizer.accessToken]) {
      expect((await t.get(`/api/rooms/${room.id}`, { token })).status).toBe(403);
      expect((await t.get(`/api/rooms/${room.id}/messages`, { token })).status).toBe(403);
      expect((await t.post(`/api/rooms/${room.id}/close`, {}, { token })).status).toBe(403);
    }
    expect((await t.get('/api/rooms', { token: stranger.accessToken })).body.total).toBe(0);
    expect((await t.get('/api/rooms', { token: organizer.accessToken })).body.total).toBe(0);
    expect((await t.get(`/api/rooms/${randomUUID()}`, { token: a.accessToken })).status).toBe(404);
    expect((await t.get('/api/rooms/not-a-uuid', { token: a.accessToken })).status).toBe(404);
    expect((await t.get(`/api/rooms/${room.id}`)).status).toBe(401);
    expect((await t.post('/api/rooms', { kind: 'direct', participantOrgIds: [b.organization!.id] }, { token: organizer.accessToken })).status).toBe(403);
  });

  it('validates what a room is made of', async () => {
    const a = await t.registerOrg();
    const b = await t.registerOrg();
    const c = await t.registerOrg();
    const post = (body: unknown, lang: 'zh' | 'en' = 'zh') => t.post('/api/rooms', body, { token: a.accessToken, lang });

    const two = await post({ kind: 'direct', participantOrgIds: [b.organization!.id, c.organization!.id] }, 'en');
    expect(two.status).toBe(400);
    expect(two.body.error).toMatchObject({ code: 'ROOM_DIRECT_PARTIES', message: expect.stringContaining('direct conversation') });
    const self = await post({ kind: 'negotiation', participantOrgIds: [a.organization!.id] });
    expect(self.body.error.code).toBe('ROOM_PARTICIPANT_INVALID');
    const ghost = await post({ kind: 'negotiation', participantOrgIds: [randomUUID()] });
    expect(ghost.status).toBe(400);
    expect(ghost.body.error.code).toBe('ROOM_PARTICIPANT_INVALID');
    const noListing = await post({ kind: 'negotiation', participantOrgIds: [b.organization!.id], listingIds: [randomUUID()] });
    expect(noListing.status).toBe(400);
    expect(noListing.body.error.code).toBe('ROOM_LISTING_INVALID');
    const bad = await post({ kind: 'group', participantOrgIds: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(bad.body.error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual(['kind', 'participantOrgIds']);
    const tooLong = await post({ kind: 'direct', participantOrgIds: [b.organization!.id], message: 'x'.repeat(4001) });
    expect(tooLong.status).toBe(400);
  });

  it('runs a three-way negotiation about listings: invite, close, read-only afterwards', async () => {
    const need = await t.registerOrg({ orgName: '成都市武侯区玉林街道社区', orgType: 'community' });
    const funder = await t.registerOrg({ orgName: '成都市慈善总会', orgType: 'foundation' });
    const doer = await t.registerOrg({ orgName: '成都市金牛区助老服务中心' });
    const seventh = await t.registerOrg();
    const listingId = await listing(need);

    const created = await t.post<RoomDto>('/api/rooms', { kind: 'negotiation', participantOrgIds: [funder.organization!.id], listingIds: [listingId] }, { token: need.accessToken });
    expect(created.status).toBe(201);
    const room = created.body;
    expect(room.title).toBe('关于「为社区老人提供助餐服务」的洽谈');
    expect(room.listings).toEqual([{ id: listingId, kind: 'need', title: '为社区老人提供助餐服务', organizationId: need.organization!.id }]);
    expect(room.lastMessage).toMatchObject({ seq: 1, type: 'system' });

    expect((await t.get(`/api/rooms/${room.id}`, { token: doer.accessToken })).status).toBe(403);
    const invited = await t.post<RoomDto>(`/api/rooms/${room.id}/parties`, { organizationIds: [doer.organization!.id] }, { token: funder.accessToken });
    expect(invited.status).toBe(200);
    expect(invited.body.parties.map((p) => p.organization.name)).toEqual(['成都市武侯区玉林街道社区', '成都市慈善总会', '成都市金牛区助老服务中心']);
    expect((await t.get(`/api/rooms/${room.id}`, { token: doer.accessToken })).status).toBe(200);
    // Inviting again changes nothing and writes no second note.
    const again = await t.post<RoomDto>(`/api/rooms/${room.id}/parties`, { organizationIds: [doer.organization!.id] }, { token: funder.accessToken });
    expect(again.body.lastSeq).toBe(2);
    expect((await t.post(`/api/rooms/${room.id}/parties`, { organizationIds: [seventh.organization!.id] }, { token: seventh.accessToken })).status).toBe(403);

    const history = await t.get<MessageDto[]>(`/api/rooms/${room.id}/messages`, { token: doer.accessToken });
    expect(history.body.map((m) => [m.seq, m.type, m.systemEvent?.kind])).toEqual([
      [1, 'system', 'room_created'],
      [2, 'system', 'party_joined'],
    ]);
    expect(history.body[1].body).toBe('成都市慈善总会 邀请 成都市金牛区助老服务中心 加入洽谈');

    const closed = await t.post<RoomDto>(`/api/rooms/${room.id}/close`, {}, { token: doer.accessToken });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', lastSeq: 3 });
    expect((await t.post(`/api/rooms/${room.id}/close`, {}, { token: need.accessToken })).body.lastSeq).toBe(3);
    const invitedLate = await t.post(`/api/rooms/${room.id}/parties`, { organizationIds: [seventh.organization!.id] }, { token: need.accessToken });
    expect(invitedLate.status).toBe(409);
    expect(invitedLate.body.error.code).toBe('ROOM_CLOSED');
    const writer = t.app.get(MessageWriter);
    const refused = await writer.append({
      roomId: room.id,
      clientId: randomUUID(),
      sender: { userId: need.user.id, orgId: need.organization!.id, displayName: '', orgName: '' },
      body: '还在吗？',
    });
    expect(refused).toEqual({ ok: false, code: 'ROOM_CLOSED' });
    expect((await t.get(`/api/rooms/${room.id}/messages`, { token: need.accessToken })).body).toHaveLength(3);

    const direct = (await t.post<RoomDto>('/api/rooms', { kind: 'direct', participantOrgIds: [funder.organization!.id] }, { token: need.accessToken })).body;
    const noInvite = await t.post(`/api/rooms/${direct.id}/parties`, { organizationIds: [doer.organization!.id] }, { token: need.accessToken });
    expect(noInvite.body.error.code).toBe('ROOM_DIRECT_PARTIES');
  });

  it('pages history forwards and backwards and searches within the room', async () => {
    const a = await t.registerOrg();
    const b = await t.registerOrg();
    const room = (await t.post<RoomDto>('/api/rooms', { kind: 'direct', participantOrgIds: [b.organization!.id] }, { token: a.accessToken })).body;
    const bodies = Array.from({ length: 120 }, (_, i) => (i % 10 === 3 ? `第${i + 1}条：关于资助金额 100% 的讨论` : `第${i + 1}条消息`));
    await write(room.id, a, bodies);
    const get = (query: Record<string, string | number>) => t.get<MessageDto[]>(`/api/rooms/${room.id}/messages`, { token: b.accessToken, query });
    const seqs = (ms: MessageDto[]) => ms.map((m) => m.seq);

    expect(seqs((await get({})).body)).toEqual(Array.from({ length: 50 }, (_, i) => 71 + i)); // latest page
    expect(seqs((await get({ beforeSeq: 71 })).body)).toEqual(Array.from({ length: 50 }, (_, i) => 21 + i));
    expect(seqs((await get({ beforeSeq: 21, limit: 200 })).body)).toEqual(Array.from({ length: 20 }, (_, i) => 1 + i));
    expect(seqs((await get({ afterSeq: 100, limit: 5 })).body)).toEqual([101, 102, 103, 104, 105]);
    expect((await get({ afterSeq: 120 })).body).toEqual([]);
    const found = (await get({ q: '资助金额' })).body;
    expect(seqs(found)).toEqual([4, 14, 24, 34, 44, 54, 64, 74, 84, 94, 104, 114]);
    expect(found[0]).toMatchObject({ body: '第4条：关于资助金额 100% 的讨论', sender: { userId: a.user.id, orgName: a.organization!.name } });
    expect(seqs((await get({ q: '100%' })).body)).toHaveLength(12); // % is literal, not a wildcard
    expect(seqs((await get({ q: '资助', beforeSeq: 50, limit: 2 })).body)).toEqual([34, 44]);
    expect((await get({ limit: 0 })).status).toBe(400);
    expect((await get({ afterSeq: -1 })).status).toBe(400);
  });

  it('lists the rooms of my organisation, newest activity first, with my unread counts', async () => {
    const me = await t.registerOrg();
    const others = await Promise.all([t.registerOrg(), t.registerOrg(), t.registerOrg()]);
    const rooms: RoomDto[] = [];
    for (const o of others) rooms.push((await t.post<RoomDto>('/api/rooms', { kind: 'direct', participantOrgIds: [o.organization!.id] }, { token: me.accessToken })).body);
    await write(rooms[0].id, others[0], ['最新的一条']);
    const list = await t.get('/api/rooms', { token: me.accessToken, query: { pageSize: 2 } });
    expect(list.body.total).toBe(3);
    expect(list.body.items.map((r: RoomDto) => r.id)).toEqual([rooms[0].id, rooms[2].id]);
    expect(list.body.items[0]).toMatchObject({ unread: 1, lastMessage: { body: '最新的一条' } });
    const page2 = await t.get('/api/rooms', { token: me.accessToken, query: { pageSize: 2, page: 2 } });
    expect(page2.body.items.map((r: RoomDto) => r.id)).toEqual([rooms[1].id]);
    expect((await t.get('/api/rooms', { token: me.accessToken, query: { kind: 'negotiation' } })).body.total).toBe(0);
  });
});
