import type { CreateRoomRequest, MatchDto, MatchListingDto, TriadDto } from '@yiqia/contracts';

/**
 * FEEDBACK_REASON_MAX of @yiqia/contracts, repeated because the contracts' values bring zod into the
 * bundle (its JIT probe trips the CSP); the unit spec checks that the two agree.
 */
export const FEEDBACK_REASON_MAX = 200;

/** Quick reasons of "not a fit" (one click fills the box; the text is sent in the interface language). */
export const QUICK_REASONS = ['region', 'domain', 'amount', 'resources', 'already'] as const;

/** The pair a piece of feedback is about: the listing the suggestion answers and the suggested one. */
export interface PairKey {
  listingId: string;
  counterpartId: string;
}

export function pairId(key: PairKey): string {
  return `${key.listingId}:${key.counterpartId}`;
}

/**
 * The feedback pair of a suggestion: in recommendations the caller's own listing it answers
 * (`forListing`), on a listing page the listing being viewed.
 */
export function pairOf(match: Pick<MatchDto, 'listing' | 'forListing'>, viewedListingId?: string): PairKey | null {
  const listingId = match.forListing?.id ?? viewedListingId;
  return listingId ? { listingId, counterpartId: match.listing.id } : null;
}

/** The score as a whole percentage (the API's scale is 0–100; out-of-range values are clamped). */
export function scorePercent(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.max(0, Math.min(100, Math.round(score)));
}

export type ScoreBand = 'strong' | 'good' | 'fair';

/** Three bands for the bar's colour and its word ("高度匹配" …). */
export function scoreBand(score: number): ScoreBand {
  const p = scorePercent(score);
  return p >= 70 ? 'strong' : p >= 45 ? 'good' : 'fair';
}

/** A suggestion hidden by "not a fit" on this page: kept where it was, as a row offering undo. */
export interface DismissedMatch {
  match: MatchDto;
  key: PairKey;
  /** Its position in the list when it was hidden. */
  index: number;
}

export type MatchRow = { type: 'match'; match: MatchDto; key: PairKey | null } | { type: 'dismissed'; match: MatchDto; key: PairKey };

/**
 * What the list shows: the server's matches, minus the dismissed ones (the server may still return
 * them until its refetch lands), with each dismissed one as an undo row at the position it had.
 */
export function matchRows(matches: readonly MatchDto[], dismissed: readonly DismissedMatch[], viewedListingId?: string): MatchRow[] {
  const hidden = new Set(dismissed.map((d) => pairId(d.key)));
  const rows: MatchRow[] = [];
  for (const match of matches) {
    const key = pairOf(match, viewedListingId);
    if (key && hidden.has(pairId(key))) continue;
    rows.push({ type: 'match', match, key });
  }
  for (const d of [...dismissed].sort((a, b) => a.index - b.index)) {
    rows.splice(Math.min(Math.max(d.index, 0), rows.length), 0, { type: 'dismissed', match: d.match, key: d.key });
  }
  return rows;
}

/** The matches with `match` put back at `index` (undo, before the refetch); unchanged if it is there already. */
export function restoreMatch(matches: readonly MatchDto[], dismissed: DismissedMatch, viewedListingId?: string): MatchDto[] {
  const id = pairId(dismissed.key);
  if (matches.some((m) => pairOf(m, viewedListingId) && pairId(pairOf(m, viewedListingId) as PairKey) === id)) return [...matches];
  const next = [...matches];
  next.splice(Math.min(Math.max(dismissed.index, 0), next.length), 0, dismissed.match);
  return next;
}

export type TriadRole = 'need' | 'funder' | 'implementer';
export const TRIAD_ROLES: readonly TriadRole[] = ['need', 'funder', 'implementer'];

/** Which parts of a triad belong to the caller's organisation (usually one). */
export function ownRoles(triad: TriadDto, ownOrgId: string | null | undefined): TriadRole[] {
  return TRIAD_ROLES.filter((role) => !!ownOrgId && triad[role].organization.id === ownOrgId);
}

/** The other organisations of a triad (distinct, in need → funder → implementer order). */
export function otherOrganizations(triad: TriadDto, ownOrgId: string | null | undefined): MatchListingDto['organization'][] {
  const seen = new Set<string>(ownOrgId ? [ownOrgId] : []);
  const orgs: MatchListingDto['organization'][] = [];
  for (const role of TRIAD_ROLES) {
    const org = triad[role].organization;
    if (seen.has(org.id)) continue;
    seen.add(org.id);
    orgs.push(org);
  }
  return orgs;
}

export function triadId(triad: TriadDto): string {
  return `${triad.need.id}:${triad.funder.id}:${triad.implementer.id}`;
}

export const ROOM_TITLE_MAX = 80;

/** Cuts `text` to `max` characters (code points), ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** POST /api/rooms body of a three-party room from a triad: the other organisations, the three listings. */
export function negotiationRoomRequest(triad: TriadDto, ownOrgId: string, title: string, message?: string): CreateRoomRequest {
  const participantOrgIds = otherOrganizations(triad, ownOrgId).map((o) => o.id);
  const roomTitle = truncate(title, ROOM_TITLE_MAX);
  const text = message?.trim();
  return {
    kind: 'negotiation',
    participantOrgIds,
    listingIds: TRIAD_ROLES.map((role) => triad[role].id),
    ...(Array.from(roomTitle).length >= 2 ? { title: roomTitle } : {}),
    ...(text ? { message: text } : {}),
  };
}
