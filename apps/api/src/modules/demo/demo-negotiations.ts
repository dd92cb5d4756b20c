import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { IntentTerms } from '@yiqia/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { normalizeTerms, termsSha256 } from '../intents/intent-terms.js';
import { DEMO_ACCOUNTS, DEMO_EXPO_SLUG } from './demo-content.js';

const log = new Logger('DemoData');

const NAMESPACE = Buffer.from('5b0e7c1a9d3f4e2b8a6c0d1e2f3a4b5c', 'hex');

/** UUID (v5 layout) derived from a stable key, so a second start finds the same rows. */
export function demoNegotiationId(key: string): string {
  const h = createHash('sha1').update(NAMESPACE).update(key, 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** The first demo room: present means the demo negotiations were seeded (they are written in one transaction). */
export const DEMO_NEGOTIATIONS_MARKER = demoNegotiationId('room-00');

export const DEMO_DIRECT_ROOMS = 28;
export const DEMO_NEGOTIATION_ROOMS = 12;
/** Signed intents' amounts (元): 10 intents, 293 万元 in all. */
export const DEMO_SIGNED_AMOUNTS = [380_000, 250_000, 520_000, 150_000, 300_000, 180_000, 460_000, 220_000, 350_000, 120_000];
export const DEMO_PROPOSED_INTENTS = 3;
export const DEMO_MEETINGS = 12;

export interface DemoNegotiationsSeedResult {
  seeded: boolean;
  rooms: number;
  messages: number;
  signedIntents: number;
  proposedIntents: number;
  meetings: number;
  ms: number;
}

interface Candidate {
  id: string;
  title: string;
  kind: 'need' | 'offer';
  org_id: string;
  org_name: string;
  org_type: string;
  admin_id: string;
  admin_name: string;
  booth_id: string | null;
}

interface Party {
  orgId: string;
  orgName: string;
  userId: string;
  role: string;
  listing: Candidate;
}

/** Deterministic pseudo-random numbers (mulberry32): the same conversations on every fresh demo. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The fair's vocabulary: 需求对接, 项目预算, 执行方案, 走访, 签约 …
const OPENERS = [
  '您好，在展会上看到贵单位发布的「{title}」，想和您做个需求对接。',
  '您好！我们对「{title}」很感兴趣，方便聊聊具体需求吗？',
  '老师好，我们是在公益洽谈汇上看到「{title}」的，想了解一下服务对象和覆盖范围。',
  '您好，贵单位的「{title}」和我们正在做的项目方向很契合，想约个时间沟通。',
];
const REPLIES = [
  '您好，欢迎！目前主要覆盖三个社区，服务对象以独居老人和困境儿童为主。',
  '感谢关注，我们这边的需求比较明确，就是缺专业的执行团队。',
  '可以的，方便的话先发一份机构介绍和过往案例给我们看看。',
  '好的，我们先内部碰一下，明天给您回复。',
  '这个方向我们去年也做过试点，效果还不错，今年想扩大规模。',
];
const MIDDLE = [
  '项目预算大概在多少？我们这边需要先报给理事会。',
  '预算初步按 30 万左右考虑，可以分两期拨付。',
  '执行方案我们下周一前整理出来，包括时间表和人员安排。',
  '方便的话这周四安排一次实地走访？',
  '周四下午可以，我们社工站的同事也一起。',
  '走访记录已经整理好了，附件稍后上传。',
  '志愿者这边可以动员 20 人左右，需要提前做一次培训。',
  '场地由街道协调，不产生费用。',
  '评估指标建议加上服务人次和满意度两项。',
  '我们的财务要求按季度提交项目进展和票据。',
  '这个没问题，我们有专人负责项目财务。',
  '执行方案第二版已经按大家的意见修改了，请查收。',
  '服务周期建议定为一年，中期做一次评估。',
  '社区那边已经摸排了一轮需求，名单在整理中。',
  '我们这边的物资可以在下个月初到位。',
  '宣传部分我们可以协助，公众号和社区海报都能用。',
  '收到，我跟领导汇报一下，尽快给您答复。',
  '项目书里的受益人数建议写保守一点。',
  '好的，那就按这个思路推进。',
  '能否把预算明细细化到每一项活动？',
];
const CLOSERS_SIGNING = ['意向书条款我们这边没有问题了，可以签约。', '条款已确认，请各方签署。', '太好了，期待合作！签约后我们尽快启动。'];
const CLOSERS_OPEN = ['好的，我们回去再商量一下，有进展随时联系。', '收到，下周再约时间细谈。', '我们先把执行方案细化，再来对接。', '谢谢，保持沟通！'];
const SPAM = '【推广】专业代写项目申报书、包过评审，价格优惠，加微信详询！';
const MEETING_TOPICS = ['项目需求对接', '执行方案讨论', '项目预算沟通', '实地走访安排', '签约前最后确认', '合作细节洽谈'];

/**
 * Demo conversations for the demo fair, so the organizer console is not empty on a fresh demo:
 * about 40 rooms between demo organisations about their listings (direct conversations and three-party
 * negotiation rooms need × funder × implementer), their messages (gap-free seq, rooms.last_seq and
 * last_message_at set as the message writer does), read markers, signed and proposed 合作意向书 (terms
 * normalised and hashed as the intents module does, signed by every party, room status 'signed'),
 * meeting requests (pending, accepted for today/tomorrow, one declined) and one participant's report.
 *
 * Once: every row has a fixed UUID and everything is written in one transaction; when the first room
 * exists, nothing happens. The organisations of the named demo accounts (exhibitor@, foundation@) are
 * never involved: the browser journeys expect them to start with no conversations.
 *
 * Listings of signed rooms keep their status: the intents module marks them 'matched' when the last
 * party signs, which would also need a search-index update; the demo keeps them open (and findable).
 */
export async function seedDemoNegotiations(ds: DataSource, now = new Date()): Promise<DemoNegotiationsSeedResult> {
  const t0 = performance.now();
  const empty = (seeded: boolean): DemoNegotiationsSeedResult => ({
    seeded,
    rooms: 0,
    messages: 0,
    signedIntents: 0,
    proposedIntents: 0,
    meetings: 0,
    ms: Math.round(performance.now() - t0),
  });
  const [marker] = await ds.query(`SELECT 1 FROM rooms WHERE id = $1`, [DEMO_NEGOTIATIONS_MARKER]);
  if (marker) return empty(false);
  const [expo]: { id: string }[] = await ds.query(`SELECT id FROM expos WHERE slug = $1`, [DEMO_EXPO_SLUG]);
  if (!expo) return empty(false);

  const named = DEMO_ACCOUNTS.map((a) => a.email);
  const candidates: Candidate[] = await ds.query(
    `SELECT l.id, l.title, l.kind, o.id AS org_id, o.name AS org_name, o.type AS org_type, a.id AS admin_id, a.display_name AS admin_name,
            b.id AS booth_id
       FROM listings l
       JOIN organizations o ON o.id = l.organization_id
       JOIN LATERAL (SELECT u.id, u.display_name FROM users u WHERE u.organization_id = o.id AND u.org_role = 'admin' ORDER BY u.created_at, u.id LIMIT 1) a ON true
       LEFT JOIN booths b ON b.organization_id = o.id AND b.expo_id = $1 AND b.status = 'approved'
      WHERE l.expo_id = $1 AND l.deleted_at IS NULL AND l.status = 'open'
        AND NOT EXISTS (SELECT 1 FROM users n WHERE n.organization_id = o.id AND n.email = ANY($2::text[]))
      ORDER BY l.id`,
    [expo.id, named],
  );

  // Each organisation in one room at most: the pairs are distinct (direct_key is unique) and many organisations take part.
  const used = new Set<string>();
  const take = (pred: (c: Candidate) => boolean): Candidate | null => {
    const c = candidates.find((x) => !used.has(x.org_id) && pred(x));
    if (c) used.add(c.org_id);
    return c ?? null;
  };
  const party = (c: Candidate, role: string): Party => ({ orgId: c.org_id, orgName: c.org_name, userId: c.admin_id, role, listing: c });

  const plans: { key: string; kind: 'direct' | 'negotiation'; parties: Party[] }[] = [];
  for (let i = 0; i < DEMO_NEGOTIATION_ROOMS; i++) {
    const need = take((c) => c.kind === 'need');
    const funder = take((c) => c.kind === 'offer' && (c.org_type === 'foundation' || c.org_type === 'company')) ?? take((c) => c.kind === 'offer');
    const doer = take((c) => c.kind === 'offer' && c.org_type === 'social_org') ?? take((c) => c.kind === 'offer');
    if (!need || !funder || !doer) break;
    plans.push({ key: `room-${String(plans.length).padStart(2, '0')}`, kind: 'negotiation', parties: [party(need, '需求方'), party(funder, '资助方'), party(doer, '执行方')] });
  }
  for (let i = 0; i < DEMO_DIRECT_ROOMS; i++) {
    const need = take((c) => c.kind === 'need');
    const offer = take((c) => c.kind === 'offer');
    if (!need || !offer) break;
    // Mostly the offering side contacts the need, sometimes the other way round.
    const ps = [party(offer, '提供方'), party(need, '需求方')];
    plans.push({ key: `room-${String(plans.length).padStart(2, '0')}`, kind: 'direct', parties: i % 3 === 2 ? ps.reverse() : ps });
  }
  if (plans.length === 0) return empty(false);

  const rand = rng(20261124);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const minute = 60_000;
  const nowMs = now.getTime();

  // Which rooms get which intent: signed in 7 negotiation + 3 direct rooms, proposed in 2 + 1, the rest none.
  const negotiation = plans.filter((p) => p.kind === 'negotiation').map((p) => p.key);
  const direct = plans.filter((p) => p.kind === 'direct').map((p) => p.key);
  const signedKeys = [...negotiation.slice(0, 7), ...direct.slice(0, 3)];
  const proposedKeys = [...negotiation.slice(7, 9), ...direct.slice(3, 4)];
  const reportedKey = direct[5];

  const rooms: unknown[][] = [];
  const parties: unknown[][] = [];
  const roomListings: unknown[][] = [];
  const messages: unknown[][] = [];
  const reads: unknown[][] = [];
  const versions: unknown[][] = [];
  const signatures: unknown[][] = [];
  let spamMessageId: string | null = null;

  plans.forEach((plan, idx) => {
    const roomId = demoNegotiationId(plan.key);
    const [creator, ...invited] = plan.parties;
    // Started 1–10 days ago; the room's conversation fits before "now" (the last one some minutes ago).
    const startMs = nowMs - Math.round((1 + ((idx * 37) % 90) / 10) * 24 * 60 * minute) - Math.round(rand() * 60) * minute;
    const endMs = nowMs - (5 + idx * 3) * minute;
    let seq = 0;
    let at = startMs;
    const msgs: { seq: number; party: Party | null; type: 'text' | 'system'; body: string; event: object | null; at: number }[] = [];
    const step = (span: number) => {
      at = Math.min(at + Math.round(span * (0.5 + rand())), endMs);
      return at;
    };
    const add = (p: Party | null, body: string, event: object | null = null, sender: Party | null = p) => {
      seq += 1;
      msgs.push({ seq, party: sender, type: event ? 'system' : 'text', body, event, at });
    };
    const signed = signedKeys.includes(plan.key);
    const proposed = proposedKeys.includes(plan.key);
    const gap = (endMs - startMs) / 14;

    if (plan.kind === 'negotiation') {
      const names = invited.map((p) => p.orgName).join('、');
      add(creator, `${creator.orgName} 创建了洽谈室，邀请了 ${names}`, { kind: 'room_created', params: { orgName: creator.orgName, invited: names } });
    }
    const target = plan.parties.find((p) => p.role === '需求方')?.listing ?? creator.listing;
    add(creator, pick(OPENERS).replace('{title}', target.title));
    const turns = 3 + Math.floor(rand() * 7);
    for (let k = 0; k < turns; k++) {
      step(gap);
      const p = plan.parties[(k + 1) % plan.parties.length];
      add(p, k === 0 ? pick(REPLIES) : pick(MIDDLE));
    }
    if (plan.key === reportedKey) {
      step(gap);
      add(plan.parties[1], SPAM);
      spamMessageId = demoNegotiationId(`${plan.key}-msg-${seq}`);
      step(gap / 3);
      add(plan.parties[0], '请不要在洽谈中发推广信息，我们已向组织者反映。');
    }
    if (signed || proposed) {
      const n = signedKeys.indexOf(plan.key);
      const amount = signed ? DEMO_SIGNED_AMOUNTS[n] : [200_000, 150_000, 80_000][proposedKeys.indexOf(plan.key)];
      const proposer = plan.parties[plan.parties.length > 2 ? 1 : 0];
      step(gap);
      add(proposer, `执行方案和项目预算已经写进意向书了，请各位过目。`);
      step(gap / 2);
      const startsOn = new Date(nowMs + 14 * 24 * 60 * minute).toISOString().slice(0, 10);
      const endsOn = new Date(nowMs + 379 * 24 * 60 * minute).toISOString().slice(0, 10);
      const terms: IntentTerms = normalizeTerms({
        title: `「${target.title}」合作意向书`.slice(0, 100),
        parties: plan.parties.map((p) => ({
          organizationId: p.orgId,
          role: p.role,
          commitments:
            p.role === '需求方' ? '提供服务对象名单与场地协调，配合走访与评估' : p.role === '资助方' ? '按季度拨付项目资金，参与中期评估' : '制定并落实执行方案，按季度提交项目进展与票据',
        })),
        fundingAmount: amount,
        volunteers: 10 + (idx % 4) * 5,
        venue: '成都市相关社区党群服务中心',
        startsOn,
        endsOn,
        deliverables: '项目执行方案、季度进展报告、中期与结项评估报告',
      });
      versions.push([roomId, 1, JSON.stringify(terms), termsSha256(terms), signed ? 'signed' : 'proposed', proposer.userId, proposer.orgId, proposer.listing.admin_name, new Date(at), null]);
      add(proposer, `${proposer.orgName} 提出了合作意向书第 1 版`, { kind: 'intent_proposed', params: { version: 1, orgName: proposer.orgName } });
      const signers = signed ? plan.parties : plan.parties.slice(0, 1);
      signers.forEach((p, i) => {
        step(gap / 2);
        signatures.push([roomId, 1, p.orgId, p.userId, p.listing.admin_name, new Date(at)]);
        const last = signed && i === signers.length - 1;
        if (last) {
          add(p, `各方已签署合作意向书第 1 版，意向已签约`, { kind: 'intent_fully_signed', params: { version: 1, orgName: p.orgName } });
          (versions[versions.length - 1] as unknown[])[9] = new Date(at);
        } else add(p, `${p.orgName} 签署了合作意向书第 1 版`, { kind: 'intent_signed', params: { version: 1, orgName: p.orgName } });
      });
      if (signed) {
        step(gap / 2);
        add(plan.parties[0], pick(CLOSERS_SIGNING));
      }
    } else {
      step(gap);
      add(plan.parties[turns % plan.parties.length], pick(CLOSERS_OPEN));
    }

    const last = msgs[msgs.length - 1];
    const directKey = plan.kind === 'direct' ? plan.parties.map((p) => p.orgId).sort().join(':') : null;
    const title =
      plan.kind === 'negotiation' ? `关于「${target.title}」的洽谈`.slice(0, 80) : plan.parties.map((p) => p.orgName).join(' × ').slice(0, 80);
    rooms.push([roomId, plan.kind, title, signed ? 'signed' : 'open', expo.id, creator.userId, creator.orgId, directKey, seq, new Date(last.at), new Date(startMs), new Date(last.at)]);
    for (const p of plan.parties) {
      parties.push([roomId, p.orgId, plan.kind === 'negotiation' || signed || proposed ? p.role : null, p === creator ? null : creator.userId, new Date(startMs)]);
      roomListings.push([roomId, p.listing.id]);
      // Read up to their own last message; every third room has unread messages for the other side.
      const own = Math.max(0, ...msgs.filter((m) => m.party === p).map((m) => m.seq));
      reads.push([roomId, p.userId, idx % 3 === 0 ? own : seq, new Date(last.at)]);
    }
    for (const m of msgs) {
      messages.push([
        demoNegotiationId(`${plan.key}-msg-${m.seq}`),
        roomId,
        m.seq,
        demoNegotiationId(`${plan.key}-cid-${m.seq}`),
        m.party?.userId ?? null,
        m.party?.orgId ?? null,
        m.type,
        m.body,
        m.event ? JSON.stringify(m.event) : null,
        new Date(m.at),
      ]);
    }
  });

  // Meeting requests between parties of the rooms: 5 pending (sent hours ago), 6 accepted for today/tomorrow, 1 declined.
  const meetings: unknown[][] = [];
  const hour = 60 * minute;
  const today = new Date(now);
  today.setUTCMinutes(0, 0, 0);
  for (let i = 0; i < Math.min(DEMO_MEETINGS, plans.length); i++) {
    const plan = plans[(i * 3) % plans.length];
    const [from, to] = [plan.parties[0], plan.parties[1]];
    const status = i < 5 ? 'pending' : i < 11 ? 'accepted' : 'declined';
    const base = today.getTime() + (i < 5 ? 24 + i * 2 : i < 8 ? 2 + i : 20 + i) * hour;
    const slots = [0, 1, 2].slice(0, 1 + (i % 3)).map((k) => ({
      startsAt: new Date(base + k * 3 * hour).toISOString(),
      endsAt: new Date(base + k * 3 * hour + hour).toISOString(),
    }));
    const created = new Date(nowMs - (i < 5 ? 2 + i * 3 : 20 + i * 2) * hour);
    const answered = status === 'pending' ? null : new Date(created.getTime() + 3 * hour);
    meetings.push([
      demoNegotiationId(`meeting-${i}`),
      expo.id,
      from.orgId,
      from.userId,
      from.listing.admin_name,
      to.orgId,
      to.listing.booth_id,
      to.listing.id,
      MEETING_TOPICS[i % MEETING_TOPICS.length],
      i % 2 === 0 ? '想当面聊聊执行方案和项目预算，线上线下都可以。' : null,
      JSON.stringify(slots),
      status,
      status === 'accepted' ? 0 : null,
      status === 'accepted' ? slots[0].startsAt : null,
      status === 'accepted' ? slots[0].endsAt : null,
      status === 'declined' ? '该时段已有走访安排，改天再约' : null,
      answered ? to.userId : null,
      answered,
      created,
      answered ?? created,
    ]);
  }

  const reported = plans.find((p) => p.key === reportedKey);
  await ds.transaction(async (m) => {
    await insertRows(m, 'rooms', ['id', 'kind', 'title', 'status', 'expo_id', 'created_by', 'created_by_org', 'direct_key', 'last_seq', 'last_message_at', 'created_at', 'updated_at'], rooms);
    await insertRows(m, 'room_parties', ['room_id', 'org_id', 'role', 'invited_by', 'joined_at'], parties);
    await insertRows(m, 'room_listings', ['room_id', 'listing_id'], roomListings);
    await insertRows(m, 'messages', ['id', 'room_id', 'seq', 'client_id', 'sender_user_id', 'sender_org_id', 'type', 'body', 'system_event', 'created_at'], messages);
    await insertRows(m, 'room_reads', ['room_id', 'user_id', 'read_seq', 'updated_at'], reads);
    await insertRows(m, 'intent_versions', ['room_id', 'version', 'terms', 'terms_sha256', 'status', 'proposed_by_user_id', 'proposed_by_org_id', 'proposed_by_name', 'created_at', 'status_changed_at'], versions);
    await insertRows(m, 'intent_signatures', ['room_id', 'version', 'org_id', 'user_id', 'signer_name', 'signed_at'], signatures);
    await insertRows(m, 'meeting_requests', ['id', 'expo_id', 'requester_org_id', 'requester_user_id', 'requester_name', 'invitee_org_id', 'booth_id', 'listing_id', 'topic', 'note', 'slots', 'status', 'accepted_slot_index', 'accepted_starts_at', 'accepted_ends_at', 'decline_reason', 'answered_by', 'answered_at', 'created_at', 'updated_at'], meetings);
    if (reported && spamMessageId) {
      const reporter = reported.parties[0];
      await insertRows(m, 'room_reports', ['id', 'room_id', 'reporter_user_id', 'reporter_org_id', 'reporter_name', 'reporter_org_name', 'reason', 'message_id', 'created_at'], [
        [demoNegotiationId('report-0'), demoNegotiationId(reported.key), reporter.userId, reporter.orgId, reporter.listing.admin_name, reporter.orgName, '对方在洽谈中发送与项目无关的推广广告', spamMessageId, new Date(nowMs - 4 * minute)],
      ]);
    }
  });
  const result: DemoNegotiationsSeedResult = {
    seeded: true,
    rooms: rooms.length,
    messages: messages.length,
    signedIntents: signedKeys.length,
    proposedIntents: proposedKeys.length,
    meetings: meetings.length,
    ms: Math.round(performance.now() - t0),
  };
  log.log(`demo negotiations: ${result.rooms} rooms, ${result.messages} messages, ${result.signedIntents} signed intents, ${result.meetings} meeting requests in ${result.ms} ms`);
  return result;
}

/** One multi-row INSERT … ON CONFLICT DO NOTHING (a few hundred rows: well under the parameter limit). */
async function insertRows(m: EntityManager, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const params: unknown[] = [];
  const values = rows.map((r) => `(${r.map((v) => `$${params.push(v)}`).join(', ')})`);
  await m.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')} ON CONFLICT DO NOTHING`, params);
}
