import { TestApp } from './support/test-app.js';

describe('organisation members and one-time invitations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('lets the admin invite a colleague through a link that works exactly once', async () => {
    const admin = await t.registerOrg({ orgName: '成都市武侯区和谐社区发展中心' });
    const orgId = admin.organization!.id;
    const inv = await t.post(`/api/organizations/${orgId}/invitations`, { email: 'colleague@test.local' }, { token: admin.accessToken });
    expect(inv.status).toBe(201);
    expect(inv.body.path).toBe(`/invite/${inv.body.token}`);

    const preview = await t.get(`/api/invitations/${inv.body.token}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ organization: { name: '成都市武侯区和谐社区发展中心' }, invitedBy: '测试管理员', role: 'member' });

    const accepted = await t.post(`/api/invitations/${inv.body.token}/accept`, { email: 'colleague@test.local', password: 'Colleague2026', displayName: '李同事' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.organization.id).toBe(orgId);
    expect(accepted.body.user.orgRole).toBe('member');

    const again = await t.post(`/api/invitations/${inv.body.token}/accept`, { email: 'other@test.local', password: 'Colleague2026', displayName: '王' });
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('INVITATION_INVALID');
    expect((await t.get(`/api/invitations/${inv.body.token}`)).status).toBe(404);

    const members = await t.get(`/api/organizations/${orgId}/members`, { token: accepted.body.accessToken });
    expect(members.status).toBe(200);
    expect(members.body.map((m: { displayName: string }) => m.displayName)).toEqual(['测试管理员', '李同事']);
  });

  it('lets only admins invite, list and revoke invitations', async () => {
    const admin = await t.registerOrg();
    const orgId = admin.organization!.id;
    const inv = await t.post(`/api/organizations/${orgId}/invitations`, {}, { token: admin.accessToken });
    const member = await t.post(`/api/invitations/${inv.body.token}/accept`, { email: `m${Date.now()}@test.local`, password: 'Member2026x', displayName: '成员' });
    expect((await t.post(`/api/organizations/${orgId}/invitations`, {}, { token: member.body.accessToken })).status).toBe(403);
    expect((await t.get(`/api/organizations/${orgId}/invitations`, { token: member.body.accessToken })).status).toBe(403);

    const other = await t.registerOrg();
    expect((await t.post(`/api/organizations/${orgId}/invitations`, {}, { token: other.accessToken })).status).toBe(403);
    expect((await t.get(`/api/organizations/${orgId}/members`, { token: other.accessToken })).status).toBe(403);

    const pending = await t.post(`/api/organizations/${orgId}/invitations`, {}, { token: admin.accessToken });
    const list = await t.get(`/api/organizations/${orgId}/invitations`, { token: admin.accessToken });
    expect(list.body.map((i: { id: string }) => i.id)).toEqual([pending.body.id]);
    expect(list.body[0].token).toBeUndefined();
    expect((await t.delete(`/api/organizations/${orgId}/invitations/${pending.body.id}`, { token: admin.accessToken })).status).toBe(204);
    expect((await t.get(`/api/invitations/${pending.body.token}`)).status).toBe(404);
  });

  it('removes a member, whose session ends at once, and never the last admin', async () => {
    const admin = await t.registerOrg();
    const orgId = admin.organization!.id;
    const inv = await t.post(`/api/organizations/${orgId}/invitations`, {}, { token: admin.accessToken });
    const member = await t.post(`/api/invitations/${inv.body.token}/accept`, { email: `r${Date.now()}@test.local`, password: 'Member2026x', displayName: '将被移除' });
    expect((await t.get('/api/me', { token: member.body.accessToken })).status).toBe(200);

    const removed = await t.delete(`/api/organizations/${orgId}/members/${member.body.user.id}`, { token: admin.accessToken });
    expect(removed.status).toBe(204);
    expect((await t.get('/api/me', { token: member.body.accessToken })).status).toBe(401);
    const members = await t.get(`/api/organizations/${orgId}/members`, { token: admin.accessToken });
    expect(members.body).toHaveLength(1);

    const self = await t.delete(`/api/organizations/${orgId}/members/${admin.user.id}`, { token: admin.accessToken });
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe('LAST_ADMIN');
  });

  it('answers malformed ids and tokens with 404, not 500', async () => {
    const admin = await t.registerOrg();
    expect((await t.get('/api/organizations/not-a-uuid/members', { token: admin.accessToken })).status).toBe(404);
    expect((await t.delete(`/api/organizations/${admin.organization!.id}/members/xyz`, { token: admin.accessToken })).status).toBe(404);
    expect((await t.get('/api/invitations/%27%3B%20drop')).status).toBe(404);
  });
});
