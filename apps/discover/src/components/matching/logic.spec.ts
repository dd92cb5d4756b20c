import { FEEDBACK_REASON_MAX as CONTRACT_REASON_MAX, type MatchDto, type MatchListingDto, type TriadDto } from '@yiqia/contracts';
import {
  FEEDBACK_REASON_MAX,
  matchRows,
  negotiationRoomRequest,
  otherOrganizations,
  ownRoles,
  pairOf,
  restoreMatch,
  ROOM_TITLE_MAX,
  scoreBand,
  scorePercent,
  truncate,
  type DismissedMatch,
} from './logic.js';

function listing(id: string, orgId: string, kind: 'need' | 'offer' = 'offer'): MatchListingDto {
  return {
    id,
    kind,
    title: `listing ${id}`,
    summary: '',
    domains: [],
    targetGroups: [],
    resourceTypes: [],
    regionCode: '510104',
    regionName: '',
    amountMin: null,
    amountMax: null,
    status: 'open',
    expoId: null,
    boothId: null,
    organization: { id: orgId, name: `org ${orgId}`, type: 'social_org', creditCodeVerified: false },
  };
}

function match(id: string, forId?: string, score = 50): MatchDto {
  return { listing: listing(id, `o-${id}`), score, reasons: [], ...(forId ? { forListing: { id: forId, kind: 'need', title: 'mine' } } : {}) };
}

const ids = (rows: ReturnType<typeof matchRows>) => rows.map((r) => `${r.type === 'dismissed' ? '-' : ''}${r.match.listing.id}`);

describe('pairOf', () => {
  it('uses the own listing a recommendation answers, else the viewed listing', () => {
    expect(pairOf(match('b', 'mine-1'), 'viewed')).toEqual({ listingId: 'mine-1', counterpartId: 'b' });
    expect(pairOf(match('b'), 'viewed')).toEqual({ listingId: 'viewed', counterpartId: 'b' });
    expect(pairOf(match('b'))).toBeNull();
  });
});

describe('score', () => {
  it('is a whole percentage within 0–100', () => {
    expect(scorePercent(86.4)).toBe(86);
    expect(scorePercent(86.5)).toBe(87);
    expect(scorePercent(-3)).toBe(0);
    expect(scorePercent(140)).toBe(100);
    expect(scorePercent(Number.NaN)).toBe(0);
  });

  it('falls into three bands at 70 and 45', () => {
    expect([scoreBand(100), scoreBand(70), scoreBand(69.4), scoreBand(45), scoreBand(44), scoreBand(0)]).toEqual(['strong', 'strong', 'good', 'good', 'fair', 'fair']);
  });
});

describe('matchRows (optimistic "not a fit" with undo rows)', () => {
  const list = [match('a', 'm'), match('b', 'm'), match('c', 'm'), match('d', 'm')];
  const dismissedB: DismissedMatch = { match: list[1], key: { listingId: 'm', counterpartId: 'b' }, index: 1 };

  it('shows every match when nothing was dismissed', () => {
    expect(ids(matchRows(list, []))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('replaces a dismissed match by an undo row at its place, while the server still returns it', () => {
    expect(ids(matchRows(list, [dismissedB]))).toEqual(['a', '-b', 'c', 'd']);
  });

  it('keeps the undo row at its place after the refetch left the match out', () => {
    const refetched = [list[0], list[2], list[3]];
    expect(ids(matchRows(refetched, [dismissedB]))).toEqual(['a', '-b', 'c', 'd']);
  });

  it('keeps several undo rows in order, and one past the end at the end', () => {
    const dismissedD: DismissedMatch = { match: list[3], key: { listingId: 'm', counterpartId: 'd' }, index: 3 };
    expect(ids(matchRows(list, [dismissedD, dismissedB]))).toEqual(['a', '-b', 'c', '-d']);
    expect(ids(matchRows([list[0]], [{ ...dismissedD, index: 9 }]))).toEqual(['a', '-d']);
  });

  it('tells the same counterpart for another own listing apart (pairs, not listings, are hidden)', () => {
    const other = match('b', 'm2');
    expect(ids(matchRows([...list, other], [dismissedB]))).toEqual(['a', '-b', 'c', 'd', 'b']);
  });

  it('pairs listing-page matches with the viewed listing', () => {
    const page = [match('x'), match('y')];
    const d: DismissedMatch = { match: page[0], key: { listingId: 'viewed', counterpartId: 'x' }, index: 0 };
    expect(ids(matchRows(page, [d], 'viewed'))).toEqual(['-x', 'y']);
    expect(ids(matchRows(page, [d], 'another'))).toEqual(['-x', 'x', 'y']);
  });
});

describe('restoreMatch (undo before the refetch)', () => {
  const list = [match('a', 'm'), match('c', 'm')];
  const b = match('b', 'm');
  it('puts the match back where it was', () => {
    expect(restoreMatch(list, { match: b, key: { listingId: 'm', counterpartId: 'b' }, index: 1 }).map((m) => m.listing.id)).toEqual(['a', 'b', 'c']);
  });
  it('does not duplicate a match the server returned again', () => {
    const back = [list[0], b, list[1]];
    expect(restoreMatch(back, { match: b, key: { listingId: 'm', counterpartId: 'b' }, index: 0 }).map((m) => m.listing.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('triads', () => {
  const triad: TriadDto = {
    need: listing('n', 'org-need', 'need'),
    funder: listing('f', 'org-fund'),
    implementer: listing('i', 'org-impl'),
    score: 72,
    reasons: [],
  };

  it('knows my part and the other two organisations', () => {
    expect(ownRoles(triad, 'org-fund')).toEqual(['funder']);
    expect(ownRoles(triad, null)).toEqual([]);
    expect(otherOrganizations(triad, 'org-fund').map((o) => o.id)).toEqual(['org-need', 'org-impl']);
  });

  it('names each other organisation once when one has two parts', () => {
    const twice = { ...triad, implementer: listing('i', 'org-fund') };
    expect(otherOrganizations(twice, 'org-need').map((o) => o.id)).toEqual(['org-fund']);
  });

  it('builds the negotiation room: the others invited, the three listings, a title within the limit', () => {
    const request = negotiationRoomRequest(triad, 'org-need', `Three-way: ${'x'.repeat(200)}`, '  hello  ');
    expect(request).toMatchObject({ kind: 'negotiation', participantOrgIds: ['org-fund', 'org-impl'], listingIds: ['n', 'f', 'i'], message: 'hello' });
    expect(Array.from(request.title ?? '')).toHaveLength(ROOM_TITLE_MAX);
    expect(request.title?.endsWith('…')).toBe(true);
    expect(negotiationRoomRequest(triad, 'org-need', 'ab', '  ')).not.toHaveProperty('message');
  });

  it('truncates by characters, not UTF-16 units', () => {
    expect(truncate('三方洽谈', 10)).toBe('三方洽谈');
    expect(truncate('三方洽谈：长者助餐', 5)).toBe('三方洽谈…');
    expect(truncate('😀😀😀', 2)).toBe('😀…');
  });
});

describe('contract constants', () => {
  it('keeps the reason limit of the contract', () => {
    expect(FEEDBACK_REASON_MAX).toBe(CONTRACT_REASON_MAX);
  });
});
