import { createHash } from 'node:crypto';
import { jest } from '@jest/globals';
import type { AuthResponse, ErrorBody, IntentDto, IntentTerms, MessageDto, RoomDto } from '@yiqia/contracts';
import type { AuthContext } from '../src/modules/auth/auth-context.js';
import { IntentsService } from '../src/modules/intents/intents.service.js';
import { OutboxService } from '../src/modules/outbox/outbox.service.js';
import { RealtimeEmitter } from '../src/modules/realtime/realtime-emitter.js';
import { TestApp } from './support/test-app.js';

/**
 * An independent implementation of the documented canonical JSON (docs/api-negotiation.md): keys sorted,
 * missing → null, parties sorted by organisation id with commitments/organizationId/role only.
 */
function canonicalSha256(terms: IntentTerms): string {
  const fields = ['deliverables', 'endsOn', 'fundingAmount', 'goods', 'notes', 'parties', 'startsOn', 'title', 'venue', 'volunteers'] as const;
  const obj: Record<string, unknown> = {};
  for (const f of fields) {
    if (f === 'parties') {
      obj[f] = [...terms.parties]
        .sort((a, b) => a.organizationId.localeCompare(b.organizationId))
        .map((p) => ({ commitments: p.commitments ?? null, organizationId: p.organizationId, role: p.role }));
    } else obj[f] = (terms as Record<string, unknown>)[f] ?? null;
  }
  return createHash('sha256').update(JSON.stringify(obj), 'utf8').digest('hex');
}

/** 合作意向书 in negotiation rooms: who may do what, every rule, versions, signatures, the lock, the printable page. */
describe('intents', () => {
  let t: TestApp;
  let organizer: AuthResponse;
  let need: AuthResponse; // A: the social organisation with the need
  let needMember: AuthResponse; // a plain member of A
  let funder: AuthResponse; // B: foundation
  let doer: AuthResponse; // C: company that implements
  let outsider: AuthResponse; // D: not in the room
  let roomId: string;
  let listings: { need: string; offer: string; foreign: string };
  const pushes: { kind: string; args: unknown[] }[] = [];

  const ids = () => ({ A: need.organization!.id, B: funder.organization!.id, C: doer.organization!.id, D: outsider.organization!.id });
  const terms = (over: Partial<IntentTerms> = {}): IntentTerms => ({
    title: '锦江区社区助老食堂共建',
    parties: [
      { organizationId: ids().A, role: '需求方', commitments: '提供场地与服务对象名单' },
      { organizationId: ids().B, role: '资助方', commitments: '资助 120 万元' },
      { organizationId: ids().C, role: '执行方' },
    ],
    fundingAmount: 1_200_000,
    goods: '餐具 200 套',
    volunteers: 30,
    venue: '锦江区书院街街道社区综合体',
    startsOn: '2027-01-01',
    endsOn: '2027-12-31',
    deliverables: '每月服务报告；年度审计报告',
    notes: '资金分两期拨付',
    ...over,
  });

  /** An answer: the intent, or (for 4xx) the error envelope. */
  type Answer = IntentDto & { error: ErrorBody };
  const intentOf = (token: string, room = roomId) => t.get<Answer>(`/api/rooms/${room}/intent`, { token });
  const propose = (token: string, body: IntentTerms, room = roomId, lang: 'zh' | 'en' = 'zh') => t.post<Answer>(`/api/rooms/${room}/intent`, { terms: body }, { token, lang });
  const sign = (token: string, version: number, room = roomId, lang: 'zh' | 'en' = 'zh') =>
    t.post<Answer>(`/api/rooms/${room}/intent/versions/${version}/sign`, {}, { token, lang });
  const withdraw = (token: string, version: number, room = roomId) => t.post<Answer>(`/api/rooms/${room}/intent/versions/${version}/withdraw`, {}, { token });
  const fieldsOf = (res: { body: any }) => res.body.error.details.fields as { path: string; code: string; message: string }[];

  async function listing(token: string, kind: 'need' | 'offer', title: string): Promise<string> {
    const res = await t.post('/api/listings', { kind, title, summary: '为社区老人提供午餐与探访服务，寻求资金和志愿者支持。', domains: ['elderly'], regionCode: '510104' }, { token });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  async function room(token: string, participantOrgIds: string[], listingIds: string[] = []): Promise<string> {
    const res = await t.post<RoomDto>('/api/rooms', { kind: 'negotiation', title: '社区助老食堂三方洽谈', participantOrgIds, listingIds }, { token });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    organizer = await t.loginOrganizer();
    need = await t.registerOrg({ orgName: '成都市锦江区乐邻社会工作服务中心' });
    funder = await t.registerOrg({ orgName: '四川省蓝天公益基金会', orgType: 'foundation', displayName: '王理事长' });
    doer = await t.registerOrg({ orgName: '成都安康养老服务有限公司', orgType: 'company', displayName: '李经理' });
    outsider = await t.registerOrg({ orgName: '无关机构' });
    const inv = await t.post(`/api/organizations/${ids().A}/invitations`, { role: 'member' }, { token: need.accessToken });
    needMember = (await t.post<AuthResponse>(`/api/invitations/${inv.body.token}/accept`, { email: 'member@leling.test', password: 'Member2026', displayName: '乐邻社工小张' })).body;
    listings = {
      need: await listing(need.accessToken, 'need', '社区助老食堂资金需求'),
      offer: await listing(funder.accessToken, 'offer', '养老服务专项资助'),
      foreign: await listing(outsider.accessToken, 'offer', '无关机构的资源'),
    };
    roomId = await room(need.accessToken, [ids().B, ids().C], [listings.need, listings.offer, listings.foreign]);
    const emitter = t.app.get(RealtimeEmitter);
    jest.spyOn(emitter, 'intentUpdated').mockImplementation((...args) => void pushes.push({ kind: 'intent:updated', args }));
    jest.spyOn(emitter, 'roomUpdated').mockImplementation(async (...args) => void pushes.push({ kind: 'room:updated', args }));
    jest.spyOn(emitter, 'notifyOrgs').mockImplementation((...args) => void pushes.push({ kind: 'notification', args }));
    jest.spyOn(emitter, 'messageCreated').mockImplementation((...args) => void pushes.push({ kind: 'message:new', args }));
  });
  afterAll(() => t.stop());

  describe('who may see and change the intent', () => {
    it('answers members of the parties only; others 403, anonymous 401, unknown rooms 404', async () => {
      const empty = await intentOf(needMember.accessToken);
      expect(empty.status).toBe(200);
      expect(empty.body).toEqual({ roomId, versions: [], signedVersion: null });
      expect((await intentOf(outsider.accessToken)).status).toBe(403);
      expect((await intentOf(organizer.accessToken)).status).toBe(403); // organizers are not members unless invited
      expect((await t.get(`/api/rooms/${roomId}/intent`)).status).toBe(401);
      expect((await intentOf(funder.accessToken, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await intentOf(funder.accessToken, 'not-a-room')).status).toBe(404);
      const refused = await propose(outsider.accessToken, terms());
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('FORBIDDEN');
      expect((await propose(organizer.accessToken, terms())).status).toBe(403);
      expect((await t.post(`/api/rooms/${roomId}/intent`, { terms: terms() })).status).toBe(401);
    });
  });

  describe('proposing', () => {
    it('requires exactly the room’s parties, each once, with clear field errors (zh and en)', async () => {
      const missing = await propose(funder.accessToken, terms({ parties: terms().parties.slice(0, 2) }));
      expect(missing.status).toBe(400);
      expect(fieldsOf(missing)).toEqual([{ path: 'terms.parties', code: 'intent_party_missing', message: '意向书须列出洽谈室的全部参与方，缺少：成都安康养老服务有限公司' }]);
      const missingEn = await propose(funder.accessToken, terms({ parties: terms().parties.slice(0, 1).concat([{ organizationId: ids().A, role: 'x' }]) }), roomId, 'en');
      expect(fieldsOf(missingEn)).toEqual([
        { path: 'terms.parties.1.organizationId', code: 'intent_party_duplicate', message: 'Each organisation may appear only once in the intent' },
        { path: 'terms.parties', code: 'intent_party_missing', message: 'The intent must list every party of the room; missing: 四川省蓝天公益基金会, 成都安康养老服务有限公司' },
      ]);
      const stranger = await propose(funder.accessToken, terms({ parties: [...terms().parties, { organizationId: ids().D, role: '旁观者' }] }));
      expect(fieldsOf(stranger)).toEqual([{ path: 'terms.parties.3.organizationId', code: 'intent_party_not_in_room', message: '该机构不是本洽谈室的参与方' }]);
      const period = await propose(funder.accessToken, terms({ startsOn: '2027-06-01', endsOn: '2027-01-01' }));
      expect(fieldsOf(period)).toEqual([{ path: 'terms.endsOn', code: 'ends_before_starts', message: '结束时间不能早于开始时间' }]);
      const schema = await propose(funder.accessToken, { ...terms(), title: 'x', fundingAmount: -5, startsOn: '2027-13-01' } as IntentTerms);
      expect(fieldsOf(schema).map((f) => f.path).sort()).toEqual(['terms.fundingAmount', 'terms.startsOn', 'terms.title']);
      expect(fieldsOf(schema).every((f) => /[\u4e00-\u9fff]/.test(f.message))).toBe(true);
      const unknownField = await t.post(`/api/rooms/${roomId}/intent`, { terms: { ...terms(), price: 1 } }, { token: funder.accessToken });
      expect(fieldsOf(unknownField)[0].path).toBe('terms.price');
      expect((await intentOf(funder.accessToken)).body.versions).toEqual([]);
    });

    it('numbers versions from 1, shows roles in the room, posts a system message and pushes the change', async () => {
      pushes.length = 0;
      const res = await propose(needMember.accessToken, terms()); // any member of a party may propose
      expect(res.status).toBe(201);
      expect(res.body.signedVersion).toBeNull();
      expect(res.body.versions).toHaveLength(1);
      const v1 = res.body.versions[0];
      expect(v1).toMatchObject({
        version: 1,
        status: 'proposed',
        proposedBy: { userId: needMember.user.id, orgId: ids().A, displayName: '乐邻社工小张' },
        signatures: [],
        changes: [],
      });
      expect(v1.terms).toEqual(terms());
      const roomDto = (await t.get<RoomDto>(`/api/rooms/${roomId}`, { token: doer.accessToken })).body;
      expect(roomDto.intent).toEqual({ version: 1, status: 'proposed', signedBy: [] });
      expect(Object.fromEntries(roomDto.parties.map((p) => [p.organization.id, p.role]))).toEqual({ [ids().A]: '需求方', [ids().B]: '资助方', [ids().C]: '执行方' });
      const messages = (await t.get<MessageDto[]>(`/api/rooms/${roomId}/messages`, { token: doer.accessToken })).body;
      expect(messages.at(-1)).toMatchObject({ type: 'system', body: '成都市锦江区乐邻社会工作服务中心 提出了合作意向书第 1 版', systemEvent: { kind: 'intent_proposed', params: { version: 1 } } });
      expect(pushes.map((p) => p.kind)).toEqual(['message:new', 'intent:updated', 'notification', 'room:updated']);
      expect(pushes[1].args).toEqual([roomId, res.body]);
      expect(pushes[2].args).toEqual([expect.arrayContaining([ids().B, ids().C]), expect.objectContaining({ kind: 'intent_proposed', roomId })]);
      expect(pushes[2].args[0]).toHaveLength(2); // the other parties, not the proposer's own organisation
    });

    it('treats proposing the terms already open for signing as a no-op (a retried send)', async () => {
      pushes.length = 0;
      const reordered = terms({ parties: [...terms().parties].reverse() });
      const res = await propose(funder.accessToken, reordered);
      expect(res.body.versions.map((v) => v.version)).toEqual([1]);
      expect(pushes).toEqual([]);
    });

    it('supersedes the open version and lists the differences', async () => {
      const res = await propose(
        funder.accessToken,
        terms({
          fundingAmount: 1_000_000,
          volunteers: null,
          parties: [
            { organizationId: ids().B, role: '资助方', commitments: '资助 100 万元，分两期' },
            { organizationId: ids().A, role: '需求方', commitments: '提供场地与服务对象名单' },
            { organizationId: ids().C, role: '执行方', commitments: '每周五天送餐' },
          ],
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body.versions.map((v) => [v.version, v.status])).toEqual([
        [2, 'proposed'],
        [1, 'superseded'],
      ]);
      expect(res.body.versions[0].changes).toEqual([
        { field: 'fundingAmount', before: 1_200_000, after: 1_000_000 },
        { field: 'volunteers', before: 30, after: null },
        { field: `parties.${ids().B}.commitments`, before: '资助 120 万元', after: '资助 100 万元，分两期' },
        { field: `parties.${ids().C}.commitments`, before: null, after: '每周五天送餐' },
      ]);
      expect(res.body.versions[0].proposedBy.orgId).toBe(ids().B);
    });
  });

  describe('signing', () => {
    it('needs an admin of a party; members are told an admin must sign', async () => {
      const member = await sign(needMember.accessToken, 2);
      expect(member.status).toBe(403);
      expect(member.body.error).toEqual({ code: 'INTENT_SIGN_NOT_AUTHORISED', message: '只有机构管理员可以代表本机构签署合作意向书，请联系本机构管理员签署' });
      const memberEn = await sign(needMember.accessToken, 2, roomId, 'en');
      expect(memberEn.body.error.message).toBe('Only an admin of your organisation may sign the intent on its behalf; ask an admin to sign');
      expect((await sign(outsider.accessToken, 2)).body.error.code).toBe('FORBIDDEN');
      expect((await sign(organizer.accessToken, 2)).status).toBe(403);
      expect((await t.post(`/api/rooms/${roomId}/intent/versions/2/sign`, {})).status).toBe(401);
      expect((await sign(need.accessToken, 99)).status).toBe(404);
      for (const junk of ['0', '-1', 'abc', '1.5', '99999999999']) {
        expect((await t.post(`/api/rooms/${roomId}/intent/versions/${junk}/sign`, {}, { token: need.accessToken })).status).toBe(404);
      }
    });

    it('signs only the version open for signing (stale versions name the current one)', async () => {
      const stale = await sign(need.accessToken, 1);
      expect(stale.status).toBe(409);
      expect(stale.body.error).toEqual({
        code: 'INTENT_VERSION_STALE',
        message: '这一版本已不是当前待签署的版本，请查看最新版本',
        details: { version: 1, currentVersion: 2 },
      });
    });

    it('records one signature per organisation and version; signing again returns the same state', async () => {
      pushes.length = 0;
      const first = await sign(need.accessToken, 2);
      expect(first.status).toBe(200);
      const v2 = first.body.versions[0];
      expect(v2.status).toBe('proposed');
      expect(v2.signatures).toEqual([{ orgId: ids().A, userId: need.user.id, displayName: need.user.displayName, signedAt: expect.any(String) }]);
      expect(pushes.map((p) => p.kind)).toEqual(['message:new', 'intent:updated', 'notification', 'room:updated']);
      pushes.length = 0;
      const again = await sign(need.accessToken, 2);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      expect(pushes).toEqual([]);
      const roomDto = (await t.get<RoomDto>(`/api/rooms/${roomId}`, { token: funder.accessToken })).body;
      expect(roomDto.intent).toEqual({ version: 2, status: 'proposed', signedBy: [ids().A] });
    });

    it('keeps signatures of a superseded version on record', async () => {
      const res = await propose(doer.accessToken, terms({ fundingAmount: 1_100_000 }));
      const [v3, v2] = res.body.versions;
      expect([v3.version, v3.status, v2.status]).toEqual([3, 'proposed', 'superseded']);
      expect(v2.signatures.map((s) => s.orgId)).toEqual([ids().A]);
      expect(v3.signatures).toEqual([]);
    });
  });

  describe('withdrawing', () => {
    it('lets only the proposing organisation withdraw its open version', async () => {
      const notMine = await withdraw(funder.accessToken, 3);
      expect(notMine.status).toBe(403);
      expect(notMine.body.error.code).toBe('INTENT_NOT_PROPOSER');
      expect((await withdraw(outsider.accessToken, 3)).status).toBe(403);
      expect((await withdraw(funder.accessToken, 2)).body.error.code).toBe('INTENT_VERSION_STALE'); // B proposed v2, now superseded
      const res = await withdraw(doer.accessToken, 3);
      expect(res.status).toBe(200);
      expect(res.body.versions[0]).toMatchObject({ version: 3, status: 'withdrawn' });
      expect((await withdraw(doer.accessToken, 3)).body).toEqual(res.body); // idempotent
      const stale = await sign(funder.accessToken, 3);
      expect(stale.body.error).toMatchObject({ code: 'INTENT_VERSION_STALE', details: { version: 3, currentVersion: null } });
      const messages = (await t.get<MessageDto[]>(`/api/rooms/${roomId}/messages`, { token: need.accessToken })).body;
      expect(messages.at(-1)).toMatchObject({ type: 'system', systemEvent: { kind: 'intent_withdrawn', params: { version: 3 } } });
    });
  });

  describe('when every party signed the same version', () => {
    let signedTerms: IntentTerms;

    it('locks the version, signs the room and matches the parties’ listings in one go', async () => {
      const outbox = t.app.get(OutboxService);
      const enqueue = jest.spyOn(outbox, 'enqueue');
      signedTerms = terms();
      const v4 = await propose(need.accessToken, signedTerms);
      expect(v4.body.versions[0]).toMatchObject({ version: 4, status: 'proposed' });
      expect((await sign(need.accessToken, 4)).body.versions[0].status).toBe('proposed');
      expect((await sign(funder.accessToken, 4)).body.versions[0].status).toBe('proposed');
      expect((await t.get(`/api/listings/${listings.need}`, { token: need.accessToken })).body.status).toBe('open');
      pushes.length = 0;
      const last = await sign(doer.accessToken, 4);
      expect(last.status).toBe(200);
      expect(last.body.signedVersion).toBe(4);
      expect(last.body.versions.map((v) => [v.version, v.status])).toEqual([
        [4, 'signed'],
        [3, 'withdrawn'],
        [2, 'superseded'],
        [1, 'superseded'],
      ]);
      expect(last.body.versions[0].signatures.map((s) => s.orgId)).toEqual([ids().A, ids().B, ids().C]);
      const roomDto = (await t.get<RoomDto>(`/api/rooms/${roomId}`, { token: need.accessToken })).body;
      expect(roomDto.status).toBe('signed');
      expect(roomDto.intent).toEqual({ version: 4, status: 'signed', signedBy: [ids().A, ids().B, ids().C] });
      expect((await t.get(`/api/listings/${listings.need}`, { token: need.accessToken })).body.status).toBe('matched');
      expect((await t.get(`/api/listings/${listings.offer}`, { token: funder.accessToken })).body.status).toBe('matched');
      // A listing of an organisation that is not a party stays as it was.
      expect((await t.get(`/api/listings/${listings.foreign}`, { token: outsider.accessToken })).body.status).toBe('open');
      expect(enqueue).toHaveBeenCalledWith(expect.anything(), 'listing', expect.arrayContaining([listings.need, listings.offer]));
      expect((enqueue.mock.calls.at(-1)![2] as string[]).sort()).toEqual([listings.need, listings.offer].sort());
      const messages = (await t.get<MessageDto[]>(`/api/rooms/${roomId}/messages`, { token: need.accessToken })).body;
      expect(messages.at(-1)).toMatchObject({ type: 'system', body: '各方已签署合作意向书第 4 版，意向已签约', systemEvent: { kind: 'intent_fully_signed', params: { version: 4 } } });
      expect(pushes.map((p) => p.kind)).toEqual(['message:new', 'intent:updated', 'notification', 'room:updated']);
      expect(pushes[2].args).toEqual([expect.arrayContaining([ids().A, ids().B, ids().C]), expect.objectContaining({ kind: 'intent_signed', roomId })]);
      expect(pushes[2].args[0]).toHaveLength(3);
    });

    it('refuses any change afterwards; re-signing returns the same state', async () => {
      const res = await propose(funder.accessToken, terms({ fundingAmount: 1 }), roomId, 'en');
      expect(res.status).toBe(409);
      expect(res.body.error).toEqual({ code: 'INTENT_LOCKED', message: 'The intent has been signed by every party and is locked' });
      expect((await withdraw(need.accessToken, 4)).body.error.code).toBe('INTENT_LOCKED');
      const again = await sign(doer.accessToken, 4);
      expect(again.status).toBe(200);
      expect(again.body.signedVersion).toBe(4);
      expect((await sign(doer.accessToken, 3)).body.error.code).toBe('INTENT_LOCKED');
      const versions = await t.ds.query(`SELECT count(*)::int AS n FROM intent_versions WHERE room_id = $1`, [roomId]);
      expect(versions[0].n).toBe(4);
    });

    it('serves a printable page of a version to members only, with its own strict CSP', async () => {
      expect((await t.get(`/api/rooms/${roomId}/intent/versions/4/document`)).status).toBe(401);
      expect((await t.get(`/api/rooms/${roomId}/intent/versions/4/document`, { token: outsider.accessToken })).status).toBe(403);
      expect((await t.get(`/api/rooms/${roomId}/intent/versions/4/document`, { token: organizer.accessToken })).status).toBe(403);
      expect((await t.get(`/api/rooms/${roomId}/intent/versions/9/document`, { token: need.accessToken })).status).toBe(404);
      expect((await t.get(`/api/rooms/${roomId}/intent/versions/x/document`, { token: need.accessToken })).status).toBe(404);

      const res = await t.get(`/api/rooms/${roomId}/intent/versions/4/document`, { token: needMember.accessToken });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`inline; filename="intent-v4.html"; filename*=UTF-8''${encodeURIComponent('合作意向书-v4.html')}`);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('private, no-store');
      const html = res.raw;
      // The CSP allows exactly the page's one style sheet (by hash) and no script.
      const csp = String(res.headers['content-security-policy']);
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
      const hash = createHash('sha256').update(style, 'utf8').digest('base64');
      expect(csp).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`);
      expect(html.match(/<style>/g)).toHaveLength(1);
      expect(html).not.toMatch(/<script|\sstyle=|\son[a-z]+=|<link|javascript:/i);
      expect(style).toMatch(/@page \{ size: A4;/);

      expect(html).toContain('<html lang="zh-CN">');
      expect(html).toContain('<h1>合作意向书</h1>');
      expect(html).toContain('<p class="subtitle">锦江区社区助老食堂共建</p>');
      expect(html).toContain('class="stamp"');
      expect(html).toContain('已签约意向');
      expect(html).toContain(`<code>${roomId}</code>`);
      const sha = canonicalSha256(signedTerms);
      expect(html).toContain(`<code class="sha256">${sha}</code>`);
      expect((await t.ds.query(`SELECT terms_sha256 FROM intent_versions WHERE room_id = $1 AND version = 4`, [roomId]))[0].terms_sha256).toBe(sha);
      expect(html).toContain('1,200,000 元（120 万元；大写：壹佰贰拾万元整）');
      expect(html).toContain('<td>1</td><td>成都市锦江区乐邻社会工作服务中心</td><td class="nowrap">社会组织</td><td class="role">需求方</td><td><span class="text">提供场地与服务对象名单</span></td>');
      expect(html).toContain('<td>2</td><td>四川省蓝天公益基金会</td><td class="nowrap">基金会</td><td class="role">资助方</td>');
      expect(html).toContain('<td>3</td><td>成都安康养老服务有限公司</td><td class="nowrap">企业</td><td class="role">执行方</td><td><span class="none">未约定</span></td>');
      expect(html).toContain('30 人');
      expect(html).toContain('2027-01-01 – 2027-12-31');
      const intent = (await intentOf(need.accessToken)).body;
      for (const s of intent.versions[0].signatures) {
        const beijing = new Date(Date.parse(s.signedAt) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
        expect(html).toContain(`<td>${s.displayName}</td><td class="nowrap">${beijing}（北京时间）</td>`);
      }
      expect(html).toContain('王理事长');
      expect(html).toContain('李经理');
    });

    it('prints older versions without the stamp, and in English on request', async () => {
      const v1 = (await t.get(`/api/rooms/${roomId}/intent/versions/1/document`, { token: funder.accessToken })).raw;
      expect(v1).not.toContain('class="stamp"');
      expect(v1).toContain('本版本已被第 4 版取代，仅供查阅。');
      expect(v1).toContain('<td class="none">未签署</td>');
      const v2 = (await t.get(`/api/rooms/${roomId}/intent/versions/2/document`, { token: funder.accessToken })).raw;
      expect(v2).toContain('1,000,000 元（100 万元；大写：壹佰万元整）');
      expect(v2.match(/<td class="none">未签署<\/td>/g)).toHaveLength(2); // A signed v2, B and C did not
      const en = await t.get(`/api/rooms/${roomId}/intent/versions/4/document`, { token: funder.accessToken, lang: 'en' });
      expect(en.raw).toContain('<html lang="en">');
      expect(en.raw).toContain('Letter of Intent for Cooperation');
      expect(en.raw).toContain('CNY 1,200,000 (1.2 million yuan)');
      expect(en.headers['content-disposition']).toContain("filename*=UTF-8''intent-v4.html");
    });

    it('stays signed and downloadable after the room is closed', async () => {
      expect((await t.post(`/api/rooms/${roomId}/close`, {}, { token: funder.accessToken })).status).toBe(200);
      expect((await intentOf(doer.accessToken)).body.signedVersion).toBe(4);
      expect((await t.get(`/api/rooms/${roomId}/intent/versions/4/document`, { token: doer.accessToken })).status).toBe(200);
      expect((await intentOf(doer.accessToken)).body.versions[0].status).toBe('signed');
      expect((await t.get<RoomDto>(`/api/rooms/${roomId}`, { token: doer.accessToken })).body.intent).toEqual({ version: 4, status: 'signed', signedBy: [ids().A, ids().B, ids().C] });
      expect((await propose(doer.accessToken, terms({ title: '关闭后再提' }))).body.error.code).toBe('ROOM_CLOSED');
    });
  });

  describe('other rooms', () => {
    it('refuses proposals in a closed room', async () => {
      const closed = await room(funder.accessToken, [ids().C]);
      await t.post(`/api/rooms/${closed}/close`, {}, { token: doer.accessToken });
      const parties = [
        { organizationId: ids().B, role: '资助方' },
        { organizationId: ids().C, role: '执行方' },
      ];
      const res = await propose(funder.accessToken, terms({ parties }), closed);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('ROOM_CLOSED');
    });

    it('asks for a new version when the room’s parties changed after the proposal', async () => {
      const two = await room(funder.accessToken, [ids().C]);
      const parties = [
        { organizationId: ids().B, role: '资助方' },
        { organizationId: ids().C, role: '执行方' },
      ];
      expect((await propose(funder.accessToken, terms({ parties }), two)).status).toBe(201);
      expect((await t.post(`/api/rooms/${two}/parties`, { organizationIds: [ids().A] }, { token: funder.accessToken })).status).toBe(200);
      const res = await sign(funder.accessToken, 1, two);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('INTENT_PARTIES_CHANGED');
      const next = await propose(doer.accessToken, terms(), two);
      expect(next.body.versions[0].changes).toContainEqual({ field: `parties.${ids().A}`, before: null, after: terms().parties[0] });
    });

    it('keeps version numbers gap-free under concurrent proposals, with exactly one open version', async () => {
      const busy = await room(need.accessToken, [ids().B, ids().C]);
      const tokens = [need, funder, doer, needMember, funder, doer, need, funder];
      const results = await Promise.all(tokens.map((who, i) => propose(who.accessToken, terms({ fundingAmount: 100_000 * (i + 1) }), busy)));
      expect(results.map((r) => r.status)).toEqual(tokens.map(() => 201));
      const intent = (await intentOf(need.accessToken, busy)).body;
      expect(intent.versions.map((v) => v.version)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
      expect(intent.versions.filter((v) => v.status === 'proposed')).toHaveLength(1);
      expect(intent.versions[0].status).toBe('proposed');
      const seqs = (await t.get<MessageDto[]>(`/api/rooms/${busy}/messages`, { token: need.accessToken, query: { limit: 200 } })).body.map((m) => m.seq);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    });

    it('works the same through the service the /rt gateway calls (validation included)', async () => {
      const direct = await t.post<RoomDto>('/api/rooms', { kind: 'direct', participantOrgIds: [ids().D] }, { token: need.accessToken });
      expect(direct.status).toBe(201);
      const service = t.app.get(IntentsService);
      const caller = (who: AuthResponse): AuthContext => ({
        userId: who.user.id,
        sessionId: 'test',
        role: 'member',
        organizationId: who.organization!.id,
        orgRole: who.user.orgRole,
      });
      const parties = [
        { organizationId: ids().A, role: '需求方' },
        { organizationId: ids().D, role: '资助方' },
      ];
      await expect(service.propose(caller(need), direct.body.id, { ...terms({ parties }), title: '' }, 'en')).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { fields: [expect.objectContaining({ path: 'title' })] },
      });
      const proposed = await service.propose(caller(need), direct.body.id, terms({ parties }));
      expect(proposed.versions[0].version).toBe(1);
      await expect(service.sign(caller(needMember), direct.body.id, 1)).rejects.toMatchObject({ code: 'INTENT_SIGN_NOT_AUTHORISED' });
      // A context claiming more than the database says (e.g. a socket opened before a demotion) is refused.
      await expect(service.sign({ ...caller(needMember), orgRole: 'admin' }, direct.body.id, 1)).rejects.toMatchObject({ code: 'INTENT_SIGN_NOT_AUTHORISED' });
      await service.sign(caller(need), direct.body.id, 1);
      const done = await service.sign(caller(outsider), direct.body.id, 1);
      expect(done.signedVersion).toBe(1);
      expect((await service.get(caller(outsider), direct.body.id)).signedVersion).toBe(1);
      await expect(service.withdraw(caller(need), direct.body.id, 1)).rejects.toMatchObject({ code: 'INTENT_LOCKED' });
      await expect(service.get(caller(funder), direct.body.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });
  });
});
