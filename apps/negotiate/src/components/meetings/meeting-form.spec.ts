import dayjs from 'dayjs';
import { answerMeetingRequest, createMeetingRequest, type MeetingDto } from '@yiqia/contracts';
import { MEETING_LIMITS, agendaByDay, clashingMeetings, dayDisabled, inTab, meetingFormPath, slotInterval, slotProblem, toSlot } from './meeting-form.js';

const ID = '3b241101-e2bb-4255-8caf-4136c566a962';
const at = (s: string) => Date.parse(s);
// An expo from 24 Nov 00:00 to 27 Nov 00:00 (device time, whatever the zone of the test machine).
const expo = { startsAt: dayjs('2026-11-24T00:00').toISOString(), endsAt: dayjs('2026-11-27T00:00').toISOString() };
const now = dayjs('2026-11-25T09:30').valueOf();

describe('MEETING_LIMITS are the contract’s', () => {
  const slot = { startsAt: '2026-11-26T02:00:00Z', endsAt: '2026-11-26T03:00:00Z' };
  const base = { expoId: ID, inviteeOrgId: ID, topic: '洽谈', slots: [slot] };
  const ok = (patch: object) => createMeetingRequest.safeParse({ ...base, ...patch }).success;
  it('topic, note and slot counts', () => {
    expect([ok({ topic: '字'.repeat(MEETING_LIMITS.topicMin) }), ok({ topic: '字'.repeat(MEETING_LIMITS.topicMin - 1) })]).toEqual([true, false]);
    expect([ok({ topic: '字'.repeat(MEETING_LIMITS.topicMax) }), ok({ topic: '字'.repeat(MEETING_LIMITS.topicMax + 1) })]).toEqual([true, false]);
    expect([ok({ note: '字'.repeat(MEETING_LIMITS.noteMax) }), ok({ note: '字'.repeat(MEETING_LIMITS.noteMax + 1) })]).toEqual([true, false]);
    expect([ok({ slots: Array(MEETING_LIMITS.slotsMax).fill(slot) }), ok({ slots: Array(MEETING_LIMITS.slotsMax + 1).fill(slot) }), ok({ slots: [] })]).toEqual([true, false, false]);
  });
  it('decline reasons', () => {
    const r = (reason: string) => answerMeetingRequest.safeParse({ decision: 'decline', reason }).success;
    expect([r('字'.repeat(MEETING_LIMITS.reasonMin)), r('字'.repeat(MEETING_LIMITS.reasonMin - 1)), r('字'.repeat(MEETING_LIMITS.reasonMax)), r('字'.repeat(MEETING_LIMITS.reasonMax + 1))]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });
  it('slots built by the form pass the schema', () => {
    const i = slotInterval({ date: dayjs('2026-11-26'), time: [dayjs('2026-11-20T10:00'), dayjs('2026-11-20T11:30')] });
    expect(i).not.toBeNull();
    expect(ok({ slots: [toSlot(i as NonNullable<typeof i>)] })).toBe(true);
  });
});

describe('slotInterval', () => {
  it('puts the times on the chosen day', () => {
    const i = slotInterval({ date: dayjs('2026-11-26T15:00'), time: [dayjs('2000-01-01T10:05'), dayjs('2000-01-01T11:00')] });
    expect(i).toEqual({ start: dayjs('2026-11-26T10:05').valueOf(), end: dayjs('2026-11-26T11:00').valueOf() });
  });
  it('is null while incomplete', () => {
    expect(slotInterval({ date: dayjs('2026-11-26'), time: null })).toBeNull();
    expect(slotInterval({ date: null, time: [dayjs(), dayjs()] })).toBeNull();
    expect(slotInterval(undefined)).toBeNull();
  });
});

describe('slotProblem (the server’s rules)', () => {
  const iv = (from: string, to: string) => ({ start: dayjs(from).valueOf(), end: dayjs(to).valueOf() });
  it('order, inside the expo, not begun, not twice', () => {
    const slots = [
      iv('2026-11-26T10:00', '2026-11-26T11:00'),
      iv('2026-11-26T11:00', '2026-11-26T10:00'),
      iv('2026-11-27T10:00', '2026-11-27T11:00'),
      iv('2026-11-26T23:30', '2026-11-27T00:30'),
      iv('2026-11-25T09:00', '2026-11-25T10:00'),
      iv('2026-11-26T10:00', '2026-11-26T11:00'),
      null,
    ];
    expect(slots.map((_, i) => slotProblem(slots, i, expo, now))).toEqual([null, 'order', 'outsideExpo', 'outsideExpo', 'past', 'duplicate', null]);
    // Up to the expo's last instant is fine.
    expect(slotProblem([iv('2026-11-26T23:00', '2026-11-27T00:00')], 0, expo, now)).toBeNull();
  });
});

describe('dayDisabled', () => {
  it('offers the expo days not yet over', () => {
    const days = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'].map((d) => dayDisabled(dayjs(d), expo, now));
    expect(days).toEqual([true, true, false, false, true]);
  });
});

function meeting(id: string, patch: Partial<MeetingDto>): MeetingDto {
  return {
    id,
    expoId: ID,
    topic: `议题${id}`,
    note: null,
    requester: { orgId: 'a', orgName: '甲', orgType: 'foundation', userId: 'u', displayName: '张三' },
    invitee: { orgId: 'b', orgName: '乙', orgType: 'social_org' },
    boothId: null,
    listingId: null,
    slots: [{ startsAt: '2026-11-26T02:00:00Z', endsAt: '2026-11-26T03:00:00Z' }],
    status: 'pending',
    acceptedSlot: null,
    declineReason: null,
    clashes: [],
    direction: 'outgoing',
    createdAt: '2026-11-20T00:00:00Z',
    answeredAt: null,
    ...patch,
  };
}

describe('clashingMeetings', () => {
  const accepted = meeting('1', { status: 'accepted', acceptedSlot: { startsAt: '2026-11-26T02:00:00Z', endsAt: '2026-11-26T03:00:00Z' } });
  const pending = meeting('2', {});
  it('finds accepted meetings overlapping; touching is no clash', () => {
    expect(clashingMeetings({ start: at('2026-11-26T02:30:00Z'), end: at('2026-11-26T03:30:00Z') }, [accepted, pending]).map((m) => m.id)).toEqual(['1']);
    expect(clashingMeetings({ start: at('2026-11-26T03:00:00Z'), end: at('2026-11-26T04:00:00Z') }, [accepted])).toEqual([]);
    expect(clashingMeetings({ start: at('2026-11-26T02:30:00Z'), end: at('2026-11-26T03:30:00Z') }, [accepted], '1')).toEqual([]);
  });
});

describe('schedule tabs and agenda', () => {
  const list = [
    meeting('in', { direction: 'incoming' }),
    meeting('out', {}),
    meeting('ok', { status: 'accepted', direction: 'incoming', acceptedSlot: { startsAt: '2026-11-26T06:00:00Z', endsAt: '2026-11-26T07:00:00Z' } }),
    meeting('ok2', { status: 'accepted', acceptedSlot: { startsAt: '2026-11-26T01:00:00Z', endsAt: '2026-11-26T02:00:00Z' } }),
    meeting('no', { status: 'declined', direction: 'incoming' }),
  ];
  it('sorts meetings into tabs', () => {
    const ids = (tab: Parameters<typeof inTab>[1]) => list.filter((m) => inTab(m, tab)).map((m) => m.id);
    expect(ids('incoming')).toEqual(['in']);
    expect(ids('outgoing')).toEqual(['out', 'ok2']);
    expect(ids('accepted')).toEqual(['ok', 'ok2']);
    expect(ids('all')).toHaveLength(5);
  });
  it('groups accepted meetings by day in time order', () => {
    expect(agendaByDay(list, (iso) => iso.slice(0, 10)).map(([d, ms]) => [d, ms.map((m) => m.id)])).toEqual([['2026-11-26', ['ok2', 'ok']]]);
  });
});

describe('meetingFormPath', () => {
  it('maps slot paths onto the slot’s fields', () => {
    expect(meetingFormPath('slots.1.startsAt')).toBe('slots.1.time');
    expect(meetingFormPath('slots.0.endsAt')).toBe('slots.0.time');
    expect(meetingFormPath('slots.2')).toBe('slots.2.date');
    expect(meetingFormPath('topic')).toBe('topic');
    expect(meetingFormPath('inviteeOrgId')).toBeNull();
  });
});
