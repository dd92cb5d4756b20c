import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS as CONTRACT_AUDIT_ACTIONS, ROOM_STATUSES as CONTRACT_ROOM_STATUSES, ROOM_TIMELINE_KINDS } from '@yiqia/contracts';
import { modEn, modZh } from '../i18n/moderation-translations.js';
import {
  AUDIT_ACTIONS,
  ROOM_STATUSES,
  auditFiltersToSearch,
  auditQueryOf,
  parseAuditFilters,
  parseRoomFilters,
  relativeTime,
  roomFiltersToSearch,
  uuidIn,
} from './mod-format.js';

const t = (key: string, o?: Record<string, unknown>) => (o && 'count' in o ? `${key}:${String(o['count'])}` : key);
const ID = '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';

describe('relativeTime', () => {
  const now = new Date('2026-11-24T10:00:00+08:00').getTime();
  it('says how long ago, in the coarsest fitting unit', () => {
    expect(relativeTime(null, t, now)).toBe('mod.time.never');
    expect(relativeTime(new Date(now - 20_000).toISOString(), t, now)).toBe('mod.time.justNow');
    expect(relativeTime(new Date(now - 3 * 60_000 - 5_000).toISOString(), t, now)).toBe('mod.time.minutesAgo:3');
    expect(relativeTime(new Date(now - 2 * 3_600_000).toISOString(), t, now)).toBe('mod.time.hoursAgo:2');
    expect(relativeTime(new Date(now - 5 * 86_400_000).toISOString(), t, now)).toBe('mod.time.daysAgo:5');
    expect(relativeTime(new Date(now - 30 * 86_400_000).toISOString(), t, now)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });
  it('treats a clock slightly ahead of ours as just now', () => {
    expect(relativeTime(new Date(now + 5_000).toISOString(), t, now)).toBe('mod.time.justNow');
  });
});

describe('monitor filters in the URL', () => {
  it('round-trip and drop what the API would refuse', () => {
    const f = parseRoomFilters(new URLSearchParams('status=closed&reported=true&q=%20助老%20&page=3'));
    expect(f).toEqual({ status: 'closed', reported: true, active: undefined, q: '助老', page: 3 });
    expect(roomFiltersToSearch(f).toString()).toBe(new URLSearchParams('status=closed&reported=true&q=助老&page=3').toString());
    expect(parseRoomFilters(new URLSearchParams('status=deleted&reported=yes&page=-2'))).toEqual({ status: undefined, reported: undefined, active: undefined, q: undefined, page: 1 });
  });
});

describe('audit filters', () => {
  it('keep days in the URL and send whole local days as instants', () => {
    const f = parseAuditFilters(new URLSearchParams(`action=user.mute&actor=${ID}&target=nope&from=2026-11-20&to=2026-11-21&page=2`));
    expect(f).toEqual({ action: 'user.mute', actorId: ID, targetId: undefined, fromDay: '2026-11-20', toDay: '2026-11-21', page: 2 });
    expect(parseAuditFilters(auditFiltersToSearch(f))).toEqual(f);
    const q = auditQueryOf(f);
    expect(new Date(q.from ?? '').getTime()).toBe(new Date('2026-11-20T00:00:00').getTime());
    expect(new Date(q.to ?? '').getTime()).toBe(new Date('2026-11-21T23:59:59.999').getTime());
    expect(parseAuditFilters(new URLSearchParams('action=drop.table&from=2026-13-45')).action).toBeUndefined();
  });
  it('finds an id in a pasted link', () => {
    expect(uuidIn(` https://x/console/rooms/${ID.toUpperCase()}?a=1`)).toBe(ID);
    expect(uuidIn('room 42')).toBeUndefined();
  });
});

describe('local copies of contract constants', () => {
  it('stay equal to the contracts', () => {
    expect([...AUDIT_ACTIONS]).toEqual([...CONTRACT_AUDIT_ACTIONS]);
    expect([...ROOM_STATUSES]).toEqual([...CONTRACT_ROOM_STATUSES]);
  });
});

function flat(obj: object, prefix = ''): [string, unknown][] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? flat(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]]));
}
const keys = (obj: object) => flat(obj).map(([k]) => k);

function sources(path: string): string[] {
  if (statSync(path).isDirectory()) return readdirSync(path).flatMap((name) => sources(join(path, name)));
  return /\.tsx?$/.test(path) && !/\.spec\.tsx?$/.test(path) ? [path] : [];
}

describe('moderation translations', () => {
  const zhKeys = new Set(keys(modZh));
  it('have the same keys in Chinese and English, none empty', () => {
    expect(keys(modEn).sort()).toEqual([...zhKeys].sort());
    for (const [k, v] of [...flat(modZh), ...flat(modEn)]) expect([k, String(v).trim() !== '']).toEqual([k, true]);
  });
  it('cover every literal key the moderation pages use, every action, status and timeline kind', () => {
    const root = new URL('..', import.meta.url).pathname;
    const files = ['pages/rooms-page.tsx', 'pages/room-page.tsx', 'pages/audit-page.tsx', 'pages/broker-page.tsx', 'pages/announcements-page.tsx', 'components/moderation', 'lib'].flatMap((p) =>
      sources(join(root, p)),
    );
    const used = new Set<string>();
    for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/['`](mod\.[A-Za-z0-9_.]+)['`]/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(100);
    for (const k of used) expect([k, zhKeys.has(k)]).toEqual([k, true]);
    for (const a of CONTRACT_AUDIT_ACTIONS) expect(zhKeys.has(`mod.action.${a}`)).toBe(true);
    for (const s of CONTRACT_ROOM_STATUSES) expect(zhKeys.has(`mod.status.${s}`)).toBe(true);
    for (const k of ROOM_TIMELINE_KINDS) expect(zhKeys.has(`mod.timeline.${k}`)).toBe(true);
  });
  it('keep Chinese out of the components (strings go through i18n)', () => {
    const root = new URL('..', import.meta.url).pathname;
    const files = ['pages/rooms-page.tsx', 'pages/room-page.tsx', 'pages/audit-page.tsx', 'pages/broker-page.tsx', 'pages/announcements-page.tsx', 'components/moderation'].flatMap((p) => sources(join(root, p)));
    for (const f of files) expect([f, /[\u4e00-\u9fff]/.test(readFileSync(f, 'utf8'))]).toEqual([f, false]);
  });
});
