import type { DashboardDto } from '@yiqia/contracts';
import { ALL_GROUPS, groupsFor } from './dashboard-aggregator.js';
import { changedSections } from './dashboard-hub.js';

const sections = (over: Partial<DashboardDto> = {}) =>
  ({
    online: { total: 1, byOrgType: { government: 0, foundation: 1, company: 0, social_org: 0, community: 0, university: 0, other: 0 } },
    rooms: { active: 0, open: 1, total: 1 },
    messagesPerMinute: { series: [], current: 0 },
    meetingsToday: 0,
    intents: { signed: 0, amountTotal: 0 },
    listingsByDomain: [],
    listingsByProvince: [],
    funnel: { views: 0, contacts: 0, rooms: 0, intentsSigned: 0 },
    topBooths: [],
    unansweredNeeds: { total: 0, items: [] },
    pendingMeetings: { total: 0, items: [] },
    ...over,
  }) as Omit<DashboardDto, 'expoId' | 'version' | 'computedAt'>;

describe('changedSections', () => {
  it('sends every section when there is no previous snapshot', () => {
    expect(Object.keys(changedSections(null, sections())).sort()).toEqual(Object.keys(sections()).sort());
  });

  it('sends only the sections whose content changed', () => {
    const previous = { expoId: 'e', version: 3, computedAt: 'x', ...sections() } as DashboardDto;
    expect(changedSections(previous, sections())).toEqual({});
    expect(changedSections(previous, sections({ intents: { signed: 1, amountTotal: 500 }, meetingsToday: 2 }))).toEqual({
      intents: { signed: 1, amountTotal: 500 },
      meetingsToday: 2,
    });
  });
});

describe('groupsFor', () => {
  it('recomputes only what the changed tables can move', () => {
    expect(groupsFor(['messages', 'rooms'])).toEqual(new Set(['rooms', 'messages']));
    expect(groupsFor(['intent_versions'])).toEqual(new Set(['intents', 'funnel']));
    expect(groupsFor(['listings'])).toEqual(new Set(['listings', 'unanswered']));
    expect(groupsFor(['presence'])).toEqual(new Set(['online']));
    expect(groupsFor(['*'])).toEqual(ALL_GROUPS);
  });
});
