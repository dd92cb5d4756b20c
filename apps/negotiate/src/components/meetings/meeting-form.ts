import type { Dayjs } from 'dayjs';
import type { MeetingDto } from '@yiqia/contracts';

/** The limits of createMeetingRequest / answerMeetingRequest (meeting-form.spec.ts checks them against the schemas). */
export const MEETING_LIMITS = { topicMin: 2, topicMax: 100, noteMax: 1000, slotsMin: 1, slotsMax: 3, reasonMin: 2, reasonMax: 500 } as const;

export interface Interval {
  start: number;
  end: number;
}

export interface SlotValues {
  date?: Dayjs | null;
  time?: [Dayjs | null, Dayjs | null] | null;
}

export interface MeetingFormValues {
  expoId?: string;
  topic?: string;
  note?: string;
  slots: SlotValues[];
}

/** A slot's instants from its day and times (in the device's time zone); null while incomplete. */
export function slotInterval(slot: SlotValues | undefined): Interval | null {
  const date = slot?.date;
  const [from, to] = slot?.time ?? [null, null];
  if (!date || !from || !to || !date.isValid() || !from.isValid() || !to.isValid()) return null;
  const at = (t: Dayjs) => date.hour(t.hour()).minute(t.minute()).second(0).millisecond(0).valueOf();
  return { start: at(from), end: at(to) };
}

export function toSlot(i: Interval): { startsAt: string; endsAt: string } {
  return { startsAt: new Date(i.start).toISOString(), endsAt: new Date(i.end).toISOString() };
}

export const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

export type SlotProblem = 'order' | 'outsideExpo' | 'past' | 'duplicate';

/** What is wrong with slot `index` (the server's rules: order, inside the expo, not begun, not twice). */
export function slotProblem(slots: (Interval | null)[], index: number, expo: { startsAt: string; endsAt: string }, now: number): SlotProblem | null {
  const s = slots[index];
  if (!s) return null;
  if (s.end <= s.start) return 'order';
  if (s.start < Date.parse(expo.startsAt) || s.end > Date.parse(expo.endsAt)) return 'outsideExpo';
  if (s.start < now) return 'past';
  if (slots.some((o, j) => j < index && o && o.start === s.start && o.end === s.end)) return 'duplicate';
  return null;
}

/**
 * The DatePicker's disabledDate: a day is offered when part of it lies inside the expo and has not
 * passed yet (days in the device's time zone).
 */
export function dayDisabled(day: Dayjs, expo: { startsAt: string; endsAt: string }, now: number): boolean {
  const start = day.startOf('day').valueOf();
  const end = day.endOf('day').valueOf() + 1;
  const from = Math.max(Date.parse(expo.startsAt), now);
  return !(start < Date.parse(expo.endsAt) && from < end);
}

/** My organisation's accepted meetings overlapping an interval (for warnings before sending). */
export function clashingMeetings(interval: Interval, meetings: MeetingDto[], exceptId?: string): MeetingDto[] {
  return meetings.filter((m) => {
    if (m.status !== 'accepted' || !m.acceptedSlot || m.id === exceptId) return false;
    return overlaps(interval, { start: Date.parse(m.acceptedSlot.startsAt), end: Date.parse(m.acceptedSlot.endsAt) });
  });
}

/** Server field paths → the form's names: a slot's instants live in its time range, a duplicate on its day. */
export function meetingFormPath(path: string): string | null {
  const m = /^slots\.(\d+)(?:\.(startsAt|endsAt))?$/.exec(path);
  if (m) return m[2] ? `slots.${m[1]}.time` : `slots.${m[1]}.date`;
  if (path === 'topic' || path === 'note' || path === 'expoId') return path;
  return null;
}

export type ScheduleTab = 'incoming' | 'outgoing' | 'accepted' | 'all';
export const SCHEDULE_TABS: readonly ScheduleTab[] = ['incoming', 'outgoing', 'accepted', 'all'];

/** Which meetings a tab of the schedule shows. */
export function inTab(m: MeetingDto, tab: ScheduleTab): boolean {
  if (tab === 'incoming') return m.direction === 'incoming' && m.status === 'pending';
  if (tab === 'outgoing') return m.direction === 'outgoing';
  if (tab === 'accepted') return m.status === 'accepted';
  return true;
}

/** The time a meeting holds in the schedule: the agreed slot, else the first proposed one. */
export function meetingTime(m: MeetingDto): { startsAt: string; endsAt: string } {
  return m.acceptedSlot ?? m.slots[0];
}

/** Accepted meetings grouped by local day (YYYY-MM-DD), days and meetings in time order. */
export function agendaByDay(meetings: MeetingDto[], dayOf: (iso: string) => string): [string, MeetingDto[]][] {
  const days = new Map<string, MeetingDto[]>();
  for (const m of meetings) {
    if (m.status !== 'accepted' || !m.acceptedSlot) continue;
    const key = dayOf(m.acceptedSlot.startsAt);
    days.set(key, [...(days.get(key) ?? []), m]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([d, ms]) => [d, ms.sort((a, b) => Date.parse(meetingTime(a).startsAt) - Date.parse(meetingTime(b).startsAt))]);
}
