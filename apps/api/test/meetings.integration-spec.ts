import { jest } from '@jest/globals';
import type { AuthResponse, ErrorBody, MeetingDto, NotificationEvent } from '@yiqia/contracts';
import { RealtimeEmitter } from '../src/modules/realtime/realtime-emitter.js';
import { TestApp } from './support/test-app.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** RFC 5545 3.1 unfolding. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

/** 洽谈预约: validation, who may do what, the accept/decline/cancel state machine, clashes and calendars. */
describe('meeting requests', () => {
  let t: TestApp;
  let organizer: AuthResponse;
  let exhibitor: AuthResponse; // has an approved booth
  let exhibitorMember: AuthResponse;
  let funder: AuthResponse; // asks for meetings
  let company: AuthResponse; // has an approved booth too
  let outsider: AuthResponse;
  let draftOrg: AuthResponse; // booth not approved
  let expoId: string;
  let expoStart: number;
  let expoEnd: number;
  let otherExpoId: string;
  let exhibitorBooth: string;
  let companyBooth: string;
  const notifications: { orgIds: string[]; event: NotificationEvent }[] = [];

  /** A slot `h` hours from now (minute-aligned), `len` hours long. */
  const slot = (h: number, len = 1) => {
    const start = Math.ceil(Date.now() / 60_000) * 60_000 + h * HOUR;
    return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + len * HOUR).toISOString() };
  };

  async function approvedBooth(token: string, inExpo: string, title: string): Promise<string> {
    const res = await t.post(`/api/expos/${inExpo}/booths`, { title }, { token });
    expect(res.status).toBe(201);
    // The review flow itself is tested in booths.integration-spec; here the booth is simply approved.
    await t.ds.query(`UPDATE booths SET status = 'approved', published = jsonb_build_object('title', title), published_at = now() WHERE id = $1`, [res.body.id]);
    return res.body.id;
  }

  const request = (token: string, body: Record<string, unknown>, lang: 'zh' | 'en' = 'zh') => t.post<MeetingDto & { error: ErrorBody }>('/api/meetings', body, { token, lang });
  const valid = () => ({ expoId, inviteeOrgId: exhibitor.organization!.id, topic: '社区助老项目资金对接', note: '希望了解项目执行情况', slots: [slot(2), slot(4)] });
  const fieldsOf = (res: { body: any }) => res.body.error.details.fields as { path: string; code: string; message: string }[];

  beforeAll(async () => {
    t = await TestApp.start();
    organizer = await t.loginOrganizer();
    expoStart = Date.now() - DAY;
    expoEnd = Date.now() + 2 * DAY;
    const expo = await t.post(
      '/api/expos',
      { name: '2026 成都三社互动公益洽谈汇', slug: 'chengdu-2026', location: '成都世纪城', startsAt: new Date(expoStart).toISOString(), endsAt: new Date(expoEnd).toISOString() },
      { token: organizer.accessToken },
    );
    expect(expo.status).toBe(201);
    expoId = expo.body.id;
    const other = await t.post(
      '/api/expos',
      { name: '2027 公益洽谈汇', slug: 'next-2027', startsAt: new Date(Date.now() + 30 * DAY).toISOString(), endsAt: new Date(Date.now() + 32 * DAY).toISOString() },
      { token: organizer.accessToken },
    );
    otherExpoId = other.body.id;
    exhibitor = await t.registerOrg({ orgName: '成都市锦江区乐邻社会工作服务中心' });
    funder = await t.registerOrg({ orgName: '四川省蓝天公益基金会', orgType: 'foundation' });
    company = await t.registerOrg({ orgName: '成都某科技有限公司', orgType: 'company' });
    outsider = await t.registerOrg({ orgName: '无关机构' });
    draftOrg = await t.registerOrg({ orgName: '草稿展位机构' });
    exhibitorBooth = await approvedBooth(exhibitor.accessToken, expoId, '乐邻 · 社区助老');
    companyBooth = await approvedBooth(company.accessToken, expoId, '科技助老');
    expect((await t.post(`/api/expos/${expoId}/booths`, { title: '还在编辑' }, { token: draftOrg.accessToken })).status).toBe(201);
    const inv = await t.post(`/api/organizations/${exhibitor.organization!.id}/invitations`, { role: 'member' }, { token: exhibitor.accessToken });
    exhibitorMember = (await t.post<AuthResponse>(`/api/invitations/${inv.body.token}/accept`, { email: 'member@leling.test', password: 'Member2026', displayName: '乐邻同事' })).body;
    expect(exhibitorMember.user.orgRole).toBe('member');
    const emitter = t.app.get(RealtimeEmitter);
    jest.spyOn(emitter, 'notifyOrgs').mockImplementation((orgIds, event) => void notifications.push({ orgIds, event }));
  });
  afterAll(() => t.stop());

  describe('asking for a meeting', () => {
    it('needs a login and an organisation', async () => {
      expect((await t.post('/api/meetings', valid())).status).toBe(401);
      const res = await request(organizer.accessToken, valid());
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    });

    it('refuses slots outside the expo, naming the slot and the expo dates (zh and en)', async () => {
      const before = { startsAt: new Date(expoStart - 2 * HOUR).toISOString(), endsAt: new Date(expoStart - HOUR).toISOString() };
      const after = { startsAt: new Date(expoEnd - HOUR).toISOString(), endsAt: new Date(expoEnd + HOUR).toISOString() };
      const zh = await request(funder.accessToken, { ...valid(), slots: [slot(2), before, after] });
      expect(zh.status).toBe(400);
      expect(zh.body.error.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(zh).map((f) => [f.path, f.code])).toEqual([
        ['slots.1.startsAt', 'meeting_slot_outside_expo'],
        ['slots.2.endsAt', 'meeting_slot_outside_expo'],
      ]);
      const beijing = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');
      expect(fieldsOf(zh)[0].message).toBe(`第 2 个时段不在展会时间内（${beijing(expoStart)} 至 ${beijing(expoEnd)}，北京时间）`);
      const en = await request(funder.accessToken, { ...valid(), slots: [slot(2), before] }, 'en');
      expect(fieldsOf(en)[0].message).toBe(`Slot 2 is outside the expo (${beijing(expoStart)} to ${beijing(expoEnd)}, Beijing time)`);
      const later = await request(funder.accessToken, { ...valid(), expoId: otherExpoId, inviteeOrgId: exhibitor.organization!.id });
      expect(fieldsOf(later).map((f) => f.code)).toEqual(['meeting_slot_outside_expo', 'meeting_slot_outside_expo', 'meeting_invitee_no_booth']);
    });

    it('refuses an end not after the start, past slots and the same slot twice', async () => {
      const a = slot(3);
      const backwards = { startsAt: a.endsAt, endsAt: a.startsAt };
      const empty = { startsAt: a.startsAt, endsAt: a.startsAt };
      const res = await request(funder.accessToken, { ...valid(), slots: [backwards, empty, slot(5)] });
      expect(fieldsOf(res).map((f) => [f.path, f.code, f.message])).toEqual([
        ['slots.0.endsAt', 'meeting_slot_order', '第 1 个时段的结束时间须晚于开始时间'],
        ['slots.1.endsAt', 'meeting_slot_order', '第 2 个时段的结束时间须晚于开始时间'],
      ]);
      const past = await request(funder.accessToken, { ...valid(), slots: [slot(-3)] }, 'en');
      expect(fieldsOf(past)).toEqual([{ path: 'slots.0.startsAt', code: 'meeting_slot_past', message: 'Slot 1 is already in the past' }]);
      const twice = await request(funder.accessToken, { ...valid(), slots: [a, slot(6), { ...a }] });
      expect(fieldsOf(twice)).toEqual([{ path: 'slots.2', code: 'meeting_slot_duplicate', message: '第 3 个时段与第 1 个时段重复' }]);
      // The same instant written with another offset is the same slot.
      const shifted = { startsAt: a.startsAt.replace('Z', '+00:00'), endsAt: a.endsAt };
      expect(fieldsOf(await request(funder.accessToken, { ...valid(), slots: [a, shifted] }))[0].code).toBe('meeting_slot_duplicate');
    });

    it('takes one to three slots with valid instants and a topic (schema, zh/en)', async () => {
      const none = await request(funder.accessToken, { ...valid(), slots: [] });
      expect(fieldsOf(none)[0].path).toBe('slots');
      const four = await request(funder.accessToken, { ...valid(), slots: [slot(2), slot(3), slot(4), slot(5)] }, 'en');
      expect(fieldsOf(four)[0]).toMatchObject({ path: 'slots', code: 'too_big' });
      expect(fieldsOf(four)[0].message).toMatch(/3/);
      const junk = await request(funder.accessToken, { ...valid(), topic: 'x', slots: [{ startsAt: 'tomorrow', endsAt: slot(2).endsAt }] });
      expect(fieldsOf(junk).map((f) => f.path).sort()).toEqual(['slots.0.startsAt', 'topic']);
      expect(fieldsOf(junk).find((f) => f.path === 'topic')!.message).toMatch(/[\u4e00-\u9fff]/);
      const extra = await request(funder.accessToken, { ...valid(), priority: 'high' });
      expect(fieldsOf(extra)[0].path).toBe('priority');
    });

    it('invites only another organisation with an approved booth at that expo; booth and listing must fit', async () => {
      const self = await request(exhibitor.accessToken, valid());
      expect(fieldsOf(self)).toEqual([{ path: 'inviteeOrgId', code: 'meeting_invitee_self', message: '不能向本机构发起洽谈预约' }]);
      const noBooth = await request(funder.accessToken, { ...valid(), inviteeOrgId: outsider.organization!.id }, 'en');
      expect(fieldsOf(noBooth)).toEqual([{ path: 'inviteeOrgId', code: 'meeting_invitee_no_booth', message: 'This organisation has no approved booth at this expo' }]);
      const draft = await request(funder.accessToken, { ...valid(), inviteeOrgId: draftOrg.organization!.id });
      expect(fieldsOf(draft)[0].code).toBe('meeting_invitee_no_booth');
      const unknownOrg = await request(funder.accessToken, { ...valid(), inviteeOrgId: '00000000-0000-4000-8000-000000000000' });
      expect(fieldsOf(unknownOrg)[0].code).toBe('meeting_invitee_no_booth');
      const wrongBooth = await request(funder.accessToken, { ...valid(), boothId: companyBooth });
      expect(fieldsOf(wrongBooth)).toEqual([{ path: 'boothId', code: 'meeting_booth_mismatch', message: '该展位不是被邀请机构在本届展会的展位' }]);
      const unknownExpo = await request(funder.accessToken, { ...valid(), expoId: '00000000-0000-4000-8000-000000000000' });
      expect(fieldsOf(unknownExpo)).toEqual([{ path: 'expoId', code: 'expo_unknown', message: '展会不存在' }]);

      const listingOf = async (token: string) => {
        const res = await t.post(
          '/api/listings',
          { kind: 'need', title: '社区助老食堂资金需求', summary: '为社区 120 位老人提供午餐，寻求资金与志愿者支持。', domains: ['elderly'], regionCode: '510104' },
          { token },
        );
        expect(res.status).toBe(201);
        return res.body.id as string;
      };
      const foreign = await request(funder.accessToken, { ...valid(), listingId: await listingOf(outsider.accessToken) });
      expect(fieldsOf(foreign)).toEqual([{ path: 'listingId', code: 'meeting_listing_mismatch', message: '所选需求或资源不属于洽谈双方' }]);
      // Several problems are reported together.
      const many = await request(funder.accessToken, { ...valid(), inviteeOrgId: funder.organization!.id, slots: [slot(-2)], listingId: '00000000-0000-4000-8000-000000000000' });
      expect(fieldsOf(many).map((f) => f.path)).toEqual(['slots.0.startsAt', 'inviteeOrgId', 'listingId']);

      const ok = await request(funder.accessToken, { ...valid(), boothId: exhibitorBooth, listingId: await listingOf(exhibitor.accessToken) });
      expect(ok.status).toBe(201);
      const own = await request(funder.accessToken, { ...valid(), listingId: await listingOf(funder.accessToken) });
      expect(own.status).toBe(201);
      await t.ds.query(`DELETE FROM meeting_requests`);
    });

    it('creates a pending request, fills in the booth and notifies the invited organisation', async () => {
      notifications.length = 0;
      const body = valid();
      const res = await request(funder.accessToken, body);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        expoId,
        topic: '社区助老项目资金对接',
        note: '希望了解项目执行情况',
        requester: { orgId: funder.organization!.id, orgName: '四川省蓝天公益基金会', orgType: 'foundation', userId: funder.user.id, displayName: funder.user.displayName },
        invitee: { orgId: exhibitor.organization!.id, orgName: '成都市锦江区乐邻社会工作服务中心', orgType: 'social_org' },
        boothId: exhibitorBooth,
        listingId: null,
        slots: body.slots,
        status: 'pending',
        acceptedSlot: null,
        declineReason: null,
        clashes: [],
        direction: 'outgoing',
        answeredAt: null,
      });
      expect(notifications).toEqual([
        { orgIds: [exhibitor.organization!.id], event: expect.objectContaining({ kind: 'meeting_request', meetingId: res.body.id, body: '社区助老项目资金对接' }) },
      ]);
      const seen = await t.get<MeetingDto>(`/api/meetings/${res.body.id}`, { token: exhibitorMember.accessToken });
      expect(seen.body).toMatchObject({ id: res.body.id, direction: 'incoming', status: 'pending' });
      await t.ds.query(`DELETE FROM meeting_requests`);
    });
  });

  describe('answering and cancelling', () => {
    let pending: MeetingDto;
    beforeEach(async () => {
      notifications.length = 0;
      pending = (await request(funder.accessToken, { ...valid(), slots: [slot(2), slot(5)] })).body;
      notifications.length = 0;
    });
    afterEach(() => t.ds.query(`DELETE FROM meeting_requests`));

    it('lets only the invited organisation answer; others do not even see the request', async () => {
      const mine = await t.post(`/api/meetings/${pending.id}/answer`, { decision: 'accept', slotIndex: 0 }, { token: funder.accessToken });
      expect(mine.status).toBe(403);
      expect((await t.post(`/api/meetings/${pending.id}/answer`, { decision: 'accept', slotIndex: 0 }, { token: outsider.accessToken })).status).toBe(404);
      expect((await t.post(`/api/meetings/${pending.id}/answer`, { decision: 'accept', slotIndex: 0 }, { token: organizer.accessToken })).status).toBe(404);
      expect((await t.post(`/api/meetings/${pending.id}/answer`, { decision: 'accept', slotIndex: 0 })).status).toBe(401);
      expect((await t.get(`/api/meetings/${pending.id}`, { token: outsider.accessToken })).status).toBe(404);
      expect((await t.get(`/api/meetings/${pending.id}`, { token: organizer.accessToken })).status).toBe(404);
      expect((await t.get('/api/meetings', { token: outsider.accessToken })).body).toEqual([]);
      expect((await t.get('/api/meetings', { token: organizer.accessToken })).body).toEqual([]);
    });

    it('accepts one of the proposed slots (any member of the invited organisation)', async () => {
      const unknown = await t.post(`/api/meetings/${pending.id}/answer`, { decision: 'accept', slotIndex: 2 }, { token: exhibitorMember.accessToken });
      expect(unknown.status).toBe(400);
      expect(fieldsOf(unknown)).toEqual([{ path: 'slotIndex', code: 'meeting_slot_unknown', message: '没有第 3 个时段' }]);
      const outOfRange = await t.post(`/api/meetings/${pending.id}/answer`, { decision: 'accept', slotIndex: 3 }, { token: exhibitorMember.accessToken });
      expect(fieldsOf(outOfRange)[0].path).toBe('slotIndex');
      const res = await t.post<MeetingDto>(`/api/meetings/${pending.id}/answer`, { decision: 'accept', slotIndex: 1 }, { token: exhibitorMember.accessToken });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'accepted', acceptedSlot: pending.slots[1], declineReason: null, direction: 'incoming' });
      expect(Date.parse(res.body.answeredAt!)).not.toBeNaN();
      expect(notifications).toEqual([{ orgIds: [funder.organization!.id], event: expect.objectContaining({ kind: 'meeting_answer', meetingId: pending.id }) }]);
      const again = await t.post(`/api/meetings/${pending.id}/answer`, { decision: 'decline', reason: '时间冲突' }, { token: exhibitor.accessToken, lang: 'en' });
      expect(again.status).toBe(409);
      expect(again.body.error).toMatchObject({ code: 'MEETING_NOT_PENDING', message: 'This meeting request has already been answered or cancelled' });
      const requesterView = await t.get<MeetingDto>(`/api/meetings/${pending.id}`, { token: funder.accessToken });
      expect(requesterView.body).toMatchObject({ status: 'accepted', acceptedSlot: pending.slots[1], direction: 'outgoing' });
    });

    it('declines only with a reason, which the requester sees', async () => {
      const noReason = await t.post(`/api/meetings/${pending.id}/answer`, { decision: 'decline' }, { token: exhibitor.accessToken });
      expect(noReason.status).toBe(400);
      expect(fieldsOf(noReason)[0].path).toBe('reason');
      const blank = await t.post(`/api/meetings/${pending.id}/answer`, { decision: 'decline', reason: '  ' }, { token: exhibitor.accessToken });
      expect(fieldsOf(blank)[0].path).toBe('reason');
      const bogus = await t.post(`/api/meetings/${pending.id}/answer`, { decision: 'maybe' }, { token: exhibitor.accessToken });
      expect(bogus.status).toBe(400);
      const res = await t.post<MeetingDto>(`/api/meetings/${pending.id}/answer`, { decision: 'decline', reason: '展会期间人手不足，会后再约' }, { token: exhibitor.accessToken });
      expect(res.body).toMatchObject({ status: 'declined', declineReason: '展会期间人手不足，会后再约', acceptedSlot: null });
      expect(notifications[0]).toMatchObject({ orgIds: [funder.organization!.id], event: { kind: 'meeting_answer', body: '展会期间人手不足，会后再约' } });
      expect((await t.get<MeetingDto>(`/api/meetings/${pending.id}`, { token: funder.accessToken })).body.declineReason).toBe('展会期间人手不足，会后再约');
      const cancel = await t.post(`/api/meetings/${pending.id}/cancel`, {}, { token: funder.accessToken });
      expect(cancel.status).toBe(409);
      expect(cancel.body.error.code).toBe('MEETING_NOT_CANCELLABLE');
    });

    it('lets the requester cancel a pending or an accepted request, once', async () => {
      const byInvitee = await t.post(`/api/meetings/${pending.id}/cancel`, {}, { token: exhibitor.accessToken });
      expect(byInvitee.status).toBe(403);
      expect((await t.post(`/api/meetings/${pending.id}/cancel`, {}, { token: outsider.accessToken })).status).toBe(404);
      const res = await t.post<MeetingDto>(`/api/meetings/${pending.id}/cancel`, {}, { token: funder.accessToken });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('cancelled');
      expect(notifications).toEqual([{ orgIds: [exhibitor.organization!.id], event: expect.objectContaining({ kind: 'meeting_request', meetingId: pending.id }) }]);
      expect((await t.post(`/api/meetings/${pending.id}/cancel`, {}, { token: funder.accessToken })).body.error.code).toBe('MEETING_NOT_CANCELLABLE');
      expect((await t.post(`/api/meetings/${pending.id}/answer`, { decision: 'accept', slotIndex: 0 }, { token: exhibitor.accessToken })).body.error.code).toBe(
        'MEETING_NOT_PENDING',
      );

      const second = (await request(funder.accessToken, valid())).body;
      await t.post(`/api/meetings/${second.id}/answer`, { decision: 'accept', slotIndex: 0 }, { token: exhibitor.accessToken });
      const cancelled = await t.post<MeetingDto>(`/api/meetings/${second.id}/cancel`, {}, { token: funder.accessToken });
      expect(cancelled.body).toMatchObject({ status: 'cancelled', acceptedSlot: second.slots[0] });
    });
  });

  describe('my schedule', () => {
    afterAll(() => t.ds.query(`DELETE FROM meeting_requests`));

    it('lists incoming and outgoing requests with filters, and warns about clashes with accepted meetings', async () => {
      // The exhibitor already meets the company 10:00–11:00 (relative: +20h … +21h).
      const base = slot(20);
      const at = (offsetMin: number, lenMin: number) => {
        const start = Date.parse(base.startsAt) + offsetMin * 60_000;
        return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + lenMin * 60_000).toISOString() };
      };
      const first = (await request(company.accessToken, { ...valid(), topic: '科技助老合作', slots: [at(0, 60)] })).body;
      await t.post(`/api/meetings/${first.id}/answer`, { decision: 'accept', slotIndex: 0 }, { token: exhibitor.accessToken });
      // The funder asks for 10:30–11:30 (overlaps), 11:00–12:00 (only touches), 09:00–12:00 (contains it).
      const second = (await request(funder.accessToken, { ...valid(), slots: [at(30, 60), at(60, 60), at(-60, 180)] })).body;
      expect(second.clashes).toEqual([]); // the funder has no accepted meeting then
      const incoming = await t.get<MeetingDto>(`/api/meetings/${second.id}`, { token: exhibitor.accessToken });
      expect(incoming.body.clashes).toEqual([
        { slotIndex: 0, meetingIds: [first.id] },
        { slotIndex: 2, meetingIds: [first.id] },
      ]);
      // Accepting the clashing slot is allowed (a warning, not a rule); both now clash with each other.
      const accepted = await t.post<MeetingDto>(`/api/meetings/${second.id}/answer`, { decision: 'accept', slotIndex: 0 }, { token: exhibitor.accessToken });
      expect(accepted.body.clashes).toEqual([{ slotIndex: 0, meetingIds: [first.id] }]);
      expect((await t.get<MeetingDto>(`/api/meetings/${first.id}`, { token: exhibitor.accessToken })).body.clashes).toEqual([{ slotIndex: 0, meetingIds: [second.id] }]);
      // The company does not see the exhibitor's other meeting as its own clash.
      expect((await t.get<MeetingDto>(`/api/meetings/${first.id}`, { token: company.accessToken })).body.clashes).toEqual([]);
      const third = (await request(funder.accessToken, { ...valid(), topic: '第三次', slots: [slot(40)] })).body;
      await t.post(`/api/meetings/${third.id}/answer`, { decision: 'decline', reason: '没有时间' }, { token: exhibitor.accessToken });
      // A declined or cancelled meeting does not clash with anything.
      expect((await t.get<MeetingDto>(`/api/meetings/${third.id}`, { token: exhibitor.accessToken })).body.clashes).toEqual([]);

      const all = await t.get<MeetingDto[]>('/api/meetings', { token: exhibitor.accessToken });
      expect(all.status).toBe(200);
      // Ordered by the agreed time (else the first proposed slot).
      expect(all.body.map((m) => [m.id, m.direction])).toEqual([
        [first.id, 'incoming'], // 10:00
        [second.id, 'incoming'], // 10:30
        [third.id, 'incoming'], // declined, its first slot was later
      ]);
      const funderList = await t.get<MeetingDto[]>('/api/meetings', { token: funder.accessToken, query: { status: 'accepted' } });
      expect(funderList.body.map((m) => [m.id, m.direction])).toEqual([[second.id, 'outgoing']]);
      expect((await t.get<MeetingDto[]>('/api/meetings', { token: exhibitor.accessToken, query: { status: 'declined' } })).body.map((m) => m.id)).toEqual([third.id]);
      expect((await t.get<MeetingDto[]>('/api/meetings', { token: exhibitor.accessToken, query: { expoId: otherExpoId } })).body).toEqual([]);
      expect((await t.get<MeetingDto[]>('/api/meetings', { token: exhibitor.accessToken, query: { expoId } })).body).toHaveLength(3);
      const junk = await t.get('/api/meetings', { token: exhibitor.accessToken, query: { status: 'everything', expoId: 'x' } });
      expect(junk.status).toBe(400);
      expect(fieldsOf(junk).map((f) => f.path).sort()).toEqual(['expoId', 'status']);
    });

    it('exports accepted meetings as an RFC 5545 calendar', async () => {
      const res = await t.get('/api/meetings/calendar.ics', { token: exhibitor.accessToken });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="yiqia-meetings.ics"');
      const text = res.raw;
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      const lines = unfold(text).split('\r\n');
      expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
      const accepted = (await t.get<MeetingDto[]>('/api/meetings', { token: exhibitor.accessToken, query: { status: 'accepted' } })).body;
      for (const m of accepted) {
        const compact = (iso: string) => iso.replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
        expect(lines).toContain(`UID:meeting-${m.id}@yiqia`);
        expect(lines).toContain(`DTSTART:${compact(m.acceptedSlot!.startsAt)}`);
        expect(lines).toContain(`DTEND:${compact(m.acceptedSlot!.endsAt)}`);
        expect(lines).toContain(`ORGANIZER;CN=${m.requester.orgName}:urn:uuid:${m.requester.orgId}`);
        expect(lines).toContain(`ATTENDEE;CN=${m.invitee.orgName};ROLE=REQ-PARTICIPANT:urn:uuid:${m.invitee.orgId}`);
      }
      // From the exhibitor's side the summary names the other organisation; text is escaped.
      expect(lines).toContain('SUMMARY:洽谈：社区助老项目资金对接（四川省蓝天公益基金会）');
      expect(lines.find((l) => l.startsWith('DESCRIPTION:') && l.includes('蓝天'))).toMatch(/^DESCRIPTION:洽谈主题：社区助老项目资金对接\\n发起方：四川省蓝天公益基金会（测试管理员）\\n受邀方：/);
      expect(lines).toContain('LOCATION:成都世纪城 · 展位：乐邻 · 社区助老');
      expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^DTSTAMP:\d{8}T\d{6}Z$/)]));

      // The funder's calendar has only its own accepted meeting; an outsider's is empty; anonymous is refused.
      const funderCal = unfold((await t.get('/api/meetings/calendar.ics', { token: funder.accessToken })).raw);
      expect(funderCal.match(/BEGIN:VEVENT/g)).toHaveLength(1);
      expect(funderCal).toContain('SUMMARY:洽谈：社区助老项目资金对接（成都市锦江区乐邻社会工作服务中心）');
      const outsiderCal = await t.get('/api/meetings/calendar.ics', { token: outsider.accessToken });
      expect(outsiderCal.status).toBe(200);
      expect(outsiderCal.raw).not.toContain('BEGIN:VEVENT');
      expect((await t.get('/api/meetings/calendar.ics')).status).toBe(401);
    });

    it('exports one meeting: confirmed when accepted, a cancellation after cancelling, nothing before an answer', async () => {
      const meeting = (await request(funder.accessToken, { ...valid(), topic: '单次导出', slots: [slot(30)] })).body;
      const early = await t.get(`/api/meetings/${meeting.id}/ics`, { token: funder.accessToken });
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe('MEETING_NOT_SCHEDULED');
      await t.post(`/api/meetings/${meeting.id}/answer`, { decision: 'accept', slotIndex: 0 }, { token: exhibitor.accessToken });
      const ics = await t.get(`/api/meetings/${meeting.id}/ics`, { token: funder.accessToken });
      expect(ics.status).toBe(200);
      expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(unfold(ics.raw)).toContain('STATUS:CONFIRMED\r\nSEQUENCE:0');
      await t.post(`/api/meetings/${meeting.id}/cancel`, {}, { token: funder.accessToken });
      const cancelled = unfold((await t.get(`/api/meetings/${meeting.id}/ics`, { token: exhibitor.accessToken })).raw);
      expect(cancelled).toContain(`UID:meeting-${meeting.id}@yiqia`);
      expect(cancelled).toContain('STATUS:CANCELLED\r\nSEQUENCE:1');
      expect((await t.get(`/api/meetings/${meeting.id}/ics`, { token: outsider.accessToken })).status).toBe(404);
      expect((await t.get(`/api/meetings/not-a-uuid/ics`, { token: funder.accessToken })).status).toBe(404);
    });
  });
});
