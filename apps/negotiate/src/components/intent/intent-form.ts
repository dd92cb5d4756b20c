import dayjs, { type Dayjs } from 'dayjs';
import type { IntentDto, IntentStatus, IntentTerms, IntentVersionDto, RoomDto, RoomPartyDto } from '@yiqia/contracts';

/**
 * The limits of `intentTerms` (libs/shared/contracts/src/schemas/intents.ts) for the editor's own
 * checks; intent-form.spec.ts proves they are the schema's (a value at each limit passes, one beyond fails).
 */
export const INTENT_LIMITS = {
  titleMin: 2,
  titleMax: 100,
  partiesMin: 2,
  partiesMax: 6,
  roleMax: 30,
  commitmentsMax: 1000,
  fundingMax: 10_000_000_000,
  goodsMax: 1000,
  volunteersMax: 100_000,
  venueMax: 300,
  deliverablesMax: 2000,
  notesMax: 2000,
} as const;

/** Roles offered in the editor (free text is allowed too). Stored as written; the interface translates these four. */
export const ROLE_PRESETS = ['需求方', '资助方', '执行方', '场地方'] as const;
export type RolePreset = (typeof ROLE_PRESETS)[number];
export const ROLE_KEYS: Record<RolePreset, 'need' | 'funder' | 'implementer' | 'venue'> = {
  需求方: 'need',
  资助方: 'funder',
  执行方: 'implementer',
  场地方: 'venue',
};

export function isRolePreset(role: string): role is RolePreset {
  return (ROLE_PRESETS as readonly string[]).includes(role);
}

export interface IntentPartyValues {
  organizationId: string;
  role?: string;
  commitments?: string;
}

/** What the editor's antd Form holds. */
export interface IntentFormValues {
  title?: string;
  parties: IntentPartyValues[];
  fundingAmount?: number | null;
  goods?: string;
  volunteers?: number | null;
  venue?: string;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  deliverables?: string;
  notes?: string;
}

function text(v: string | undefined | null): string | undefined {
  const s = (v ?? '').trim();
  return s ? s : undefined;
}

function num(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function day(d: Dayjs | null | undefined): string | null {
  return d && d.isValid() ? d.format('YYYY-MM-DD') : null;
}

/** Form values → the terms of POST /api/rooms/:roomId/intent (trimmed; empty optional texts left out). */
export function termsFromValues(values: IntentFormValues): IntentTerms {
  const terms: IntentTerms = {
    title: (values.title ?? '').trim(),
    parties: values.parties.map((p) => {
      const commitments = text(p.commitments);
      return { organizationId: p.organizationId, role: (p.role ?? '').trim(), ...(commitments ? { commitments } : {}) };
    }),
    fundingAmount: num(values.fundingAmount),
    volunteers: num(values.volunteers),
    startsOn: day(values.startsOn),
    endsOn: day(values.endsOn),
  };
  for (const key of ['goods', 'venue', 'deliverables', 'notes'] as const) {
    const v = text(values[key]);
    if (v) terms[key] = v;
  }
  return terms;
}

/**
 * The editor's starting point: the latest version's terms (or nothing), with the parties being the
 * room's parties now, in the room's order — roles and commitments kept for those already named, the
 * room's recorded role for the others.
 */
export function valuesFromTerms(terms: IntentTerms | null | undefined, parties: RoomPartyDto[], fallbackTitle: string): IntentFormValues {
  const byOrg = new Map((terms?.parties ?? []).map((p) => [p.organizationId, p]));
  return {
    title: terms?.title ?? fallbackTitle,
    parties: parties.map((p) => {
      const named = byOrg.get(p.organization.id);
      return { organizationId: p.organization.id, role: named?.role ?? p.role ?? undefined, commitments: named?.commitments ?? undefined };
    }),
    fundingAmount: terms?.fundingAmount ?? null,
    goods: terms?.goods ?? undefined,
    volunteers: terms?.volunteers ?? null,
    venue: terms?.venue ?? undefined,
    startsOn: terms?.startsOn ? dayjs(terms.startsOn) : null,
    endsOn: terms?.endsOn ? dayjs(terms.endsOn) : null,
    deliverables: terms?.deliverables ?? undefined,
    notes: terms?.notes ?? undefined,
  };
}

/** Server field paths (`terms.parties.0.role`) → the form's names (`parties.0.role`). */
export function formPathOf(path: string): string | null {
  if (!path.startsWith('terms')) return null;
  const rest = path.replace(/^terms\.?/, '');
  if (rest === '') return 'title';
  if (/^parties\.\d+\.organizationId$/.test(rest)) return rest.replace(/organizationId$/, 'role');
  return rest;
}

/** Whole yuan → "1,234,567"; the 万元 reading exact to the yuan ("123.4567"). */
export function groupDigits(yuan: number): string {
  return String(Math.trunc(yuan)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function wanReading(yuan: number): string {
  const wan = Math.trunc(yuan) / 10_000;
  return wan.toFixed(4).replace(/\.?0+$/, '');
}

export type ChangeField = 'title' | 'fundingAmount' | 'goods' | 'volunteers' | 'venue' | 'startsOn' | 'endsOn' | 'deliverables' | 'notes';

/** One line of the differences of a version, ready for a table. */
export type ChangeRow =
  | { key: string; kind: 'field'; field: ChangeField; before: unknown; after: unknown }
  | { key: string; kind: 'partyRole' | 'partyCommitments'; orgId: string; before: string | null; after: string | null }
  | { key: string; kind: 'partyAdded' | 'partyRemoved'; orgId: string; party: { role?: string; commitments?: string | null } };

const FIELDS: readonly string[] = ['title', 'fundingAmount', 'goods', 'volunteers', 'venue', 'startsOn', 'endsOn', 'deliverables', 'notes'];

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : v === null || v === undefined ? null : String(v);
}

/** IntentVersionDto.changes → rows (field order as in the document; unknown paths are skipped). */
export function changeRows(changes: IntentVersionDto['changes']): ChangeRow[] {
  const rows: ChangeRow[] = [];
  for (const c of changes) {
    if (FIELDS.includes(c.field)) {
      rows.push({ key: c.field, kind: 'field', field: c.field as ChangeField, before: c.before, after: c.after });
      continue;
    }
    const m = /^parties\.([^.]+)(?:\.(role|commitments))?$/.exec(c.field);
    if (!m) continue;
    const orgId = m[1];
    if (m[2] === 'role') rows.push({ key: c.field, kind: 'partyRole', orgId, before: str(c.before), after: str(c.after) });
    else if (m[2] === 'commitments') rows.push({ key: c.field, kind: 'partyCommitments', orgId, before: str(c.before), after: str(c.after) });
    else if (c.after && !c.before) rows.push({ key: c.field, kind: 'partyAdded', orgId, party: c.after as { role?: string; commitments?: string | null } });
    else if (c.before && !c.after) rows.push({ key: c.field, kind: 'partyRemoved', orgId, party: c.before as { role?: string; commitments?: string | null } });
  }
  const order = (r: ChangeRow) => (r.kind === 'field' ? FIELDS.indexOf(r.field) : FIELDS.length);
  return rows.sort((a, b) => order(a) - order(b));
}

export const STATUS_COLORS: Record<IntentStatus, string> = { proposed: 'gold', signed: 'red', withdrawn: 'default', superseded: 'default' };

/** The version open for signing, the signed one, and the latest. */
export function intentState(versions: IntentVersionDto[]): {
  latest: IntentVersionDto | null;
  open: IntentVersionDto | null;
  signed: IntentVersionDto | null;
} {
  return {
    latest: versions[0] ?? null,
    open: versions.find((v) => v.status === 'proposed') ?? null,
    signed: versions.find((v) => v.status === 'signed') ?? null,
  };
}

/** Terms in one canonical shape (every field, missing → null, parties by organisation) to compare versions. */
export function canonicalTerms(terms: IntentTerms): string {
  const v = (x: unknown) => (x === undefined || x === '' ? null : x);
  return JSON.stringify({
    deliverables: v(terms.deliverables),
    endsOn: v(terms.endsOn),
    fundingAmount: v(terms.fundingAmount),
    goods: v(terms.goods),
    notes: v(terms.notes),
    parties: [...terms.parties]
      .sort((a, b) => (a.organizationId < b.organizationId ? -1 : a.organizationId > b.organizationId ? 1 : 0))
      .map((p) => ({ commitments: v(p.commitments), organizationId: p.organizationId, role: p.role })),
    startsOn: v(terms.startsOn),
    title: terms.title,
    venue: v(terms.venue),
    volunteers: v(terms.volunteers),
  });
}

export function sameTerms(a: IntentTerms, b: IntentTerms): boolean {
  return canonicalTerms(a) === canonicalTerms(b);
}

/** Why the caller cannot sign a version (null when they can). */
export type SignBlock = 'signed' | 'notOpen' | 'roomClosed' | 'partiesChanged' | 'notAdmin' | 'alreadySigned' | 'notParty';

export function signBlock(room: RoomDto, version: IntentVersionDto, myOrgId: string | null, isAdmin: boolean): SignBlock | null {
  if (version.status === 'signed') return 'signed';
  if (version.status !== 'proposed') return 'notOpen';
  if (room.status !== 'open') return 'roomClosed';
  if (!myOrgId || !room.parties.some((p) => p.organization.id === myOrgId)) return 'notParty';
  if (version.signatures.some((s) => s.orgId === myOrgId)) return 'alreadySigned';
  const named = new Set(version.terms.parties.map((p) => p.organizationId));
  if (named.size !== room.parties.length || room.parties.some((p) => !named.has(p.organization.id))) return 'partiesChanged';
  if (!isAdmin) return 'notAdmin';
  return null;
}

/** What changed in a pushed intent, for the panel's notice. */
export type IntentNotice =
  | { kind: 'proposed'; version: number; orgId: string; at: number }
  | { kind: 'signed'; version: number; orgId: string; at: number }
  | { kind: 'fullySigned'; version: number; at: number }
  | { kind: 'withdrawn'; version: number; orgId: string; at: number };

/** What happened between two states of the intent (null when nothing worth a notice). */
export function noticeFor(before: IntentDto | undefined, after: IntentDto, myOrgId: string | null, at = Date.now()): IntentNotice | null {
  const latest = after.versions[0];
  if (!latest) return null;
  const prev = before?.versions.find((v) => v.version === latest.version);
  if (after.signedVersion && before?.signedVersion !== after.signedVersion) return { kind: 'fullySigned', version: after.signedVersion, at };
  if (!prev) return latest.proposedBy.orgId === myOrgId ? null : { kind: 'proposed', version: latest.version, orgId: latest.proposedBy.orgId, at };
  if (prev.status === 'proposed' && latest.status === 'withdrawn' && latest.proposedBy.orgId !== myOrgId) return { kind: 'withdrawn', version: latest.version, orgId: latest.proposedBy.orgId, at };
  const newSig = latest.signatures.find((s) => !prev.signatures.some((p) => p.orgId === s.orgId));
  if (newSig && newSig.orgId !== myOrgId) return { kind: 'signed', version: latest.version, orgId: newSig.orgId, at };
  return null;
}
