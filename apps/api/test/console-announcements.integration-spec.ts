import type { AnnouncementDto, AuditEntryDto, AuthResponse, NotificationEvent, Page } from '@yiqia/contracts';
import { collect, connect, listen, next, until, type RtSocket } from './support/rt-client.js';
import { TestApp } from './support/test-app.js';

describe('console announcements', () => {
  let t: TestApp;
  let url: string;
  let organizer: AuthResponse;
  let expoId: string;
  const sockets: RtSocket[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    url = await listen(t);
    organizer = await t.loginOrganizer();
    const now = Date.now();
    const res = await t.post(
      '/api/expos',
      { name: '2026 成都三社互动公益洽谈汇', slug: 'ann-2026', startsAt: new Date(now - 86_400_000).toISOString(), endsAt: new Date(now + 86_400_000).toISOString(), location: '成都', zones: [{ code: 'elderly', name: '养老服务展区', domainCode: 'elderly' }] },
      { token: organizer.accessToken },
    );
    expoId = res.body.id;
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(() => t.stop());

  async function open(auth: AuthResponse): Promise<RtSocket> {
    const s = await connect(url, auth.accessToken);
    sockets.push(s);
    return s;
  }

  const send = (body: unknown, token = organizer.accessToken) => t.post<AnnouncementDto>('/api/console/announcements', body, { token });

  it('answers 401/403 to everyone but organizers on the console routes; the latest is public', async () => {
    const member = await t.registerOrg();
    const body = { expoId, title: '开幕通知', body: '洽谈汇将于 9:00 开幕' };
    expect((await t.post('/api/console/announcements', body)).status).toBe(401);
    expect((await t.get('/api/console/announcements', { query: { expoId } })).status).toBe(401);
    const post = await send(body, member.accessToken);
    expect([post.status, (post.body as never as { error: { code: string } }).error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await t.get('/api/console/announcements', { token: member.accessToken, query: { expoId } })).status).toBe(403);
    expect((await t.get('/api/announcements/latest', { query: { expoId } })).status).toBe(204);
  });

  it('reaches every connected socket (an exhibitor, a foundation, several tabs), counts them, and is audited', async () => {
    const exhibitor = await t.registerOrg();
    const foundation = await t.registerOrg({ orgType: 'foundation' });
    const tab1 = await open(exhibitor);
    const tab2 = await open(exhibitor);
    const other = await open(foundation);
    const got = [tab1, tab2, other].map((s) => next(s, 'notification', (n) => n.kind === 'announcement'));

    const res = await send({ expoId, title: '下午场提醒', body: '14:00 起主会场举行资源对接路演，欢迎参加。' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ expoId, title: '下午场提醒', body: '14:00 起主会场举行资源对接路演，欢迎参加。', author: { userId: organizer.user.id, displayName: organizer.user.displayName }, deliveredTo: 3 });
    for (const n of (await Promise.all(got)) as NotificationEvent[]) {
      expect(n).toEqual({ kind: 'announcement', announcementId: res.body.id, title: '下午场提醒', body: '14:00 起主会场举行资源对接路演，欢迎参加。', createdAt: res.body.createdAt });
    }

    const audit = await t.get<Page<AuditEntryDto>>('/api/console/audit', { token: organizer.accessToken, query: { action: 'announcement.send' } });
    expect(audit.body.items[0]).toMatchObject({ targetType: 'expo', targetId: expoId, details: { announcementId: res.body.id, deliveredTo: 3 } });
  });

  it('lists announcements newest first and serves the latest (≤ 24 h) to shells that connect later', async () => {
    const first = (await send({ expoId, title: '第一条', body: '第一条公告内容' })).body;
    const second = (await send({ expoId, title: '第二条', body: '第二条公告内容' })).body;
    const list = await t.get<Page<AnnouncementDto>>('/api/console/announcements', { token: organizer.accessToken, query: { expoId, pageSize: 2 } });
    expect(list.status).toBe(200);
    expect(list.body.items.map((a) => a.id)).toEqual([second.id, first.id]);
    expect(list.body.total).toBeGreaterThanOrEqual(2);

    const latest = await t.get<AnnouncementDto>('/api/announcements/latest', { query: { expoId } });
    expect([latest.status, latest.body.id]).toEqual([200, second.id]);
    // Older than a day: no longer shown.
    await t.ds.query(`UPDATE announcements SET created_at = now() - interval '25 hours' WHERE expo_id = $1`, [expoId]);
    expect((await t.get('/api/announcements/latest', { query: { expoId } })).status).toBe(204);
  });

  it('refuses bad input with 400 and unknown expos with 404, sending nothing', async () => {
    const exhibitor = await t.registerOrg();
    const s = await open(exhibitor);
    const seen = collect(s, 'notification');
    for (const body of [{ expoId, title: 'x', body: '内容足够长' }, { expoId, title: '标题', body: '' }, { expoId, title: '标题' }, { expoId: 'nope', title: '标题', body: '内容' }, { expoId, title: '标题', body: '内容', extra: true }]) {
      const res = await send(body);
      expect(res.status).toBe(400);
    }
    expect((await send({ expoId: crypto.randomUUID(), title: '标题', body: '内容' })).status).toBe(404);
    expect((await t.get('/api/announcements/latest', { query: { expoId: 'nope' } })).status).toBe(400);
    expect((await t.get('/api/announcements/latest')).status).toBe(400);
    expect((await t.get('/api/console/announcements', { token: organizer.accessToken })).status).toBe(400);
    // A real one afterwards arrives, and is the only one seen.
    await send({ expoId, title: '确认', body: '这条应当收到' });
    await until(() => seen.length > 0);
    expect(seen.map((n) => n.title)).toEqual(['确认']);
  });
});
