import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { AuthResponse, ExpoResultsDto, ExportPreviewDto } from '@yiqia/contracts';
import { creditCodeCheckChar } from '@yiqia/domain';
import { TestApp } from './support/test-app.js';

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/**
 * Console reports against a controlled dataset: two expos, organisations of three types in two
 * districts, booths, listings (2,500 in one expo: more than one cursor batch), rooms, meetings,
 * intents with amounts — the exports must hold exactly the filtered rows, the results exact sums.
 */
describe('console reports: exports and results', () => {
  let t: TestApp;
  let organizer: AuthResponse;
  let member: AuthResponse;
  let expoId: string;
  let otherExpoId: string;
  const org: Record<'social' | 'foundation' | 'company', string> = { social: '', foundation: '', company: '' };

  async function download(path: string, query: Record<string, string>, token = organizer.accessToken, lang: 'zh' | 'en' = 'zh') {
    const res = await t.app.getHttpAdapter().getInstance().inject({ method: 'GET', url: path, query, headers: { authorization: `Bearer ${token}`, 'accept-language': lang } });
    return { status: res.statusCode, headers: res.headers, raw: res.rawPayload, json: () => JSON.parse(res.body) };
  }

  async function insertOrg(name: string, type: string, region: string): Promise<string> {
    const n = Math.random().toString().slice(2, 12);
    const first17 = `5251010${n}`.padEnd(17, '0').slice(0, 17);
    const [row] = await t.ds.query(`INSERT INTO organizations (name, type, credit_code, region_code) VALUES ($1, $2, $3, $4) RETURNING id`, [
      name,
      type,
      first17 + creditCodeCheckChar(first17),
      region,
    ]);
    return row.id;
  }

  async function room(expo: string, creator: string, others: string[], listings: string[], kind = 'negotiation'): Promise<string> {
    const [r] = await t.ds.query(
      `INSERT INTO rooms (kind, title, expo_id, created_by_org, direct_key) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [kind, `洽谈-${creator.slice(0, 4)}`, expo, creator, kind === 'direct' ? [creator, ...others].sort().join(':') : null],
    );
    for (const o of [creator, ...others]) await t.ds.query(`INSERT INTO room_parties (room_id, org_id) VALUES ($1, $2)`, [r.id, o]);
    for (const l of listings) await t.ds.query(`INSERT INTO room_listings (room_id, listing_id) VALUES ($1, $2)`, [r.id, l]);
    return r.id;
  }

  async function intent(roomId: string, status: string, amount: number, version = 1): Promise<void> {
    const terms = { title: '合作意向', parties: [], fundingAmount: amount };
    await t.ds.query(
      `INSERT INTO intent_versions (room_id, version, terms, terms_sha256, status, proposed_by_org_id, proposed_by_name)
       SELECT $1, $2, $3::jsonb, $4, $5, created_by_org, '测试' FROM rooms WHERE id = $1`,
      [roomId, version, JSON.stringify(terms), createHash('sha256').update(`${roomId}${version}`).digest('hex'), status],
    );
  }

  beforeAll(async () => {
    t = await TestApp.start();
    organizer = await t.loginOrganizer();
    member = await t.registerOrg();
    const mk = async (slug: string) =>
      (
        await t.post(
          '/api/expos',
          { name: `洽谈汇 ${slug}`, slug, startsAt: new Date(Date.now() - 86_400_000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString() },
          { token: organizer.accessToken },
        )
      ).body.id as string;
    expoId = await mk('reports-2026');
    otherExpoId = await mk('other-2026');
    org.social = await insertOrg('锦江区乐邻社工中心', 'social_org', '510104'); // 成都市锦江区
    org.foundation = await insertOrg('蓝天公益基金会', 'foundation', '510104');
    org.company = await insertOrg('青羊某科技公司', 'company', '510105'); // 成都市青羊区
    // Booths: two approved, one draft (not counted in results; exported with status=draft).
    await t.ds.query(
      `INSERT INTO booths (expo_id, organization_id, status, title, domain_codes) VALUES
        ($1, $2, 'approved', '乐邻展位', '{elderly}'), ($1, $3, 'approved', '蓝天展位', '{elderly,children}'), ($1, $4, 'draft', '科技展位', '{children}')`,
      [expoId, org.social, org.foundation, org.company],
    );
    // 2,500 needs of the social org (elderly, 锦江区) in the expo, 10 offers of the foundation (children), 3 of the company (elderly, 青羊区),
    // and 5 needs in the other expo that no filter of this expo may return.
    await t.ds.query(
      `INSERT INTO listings (organization_id, kind, title, summary, domains, region_code, expo_id, created_at)
       SELECT $2, 'need', '助老需求 ' || g, '摘要', '{elderly}', '510104', $1, now() - (g || ' minutes')::interval FROM generate_series(1, 2500) g`,
      [expoId, org.social],
    );
    await t.ds.query(
      `INSERT INTO listings (organization_id, kind, title, summary, domains, region_code, expo_id)
       SELECT $2, 'offer', '儿童资助 ' || g, '摘要', '{children}', '510104', $1 FROM generate_series(1, 10) g`,
      [expoId, org.foundation],
    );
    await t.ds.query(
      `INSERT INTO listings (organization_id, kind, title, summary, domains, region_code, expo_id, status)
       SELECT $2, 'offer', '科技助老 ' || g, '摘要', '{elderly}', '510105', $1, 'matched' FROM generate_series(1, 3) g`,
      [expoId, org.company],
    );
    await t.ds.query(
      `INSERT INTO listings (organization_id, kind, title, summary, domains, region_code, expo_id)
       SELECT $2, 'need', '别的洽谈汇 ' || g, '摘要', '{elderly}', '510104', $1 FROM generate_series(1, 5) g`,
      [otherExpoId, org.social],
    );
    const [need] = await t.ds.query(`SELECT id FROM listings WHERE title = '助老需求 1'`);
    const [kidsOffer] = await t.ds.query(`SELECT id FROM listings WHERE title = '儿童资助 1'`);
    const [techOffer] = await t.ds.query(`SELECT id FROM listings WHERE title = '科技助老 1'`);
    // Room 1: social + foundation about the need and the children offer, signed 300,000 (v1 superseded, v2 signed).
    const r1 = await room(expoId, org.social, [org.foundation], [need.id, kidsOffer.id]);
    await intent(r1, 'superseded', 100_000, 1);
    await intent(r1, 'signed', 300_000, 2);
    // Room 2: social + company about the need and the tech offer, signed 50,000.
    const r2 = await room(expoId, org.social, [org.company], [need.id, techOffer.id]);
    await intent(r2, 'signed', 50_000);
    // Room 3: foundation + company, nothing linked, a proposal only.
    const r3 = await room(expoId, org.foundation, [org.company], []);
    await intent(r3, 'proposed', 999_999);
    // A direct conversation social ↔ foundation (same pair as room 1: one contact), not a negotiation room.
    await room(expoId, org.foundation, [org.social], [], 'direct');
    await t.ds.query(
      `INSERT INTO meeting_requests (expo_id, requester_org_id, requester_name, invitee_org_id, topic, slots, status, accepted_slot_index, accepted_starts_at, accepted_ends_at)
       VALUES ($1, $2, '甲', $3, '助老对接', '[{}]', 'accepted', 0, now(), now() + interval '1 hour'),
              ($1, $3, '乙', $4, '儿童项目', '[{}]', 'pending', NULL, NULL, NULL)`,
      [expoId, org.social, org.foundation, org.company],
    );
  });
  afterAll(() => t.stop());

  describe('who may', () => {
    it('answers 401 without a session and 403 to anyone but organizers', async () => {
      for (const path of [`/api/console/exports/listings?expoId=${expoId}`, `/api/console/exports/listings/preview?expoId=${expoId}`, `/api/console/expos/${expoId}/results`]) {
        expect((await t.get(path)).status).toBe(401);
        const res = await t.get(path, { token: member.accessToken });
        expect(res.status).toBe(403);
        expect(res.body.error.code).toBe('FORBIDDEN');
      }
    });
  });

  describe('bad filters', () => {
    it.each([
      ['listings', { status: 'approved' }, 'EXPORT_FILTER_INVALID'],
      ['booths', { kind: 'need' }, 'EXPORT_FILTER_INVALID'],
      ['listings', { domain: 'astrology' }, 'EXPORT_FILTER_INVALID'],
      ['rooms', { orgType: 'club' }, 'EXPORT_FILTER_INVALID'],
      ['meetings', { region: '999999' }, 'EXPORT_FILTER_INVALID'],
      ['intents', { from: '2026-12-01T00:00:00Z', to: '2026-11-01T00:00:00Z' }, 'EXPORT_FILTER_INVALID'],
      ['listings', { format: 'pdf' }, 'VALIDATION_FAILED'],
      ['listings', { region: '51' }, 'VALIDATION_FAILED'],
      ['listings', { from: 'yesterday' }, 'VALIDATION_FAILED'],
    ])('%s with %j → 400 %s', async (entity, filters, code) => {
      for (const suffix of ['', '/preview']) {
        const res = await t.get(`/api/console/exports/${entity}${suffix}`, { token: organizer.accessToken, query: { expoId, ...filters }, lang: 'en' });
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe(code);
        expect(res.body.error.message).toMatch(/[a-z]/);
      }
    });

    it('answers 400 without an expo, 404 for an unknown expo or entity', async () => {
      expect((await t.get('/api/console/exports/listings', { token: organizer.accessToken })).body.error.code).toBe('VALIDATION_FAILED');
      expect((await t.get('/api/console/exports/listings', { token: organizer.accessToken, query: { expoId: '00000000-0000-4000-8000-000000000000' } })).status).toBe(404);
      expect((await t.get('/api/console/exports/users', { token: organizer.accessToken, query: { expoId } })).status).toBe(404);
      expect((await t.get('/api/console/expos/00000000-0000-4000-8000-000000000000/results', { token: organizer.accessToken })).status).toBe(404);
      expect((await t.get('/api/console/expos/nope/results', { token: organizer.accessToken })).status).toBe(404);
    });
  });

  describe('CSV', () => {
    it('streams every filtered row (more than one cursor batch) with a BOM, Chinese headers and an audit entry', async () => {
      const res = await download('/api/console/exports/listings', { expoId, format: 'csv', kind: 'need', domain: 'elderly' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="reports-2026-listings-\d{4}-\d{2}-\d{2}\.csv"/);
      expect([...res.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(res.raw.toString('utf8').slice(1));
      expect(rows[0].slice(0, 4)).toEqual(['编号', '类型', '标题', '机构']);
      const data = rows.slice(1);
      expect(data).toHaveLength(2500); // not the other expo's 5, not the offers
      expect(new Set(data.map((r) => r[1]))).toEqual(new Set(['需求']));
      expect(data[0][2]).toBe('助老需求 2500'); // oldest first
      expect(data.find((r) => r[2] === '助老需求 1')![rows[0].indexOf('洽谈数')]).toBe('2');
      expect(data[0][rows[0].indexOf('地区')]).toBe('四川省成都市锦江区');

      const audit = await t.ds.query(`SELECT actor_id, target_id, details FROM audit_log WHERE action = 'export.download' ORDER BY created_at DESC LIMIT 1`);
      expect(audit[0]).toMatchObject({ actor_id: organizer.user.id, target_id: expoId });
      expect(audit[0].details).toMatchObject({ entity: 'listings', format: 'csv', rows: 2500, completed: true, filters: { kind: 'need', domain: 'elderly' } });
    });

    it('applies status, organisation type, region, text and date filters', async () => {
      const csv = async (entity: string, q: Record<string, string>) => parseCsv((await download(`/api/console/exports/${entity}`, { expoId, ...q })).raw.toString('utf8').slice(1)).slice(1);
      expect(await csv('listings', { status: 'matched' })).toHaveLength(3);
      expect(await csv('listings', { orgType: 'foundation' })).toHaveLength(10);
      expect(await csv('listings', { region: '510105' })).toHaveLength(3); // 青羊区
      expect(await csv('listings', { region: '510100' })).toHaveLength(2513); // 成都市: both districts
      expect(await csv('listings', { q: '助老需求 25' })).toHaveLength(12); // 25, 250–259, 2500
      expect(await csv('listings', { from: new Date(Date.now() - 10.5 * 60_000).toISOString() })).toHaveLength(10 + 13); // needs 1–10 and the offers
      expect((await csv('booths', { status: 'draft' })).map((r) => r[1])).toEqual(['科技展位']);
      expect(await csv('booths', { domain: 'children' })).toHaveLength(2);
      expect(await csv('rooms', { orgType: 'company' })).toHaveLength(2);
      expect(await csv('rooms', { domain: 'children' })).toHaveLength(1);
      expect(await csv('meetings', { status: 'pending' })).toHaveLength(1);
      expect(await csv('meetings', { orgType: 'company' })).toHaveLength(1);
      const intents = await csv('intents', { status: 'signed' });
      expect(intents.map((r) => Number(r[5])).sort((a, b) => a - b)).toEqual([50_000, 300_000]);
    });
  });

  describe('XLSX', () => {
    it('holds the same rows as the filters say, with headers in the asked language', async () => {
      const res = await download('/api/console/exports/intents', { expoId, format: 'xlsx' }, organizer.accessToken, 'en');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
      expect(values(1)).toEqual(['Room ID', 'Room', 'Intent', 'Version', 'Status', 'Intended amount (CNY)', 'Parties', 'Signed by', 'Proposed at', 'Status changed at']);
      expect(ws.actualRowCount).toBe(1 + 4);
      const statuses = [2, 3, 4, 5].map((n) => values(n)[4]).sort();
      expect(statuses).toEqual(['Proposed', 'Signed', 'Signed', 'Superseded']);

      const needs = await download('/api/console/exports/listings', { expoId, format: 'xlsx', kind: 'need' });
      const wb2 = new ExcelJS.Workbook();
      await wb2.xlsx.load(needs.raw as unknown as ArrayBuffer);
      expect(wb2.worksheets[0].actualRowCount).toBe(1 + 2500);
      const audit = await t.ds.query(`SELECT details FROM audit_log WHERE action = 'export.download' AND details->>'format' = 'xlsx' ORDER BY created_at`);
      expect(audit.map((a: { details: { entity: string; rows: number } }) => [a.details.entity, a.details.rows])).toEqual([
        ['intents', 4],
        ['listings', 2500],
      ]);
    });
  });

  it('previews the total and the first 20 rows as objects with labelled columns', async () => {
    const res = await t.get<ExportPreviewDto>('/api/console/exports/listings/preview', { token: organizer.accessToken, query: { expoId, kind: 'need' }, lang: 'en' });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2500);
    expect(res.body.rows).toHaveLength(20);
    expect(res.body.columns[0]).toEqual({ key: 'id', label: 'ID' });
    expect(res.body.rows[0]).toMatchObject({ kind: 'Need', title: '助老需求 2500', organization: '锦江区乐邻社工中心', orgType: 'Social organisation' });
  });

  it('computes 成果统计 totals and breakdowns exactly', async () => {
    const res = await t.get<ExpoResultsDto>(`/api/console/expos/${expoId}/results`, { token: organizer.accessToken });
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r.expo).toMatchObject({ id: expoId, name: '洽谈汇 reports-2026' });
    expect(r.totals).toEqual({
      booths: 2,
      organizations: 3,
      needs: 2500,
      offers: 13,
      contacts: 3, // social–foundation (room 1 and the direct conversation), social–company, foundation–company
      rooms: 3,
      meetings: 1,
      intentsSigned: 2,
      intendedAmount: 350_000,
    });
    const domain = (k: string) => r.byDomain.find((x) => x.key === k);
    expect(domain('elderly')).toMatchObject({ label: '老年/养老', booths: 2, needs: 2500, offers: 3, rooms: 2, intentsSigned: 2, intendedAmount: 350_000 });
    expect(domain('children')).toMatchObject({ booths: 1, needs: 0, offers: 10, rooms: 1, intentsSigned: 1, intendedAmount: 300_000 });
    const type = (k: string) => r.byOrgType.find((x) => x.key === k);
    expect(type('social_org')).toMatchObject({ booths: 1, needs: 2500, offers: 0, rooms: 2, intentsSigned: 2, intendedAmount: 350_000 });
    expect(type('foundation')).toMatchObject({ booths: 1, offers: 10, rooms: 2, intentsSigned: 1, intendedAmount: 300_000 });
    expect(type('company')).toMatchObject({ booths: 0, offers: 3, rooms: 2, intentsSigned: 1, intendedAmount: 50_000 });
    expect(r.byDistrict.map((d) => [d.key, d.label, d.rooms, d.intendedAmount])).toEqual([
      ['510104', '四川省成都市锦江区', 3, 350_000],
      ['510105', '四川省成都市青羊区', 2, 50_000],
    ]);
  });
});
