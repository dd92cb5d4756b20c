import type { AuthResponse, BoothDto } from '@yiqia/contracts';
import { TINY_PNG, TestApp, multipart } from './support/test-app.js';

describe('expos and booths: apply, edit, submit, review, publish, visit', () => {
  let t: TestApp;
  let organizer: AuthResponse;
  let expoId: string;

  const expoBody = (slug: string) => ({
    name: '2026 成都三社互动公益洽谈汇',
    slug,
    startsAt: new Date(Date.now() - 86_400_000).toISOString(),
    endsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    location: '成都',
    zones: [
      { code: 'elderly', name: '养老服务展区', nameEn: 'Elderly care', domainCode: 'elderly' },
      { code: 'children', name: '儿童与青少年展区', domainCode: 'children' },
    ],
  });

  async function uploadLogo(token: string): Promise<string> {
    const { body, contentType } = multipart('logo.png', TINY_PNG, 'image/png');
    const res = await t.request('POST', '/api/uploads', body, { token, headers: { 'content-type': contentType } });
    expect(res.status).toBe(201);
    return res.body.url;
  }

  async function completeBooth(token: string): Promise<BoothDto> {
    const created = await t.post(`/api/expos/${expoId}/booths`, { title: '乐龄家园' }, { token });
    expect(created.status).toBe(201);
    const logoUrl = await uploadLogo(token);
    const patched = await t.patch(
      `/api/booths/${created.body.id}`,
      {
        slogan: '让每一位老人都有温暖的晚年',
        introHtml: '<p>我们为社区<strong>独居老人</strong>提供居家养老服务。</p><script>alert(1)</script><p onclick="x()">已服务 3200 人次</p><a href="javascript:alert(1)">x</a>',
        logoUrl,
        zoneCode: 'elderly',
        domainCodes: ['elderly', 'community_service'],
        contacts: [{ name: '张老师', phone: '028-86001234' }],
      },
      { token },
    );
    expect(patched.status).toBe(200);
    return patched.body;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    organizer = await t.loginOrganizer();
    const res = await t.post('/api/expos', expoBody('chengdu-2026'), { token: organizer.accessToken });
    expect(res.status).toBe(201);
    expoId = res.body.id;
  });
  afterAll(() => t.stop());

  it('lets only organizers create expos, with validated dates and a unique slug', async () => {
    const member = await t.registerOrg();
    expect((await t.post('/api/expos', expoBody('x-2026'), { token: member.accessToken })).status).toBe(403);
    const dup = await t.post('/api/expos', expoBody('chengdu-2026'), { token: organizer.accessToken });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('EXPO_SLUG_TAKEN');
    const backwards = await t.post('/api/expos', { ...expoBody('back-2026'), endsAt: new Date(0).toISOString() }, { token: organizer.accessToken });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details.fields[0].path).toBe('endsAt');
    const current = await t.get('/api/expos/current');
    expect(current.body).toMatchObject({ slug: 'chengdu-2026', phase: 'live' });
    expect(current.body.zones.map((z: { code: string }) => z.code)).toEqual(['elderly', 'children']);
    expect((await t.get('/api/expos/chengdu-2026')).body.id).toBe(expoId);
    const list = await t.get('/api/expos');
    expect(list.status).toBe(200);
    expect(list.body.map((e: { slug: string }) => e.slug)).toEqual(['chengdu-2026']);
    expect((await t.get('/api/expos/no-such-expo')).status).toBe(404);
  });

  it('runs a booth from draft through rejection and resubmission to a public, approved page', async () => {
    const exhibitor = await t.registerOrg({ orgName: '成都市青羊区乐龄社会工作服务中心' });
    const token = exhibitor.accessToken;
    const draft = await completeBooth(token);
    // Sanitised on the server: no script, no event handlers, no javascript: links.
    expect(draft.introHtml).toContain('<strong>独居老人</strong>');
    expect(draft.introHtml).not.toMatch(/script|onclick|javascript:/);
    expect(draft.status).toBe('draft');

    // Not public while a draft.
    expect((await t.get(`/api/booths/${draft.id}`)).status).toBe(404);
    expect((await t.get(`/api/expos/${expoId}/booths`)).body.total).toBe(0);

    const submitted = await t.post(`/api/booths/${draft.id}/submit`, {}, { token });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    const locked = await t.patch(`/api/booths/${draft.id}`, { slogan: 'x' }, { token });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('BOOTH_NOT_EDITABLE');

    const queue = await t.get(`/api/expos/${expoId}/booths`, { token: organizer.accessToken, query: { status: 'submitted' } });
    expect(queue.body.items.map((b: { id: string }) => b.id)).toContain(draft.id);
    expect((await t.get(`/api/expos/${expoId}/booths`, { token, query: { status: 'submitted' } })).status).toBe(403);

    const noReason = await t.post(`/api/booths/${draft.id}/review`, { decision: 'reject' }, { token: organizer.accessToken });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe('REJECT_REASON_REQUIRED');
    expect((await t.post(`/api/booths/${draft.id}/review`, { decision: 'approve' }, { token })).status).toBe(403);

    const rejected = await t.post(`/api/booths/${draft.id}/review`, { decision: 'reject', reason: '请补充服务成果数据' }, { token: organizer.accessToken });
    expect(rejected.body).toMatchObject({ status: 'rejected', reviewReason: '请补充服务成果数据' });
    const mine = await t.get('/api/me/booths', { token });
    expect(mine.body[0]).toMatchObject({ id: draft.id, status: 'rejected', reviewReason: '请补充服务成果数据' });

    const fixed = await t.patch(`/api/booths/${draft.id}`, { introHtml: '<p>2025 年服务独居老人 3200 人次，覆盖 12 个社区。</p>' }, { token });
    expect(fixed.body.status).toBe('draft');
    await t.post(`/api/booths/${draft.id}/submit`, {}, { token });
    const approved = await t.post(`/api/booths/${draft.id}/review`, { decision: 'approve' }, { token: organizer.accessToken });
    expect(approved.body).toMatchObject({ status: 'approved', isPublic: true, reviewReason: null });

    const pub = await t.get(`/api/booths/${draft.id}`);
    expect(pub.status).toBe(200);
    expect(pub.body.introHtml).toContain('3200 人次');
    const list = await t.get(`/api/expos/${expoId}/booths`, { query: { zone: 'elderly' } });
    expect(list.body.items.map((b: { id: string }) => b.id)).toEqual([draft.id]);
    expect((await t.get(`/api/expos/${expoId}/booths`, { query: { zone: 'children' } })).body.total).toBe(0);
    expect((await t.get(`/api/expos/${expoId}/booths`, { query: { domain: 'community_service' } })).body.total).toBe(1);
    expect((await t.get(`/api/expos/${expoId}/booths`, { query: { q: '乐龄' } })).body.total).toBe(1);
    expect((await t.get(`/api/expos/${expoId}/booths`, { query: { q: '100%_' } })).body.total).toBe(0);
    expect((await t.get(`/api/expos/${expoId}/booths`, { query: { orgType: 'foundation' } })).body.total).toBe(0);
    expect((await t.get('/api/expos/current')).body.zones[0].boothCount).toBe(1);

    // Editing an approved booth makes a new draft; visitors keep seeing the approved version.
    const edited = await t.patch(`/api/booths/${draft.id}`, { title: '乐龄家园（新版）' }, { token });
    expect(edited.body).toMatchObject({ status: 'draft', title: '乐龄家园（新版）', isPublic: true });
    expect((await t.get(`/api/booths/${draft.id}`)).body.title).toBe('乐龄家园');
    expect((await t.get(`/api/booths/${draft.id}`, { token })).body.title).toBe('乐龄家园（新版）');
    expect((await t.get(`/api/booths/${draft.id}?view=public`, { token })).body.title).toBe('乐龄家园');
  });

  it('refuses to submit an incomplete booth and says what is missing', async () => {
    const s = await t.registerOrg();
    const created = await t.post(`/api/expos/${expoId}/booths`, { title: '空展位' }, { token: s.accessToken });
    const res = await t.post(`/api/booths/${created.body.id}/submit`, {}, { token: s.accessToken });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BOOTH_INCOMPLETE');
    expect(res.body.error.details.missing).toEqual(['introHtml', 'logoUrl', 'zoneCode', 'contacts']);
    const again = await t.post(`/api/expos/${expoId}/booths`, { title: '第二个' }, { token: s.accessToken });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('BOOTH_EXISTS');
  });

  it('keeps other organisations out of a booth', async () => {
    const owner = await t.registerOrg();
    const booth = await completeBooth(owner.accessToken);
    const stranger = await t.registerOrg();
    // A draft of another organisation is not even visible.
    expect((await t.patch(`/api/booths/${booth.id}`, { title: '入侵' }, { token: stranger.accessToken })).status).toBe(404);
    expect((await t.post(`/api/booths/${booth.id}/submit`, {}, { token: stranger.accessToken })).status).toBe(404);
    expect((await t.get(`/api/booths/${booth.id}/stats`, { token: stranger.accessToken })).status).toBe(403);
    expect((await t.patch(`/api/booths/${booth.id}`, { title: '匿名' })).status).toBe(401);
    expect((await t.get(`/api/booths/${booth.id}`, { token: owner.accessToken })).body.title).toBe('乐龄家园');
  });

  it('validates booth fields with details: unknown zone, bad URLs, foreign files, unknown fields', async () => {
    const s = await t.registerOrg();
    const { body: booth } = await t.post(`/api/expos/${expoId}/booths`, { title: '校验展位' }, { token: s.accessToken });
    const zone = await t.patch(`/api/booths/${booth.id}`, { zoneCode: 'nope' }, { token: s.accessToken });
    expect(zone.status).toBe(400);
    expect(zone.body.error.code).toBe('ZONE_UNKNOWN');
    const bad = await t.patch(
      `/api/booths/${booth.id}`,
      { videoUrl: 'javascript:alert(1)', logoUrl: 'https://evil.example/x.png', isApproved: true },
      { token: s.accessToken, lang: 'en' },
    );
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['isApproved', 'logoUrl', 'videoUrl']);
    expect((await t.patch('/api/booths/not-a-uuid', { title: 'abc' }, { token: s.accessToken })).status).toBe(404);
    expect((await t.post('/api/expos/not-a-uuid/booths', { title: 'abc' }, { token: s.accessToken })).status).toBe(404);
  });

  it('counts visits per day and unique visitors, shown to the owner', async () => {
    const owner = await t.registerOrg();
    const booth = await completeBooth(owner.accessToken);
    expect((await t.post(`/api/booths/${booth.id}/visits`, { visitorId: 'visitor-aaaa-1' })).status).toBe(404); // not public yet
    await t.post(`/api/booths/${booth.id}/submit`, {}, { token: owner.accessToken });
    await t.post(`/api/booths/${booth.id}/review`, { decision: 'approve' }, { token: organizer.accessToken });
    for (const v of ['visitor-aaaa-1', 'visitor-aaaa-1', 'visitor-bbbb-2']) {
      expect((await t.post(`/api/booths/${booth.id}/visits`, { visitorId: v })).status).toBe(204);
    }
    expect((await t.post(`/api/booths/${booth.id}/visits`, { visitorId: '<script>' })).status).toBe(400);
    const stats = await t.get(`/api/booths/${booth.id}/stats`, { token: owner.accessToken, query: { days: 7 } });
    expect(stats.status).toBe(200);
    expect(stats.body.days).toHaveLength(7);
    expect(stats.body.days[6]).toMatchObject({ views: 3, uniqueVisitors: 2 });
    expect(stats.body.days[0]).toMatchObject({ views: 0, uniqueVisitors: 0 });
    expect(stats.body.totals).toEqual({ views: 3, uniqueVisitors: 2 });
    expect((await t.get(`/api/booths/${booth.id}/stats`, { token: organizer.accessToken })).status).toBe(200);
  });
});
