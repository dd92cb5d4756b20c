import type { AuthResponse, ExpoResultsDto, IntentDto, RoomDto } from '@yiqia/contracts';
import { PasswordService } from '../src/modules/auth/password.service.js';
import { DEMO_ACCOUNTS, DEMO_EXPO_SLUG } from '../src/modules/demo/demo-content.js';
import {
  DEMO_MEETINGS,
  DEMO_NEGOTIATIONS_MARKER,
  DEMO_PROPOSED_INTENTS,
  DEMO_SIGNED_AMOUNTS,
  seedDemoNegotiations,
} from '../src/modules/demo/demo-negotiations.js';
import { termsSha256 } from '../src/modules/intents/intent-terms.js';
import { seedDemoData } from '../src/modules/demo/demo-seeder.js';
import { TestApp } from './support/test-app.js';

/** The demo conversations on a real database: seeded with the demo fair, once, consistent with the rooms and intents modules. */
describe('demo negotiations', () => {
  let t: TestApp;
  let expoId: string;
  const n = async (sql: string, params: unknown[] = []) => Number((await t.ds.query(sql, params))[0].n);
  const totals = async () => ({
    rooms: await n(`SELECT count(*) AS n FROM rooms`),
    messages: await n(`SELECT count(*) AS n FROM messages`),
    intents: await n(`SELECT count(*) AS n FROM intent_versions`),
    signatures: await n(`SELECT count(*) AS n FROM intent_signatures`),
    meetings: await n(`SELECT count(*) AS n FROM meeting_requests`),
    reports: await n(`SELECT count(*) AS n FROM room_reports`),
  });

  // The whole demo fair is the heaviest fixture of the suite: a generous hook timeout against a hang.
  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoData(t.ds, t.config);
    [{ id: expoId }] = await t.ds.query(`SELECT id FROM expos WHERE slug = $1`, [DEMO_EXPO_SLUG]);
  }, 180_000);
  afterAll(() => t.stop());

  it('seeds about 40 rooms with messages, intents, meetings and a report, and nothing more on later starts', async () => {
    const first = await totals();
    expect(first.rooms).toBe(40);
    expect(await n(`SELECT count(*) AS n FROM rooms WHERE kind = 'negotiation'`)).toBe(12);
    expect(await n(`SELECT count(*) AS n FROM rooms WHERE expo_id = $1`, [expoId])).toBe(40);
    expect(first.messages).toBeGreaterThan(200);
    expect(await n(`SELECT count(*) AS n FROM intent_versions WHERE status = 'signed'`)).toBe(DEMO_SIGNED_AMOUNTS.length);
    expect(await n(`SELECT count(*) AS n FROM intent_versions WHERE status = 'proposed'`)).toBe(DEMO_PROPOSED_INTENTS);
    expect(await n(`SELECT count(*) AS n FROM rooms WHERE status = 'signed'`)).toBe(DEMO_SIGNED_AMOUNTS.length);
    expect(first.meetings).toBe(DEMO_MEETINGS);
    expect(await n(`SELECT count(*) AS n FROM meeting_requests WHERE status = 'pending'`)).toBeGreaterThan(0);
    expect(await n(`SELECT count(*) AS n FROM meeting_requests WHERE status = 'accepted'`)).toBeGreaterThan(0);
    expect(first.reports).toBe(1);
    // Timestamps within the last 10 days, none in the future.
    expect(await n(`SELECT count(*) AS n FROM messages WHERE created_at > now() OR created_at < now() - interval '11 days'`)).toBe(0);

    expect((await seedDemoNegotiations(t.ds)).seeded).toBe(false);
    await seedDemoData(t.ds, t.config);
    expect(await totals()).toEqual(first);
  });

  it('keeps seq gap-free per room, with last_seq and last_message_at as the message writer sets them', async () => {
    const bad = await t.ds.query(
      `SELECT r.id FROM rooms r JOIN messages m ON m.room_id = r.id
        GROUP BY r.id, r.last_seq, r.last_message_at
       HAVING min(m.seq) <> 1 OR max(m.seq) <> count(*) OR max(m.seq) <> r.last_seq OR max(m.created_at) <> r.last_message_at
           OR bool_or(m.created_at < r.created_at)`,
    );
    expect(bad).toEqual([]);
    // Messages in seq order are in time order too.
    expect(await n(`SELECT count(*) AS n FROM messages a JOIN messages b ON b.room_id = a.room_id AND b.seq = a.seq + 1 WHERE b.created_at < a.created_at`)).toBe(0);
    // Every sender is a party of its room; every room links a listing of each party.
    expect(await n(`SELECT count(*) AS n FROM messages m WHERE NOT EXISTS (SELECT 1 FROM room_parties p WHERE p.room_id = m.room_id AND p.org_id = m.sender_org_id)`)).toBe(0);
    expect(
      await n(`SELECT count(*) AS n FROM room_parties p WHERE NOT EXISTS (
                 SELECT 1 FROM room_listings rl JOIN listings l ON l.id = rl.listing_id WHERE rl.room_id = p.room_id AND l.organization_id = p.org_id)`),
    ).toBe(0);
  });

  it('leaves the named demo accounts without conversations, meetings or touched listings', async () => {
    const emails = DEMO_ACCOUNTS.map((a) => a.email);
    const orgs = `(SELECT organization_id FROM users WHERE email = ANY($1::text[]))`;
    expect(await n(`SELECT count(*) AS n FROM room_parties WHERE org_id IN ${orgs}`, [emails])).toBe(0);
    expect(await n(`SELECT count(*) AS n FROM meeting_requests WHERE requester_org_id IN ${orgs} OR invitee_org_id IN ${orgs}`, [emails])).toBe(0);
    expect(await n(`SELECT count(*) AS n FROM room_listings rl JOIN listings l ON l.id = rl.listing_id WHERE l.organization_id IN ${orgs}`, [emails])).toBe(0);
  });

  it('stores signed intents as the intents module does: every party signed, hash of the terms; the results add up their amounts', async () => {
    const versions: { room_id: string; terms: never; terms_sha256: string; parties: number; signed: number }[] = await t.ds.query(
      `SELECT v.room_id, v.terms, v.terms_sha256,
              (SELECT count(*)::int FROM room_parties p WHERE p.room_id = v.room_id) AS parties,
              (SELECT count(*)::int FROM intent_signatures s WHERE s.room_id = v.room_id AND s.version = v.version) AS signed
         FROM intent_versions v WHERE v.status = 'signed'`,
    );
    for (const v of versions) {
      expect(v.terms_sha256).toBe(termsSha256(v.terms));
      expect(v.signed).toBe(v.parties);
    }
    const organizer = await t.loginOrganizer();
    const res = await t.get<ExpoResultsDto>(`/api/console/expos/${expoId}/results`, { token: organizer.accessToken });
    expect(res.status).toBe(200);
    const sum = DEMO_SIGNED_AMOUNTS.reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThanOrEqual(2_000_000);
    expect(sum).toBeLessThanOrEqual(4_000_000);
    expect(res.body.totals.intentsSigned).toBe(DEMO_SIGNED_AMOUNTS.length);
    expect(res.body.totals.intendedAmount).toBe(sum);
    expect(res.body.totals.rooms).toBe(12);
    expect(res.body.totals.meetings).toBe(await n(`SELECT count(*) AS n FROM meeting_requests WHERE status = 'accepted'`));
  });

  it('lets a party load its room, messages and signed intent over the API', async () => {
    const [room]: { id: string; user_id: string; email: string; last_seq: number }[] = await t.ds.query(
      `SELECT r.id, u.id AS user_id, u.email, r.last_seq FROM rooms r JOIN room_parties p ON p.room_id = r.id
         JOIN users u ON u.organization_id = p.org_id AND u.org_role = 'admin'
        WHERE r.status = 'signed' AND r.kind = 'negotiation' ORDER BY r.id, u.email LIMIT 1`,
    );
    await t.ds.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [room.user_id, await new PasswordService().hash('DemoParty2026')]);
    const login = await t.post<AuthResponse>('/api/auth/login', { email: room.email, password: 'DemoParty2026' });
    expect(login.status).toBe(200);
    const token = login.body.accessToken;

    const got = await t.get<RoomDto>(`/api/rooms/${room.id}`, { token });
    expect(got.status).toBe(200);
    expect(got.body.lastSeq).toBe(room.last_seq);
    expect(got.body.status).toBe('signed');
    expect(got.body.parties).toHaveLength(3);
    const list = await t.get<{ items: RoomDto[] }>(`/api/rooms`, { token });
    expect(list.status).toBe(200);
    expect(list.body.items.map((r) => r.id)).toContain(room.id);
    const history = await t.get<{ seq: number }[]>(`/api/rooms/${room.id}/messages`, { token });
    expect(history.status).toBe(200);
    expect(history.body.map((m) => m.seq)).toContain(room.last_seq);
    const intent = await t.get<IntentDto>(`/api/rooms/${room.id}/intent`, { token });
    expect(intent.status).toBe(200);
    expect(intent.body.signedVersion).toBe(1);
    expect(intent.body.versions[0].signatures).toHaveLength(3);
    const doc = await t.get(`/api/rooms/${room.id}/intent/versions/1/document`, { token });
    expect(doc.status).toBe(200);

    // The organizer's monitor shows the reported room with its open report.
    const organizer = await t.loginOrganizer();
    const reported = await t.get<{ items: { id: string }[] }>(`/api/console/rooms`, { token: organizer.accessToken, query: { expoId, reported: 'true' } });
    expect(reported.status).toBe(200);
    expect(reported.body.items).toHaveLength(1);
    expect(await n(`SELECT count(*) AS n FROM rooms WHERE id = $1`, [DEMO_NEGOTIATIONS_MARKER])).toBe(1);
  });
});
