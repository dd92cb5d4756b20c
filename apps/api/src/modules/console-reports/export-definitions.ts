import type { z } from 'zod';
import type { ExportEntity, exportQuery } from '@yiqia/contracts';
import {
  LISTING_KIND_LABELS,
  LISTING_STATUS_LABELS,
  ORG_TYPES,
  ORG_TYPE_LABELS,
  type I18nLabel,
  type Lang,
  SERVICE_DOMAINS,
  SERVICE_DOMAIN_LABELS,
  pickLabel,
} from '@yiqia/domain';
import { regionFullName, regionLevel } from '@yiqia/domain/regions';
import { badRequest } from '../../common/api.exception.js';

export type ExportFilters = z.output<typeof exportQuery>;
export type Cell = string | number | null;
type Row = Record<string, unknown>;

interface Column {
  key: string;
  label: I18nLabel;
  /** From the SQL row to the cell (labels in the caller's language). */
  value: (r: Row, lang: Lang) => Cell;
}

export interface ExportDefinition {
  /** Allowed `status` values. */
  statuses: readonly string[];
  /** Whether `kind` applies (listings only). */
  kind: boolean;
  columns: Column[];
  /** FROM … WHERE (expo and filters), with the parameters; `$1` is the expo id. */
  from(f: ExportFilters, params: unknown[]): string;
  /** The SELECT list (aliases read by `columns`). */
  select: string;
  /** A total order, so the cursor and the preview agree. */
  orderBy: string;
}

const STATUS_LABELS: Record<string, I18nLabel> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待审核', en: 'Submitted' },
  approved: { zh: '已通过', en: 'Approved' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  open: { zh: '进行中', en: 'Open' },
  signed: { zh: '已签约', en: 'Signed' },
  closed: { zh: '已关闭', en: 'Closed' },
  pending: { zh: '待答复', en: 'Pending' },
  accepted: { zh: '已接受', en: 'Accepted' },
  declined: { zh: '已婉拒', en: 'Declined' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  proposed: { zh: '待签署', en: 'Proposed' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  superseded: { zh: '已被新版本取代', en: 'Superseded' },
  matched: LISTING_STATUS_LABELS.matched,
};

const text = (key: string): Column['value'] => (r) => (r[key] === null || r[key] === undefined ? null : String(r[key]));
const num = (key: string): Column['value'] => (r) => (r[key] === null || r[key] === undefined ? null : Number(r[key]));
const time = (key: string): Column['value'] => (r) => (r[key] ? new Date(r[key] as string).toISOString() : null);
const status: Column['value'] = (r, lang) => (STATUS_LABELS[r['status'] as string] ? pickLabel(STATUS_LABELS[r['status'] as string], lang) : String(r['status']));
const orgType: Column['value'] = (r, lang) => (r['org_type'] ? pickLabel(ORG_TYPE_LABELS[r['org_type'] as keyof typeof ORG_TYPE_LABELS], lang) : null);
const domains: Column['value'] = (r, lang) =>
  ((r['domains'] as string[] | null) ?? []).map((d) => (d in SERVICE_DOMAIN_LABELS ? pickLabel(SERVICE_DOMAIN_LABELS[d as keyof typeof SERVICE_DOMAIN_LABELS], lang) : d)).join(lang === 'zh' ? '、' : ', ');
const region: Column['value'] = (r) => {
  const code = r['region_code'] as string | null;
  if (!code) return null;
  try {
    return regionFullName(code);
  } catch {
    return code;
  }
};

const L = (zh: string, en: string): I18nLabel => ({ zh, en });

/** `o` is the organisation the row belongs to. */
function orgFilters(f: ExportFilters, params: unknown[], alias = 'o'): string[] {
  const where: string[] = [];
  if (f.orgType) where.push(`${alias}.type = $${params.push(f.orgType)}`);
  if (f.region) where.push(`${alias}.region_code LIKE $${params.push(regionPrefix(f.region) + '%')}`);
  return where;
}

function timeFilters(f: ExportFilters, params: unknown[], column: string): string[] {
  const where: string[] = [];
  if (f.from) where.push(`${column} >= $${params.push(f.from)}::timestamptz`);
  if (f.to) where.push(`${column} < $${params.push(f.to)}::timestamptz`);
  return where;
}

/** ILIKE with % and _ taken literally. */
export function likeParam(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A GB/T 2260 code at any level → the prefix its descendants share (510000 → 51, 510100 → 5101, 510104 → 510104). */
export function regionPrefix(code: string): string {
  const level = regionLevel(code);
  if (level === 'province') return code.slice(0, 2);
  if (level === 'city') return code.slice(0, 4);
  return code;
}

/** Party organisations of a room matching the org filters (rooms, intents). */
function partyFilter(f: ExportFilters, params: unknown[], roomCol: string): string[] {
  const inner = orgFilters(f, params, 'po');
  return inner.length ? [`EXISTS (SELECT 1 FROM room_parties pp JOIN organizations po ON po.id = pp.org_id WHERE pp.room_id = ${roomCol} AND ${inner.join(' AND ')})`] : [];
}

function roomDomainFilter(f: ExportFilters, params: unknown[], roomCol: string): string[] {
  return f.domain
    ? [`EXISTS (SELECT 1 FROM room_listings dl JOIN listings dli ON dli.id = dl.listing_id WHERE dl.room_id = ${roomCol} AND $${params.push(f.domain)} = ANY(dli.domains))`]
    : [];
}

const partiesOf = (roomCol: string) => `(SELECT string_agg(po2.name, '、' ORDER BY pp2.joined_at, po2.name) FROM room_parties pp2 JOIN organizations po2 ON po2.id = pp2.org_id WHERE pp2.room_id = ${roomCol}) AS parties`;

export const EXPORTS: Record<ExportEntity, ExportDefinition> = {
  booths: {
    statuses: ['draft', 'submitted', 'approved', 'rejected'],
    kind: false,
    columns: [
      { key: 'id', label: L('展位编号', 'Booth ID'), value: text('id') },
      { key: 'title', label: L('展位名称', 'Booth'), value: text('title') },
      { key: 'organization', label: L('机构', 'Organisation'), value: text('org_name') },
      { key: 'orgType', label: L('机构类型', 'Organisation type'), value: orgType },
      { key: 'region', label: L('地区', 'Region'), value: region },
      { key: 'status', label: L('状态', 'Status'), value: status },
      { key: 'domains', label: L('服务领域', 'Service domains'), value: domains },
      { key: 'listings', label: L('发布需求/资源数', 'Listings'), value: num('listings') },
      { key: 'visits', label: L('访问量', 'Visits'), value: num('visits') },
      { key: 'submittedAt', label: L('提交时间', 'Submitted at'), value: time('submitted_at') },
      { key: 'createdAt', label: L('创建时间', 'Created at'), value: time('created_at') },
    ],
    select: `b.id, b.title, o.name AS org_name, o.type AS org_type, o.region_code, b.status, b.domain_codes AS domains, b.submitted_at, b.created_at,
             (SELECT count(*) FROM listings bl WHERE bl.booth_id = b.id AND bl.deleted_at IS NULL)::int AS listings,
             (SELECT coalesce(sum(v.views), 0) FROM booth_visits v WHERE v.booth_id = b.id)::int AS visits`,
    from(f, params) {
      const where = ['b.expo_id = $1', ...orgFilters(f, params), ...timeFilters(f, params, 'b.created_at')];
      if (f.status) where.push(`b.status = $${params.push(f.status)}`);
      if (f.domain) where.push(`$${params.push(f.domain)} = ANY(b.domain_codes)`);
      if (f.q) where.push(`(b.title ILIKE $${params.push(likeParam(f.q))} OR o.name ILIKE $${params.length})`);
      return `booths b JOIN organizations o ON o.id = b.organization_id WHERE ${where.join(' AND ')}`;
    },
    orderBy: 'b.created_at, b.id',
  },
  listings: {
    statuses: ['open', 'matched', 'closed'],
    kind: true,
    columns: [
      { key: 'id', label: L('编号', 'ID'), value: text('id') },
      { key: 'kind', label: L('类型', 'Kind'), value: (r, lang) => pickLabel(LISTING_KIND_LABELS[r['kind'] as 'need' | 'offer'], lang) },
      { key: 'title', label: L('标题', 'Title'), value: text('title') },
      { key: 'organization', label: L('机构', 'Organisation'), value: text('org_name') },
      { key: 'orgType', label: L('机构类型', 'Organisation type'), value: orgType },
      { key: 'domains', label: L('服务领域', 'Service domains'), value: domains },
      { key: 'region', label: L('地区', 'Region'), value: region },
      { key: 'status', label: L('状态', 'Status'), value: status },
      { key: 'amountMin', label: L('金额下限（元）', 'Amount from (CNY)'), value: num('amount_min') },
      { key: 'amountMax', label: L('金额上限（元）', 'Amount to (CNY)'), value: num('amount_max') },
      { key: 'views', label: L('浏览量', 'Views'), value: num('views') },
      { key: 'rooms', label: L('洽谈数', 'Conversations'), value: num('rooms') },
      { key: 'createdAt', label: L('发布时间', 'Published at'), value: time('created_at') },
    ],
    select: `l.id, l.kind, l.title, o.name AS org_name, o.type AS org_type, l.domains, l.region_code, l.status, l.amount_min, l.amount_max, l.created_at,
             (SELECT coalesce(sum(v.views), 0) FROM listing_views v WHERE v.listing_id = l.id)::int AS views,
             (SELECT count(*) FROM room_listings rl WHERE rl.listing_id = l.id)::int AS rooms`,
    from(f, params) {
      const where = ['l.expo_id = $1', 'l.deleted_at IS NULL', ...timeFilters(f, params, 'l.created_at')];
      if (f.orgType) where.push(`o.type = $${params.push(f.orgType)}`);
      if (f.region) where.push(`l.region_code LIKE $${params.push(regionPrefix(f.region) + '%')}`);
      if (f.status) where.push(`l.status = $${params.push(f.status)}`);
      if (f.kind) where.push(`l.kind = $${params.push(f.kind)}`);
      if (f.domain) where.push(`$${params.push(f.domain)} = ANY(l.domains)`);
      if (f.q) where.push(`(l.title ILIKE $${params.push(likeParam(f.q))} OR o.name ILIKE $${params.length})`);
      return `listings l JOIN organizations o ON o.id = l.organization_id WHERE ${where.join(' AND ')}`;
    },
    orderBy: 'l.created_at, l.id',
  },
  rooms: {
    statuses: ['open', 'signed', 'closed'],
    kind: false,
    columns: [
      { key: 'id', label: L('洽谈室编号', 'Room ID'), value: text('id') },
      { key: 'kind', label: L('类型', 'Kind'), value: (r, lang) => pickLabel(r['kind'] === 'direct' ? L('对话', 'Conversation') : L('洽谈室', 'Negotiation room'), lang) },
      { key: 'title', label: L('名称', 'Title'), value: text('title') },
      { key: 'status', label: L('状态', 'Status'), value: status },
      { key: 'parties', label: L('参与机构', 'Parties'), value: text('parties') },
      { key: 'messages', label: L('消息数', 'Messages'), value: num('last_seq') },
      { key: 'lastMessageAt', label: L('最近消息', 'Last message'), value: time('last_message_at') },
      { key: 'createdAt', label: L('创建时间', 'Created at'), value: time('created_at') },
    ],
    select: `r.id, r.kind, r.title, r.status, r.last_seq, r.last_message_at, r.created_at, ${partiesOf('r.id')}`,
    from(f, params) {
      const where = ['r.expo_id = $1', ...partyFilter(f, params, 'r.id'), ...roomDomainFilter(f, params, 'r.id'), ...timeFilters(f, params, 'r.created_at')];
      if (f.status) where.push(`r.status = $${params.push(f.status)}`);
      if (f.q) where.push(`r.title ILIKE $${params.push(likeParam(f.q))}`);
      return `rooms r WHERE ${where.join(' AND ')}`;
    },
    orderBy: 'r.created_at, r.id',
  },
  meetings: {
    statuses: ['pending', 'accepted', 'declined', 'cancelled'],
    kind: false,
    columns: [
      { key: 'id', label: L('编号', 'ID'), value: text('id') },
      { key: 'topic', label: L('主题', 'Topic'), value: text('topic') },
      { key: 'requester', label: L('发起机构', 'Requested by'), value: text('requester') },
      { key: 'invitee', label: L('受邀机构', 'Invitee'), value: text('invitee') },
      { key: 'status', label: L('状态', 'Status'), value: status },
      { key: 'startsAt', label: L('确定时间', 'Agreed time'), value: time('accepted_starts_at') },
      { key: 'createdAt', label: L('申请时间', 'Requested at'), value: time('created_at') },
      { key: 'answeredAt', label: L('答复时间', 'Answered at'), value: time('answered_at') },
    ],
    select: `m.id, m.topic, ro.name AS requester, io.name AS invitee, m.status, m.accepted_starts_at, m.created_at, m.answered_at`,
    from(f, params) {
      const where = ['m.expo_id = $1', ...timeFilters(f, params, 'm.created_at')];
      const ro = orgFilters(f, params, 'ro');
      if (ro.length) {
        // The same conditions on the invitee (the parameters are reused).
        const io = ro.map((c) => c.replace(/\bro\./g, 'io.'));
        where.push(`((${ro.join(' AND ')}) OR (${io.join(' AND ')}))`);
      }
      if (f.status) where.push(`m.status = $${params.push(f.status)}`);
      if (f.domain) where.push(`EXISTS (SELECT 1 FROM listings ml WHERE ml.id = m.listing_id AND $${params.push(f.domain)} = ANY(ml.domains))`);
      if (f.q) where.push(`m.topic ILIKE $${params.push(likeParam(f.q))}`);
      return `meeting_requests m JOIN organizations ro ON ro.id = m.requester_org_id JOIN organizations io ON io.id = m.invitee_org_id WHERE ${where.join(' AND ')}`;
    },
    orderBy: 'm.created_at, m.id',
  },
  intents: {
    statuses: ['proposed', 'signed', 'withdrawn', 'superseded'],
    kind: false,
    columns: [
      { key: 'roomId', label: L('洽谈室编号', 'Room ID'), value: text('room_id') },
      { key: 'room', label: L('洽谈室', 'Room'), value: text('room_title') },
      { key: 'title', label: L('意向书名称', 'Intent'), value: text('title') },
      { key: 'version', label: L('版本', 'Version'), value: num('version') },
      { key: 'status', label: L('状态', 'Status'), value: status },
      { key: 'amount', label: L('意向金额（元）', 'Intended amount (CNY)'), value: num('amount') },
      { key: 'parties', label: L('参与机构', 'Parties'), value: text('parties') },
      { key: 'signers', label: L('已签署', 'Signed by'), value: text('signers') },
      { key: 'createdAt', label: L('提出时间', 'Proposed at'), value: time('created_at') },
      { key: 'statusChangedAt', label: L('状态变更时间', 'Status changed at'), value: time('status_changed_at') },
    ],
    select: `iv.room_id, r.title AS room_title, iv.terms->>'title' AS title, iv.version, iv.status, (iv.terms->>'fundingAmount')::bigint AS amount,
             iv.created_at, iv.status_changed_at, ${partiesOf('r.id')},
             (SELECT string_agg(s.signer_name, '、' ORDER BY s.signed_at) FROM intent_signatures s WHERE s.room_id = iv.room_id AND s.version = iv.version) AS signers`,
    from(f, params) {
      const where = ['r.expo_id = $1', ...partyFilter(f, params, 'r.id'), ...roomDomainFilter(f, params, 'r.id'), ...timeFilters(f, params, 'iv.created_at')];
      if (f.status) where.push(`iv.status = $${params.push(f.status)}`);
      if (f.q) where.push(`(r.title ILIKE $${params.push(likeParam(f.q))} OR iv.terms->>'title' ILIKE $${params.length})`);
      return `intent_versions iv JOIN rooms r ON r.id = iv.room_id WHERE ${where.join(' AND ')}`;
    },
    orderBy: 'iv.created_at, iv.room_id, iv.version',
  },
};

/** Filters that parse but make no sense for this entity or name nothing that exists → 400 EXPORT_FILTER_INVALID. */
export function checkFilters(entity: ExportEntity, f: ExportFilters): void {
  const def = EXPORTS[entity];
  const bad: string[] = [];
  if (f.status && !def.statuses.includes(f.status)) bad.push('status');
  if (f.kind && !def.kind) bad.push('kind');
  if (f.domain && !(SERVICE_DOMAINS as readonly string[]).includes(f.domain)) bad.push('domain');
  if (f.orgType && !(ORG_TYPES as readonly string[]).includes(f.orgType)) bad.push('orgType');
  if (f.region && regionLevel(f.region) === null) bad.push('region');
  if (f.from && f.to && Date.parse(f.from) >= Date.parse(f.to)) bad.push('to');
  if (bad.length) throw badRequest('EXPORT_FILTER_INVALID', { fields: Object.fromEntries(bad.map((k) => [k, 'invalid'])) });
}
