import type { AuditAction, RoomStatus } from '@yiqia/contracts';
import type { AuditFilters, RoomFilters } from '../data/moderation.js';

/** The translate function of the console namespace (loosely typed so any `t` fits). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * AUDIT_ACTIONS and ROOM_STATUSES of @yiqia/contracts, repeated so the remote imports types only
 * from the contracts (keeps zod out of the bundle); mod-format.spec.ts checks they stay equal.
 */
export const ROOM_STATUSES: readonly RoomStatus[] = ['open', 'signed', 'closed'];
export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'message.hide', 'user.mute', 'user.unmute', 'room.close', 'room.transcript_read', 'introduction.create',
  'announcement.send', 'booth.approve', 'booth.reject', 'export.download', 'report.resolve',
];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "刚刚" / "3 分钟前" / "2 小时前" / "5 天前", then the date. Plain arithmetic over translations (no
 * locale bundles to load): the monitor shows many of these and refreshes them every few seconds.
 */
export function relativeTime(iso: string | null, t: Translate, now = Date.now()): string {
  if (!iso) return t('mod.time.never');
  const at = new Date(iso).getTime();
  const diff = Math.max(0, now - at);
  if (diff < MINUTE) return t('mod.time.justNow');
  if (diff < HOUR) return t('mod.time.minutesAgo', { count: Math.floor(diff / MINUTE) });
  if (diff < DAY) return t('mod.time.hoursAgo', { count: Math.floor(diff / HOUR) });
  if (diff < 7 * DAY) return t('mod.time.daysAgo', { count: Math.floor(diff / DAY) });
  return dateTime(iso);
}

/** 2026-11-24 09:30 in the browser's time zone. */
export function dateTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function positiveInt(v: string | null): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function bool(v: string | null): boolean | undefined {
  return v === 'true' ? true : v === 'false' ? false : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Session monitor filters from the URL (unknown values are dropped, so a hand-edited URL never breaks the page). */
export function parseRoomFilters(sp: URLSearchParams): RoomFilters {
  const status = sp.get('status');
  const q = sp.get('q')?.trim();
  return {
    status: (ROOM_STATUSES as readonly string[]).includes(status ?? '') ? (status as RoomStatus) : undefined,
    reported: bool(sp.get('reported')),
    active: bool(sp.get('active')),
    q: q ? q.slice(0, 100) : undefined,
    page: positiveInt(sp.get('page')),
  };
}

export function roomFiltersToSearch(f: RoomFilters): URLSearchParams {
  const sp = new URLSearchParams();
  if (f.status) sp.set('status', f.status);
  if (f.reported !== undefined) sp.set('reported', String(f.reported));
  if (f.active !== undefined) sp.set('active', String(f.active));
  if (f.q) sp.set('q', f.q);
  if (f.page > 1) sp.set('page', String(f.page));
  return sp;
}

/** Audit filters in the URL carry days (`from=2026-11-20`); the API wants instants: start and end of those days, local time. */
export interface AuditUrlFilters {
  action?: AuditAction;
  actorId?: string;
  targetId?: string;
  fromDay?: string;
  toDay?: string;
  page: number;
}

export function parseAuditFilters(sp: URLSearchParams): AuditUrlFilters {
  const action = sp.get('action');
  const uuidOf = (k: string) => {
    const v = sp.get(k);
    return v && UUID.test(v) ? v : undefined;
  };
  const dayOf = (k: string) => {
    const v = sp.get(k);
    return v && DAY_RE.test(v) && !Number.isNaN(new Date(`${v}T00:00:00`).getTime()) ? v : undefined;
  };
  return {
    action: (AUDIT_ACTIONS as readonly string[]).includes(action ?? '') ? (action as AuditAction) : undefined,
    actorId: uuidOf('actor'),
    targetId: uuidOf('target'),
    fromDay: dayOf('from'),
    toDay: dayOf('to'),
    page: positiveInt(sp.get('page')),
  };
}

export function auditFiltersToSearch(f: AuditUrlFilters): URLSearchParams {
  const sp = new URLSearchParams();
  if (f.action) sp.set('action', f.action);
  if (f.actorId) sp.set('actor', f.actorId);
  if (f.targetId) sp.set('target', f.targetId);
  if (f.fromDay) sp.set('from', f.fromDay);
  if (f.toDay) sp.set('to', f.toDay);
  if (f.page > 1) sp.set('page', String(f.page));
  return sp;
}

/** The API query: whole local days, as ISO instants with offset. */
export function auditQueryOf(f: AuditUrlFilters): AuditFilters {
  return {
    action: f.action,
    actorId: f.actorId,
    targetId: f.targetId,
    from: f.fromDay ? new Date(`${f.fromDay}T00:00:00`).toISOString() : undefined,
    to: f.toDay ? new Date(`${f.toDay}T23:59:59.999`).toISOString() : undefined,
    page: f.page,
  };
}

/** Also accepts an id pasted with spaces, or a console room URL. */
export function uuidIn(text: string): string | undefined {
  return /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.exec(text)?.[0]?.toLowerCase();
}
