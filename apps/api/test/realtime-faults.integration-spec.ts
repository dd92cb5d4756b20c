/**
 * SLOW (≈ 30–60 s): fault tests of the real-time guarantees against the BUILT API (`nx run api:build`)
 * run as child processes on this machine's PostgreSQL (and Redis at 127.0.0.1:6379 for the cluster
 * test). Every acknowledged message must end up in the database exactly once, in one order that every
 * client's timeline reproduces after it resyncs.
 */
import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import pg from 'pg';
import type { AuthResponse, MessageDto, RoomDto } from '@yiqia/contracts';
import { RoomClient, call, connect, expectOk, next, type RtSocket, until } from './support/rt-client.js';
import { ApiProcess, type Cluster, createCluster, http } from './support/rt-process.js';
import { registration } from './support/test-app.js';

jest.setTimeout(180_000);

interface Member {
  auth: AuthResponse;
}

async function register(base: string, orgName?: string): Promise<AuthResponse> {
  const res = await http<AuthResponse>(base, 'POST', '/api/auth/register', registration({ orgName }));
  if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function colleague(base: string, admin: AuthResponse): Promise<AuthResponse> {
  const inv = await http(base, 'POST', `/api/organizations/${admin.organization!.id}/invitations`, {}, admin.accessToken);
  const res = await http<AuthResponse>(base, 'POST', `/api/invitations/${inv.body.token}/accept`, {
    email: `c${randomUUID().slice(0, 8)}@test.local`,
    password: 'Colleague2026',
    displayName: '同事',
  });
  return res.body;
}

/** Two organisations, `n` users in all, one negotiation room. */
async function roomWith(base: string, n: number): Promise<{ members: Member[]; room: RoomDto }> {
  const a = await register(base);
  const b = await register(base);
  const users = [a, b];
  while (users.length < n) users.push(await colleague(base, users.length % 2 === 0 ? a : b));
  const room = (await http<RoomDto>(base, 'POST', '/api/rooms', { kind: 'negotiation', participantOrgIds: [b.organization!.id] }, a.accessToken)).body;
  return { members: users.map((auth) => ({ auth })), room };
}

async function dbMessages(cluster: Cluster, roomId: string): Promise<{ id: string; seq: number; client_id: string; type: string }[]> {
  const c = new pg.Client({ connectionString: cluster.databaseUrl });
  await c.connect();
  try {
    return (await c.query(`SELECT id, seq, client_id, type FROM messages WHERE room_id = $1 ORDER BY seq`, [roomId])).rows;
  } finally {
    await c.end();
  }
}

/** The database holds each acknowledged message once, seqs 1..n without gaps, and each timeline equals it. */
async function expectConsistent(cluster: Cluster, roomId: string, clients: RoomClient[]): Promise<void> {
  const rows = await dbMessages(cluster, roomId);
  expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
  const byClientId = new Map(rows.map((r) => [r.client_id, r]));
  expect(byClientId.size).toBe(rows.length);
  for (const c of clients) {
    for (const [clientId, m] of c.acked) expect(byClientId.get(clientId)).toMatchObject({ id: m.id, seq: m.seq });
    expect(c.outbox.size).toBe(0);
  }
  const last = rows.length;
  for (const c of clients) await until(() => c.lastSeq >= last || (void c.resync(), false));
  for (const c of clients) {
    expect(c.contiguous.map((m) => m.id)).toEqual(rows.map((r) => r.id));
    expect(c.timeline.size).toBe(rows.length);
  }
}

describe('real-time faults (slow, built API as child processes)', () => {
  let cluster: Cluster;
  const procs: ApiProcess[] = [];
  const sockets: RtSocket[] = [];

  beforeEach(async () => {
    cluster = await createCluster();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.close();
    for (const p of procs.splice(0)) await p.stop();
    await cluster.cleanup();
  });

  async function start(opts: Parameters<typeof ApiProcess.start>[1] = {}): Promise<ApiProcess> {
    const p = await ApiProcess.start(cluster, opts);
    procs.push(p);
    return p;
  }

  async function client(base: string, m: Member, roomId: string): Promise<RoomClient> {
    const s = await connect(base, m.auth.accessToken, { reconnection: true });
    sockets.push(s);
    const c = new RoomClient(s, roomId);
    await c.resync();
    return c;
  }

  it('SIGKILL while clients send with retries: after a restart every acknowledged message is stored exactly once and every timeline equals the database', async () => {
    const api = await start();
    const { members, room } = await roomWith(api.url, 3);
    const clients = await Promise.all(members.map((m) => client(api.url, m, room.id)));
    const perClient = 40;
    const sends = clients.map(async (c, i) => {
      for (let k = 0; k < perClient; k += 1) await c.send(`${i}:${k}`);
    });
    await until(() => clients.reduce((n, c) => n + c.acked.size, 0) >= 20);
    api.kill('SIGKILL');
    await api.exited;
    const restarted = await start({ port: api.port });
    await Promise.all(sends);
    await expectConsistent(cluster, room.id, clients);
    const rows = await dbMessages(cluster, room.id);
    expect(rows.filter((r) => r.type === 'text')).toHaveLength(3 * perClient);
    expect(restarted.output).not.toMatch(/"level":"error"/);
  });

  it('200 forced reconnects during a busy conversation: no gap, no duplicate, the same order everywhere', async () => {
    const api = await start();
    const { members, room } = await roomWith(api.url, 4);
    const clients = await Promise.all(members.map((m) => client(api.url, m, room.id)));
    let stop = false;
    const senders = clients.map(async (c, i) => {
      for (let k = 0; !stop || k < 20; k += 1) {
        await c.send(`${i}:${k}`);
        await new Promise((r) => setTimeout(r, 2));
      }
    });
    // Chaos: drop a random client's connection 200 times, each time waiting until it is back.
    let reconnects = 0;
    for (; reconnects < 200; reconnects += 1) {
      const c = clients[reconnects % clients.length];
      const back = new Promise<void>((r) => c.socket.once('connect', () => r()));
      c.socket.io.engine.close();
      await back;
    }
    stop = true;
    await Promise.all(senders);
    expect(reconnects).toBe(200);
    await expectConsistent(cluster, room.id, clients);
    // Duplicates arrive (replays overlap live delivery) and are recognised by seq, never stored twice.
    expect(clients.some((c) => c.duplicatesSeen > 0)).toBe(true);
  });

  it('SIGTERM: refuses new work, answers what it started, closes sockets and exits with 0', async () => {
    const api = await start({ env: { LOG_LEVEL: 'info' } });
    const { members, room } = await roomWith(api.url, 4);
    const socks = await Promise.all(
      members.map(async (m) => {
        const s = await connect(api.url, m.auth.accessToken);
        sockets.push(s);
        expectOk(await call(s, 'room:join', { roomId: room.id }));
        return s;
      }),
    );
    const answered = new Map<string, { ok: boolean; code?: string }>();
    const unanswered = new Set<string>();
    let sent = 0;
    const bursts = socks.map(async (s) => {
      while (s.connected) {
        const clientId = randomUUID();
        sent += 1;
        try {
          const a = await (s as unknown as { timeout(ms: number): { emitWithAck(e: string, p: unknown): Promise<any> } })
            .timeout(10_000)
            .emitWithAck('message:send', { roomId: room.id, clientId, body: `消息 ${sent}` });
          answered.set(clientId, { ok: a.ok, code: a.error?.code });
        } catch {
          unanswered.add(clientId);
        }
      }
    });
    await until(() => [...answered.values()].filter((a) => a.ok).length >= 100);
    api.kill('SIGTERM');
    const exit = await api.exited;
    await Promise.all(bursts);
    expect(exit).toEqual({ code: 0, signal: null });
    const rows = await dbMessages(cluster, room.id);
    const stored = new Set(rows.map((r) => r.client_id));
    const acked = [...answered].filter(([, a]) => a.ok).map(([id]) => id);
    // Everything acknowledged is stored, and nothing was stored without its acknowledgement going out.
    for (const id of acked) expect(stored.has(id)).toBe(true);
    const storedText = rows.filter((r) => r.type === 'text').map((r) => r.client_id);
    expect(storedText.filter((id) => !answered.get(id)?.ok)).toEqual([]);
    // Work that arrived during the drain was refused with SHUTTING_DOWN (or never got in), not lost half-way.
    for (const [id, a] of answered) if (!a.ok) expect([a.code, stored.has(id)]).toEqual(['SHUTTING_DOWN', false]);
    expect(api.output).toMatch(/drained/);
  });

  it('two API processes with REDIS_URL share rooms, presence, unread pushes and logouts', async () => {
    const one = await start({ redis: true, env: { LOG_LEVEL: 'info' } });
    const two = await start({ redis: true });
    const a = await register(one.url);
    const b = await register(two.url);
    const b2 = await colleague(two.url, b);
    const room = (await http<RoomDto>(one.url, 'POST', '/api/rooms', { kind: 'direct', participantOrgIds: [b.organization!.id] }, a.accessToken)).body;

    const sa = await connect(one.url, a.accessToken);
    const sb = await connect(two.url, b.accessToken);
    const sb2 = await connect(two.url, b2.accessToken); // a member of b elsewhere in the app
    sockets.push(sa, sb, sb2);
    expectOk(await call(sa, 'room:join', { roomId: room.id }));
    const bothOnline = next(sb, 'presence', (p) => p.online.length === 2);
    expectOk(await call(sb, 'room:join', { roomId: room.id }));
    expect((await bothOnline).online.map((u) => u.userId).sort()).toEqual([a.user.id, b.user.id].sort());

    const arrives = next(sb, 'message:new');
    const badge = next(sb2, 'unread:updated');
    const sent = expectOk(await call(sa, 'message:send', { roomId: room.id, clientId: randomUUID(), body: '从一号进程发出' })).message;
    expect(await arrives).toEqual(sent);
    expect(await badge).toEqual({ rooms: 1, messages: 1 });

    const reply = next(sa, 'message:new', (m: MessageDto) => m.seq === 2);
    expectOk(await call(sb, 'message:send', { roomId: room.id, clientId: randomUUID(), body: '二号进程回复' }));
    expect((await reply).body).toBe('二号进程回复');

    // Logging out through process one ends b's socket on process two.
    const loginB = await http<AuthResponse>(one.url, 'POST', '/api/auth/login', { email: b.user.email, password: 'Passw0rd2026' });
    const sbFresh = await connect(two.url, loginB.body.accessToken);
    sockets.push(sbFresh);
    const gone = new Promise((r) => sbFresh.once('disconnect', r));
    expect((await http(one.url, 'POST', '/api/auth/logout', {}, loginB.body.accessToken)).status).toBe(204);
    expect(await gone).toBe('io server disconnect');
    expect(sb.connected).toBe(true); // another session of the same user stays
  });
});
