import type { AuditEntryDto, AuthResponse, Page } from '@yiqia/contracts';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { TINY_PNG, TestApp, multipart } from './support/test-app.js';

describe('console audit log: GET /api/console/audit and AuditService.record', () => {
  let t: TestApp;
  let organizer: AuthResponse;
  let audit: AuditService;

  beforeAll(async () => {
    t = await TestApp.start();
    organizer = await t.loginOrganizer();
    audit = t.app.get(AuditService);
  });
  afterAll(() => t.stop());

  it('answers 401 to anonymous callers and 403 to users who are not organizers', async () => {
    expect((await t.get('/api/console/audit')).status).toBe(401);
    const member = await t.registerOrg();
    const res = await t.get('/api/console/audit', { token: member.accessToken });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });

  it('lists entries newest first, paged, with who, what, why and details', async () => {
    const roomId = crypto.randomUUID();
    const first = await audit.record({ actorId: organizer.user.id, action: 'room.close', targetType: 'room', targetId: roomId, reason: '多次发布广告', details: { roomTitle: '关于助老的洽谈' } });
    const second = await audit.record({ actorId: organizer.user.id, action: 'announcement.send', targetType: 'expo', targetId: null, details: { title: '开幕' } });
    const res = await t.get<Page<AuditEntryDto>>('/api/console/audit', { token: organizer.accessToken, query: { pageSize: 1 } });
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThanOrEqual(2);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0].id).toBe(second.id);
    const page2 = await t.get<Page<AuditEntryDto>>('/api/console/audit', { token: organizer.accessToken, query: { pageSize: 1, page: 2 } });
    expect(page2.body.items[0]).toMatchObject({
      id: first.id,
      actor: { userId: organizer.user.id, displayName: organizer.user.displayName },
      action: 'room.close',
      targetType: 'room',
      targetId: roomId,
      reason: '多次发布广告',
      details: { roomTitle: '关于助老的洽谈' },
    });
    expect(Date.parse(page2.body.items[0].createdAt)).not.toBeNaN();
  });

  it('filters by action, actor, target and time range', async () => {
    const target = crypto.randomUUID();
    const other = await t.registerOrg();
    await audit.record({ actorId: organizer.user.id, action: 'user.mute', targetType: 'user', targetId: target, reason: '刷屏' });
    // A second actor (the role does not matter to the log itself).
    await audit.record({ actorId: other.user.id, action: 'user.mute', targetType: 'user', targetId: crypto.randomUUID(), reason: '辱骂' });
    const q = (query: Record<string, string>) => t.get<Page<AuditEntryDto>>('/api/console/audit', { token: organizer.accessToken, query });

    const byTarget = await q({ targetId: target });
    expect(byTarget.body.items.map((e) => e.reason)).toEqual(['刷屏']);
    // A room id also finds what was done to its messages and members (their entries name the room).
    const room = crypto.randomUUID();
    await audit.record({ actorId: organizer.user.id, action: 'message.hide', targetType: 'message', targetId: crypto.randomUUID(), reason: '广告', details: { roomId: room } });
    await audit.record({ actorId: organizer.user.id, action: 'room.close', targetType: 'room', targetId: room, reason: '结束' });
    expect((await q({ targetId: room })).body.items.map((e) => e.reason)).toEqual(['结束', '广告']);
    await q({ action: 'message.hide' }).then((r) => expect(r.body.total).toBe(1));
    const byActor = await q({ action: 'user.mute', actorId: other.user.id });
    expect(byActor.body.items.map((e) => e.reason)).toEqual(['辱骂']);
    const byAction = await q({ action: 'user.mute' });
    // (the room entries above are other actions)
    expect(byAction.body.total).toBe(2);
    expect(byAction.body.items.every((e) => e.action === 'user.mute')).toBe(true);

    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await q({ from: future })).body.total).toBe(0);
    const all = (await q({})).body.total;
    expect((await q({ to: future })).body.total).toBe(all);
    expect((await q({ to: new Date(Date.now() - 3_600_000).toISOString() })).body.total).toBe(0);
  });

  it('rolls back with the caller\'s transaction', async () => {
    const target = crypto.randomUUID();
    await expect(
      t.ds.transaction(async (m) => {
        await audit.record({ actorId: organizer.user.id, action: 'room.close', targetType: 'room', targetId: target, reason: '测试回滚' }, m);
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    const res = await t.get<Page<AuditEntryDto>>('/api/console/audit', { token: organizer.accessToken, query: { targetId: target } });
    expect(res.body.total).toBe(0);
  });

  it('refuses bad filters with 400 VALIDATION_FAILED', async () => {
    for (const query of [{ action: 'room.delete' }, { actorId: 'nope' }, { from: 'yesterday' }, { pageSize: '1000' }] as Record<string, string>[]) {
      const res = await t.get('/api/console/audit', { token: organizer.accessToken, query });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('records booth review approvals and rejections with the reason', async () => {
    const now = Date.now();
    const expo = await t.post(
      '/api/expos',
      { name: '审计测试洽谈汇', slug: 'audit-2026', startsAt: new Date(now - 86_400_000).toISOString(), endsAt: new Date(now + 86_400_000).toISOString(), location: '成都', zones: [{ code: 'elderly', name: '养老服务展区', domainCode: 'elderly' }] },
      { token: organizer.accessToken },
    );
    expect(expo.status).toBe(201);
    const exhibitor = await t.registerOrg();
    const token = exhibitor.accessToken;
    const booth = await t.post(`/api/expos/${expo.body.id}/booths`, { title: '乐龄家园' }, { token });
    const { body, contentType } = multipart('logo.png', TINY_PNG, 'image/png');
    const logo = await t.request('POST', '/api/uploads', body, { token, headers: { 'content-type': contentType } });
    const patched = await t.patch(
      `/api/booths/${booth.body.id}`,
      { slogan: '温暖晚年', introHtml: '<p>我们为社区独居老人提供居家养老服务。</p>', logoUrl: logo.body.url, zoneCode: 'elderly', domainCodes: ['elderly'], contacts: [{ name: '张老师', phone: '028-86001234' }] },
      { token },
    );
    expect(patched.status).toBe(200);
    expect((await t.post(`/api/booths/${booth.body.id}/submit`, {}, { token })).status).toBe(200);
    expect((await t.post(`/api/booths/${booth.body.id}/review`, { decision: 'reject', reason: '请补充服务数据' }, { token: organizer.accessToken })).status).toBe(200);
    expect((await t.post(`/api/booths/${booth.body.id}/submit`, {}, { token })).status).toBe(200);
    expect((await t.post(`/api/booths/${booth.body.id}/review`, { decision: 'approve' }, { token: organizer.accessToken })).status).toBe(200);
    // A refused review (not submitted any more) leaves no entry.
    expect((await t.post(`/api/booths/${booth.body.id}/review`, { decision: 'approve' }, { token: organizer.accessToken })).status).toBe(409);

    const res = await t.get<Page<AuditEntryDto>>('/api/console/audit', { token: organizer.accessToken, query: { targetId: booth.body.id } });
    expect(res.body.items.map((e) => [e.action, e.reason])).toEqual([
      ['booth.approve', null],
      ['booth.reject', '请补充服务数据'],
    ]);
    expect(res.body.items[0]).toMatchObject({ targetType: 'booth', actor: { userId: organizer.user.id }, details: { boothTitle: '乐龄家园', expoId: expo.body.id } });
  });
});
