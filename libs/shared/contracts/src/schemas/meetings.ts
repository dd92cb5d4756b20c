import { z } from 'zod';
import type { OrgType } from '@yiqia/domain';
import { isoDate, uuid } from './common.js';

export const MEETING_STATUSES = ['pending', 'accepted', 'declined', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** 洽谈预约: up to three slots within the expo's dates; the invited organisation accepts one or declines with a reason. */
export const createMeetingRequest = z.strictObject({
  expoId: uuid,
  /** The exhibitor organisation asked for a meeting. */
  inviteeOrgId: uuid,
  boothId: uuid.optional(),
  listingId: uuid.optional(),
  topic: z.string().trim().min(2).max(100),
  note: z.string().trim().max(1000).optional(),
  slots: z
    .array(z.strictObject({ startsAt: isoDate, endsAt: isoDate }))
    .min(1)
    .max(3),
});
export type CreateMeetingRequest = z.input<typeof createMeetingRequest>;

export const answerMeetingRequest = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accept'), slotIndex: z.number().int().min(0).max(2) }),
  z.strictObject({ decision: z.literal('decline'), reason: z.string().trim().min(2).max(500) }),
]);
export type AnswerMeetingRequest = z.input<typeof answerMeetingRequest>;

export const listMeetingsQuery = z.object({
  status: z.enum(MEETING_STATUSES).optional(),
  expoId: uuid.optional(),
});

export interface MeetingDto {
  id: string;
  expoId: string;
  topic: string;
  note: string | null;
  requester: { orgId: string; orgName: string; orgType: OrgType; userId: string; displayName: string };
  invitee: { orgId: string; orgName: string; orgType: OrgType };
  boothId: string | null;
  listingId: string | null;
  slots: { startsAt: string; endsAt: string }[];
  status: MeetingStatus;
  acceptedSlot: { startsAt: string; endsAt: string } | null;
  declineReason: string | null;
  /** For the caller: other accepted meetings of their organisation overlapping a slot (index → meeting ids). */
  clashes: { slotIndex: number; meetingIds: string[] }[];
  /** 'outgoing' when the caller's organisation asked, 'incoming' when it was asked. */
  direction: 'outgoing' | 'incoming';
  createdAt: string;
  answeredAt: string | null;
}
