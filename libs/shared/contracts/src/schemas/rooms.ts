import { z } from 'zod';
import type { OrgType } from '@yiqia/domain';
import { uploadUrl, uuid } from './common.js';

export const ROOM_KINDS = ['direct', 'negotiation'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

/** open → (intent signed) signed; any party may close; closed rooms keep their history read-only. */
export const ROOM_STATUSES = ['open', 'signed', 'closed'] as const;
export type RoomStatus = (typeof ROOM_STATUSES)[number];

export const MESSAGE_MAX_LENGTH = 4000;
export const MESSAGE_MAX_ATTACHMENTS = 5;

/**
 * POST /api/rooms. `direct`: exactly one other organisation (a second "contact" between the same two
 * organisations returns the existing direct room, 200 instead of 201). `negotiation`: 1–5 other
 * organisations of any type, about 0–5 listings. The caller's organisation is always a party.
 */
export const createRoomRequest = z.strictObject({
  kind: z.enum(ROOM_KINDS),
  title: z.string().trim().min(2).max(80).optional(),
  listingIds: z.array(uuid).max(5).optional(),
  participantOrgIds: z.array(uuid).min(1).max(5),
  /** Optional first message, sent with the room (e.g. "您好，我们对贵机构的项目很感兴趣"). */
  message: z.string().trim().min(1).max(MESSAGE_MAX_LENGTH).optional(),
});
export type CreateRoomRequest = z.input<typeof createRoomRequest>;

export const listRoomsQuery = z.object({
  kind: z.enum(ROOM_KINDS).optional(),
  status: z.enum(ROOM_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(30),
});

export const roomMessagesQuery = z.object({
  /** Messages with seq > afterSeq (ascending). */
  afterSeq: z.coerce.number().int().min(0).optional(),
  /** Messages with seq < beforeSeq (the page just before, ascending) — for scrolling back. */
  beforeSeq: z.coerce.number().int().min(1).optional(),
  /** Search within the room's messages (plain text). */
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const inviteToRoomRequest = z.strictObject({ organizationIds: z.array(uuid).min(1).max(5) });

export interface RoomPartyDto {
  organization: { id: string; name: string; type: OrgType };
  /** Role in the negotiation, free text set in the intent (需求方/资助方/执行方…); null until set. */
  role: string | null;
  joinedAt: string;
}

export interface AttachmentDto {
  url: string;
  name: string;
  size?: number;
}

export const attachmentInput = z.strictObject({
  url: uploadUrl,
  name: z.string().trim().min(1).max(120),
  size: z.number().int().min(0).max(25_000_000).optional(),
});

export interface MessageDto {
  id: string;
  roomId: string;
  seq: number;
  clientId: string;
  sender: { userId: string; orgId: string; displayName: string; orgName: string };
  body: string;
  attachments: AttachmentDto[];
  /** `system` messages record room events (party joined, intent proposed/signed, room closed). */
  type: 'text' | 'system';
  /** `system` messages only: what happened, for a client to phrase in its language (`body` is the Chinese text). */
  systemEvent?: SystemEventDto | null;
  /** Hidden by an organizer: participants get `body` '' and no attachments (show 「该消息已被组织者隐藏」). */
  hidden?: boolean;
  createdAt: string;
}

/** e.g. `{ kind: 'room_closed', params: { orgName } }`, `{ kind: 'party_joined', params: { orgNames } }`, `{ kind: 'intent_signed', params: { version } }`. */
export interface SystemEventDto {
  kind: string;
  params: Record<string, string | number>;
}

export interface RoomDto {
  id: string;
  kind: RoomKind;
  title: string;
  status: RoomStatus;
  expoId: string | null;
  parties: RoomPartyDto[];
  listings: { id: string; kind: 'need' | 'offer'; title: string; organizationId: string }[];
  createdBy: { userId: string; orgId: string };
  lastMessage: Pick<MessageDto, 'seq' | 'body' | 'createdAt' | 'sender' | 'type' | 'systemEvent'> | null;
  /** Highest seq in the room. */
  lastSeq: number;
  /** For the caller's user: seq of the last message they have read, and how many are unread. */
  readSeq: number;
  unread: number;
  /** Read markers of the parties: for each organisation, the highest seq one of its members has read (for "已读"). */
  partyReads?: { orgId: string; seq: number }[];
  /** The caller is muted in this room by an organizer (their sends get USER_MUTED); null otherwise. */
  muted?: { reason: string; until: string | null } | null;
  /** Latest intent version and its signature state, if any. */
  intent: { version: number; status: IntentStatus; signedBy: string[] } | null;
  createdAt: string;
  updatedAt: string;
}

export type IntentStatus = 'proposed' | 'signed' | 'withdrawn' | 'superseded';

/** GET /api/rooms/unread → the header badge. */
export interface UnreadSummaryDto {
  rooms: number;
  messages: number;
}
