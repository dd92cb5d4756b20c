import type { DashboardDto } from '@yiqia/contracts';
import { applyDelta, applySnapshot, initialDashboardState, startWatch, type DashboardDelta } from './live-dashboard-state.js';

const EXPO = '11111111-1111-4111-8111-111111111111';

function snapshot(version: number, meetingsToday: number): DashboardDto {
  return {
    expoId: EXPO,
    version,
    computedAt: `2026-11-24T02:00:0${version % 10}.000Z`,
    online: { total: 3, byOrgType: { government: 1, foundation: 1, company: 0, social_org: 1, community: 0, university: 0, other: 0 } },
    rooms: { active: 1, open: 2, total: 4 },
    messagesPerMinute: { series: [], current: 0 },
    meetingsToday,
    intents: { signed: 1, amountTotal: 50000 },
    listingsByDomain: [],
    listingsByProvince: [],
    funnel: { views: 10, contacts: 4, rooms: 3, intentsSigned: 1 },
    topBooths: [],
    unansweredNeeds: { total: 0, items: [] },
    pendingMeetings: { total: 0, items: [] },
  };
}

function delta(version: number, sections: DashboardDelta['sections'], expoId = EXPO): DashboardDelta {
  return { expoId, version, computedAt: `2026-11-24T02:01:0${version % 10}.000Z`, sections };
}

describe('live dashboard state', () => {
  it('applies a newer delta to the sections it carries and keeps the others', () => {
    let s = applySnapshot(initialDashboardState, snapshot(5, 2));
    s = applyDelta(s, delta(6, { meetingsToday: 3 }));
    expect(s.dashboard?.meetingsToday).toBe(3);
    expect(s.dashboard?.version).toBe(6);
    expect(s.dashboard?.rooms).toEqual({ active: 1, open: 2, total: 4 });
    expect(s.dashboard?.computedAt).toBe('2026-11-24T02:01:06.000Z');
  });

  it('ignores deltas that are not newer than the version held', () => {
    let s = applySnapshot(initialDashboardState, snapshot(5, 2));
    s = applyDelta(s, delta(5, { meetingsToday: 9 }));
    s = applyDelta(s, delta(4, { meetingsToday: 8 }));
    expect(s.dashboard?.meetingsToday).toBe(2);
    s = applyDelta(s, delta(9, { meetingsToday: 4 }));
    s = applyDelta(s, delta(7, { meetingsToday: 1 }));
    expect(s.dashboard?.meetingsToday).toBe(4);
    expect(s.dashboard?.version).toBe(9);
  });

  it('ignores deltas of another expo', () => {
    let s = applySnapshot(initialDashboardState, snapshot(5, 2));
    s = applyDelta(s, delta(6, { meetingsToday: 7 }, '22222222-2222-4222-8222-222222222222'));
    expect(s.dashboard?.meetingsToday).toBe(2);
  });

  it('holds deltas during a re-watch and applies the newer ones on top of the new snapshot', () => {
    let s = applySnapshot(initialDashboardState, snapshot(5, 2));
    s = startWatch(s);
    expect(s.dashboard?.meetingsToday).toBe(2); // still shown while reconnecting
    s = applyDelta(s, delta(8, { meetingsToday: 6 }));
    s = applyDelta(s, delta(7, { intents: { signed: 2, amountTotal: 80000 } }));
    s = applyDelta(s, delta(6, { meetingsToday: 1 }));
    s = applySnapshot(s, snapshot(7, 5));
    // 6 and 7 are already in snapshot 7; 8 is newer.
    expect(s.dashboard?.meetingsToday).toBe(6);
    expect(s.dashboard?.intents).toEqual({ signed: 1, amountTotal: 50000 });
    expect(s.dashboard?.version).toBe(8);
    expect(s.pending).toEqual([]);
    expect(s.awaitingSnapshot).toBe(false);
  });

  it('takes the snapshot of a re-watch even when its version is lower (the server restarted)', () => {
    let s = applySnapshot(initialDashboardState, snapshot(40, 2));
    s = applySnapshot(startWatch(s), snapshot(1, 3));
    expect(s.dashboard?.version).toBe(1);
    s = applyDelta(s, delta(2, { meetingsToday: 4 }));
    expect(s.dashboard?.meetingsToday).toBe(4);
  });
});
