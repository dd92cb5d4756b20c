import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { AuthResponse, MessageDto, RoomDto } from '@yiqia/contracts';
import { persistentSecret } from '../src/config/app-config.js';
import { RoomClient, call, collect, connect, expectOk, listen, next, rawEmit, refusal, until, type RtSocket } from './support/rt-client.js';
import { TestApp } from './support/test-app.js';

describe('the /rt gateway', () => {
  let t: TestApp;
  let url: string;
  const sockets: RtSocket[] = [];
  beforeAll(async () => {
    t = await TestApp.start({ RT_ALLOWED_ORIGINS: 'https://partner.example', RT_RATE_PER_SECOND: '20', RT_RATE_BURST: '30' });
    url = await listen(t);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(() => t.stop());

  async function open(auth: AuthResponse | string, opts: Parameters<typeof connect>[2] = {}): Promise<RtSocket> {
    const s = await connect(url, typeof auth === 'string' ? auth : auth.accessToken, opts);
    sockets.push(s);
    return s;
  }

  async function colleague(admin: AuthResponse, name = '同事'): Promise<AuthResponse> {
    const inv = await t.post(`/api/organizations/${admin.organization!.id}/invitations`, {}, { token: admin.accessToken });
    const res = await t.post(`/api/invitations/${inv.body.token}/accept`, { email: `c${randomUUID().slice(0, 8)}@test.local`, password: 'Colleague2026', displayName: name });
    return res.body;
  }

  async function pair(): Promise<{ a: AuthResponse; b: AuthResponse; room: RoomDto }> {
    const a = await t.registerOrg();
    const b = await t.registerOrg();
    const room = (await t.post<RoomDto>('/api/rooms', { kind: 'direct', participantOrgIds: [b.organization!.id] }, { token: a.accessToken })).body;
    return { a, b, room };
  }

  async function signToken(sub: string, sid: string, expiresAt: number): Promise<string> {
    const key = new TextEncoder().encode(persistentSecret(t.config.dataDir, 'jwt-secret'));
    return new SignJWT({ sid }).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setIssuer('yiqia').setIssuedAt().setExpirationTime(expiresAt).sign(key);
  }

  const sid = (auth: AuthResponse) => JSON.parse(Buffer.from(auth.accessToken.split('.')[1], 'base64url').toString()).sid as string;

  describe('handshake', () => {
    it('refuses a missing, forged or expired token and ended sessions, with a message in the asked language', async () => {
      const a = await t.registerOrg();
      expect((await refusal(url, undefined)).data).toEqual({ code: 'UNAUTHENTICATED', message: '请先登录' });
      expect((await refusal(url, 'not.a.jwt', { lang: 'en' })).data).toEqual({ code: 'UNAUTHENTICATED', message: 'Please log in first' });
      const expired = await signToken(a.user.id, sid(a), Math.floor(Date.now() / 1000) - 10);
      expect((await refusal(url, expired)).data?.code).toBe('TOKEN_EXPIRED');
      const forged = await new SignJWT({ sid: sid(a) }).setProtectedHeader({ alg: 'HS256' }).setSubject(a.user.id).setIssuer('yiqia').setExpirationTime('1h').sign(new TextEncoder().encode('x'.repeat(48)));
      expect((await refusal(url, forged)).data?.code).toBe('UNAUTHENTICATED');

      const s = await open(a);
      expect(s.connected).toBe(true);
      await t.post('/api/auth/logout', {}, { token: a.accessToken });
      expect((await refusal(url, a.accessToken)).data?.code).toBe('TOKEN_EXPIRED'); // the session is over
    });

    it('checks Origin: the API origin and the allowlist pass, other sites are refused', async () => {
      const a = await t.registerOrg();
      const host = new URL(url).host;
      expect((await open(a, { origin: `http://${host}` })).connected).toBe(true);
      expect((await open(a, { origin: 'https://partner.example' })).connected).toBe(true);
      expect((await open(a)).connected).toBe(true); // no Origin: not a browser
      const refused = await refusal(url, a.accessToken, { origin: 'https://evil.example', lang: 'en' });
      expect(refused.data).toEqual({ code: 'ORIGIN_NOT_ALLOWED', message: 'Connections from this website are not allowed' });
      expect((await refusal(url, a.accessToken, { origin: 'https://partner.example.evil.test' })).data?.code).toBe('ORIGIN_NOT_ALLOWED');
      // polling transport is checked the same way
      expect((await refusal(url, a.accessToken, { origin: 'https://evil.example', transports: ['polling'] })).data?.code).toBe('ORIGIN_NOT_ALLOWED');
    });
  });

  describe('membership', () => {
    it('refuses joining or sending in a room of other organisations, organizers included', async () => {
      const { a, room } = await pair();
      const stranger = await t.registerOrg();
      const organizer = await t.loginOrganizer();
      for (const auth of [stranger, organizer]) {
        const s = await open(auth);
        const join = await call(s, 'room:join', { roomId: room.id });
        expect(join).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '没有权限进行此操作' } });
        const send = await call(s, 'message:send', { roomId: room.id, clientId: randomUUID(), body: '我也想说两句' });
        expect(send).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        expect(await call(s, 'typing', { roomId: room.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        expect(await call(s, 'read', { roomId: room.id, seq: 1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
      expect(await call(await open(a), 'room:join', { roomId: randomUUID() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM messages WHERE room_id = $1`, [room.id]);
      expect(n).toBe(0);
    });
  });

  describe('messages', () => {
    it('acks after commit, broadcasts to the room, and a retry with the same clientId returns the original', async () => {
      const { a, b, room } = await pair();
      const sa = await open(a);
      const sb = await open(b);
      expectOk(await call(sa, 'room:join', { roomId: room.id }));
      expectOk(await call(sb, 'room:join', { roomId: room.id }));
      const incoming = next(sb, 'message:new');
      const clientId = randomUUID();
      const first = expectOk(await call(sa, 'message:send', { roomId: room.id, clientId, body: '  您好，想了解贵会的资助计划  ' })).message;
      expect(first).toMatchObject({ roomId: room.id, seq: 1, clientId, body: '您好，想了解贵会的资助计划', type: 'text', sender: { userId: a.user.id, orgId: a.organization!.id } });
      const [row] = await t.ds.query(`SELECT id, seq FROM messages WHERE room_id = $1 AND client_id = $2`, [room.id, clientId]);
      expect(row).toEqual({ id: first.id, seq: 1 });
      expect(await incoming).toEqual(first);

      const retry = expectOk(await call(sa, 'message:send', { roomId: room.id, clientId, body: '您好，想了解贵会的资助计划' })).message;
      expect(retry).toEqual(first);
      const [{ n, last }] = await t.ds.query(`SELECT count(*)::int AS n, (SELECT last_seq FROM rooms WHERE id = $1) AS last FROM messages WHERE room_id = $1`, [room.id]);
      expect({ n, last }).toEqual({ n: 1, last: 1 });
      const nextOne = expectOk(await call(sa, 'message:send', { roomId: room.id, clientId: randomUUID(), body: '第二条' })).message;
      expect(nextOne.seq).toBe(2); // the retry consumed no seq
    });

    it('keeps seq gap-free and the same order for everyone under 5 concurrent senders', async () => {
      const admin = await t.registerOrg();
      const other = await t.registerOrg();
      const people = [admin, await colleague(admin, '二'), await colleague(admin, '三'), other, await colleague(other, '五')];
      const room = (await t.post<RoomDto>('/api/rooms', { kind: 'negotiation', participantOrgIds: [other.organization!.id] }, { token: admin.accessToken })).body;
      const socks = await Promise.all(people.map((p) => open(p)));
      const seen = socks.map((s) => collect(s, 'message:new'));
      for (const s of socks) expectOk(await call(s, 'room:join', { roomId: room.id }));
      const perSender = 20;
      const acks = await Promise.all(
        socks.flatMap((s, i) => Array.from({ length: perSender }, (_, k) => call(s, 'message:send', { roomId: room.id, clientId: randomUUID(), body: `${i}-${k}` }))),
      );
      const seqs = acks.map((a) => expectOk(a).message.seq).sort((x, y) => x - y);
      expect(seqs).toEqual(Array.from({ length: 5 * perSender }, (_, i) => i + 2)); // seq 1 is the "room created" note
      const total = 5 * perSender;
      await until(() => seen.every((list) => list.length >= total));
      const orders = seen.map((list) => list.map((m) => m.seq));
      for (const order of orders) expect(order).toEqual(orders[0]);
      expect(orders[0]).toEqual([...orders[0]].sort((x, y) => x - y));
      // Each sender's messages keep their sending order too (acks arrive in order on one socket).
      const db: { seq: number; body: string }[] = await t.ds.query(`SELECT seq, body FROM messages WHERE room_id = $1 AND type = 'text' ORDER BY seq`, [room.id]);
      expect(db).toHaveLength(total);
      for (let i = 0; i < 5; i += 1) {
        const mine = db.filter((m) => m.body.startsWith(`${i}-`)).map((m) => Number(m.body.split('-')[1]));
        expect(mine).toEqual([...mine].sort((x, y) => x - y));
      }
    });

    it('replays what a client missed when it rejoins with lastSeq', async () => {
      const { a, b, room } = await pair();
      const sa = await open(a);
      let sb = await open(b);
      expectOk(await call(sa, 'room:join', { roomId: room.id }));
      const joined = expectOk(await call(sb, 'room:join', { roomId: room.id }));
      expect(joined.messages).toEqual([]);
      for (const body of ['一', '二']) expectOk(await call(sa, 'message:send', { roomId: room.id, clientId: randomUUID(), body }));
      await until(async () => (await t.ds.query(`SELECT last_seq FROM rooms WHERE id = $1`, [room.id]))[0].last_seq === 2);
      sb.close();
      for (const body of ['三', '四', '五']) expectOk(await call(sa, 'message:send', { roomId: room.id, clientId: randomUUID(), body }));
      sb = await open(b);
      const rejoin = expectOk(await call(sb, 'room:join', { roomId: room.id, lastSeq: 2 }));
      expect(rejoin.messages.map((m) => [m.seq, m.body])).toEqual([
        [3, '三'],
        [4, '四'],
        [5, '五'],
      ]);
      expect(rejoin.room).toMatchObject({ id: room.id, lastSeq: 5, readSeq: 0, unread: 5 });
      // Without lastSeq: the latest page.
      expect(expectOk(await call(sb, 'room:join', { roomId: room.id })).messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    });

    it('refuses sending to a closed room', async () => {
      const { a, room } = await pair();
      const s = await open(a);
      expectOk(await call(s, 'room:join', { roomId: room.id }));
      const note = next(s, 'message:new');
      await t.post(`/api/rooms/${room.id}/close`, {}, { token: a.accessToken });
      expect(await note).toMatchObject({ type: 'system', systemEvent: { kind: 'room_closed' } });
      const refused = await call(s, 'message:send', { roomId: room.id, clientId: randomUUID(), body: '还在吗' }, );
      expect(refused).toMatchObject({ ok: false, error: { code: 'ROOM_CLOSED', message: '洽谈已关闭，只能查看记录' } });
    });

    it('accepts only attachments uploaded here', async () => {
      const { a, room } = await pair();
      const s = await open(a);
      const bad = await call(s, 'message:send', { roomId: room.id, clientId: randomUUID(), body: '附件', attachments: [{ url: '/api/uploads/nothere.pdf', name: '方案.pdf' }] });
      expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { fields: [{ path: 'attachments.0.url' }] } } });
      const [up] = await t.ds.query(
        `INSERT INTO uploads (stored_name, original_name, mime, kind, size, sha256, uploaded_by) VALUES ('abcDEF123.pdf', '方案.pdf', 'application/pdf', 'document', 1234, 'x', $1) RETURNING stored_name`,
        [a.user.id],
      );
      const ok = expectOk(await call(s, 'message:send', { roomId: room.id, clientId: randomUUID(), body: '附件', attachments: [{ url: `/api/uploads/${up.stored_name}`, name: '方案.pdf' }] }));
      expect(ok.message.attachments).toEqual([{ url: '/api/uploads/abcDEF123.pdf', name: '方案.pdf', size: 1234 }]);
    });
  });

  describe('bad input never hurts the process', () => {
    it('answers invalid payloads, unknown events and floods with error acks; oversized frames cost the connection only', async () => {
      const { a, b, room } = await pair();
      const s = await open(a, { lang: 'en' });
      const invalid = await call(s, 'message:send', { roomId: 'nope', clientId: 'x', body: '' });
      expect(invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: 'Some fields are invalid; please correct them' } });
      expect(invalid.ok ? [] : (invalid.error.details!.fields as { path: string }[]).map((f) => f.path).sort()).toEqual(['body', 'clientId', 'roomId']);
      expect(await call(s, 'message:send', 'just a string')).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      expect(await call(s, 'message:send', null)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      expect(await call(s, 'room:join', { roomId: room.id, extra: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      expect(await call(s, 'message:send', { roomId: room.id, clientId: randomUUID(), body: 'x'.repeat(4001) })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      expect(await call(s, 'no:such' as never, {})).toMatchObject({ ok: false, error: { code: 'ROUTE_NOT_FOUND' } });
      rawEmit(s, 'message:send', { roomId: room.id }); // no ack function: nothing to answer, nothing breaks

      // Oversized frame (> 64 KB): the transport drops this connection; the server keeps serving.
      const big = await open(a);
      const closed = new Promise<string>((resolve) => big.once('disconnect', resolve));
      rawEmit(big, 'message:send', { roomId: room.id, clientId: randomUUID(), body: 'x'.repeat(70_000) });
      expect(await closed).toBe('transport close');

      // Flood: the bucket (burst 30, 20/s) answers RATE_LIMITED, the socket stays connected.
      const flood = await open(b);
      const answers = await Promise.all(Array.from({ length: 60 }, () => call(flood, 'typing', { roomId: room.id })));
      const limited = answers.filter((x) => !x.ok && x.error.code === 'RATE_LIMITED').length;
      expect(limited).toBeGreaterThanOrEqual(20);
      expect(answers.filter((x) => x.ok).length).toBeGreaterThanOrEqual(30);
      expect(flood.connected).toBe(true);

      const still = await open(b);
      expect(expectOk(await call(still, 'message:send', { roomId: room.id, clientId: randomUUID(), body: '服务还在' })).message.seq).toBe(1);
      expect((await t.get('/api/health')).status).toBe(200);
    });
  });

  describe('sessions', () => {
    it('disconnects the sockets of a session at logout, and of a member removed from the organisation', async () => {
      const admin = await t.registerOrg();
      const member = await colleague(admin);
      const s1 = await open(admin);
      const s2 = await open(admin);
      const m1 = await open(member);
      const gone = Promise.all([s1, s2].map((s) => new Promise<string>((resolve) => s.once('disconnect', resolve))));
      await t.post('/api/auth/logout', {}, { token: admin.accessToken });
      expect(await gone).toEqual(['io server disconnect', 'io server disconnect']);
      expect(m1.connected).toBe(true);

      const admin2 = (await t.post<AuthResponse>('/api/auth/login', { email: admin.user.email, password: 'Passw0rd2026' })).body;
      const removed = new Promise<string>((resolve) => m1.once('disconnect', resolve));
      expect((await t.delete(`/api/organizations/${admin.organization!.id}/members/${member.user.id}`, { token: admin2.accessToken })).status).toBe(204);
      expect(await removed).toBe('io server disconnect');
    });

    it('disconnects when the access token expires; the client comes back with a fresh one', async () => {
      const a = await t.registerOrg();
      let token = await signToken(a.user.id, sid(a), Math.floor(Date.now() / 1000) + 2);
      const s = await open(token, {});
      const dropped = new Promise<string>((resolve) => s.once('disconnect', resolve));
      expect(await dropped).toBe('io server disconnect');
      token = a.accessToken;
      expect((await open(token)).connected).toBe(true);
    });
  });

  describe('read markers, typing, presence, notifications', () => {
    it('moves read markers forward only, tells the room and updates the badge', async () => {
      const { a, b, room } = await pair();
      const sa = await open(a);
      const sb = await open(b);
      for (const s of [sa, sb]) expectOk(await call(s, 'room:join', { roomId: room.id }));
      for (const body of ['一', '二', '三']) expectOk(await call(sa, 'message:send', { roomId: room.id, clientId: randomUUID(), body }));
      const told = next(sa, 'read');
      const badge = next(sb, 'unread:updated');
      expect(await call(sb, 'read', { roomId: room.id, seq: 2 })).toEqual({ ok: true, seq: 2 });
      expect(await told).toEqual({ roomId: room.id, userId: b.user.id, orgId: b.organization!.id, seq: 2 });
      expect(await badge).toEqual({ rooms: 1, messages: 1 });
      expect(await call(sb, 'read', { roomId: room.id, seq: 1 })).toEqual({ ok: true, seq: 2 }); // never back
      expect(await call(sb, 'read', { roomId: room.id, seq: 99 })).toEqual({ ok: true, seq: 3 }); // never past the end
      expect((await t.get('/api/rooms/unread', { token: b.accessToken })).body).toEqual({ rooms: 0, messages: 0 });
      expect((await t.get(`/api/rooms/${room.id}`, { token: b.accessToken })).body).toMatchObject({ readSeq: 3, unread: 0 });
      // Each party's read marker, for the "已读" under the last message the other side read.
      const seenByA = (await t.get(`/api/rooms/${room.id}`, { token: a.accessToken })).body as RoomDto;
      expect(seenByA.partyReads).toEqual(expect.arrayContaining([{ orgId: b.organization!.id, seq: 3 }, { orgId: a.organization!.id, seq: 3 }]));
    });

    it('relays typing to the others in the room, at most once a second per sender', async () => {
      const { a, b, room } = await pair();
      const sa = await open(a);
      const sb = await open(b);
      for (const s of [sa, sb]) expectOk(await call(s, 'room:join', { roomId: room.id }));
      const typing = collect(sb, 'typing');
      const own = collect(sa, 'typing');
      for (let i = 0; i < 5; i += 1) expect(await call(sa, 'typing', { roomId: room.id })).toEqual({ ok: true });
      await call(sb, 'room:join', { roomId: room.id }); // a round trip after the relays
      expect(typing).toEqual([{ roomId: room.id, userId: a.user.id, displayName: a.user.displayName }]);
      expect(own).toEqual([]);
    });

    it('shows who is in the room', async () => {
      const { a, b, room } = await pair();
      const sa = await open(a);
      expectOk(await call(sa, 'room:join', { roomId: room.id }));
      await expect(next(sa, 'presence')).resolves.toMatchObject({ roomId: room.id, online: [{ userId: a.user.id }] });
      const both = next(sa, 'presence', (p) => p.online.length === 2);
      const sb = await open(b);
      expectOk(await call(sb, 'room:join', { roomId: room.id }));
      expect((await both).online.map((u) => u.userId).sort()).toEqual([a.user.id, b.user.id].sort());
      const alone = next(sa, 'presence', (p) => p.online.length === 1);
      sb.close();
      expect((await alone).online).toEqual([{ userId: a.user.id, orgId: a.organization!.id, displayName: a.user.displayName }]);
      const empty = next(sa, 'presence', (p) => p.online.length === 0);
      const watcher = await open(b);
      expectOk(await call(watcher, 'room:join', { roomId: room.id }));
      // sa leaves: the room's presence goes to the one left there (sa no longer receives it) …
      const onlyB = next(watcher, 'presence', (p) => p.online.length === 1 && p.online[0].userId === b.user.id);
      expectOk(await call(sa, 'room:leave', { roomId: room.id }));
      await onlyB;
      // … and sa, out of the room, hears nothing more about it.
      expectOk(await call(watcher, 'room:leave', { roomId: room.id }));
      expect(await Promise.race([empty.then(() => 'heard'), call(sa, 'typing', { roomId: room.id }).then(() => 'silent')])).toBe('silent');
    });

    it('notifies members who are not in the room, with their unread totals', async () => {
      const { a, b, room } = await pair();
      const b2 = await colleague(b, '在别的页面');
      const sa = await open(a);
      const sb2 = await open(b2);
      expectOk(await call(sa, 'room:join', { roomId: room.id }));
      const notified = next(sb2, 'notification');
      const badge = next(sb2, 'unread:updated');
      const ownNotes = collect(sa, 'notification');
      expectOk(await call(sa, 'message:send', { roomId: room.id, clientId: randomUUID(), body: '有个好消息' }));
      expect(await notified).toMatchObject({ kind: 'message', roomId: room.id, title: a.organization!.name, body: '有个好消息' });
      expect(await badge).toEqual({ rooms: 1, messages: 1 });
      expect(ownNotes).toEqual([]);
    });

    it('pushes room:updated to every member when the room changes', async () => {
      const { a, b, room } = await pair();
      const sb = await open(b);
      const updated = next(sb, 'room:updated');
      await t.post(`/api/rooms/${room.id}/close`, {}, { token: a.accessToken });
      expect(await updated).toMatchObject({ id: room.id, status: 'closed', lastSeq: 1, readSeq: 0, unread: 1 });
    });
  });

  it('proposes, signs and withdraws intents over the socket (IntentsService), everyone in the room sees them', async () => {
    const a = await t.registerOrg();
    const b = await t.registerOrg({ orgType: 'foundation' });
    const room = (await t.post<RoomDto>('/api/rooms', { kind: 'negotiation', participantOrgIds: [b.organization!.id] }, { token: a.accessToken })).body;
    const sa = await open(a);
    const sb = await open(b);
    for (const s of [sa, sb]) expectOk(await call(s, 'room:join', { roomId: room.id }));
    const terms = {
      title: '社区助餐合作意向书',
      parties: [
        { organizationId: a.organization!.id, role: '需求方' },
        { organizationId: b.organization!.id, role: '资助方' },
      ],
      fundingAmount: 200000,
    };
    const seen = next(sb, 'intent:updated');
    const proposed = expectOk(await call(sa, 'intent:propose', { roomId: room.id, terms }));
    expect(proposed.intent.versions[0]).toMatchObject({ version: 1, status: 'proposed' });
    expect(await seen).toEqual({ roomId: room.id, intent: proposed.intent });
    const signed = expectOk(await call(sb, 'intent:sign', { roomId: room.id, version: 1 }));
    expect(signed.intent.versions[0].signatures.map((x) => x.orgId)).toEqual([b.organization!.id]);
    expect(await call(sa, 'intent:propose', { roomId: room.id, terms: { ...terms, parties: [] } })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const stranger = await open(await t.registerOrg());
    expect(await call(stranger, 'intent:sign', { roomId: room.id, version: 1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expectOk(await call(sa, 'intent:withdraw', { roomId: room.id, version: 1 }));
  });

  it('resyncs a client that drops in the middle of a busy conversation (reference client)', async () => {
    const { a, b, room } = await pair();
    const writerSock = await open(a, { reconnection: true });
    const readerSock = await open(b, { reconnection: true });
    const writer = new RoomClient(writerSock, room.id);
    const reader = new RoomClient(readerSock, room.id);
    await writer.resync();
    await reader.resync();
    const sent: Promise<MessageDto>[] = [];
    for (let i = 0; i < 30; i += 1) {
      sent.push(writer.send(`消息${i}`));
      if (i === 10) readerSock.io.engine.close(); // the reader's connection drops; it reconnects by itself
    }
    await Promise.all(sent);
    await until(() => reader.lastSeq === 30);
    expect(reader.contiguous.map((m) => m.body)).toEqual(Array.from({ length: 30 }, (_, i) => `消息${i}`));
  });
});
