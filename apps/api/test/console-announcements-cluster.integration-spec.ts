/**
 * SLOW (≈ 10 s): announcements and moderation pushes across two BUILT API processes sharing Redis
 * (`nx run api:build` first; Redis at 127.0.0.1:6379 or TEST_REDIS_URL).
 */
import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import type { AnnouncementDto, AuthResponse, MessageDto, NotificationEvent, RoomDto } from '@yiqia/contracts';
import { call, connect, expectOk, next, type RtSocket } from './support/rt-client.js';
import { ApiProcess, type Cluster, createCluster, http } from './support/rt-process.js';
import { registration } from './support/test-app.js';

jest.setTimeout(120_000);

describe('console pushes across API processes (Redis adapter)', () => {
  let cluster: Cluster;
  let one: ApiProcess;
  let two: ApiProcess;
  const sockets: RtSocket[] = [];

  beforeAll(async () => {
    cluster = await createCluster();
    one = await ApiProcess.start(cluster, { redis: true });
    two = await ApiProcess.start(cluster, { redis: true });
  });
  afterAll(async () => {
    for (const s of sockets.splice(0)) s.close();
    await one?.stop();
    await two?.stop();
    await cluster?.cleanup();
  });

  async function register(base: string): Promise<AuthResponse> {
    const res = await http<AuthResponse>(base, 'POST', '/api/auth/register', registration());
    if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async function open(base: string, auth: AuthResponse): Promise<RtSocket> {
    const s = await connect(base, auth.accessToken);
    sockets.push(s);
    return s;
  }

  it('an announcement sent through one process reaches sockets on both and counts them all; a hidden message reaches a participant on the other', async () => {
    const organizer = (await http<AuthResponse>(one.url, 'POST', '/api/auth/login', { email: 'organizer@test.local', password: 'Organizer2026' })).body;
    const now = Date.now();
    const expo = await http(one.url, 'POST', '/api/expos', { name: '集群测试洽谈汇', slug: 'cluster-2026', startsAt: new Date(now - 86_400_000).toISOString(), endsAt: new Date(now + 86_400_000).toISOString(), location: '成都', zones: [{ code: 'elderly', name: '养老服务展区', domainCode: 'elderly' }] }, organizer.accessToken);
    expect(expo.status).toBe(201);
    const exhibitor = await register(one.url);
    const foundation = await register(two.url);
    const onOne = await open(one.url, exhibitor);
    const onTwo = await open(two.url, foundation);
    const got = [onOne, onTwo].map((s) => next(s, 'notification', (n) => n.kind === 'announcement'));

    const sent = await http<AnnouncementDto>(one.url, 'POST', '/api/console/announcements', { expoId: expo.body.id, title: '闭幕提醒', body: '17:00 举行签约仪式' }, organizer.accessToken);
    expect(sent.status).toBe(201);
    expect(sent.body.deliveredTo).toBe(2);
    for (const n of (await Promise.all(got)) as NotificationEvent[]) expect(n).toMatchObject({ kind: 'announcement', announcementId: sent.body.id, title: '闭幕提醒' });
    expect((await http<AnnouncementDto>(two.url, 'GET', `/api/announcements/latest?expoId=${expo.body.id}`)).body.id).toBe(sent.body.id);

    const room = (await http<RoomDto>(one.url, 'POST', '/api/rooms', { kind: 'direct', participantOrgIds: [foundation.organization!.id] }, exhibitor.accessToken)).body;
    expectOk(await call(onTwo, 'room:join', { roomId: room.id }));
    const bad = expectOk(await call(onOne, 'message:send', { roomId: room.id, clientId: randomUUID(), body: '不当内容' })).message;
    const hidden = next(onTwo, 'message:hidden');
    expect((await http(one.url, 'POST', `/api/console/rooms/${room.id}/messages/${bad.id}/hide`, { reason: '不当内容' }, organizer.accessToken)).status).toBe(200);
    expect((await hidden) as MessageDto).toMatchObject({ id: bad.id, hidden: true, body: '' });

    // A mute set through one process applies to sends on the other.
    expect((await http(two.url, 'POST', `/api/console/rooms/${room.id}/mutes`, { userId: exhibitor.user.id, reason: '冷静一下' }, organizer.accessToken)).status).toBe(201);
    const onTwoExhibitor = await open(two.url, exhibitor);
    expect(await call(onTwoExhibitor, 'message:send', { roomId: room.id, clientId: randomUUID(), body: '再发一次' })).toMatchObject({ ok: false, error: { code: 'USER_MUTED' } });
  });
});
