import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { io, type Socket } from 'socket.io-client';
import type { DataSource } from 'typeorm';
import type { AuthResponse, ConsoleServerEvents, RoomDto } from '@yiqia/contracts';
import { createApp } from '../src/create-app.js';
import { createDataSource } from '../src/database/database.js';
import { DashboardHub } from '../src/modules/console-live/dashboard-hub.js';
import { connect as connectRt, listen, type RtSocket } from './support/rt-client.js';
import { TestApp } from './support/test-app.js';

type ConsoleSocket = Socket<ConsoleServerEvents>;
type Delta = Parameters<ConsoleServerEvents['dashboard:update']>[0];
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/**
 * Two API instances (two Nest apps, two Socket.IO servers, two dashboard hubs) on one database and one
 * Redis: online users and deltas are the same on both, each version is computed by one of them only.
 */
describe('the /console dashboard with two API instances sharing Redis', () => {
  let t: TestApp;
  let ds2: DataSource;
  let app2: NestFastifyApplication;
  let url1: string;
  let url2: string;
  let organizer: AuthResponse;
  let expoId: string;
  const sockets: (ConsoleSocket | RtSocket)[] = [];

  function openConsole(url: string): Promise<ConsoleSocket> {
    const s: ConsoleSocket = io(`${url}/console`, { auth: { token: organizer.accessToken }, transports: ['websocket'], reconnection: false, forceNew: true });
    sockets.push(s);
    return new Promise((resolve, reject) => {
      s.once('connect', () => resolve(s));
      s.once('connect_error', reject);
    });
  }
  const watch = (s: ConsoleSocket) => (s as unknown as { emitWithAck(e: string, p: unknown): Promise<any> }).emitWithAck('console:watch', { expoId });
  const nextDelta = (s: ConsoleSocket, where: (d: Delta) => boolean) =>
    new Promise<Delta>((resolve) => {
      const l = (d: Delta) => {
        if (!where(d)) return;
        s.off('dashboard:update', l);
        resolve(d);
      };
      s.on('dashboard:update', l);
    });

  beforeAll(async () => {
    t = await TestApp.start({ REDIS_URL, RT_REDIS_KEY: `yiqia-test-${randomBytes(4).toString('hex')}` });
    url1 = await listen(t);
    ds2 = createDataSource(t.config.databaseUrl!, 5);
    await ds2.initialize();
    app2 = await createApp(t.config, ds2);
    await app2.init();
    await app2.listen({ port: 0, host: '127.0.0.1' });
    url2 = `http://127.0.0.1:${(app2.getHttpServer().address() as AddressInfo).port}`;
    organizer = await t.loginOrganizer();
    const expo = await t.post(
      '/api/expos',
      { name: '双进程洽谈汇', slug: 'cluster-2026', startsAt: new Date(Date.now() - 86_400_000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString() },
      { token: organizer.accessToken },
    );
    expoId = expo.body.id;
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await app2.close();
    await ds2.destroy();
    await t.stop();
  });

  it('shows participants of both instances, pushes the same versions to viewers on both, computes each version once', async () => {
    const c1 = await openConsole(url1);
    const c2 = await openConsole(url2);
    const [w1, w2] = [await watch(c1), await watch(c2)];
    expect(w1.ok && w2.ok).toBe(true);
    const seen1: number[] = [];
    const seen2: number[] = [];
    c1.on('dashboard:update', (d) => seen1.push(d.version));
    c2.on('dashboard:update', (d) => seen2.push(d.version));

    const a = await t.registerOrg({ orgName: '一号进程的社工中心' });
    const b = await t.registerOrg({ orgName: '二号进程的基金会', orgType: 'foundation' });
    const bothOnline = (d: Delta) => d.sections.online?.total === 2;
    const on1 = nextDelta(c1, bothOnline);
    const on2 = nextDelta(c2, bothOnline);
    const rtA = await connectRt(url1, a.accessToken);
    const rtB = await connectRt(url2, b.accessToken);
    sockets.push(rtA, rtB);
    const [d1, d2] = await Promise.all([on1, on2]);
    expect(d1.sections.online).toEqual(d2.sections.online);
    expect(d1.sections.online!.byOrgType).toMatchObject({ social_org: 1, foundation: 1 });

    const need = await t.post('/api/listings', { kind: 'need', title: '助老需求', summary: '为社区老人提供午餐与探访服务，寻求资金支持。', domains: ['elderly'], regionCode: '510104', expoId }, { token: a.accessToken });
    const roomDone = (d: Delta) => d.sections.rooms?.total === 1;
    const r1 = nextDelta(c1, roomDone);
    const r2 = nextDelta(c2, roomDone);
    // The room is created through instance two, the message sent through instance one.
    const room = await fetch(`${url2}/api/rooms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${a.accessToken}` },
      body: JSON.stringify({ kind: 'negotiation', title: '助老洽谈', participantOrgIds: [b.organization!.id], listingIds: [need.body.id] }),
    }).then((r) => r.json() as Promise<RoomDto>);
    const [x1, x2] = await Promise.all([r1, r2]);
    expect(x1.version).toBe(x2.version);
    expect(x1.sections.funnel).toMatchObject({ contacts: 1, rooms: 1 });

    const sent = await (rtA as unknown as { emitWithAck(e: string, p: unknown): Promise<any> }).emitWithAck('message:send', { roomId: room.id, clientId: randomUUID(), body: '你好' });
    expect(sent.ok).toBe(true);
    const active = (d: Delta) => d.sections.rooms?.active === 1 || (d.sections.messagesPerMinute?.current ?? 0) >= 2;
    await Promise.all([nextDelta(c1, active), nextDelta(c2, active)]);

    // Both viewers saw the same versions, each once, increasing.
    await new Promise((r) => setTimeout(r, 300));
    expect(seen1).toEqual(seen2);
    expect(new Set(seen1).size).toBe(seen1.length);
    expect(seen1).toEqual([...seen1].sort((p, q) => p - q));
    // Every version was computed by one instance only (two independent instances would compute about
    // twice as often as versions exist; one computation may be running while this is read).
    const latest = (await watch(await openConsole(url1))).snapshot.version as number;
    const computed = t.app.get(DashboardHub).computations + app2.get(DashboardHub).computations;
    expect(computed).toBeGreaterThanOrEqual(latest);
    expect(computed).toBeLessThanOrEqual(latest + 2);

    // A console reconnecting to the other instance gets the current snapshot first.
    c2.close();
    const again = await openConsole(url2);
    const snap = (await watch(again)).snapshot;
    expect(snap.version).toBeGreaterThanOrEqual(seen1.at(-1)!);
    expect(snap.rooms.total).toBe(1);
    expect(snap.online.total).toBe(2);
  });
});
