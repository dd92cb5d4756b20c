import { z } from 'zod';
import type { OrgType, ServiceDomain } from '@yiqia/domain';
import { isoDate, pageQuery, uuid } from './common.js';
import type { RtAck } from './realtime.js';
import { ROOM_STATUSES, type IntentStatus, type RoomKind, type RoomPartyDto, type RoomStatus } from './rooms.js';

/* ───────────────────────── Live dashboard: Socket.IO namespace /console ───────────────────────── */

/**
 * Organizers only: the handshake `auth: { token }` of anyone else is refused (connect_error with
 * `data: { code: 'FORBIDDEN' | 'UNAUTHENTICATED' }`). After connecting, a client sends
 * `console:watch { expoId }`; the ack carries the full snapshot, then the server pushes
 * `dashboard:update` with changed sections. A client that reconnects watches again and gets a new
 * full snapshot before any delta. Aggregates are computed once per interval for all viewers from the
 * database and the shared adapter (correct with several API processes).
 */
export const CONSOLE_NAMESPACE = '/console';

export const consoleSchemas = {
  'console:watch': z.strictObject({ expoId: uuid }),
  'console:unwatch': z.strictObject({ expoId: uuid }),
} as const;

export interface DashboardDto {
  expoId: string;
  /** Increases with every computation; a delta with version ≤ the one held is stale. */
  version: number;
  computedAt: string;
  online: { total: number; byOrgType: Record<OrgType, number> };
  /** Rooms of the expo with a message in the last 30 minutes / rooms still open. */
  rooms: { active: number; open: number; total: number };
  /** Messages per minute over the last 30 minutes (oldest first, zero-filled), and the current minute's rate. */
  messagesPerMinute: { series: { at: string; count: number }[]; current: number };
  meetingsToday: number;
  /** Signed intents and their total intended amount in 元 (CNY). */
  intents: { signed: number; amountTotal: number };
  listingsByDomain: { domain: ServiceDomain; needs: number; offers: number }[];
  /** By province (2-digit GB/T 2260 prefix + '0000', e.g. 510000), for the China map. */
  listingsByProvince: { regionCode: string; name: string; needs: number; offers: number }[];
  funnel: { views: number; contacts: number; rooms: number; intentsSigned: number };
  topBooths: { boothId: string; title: string; orgName: string; visits: number }[];
  /** Open needs nobody has contacted (no room links them), oldest first; `total` counts all of them. */
  unansweredNeeds: { total: number; items: { listingId: string; title: string; orgName: string; createdAt: string }[] };
  /** Meeting requests still pending, longest waiting first. */
  pendingMeetings: {
    total: number;
    items: { meetingId: string; requesterOrg: string; inviteeOrg: string; createdAt: string; waitingMinutes: number }[];
  };
}

export type DashboardSection = Exclude<keyof DashboardDto, 'expoId' | 'version' | 'computedAt'>;

export interface ConsoleServerEvents {
  /** Only the sections that changed since `version - 1`. */
  'dashboard:update': (delta: { expoId: string; version: number; computedAt: string; sections: Partial<Pick<DashboardDto, DashboardSection>> }) => void;
}

export interface ConsoleAckData {
  'console:watch': { snapshot: DashboardDto };
  'console:unwatch': object;
}

export type ConsoleClientEvents = {
  [E in keyof typeof consoleSchemas]: (payload: z.input<(typeof consoleSchemas)[E]>, ack: (answer: RtAck<ConsoleAckData[E]>) => void) => void;
};

/* ───────────────────────── Session monitor and moderation (REST, organizers) ───────────────────────── */

/** GET /api/console/rooms?expoId=… */
export const consoleRoomsQuery = pageQuery.extend({
  expoId: uuid,
  status: z.enum(ROOM_STATUSES).optional(),
  /** Only rooms with an open report. */
  reported: z.enum(['true', 'false']).optional(),
  /** Only rooms with a message in the last 30 minutes. */
  active: z.enum(['true', 'false']).optional(),
  /** Room title or party name. */
  q: z.string().trim().min(1).max(100).optional(),
});

export interface ConsoleRoomDto {
  id: string;
  kind: RoomKind;
  title: string;
  status: RoomStatus;
  parties: RoomPartyDto[];
  messageCount: number;
  lastActivityAt: string | null;
  intent: { version: number; status: IntentStatus; signedBy: string[] } | null;
  /** Open (not yet handled) reports by participants. */
  reports: number;
  createdAt: string;
}

export const ROOM_TIMELINE_KINDS = [
  'created', 'party_joined', 'intent_proposed', 'intent_signed', 'intent_withdrawn', 'meeting_requested',
  'reported', 'message_hidden', 'user_muted', 'user_unmuted', 'closed', 'reopened',
] as const;
export type RoomTimelineKind = (typeof ROOM_TIMELINE_KINDS)[number];

export interface RoomReportDto {
  id: string;
  roomId: string;
  reporter: { userId: string; displayName: string; orgName: string };
  reason: string;
  messageId: string | null;
  createdAt: string;
  /** Set once an organizer marked the report handled (POST /api/console/rooms/:id/reports/:reportId/resolve). */
  resolvedAt?: string | null;
}

/** GET /api/console/rooms/:id — metadata and timeline of states (never message bodies). */
export interface ConsoleRoomDetailDto extends ConsoleRoomDto {
  timeline: { at: string; kind: RoomTimelineKind; actor: string | null; detail: string | null }[];
  reportsList: RoomReportDto[];
  mutedUsers: { userId: string; displayName: string; orgName: string; reason: string; until: string | null }[];
  /** True when a participant has reported the room: only then GET …/transcript answers. */
  transcriptAvailable: boolean;
}

/** GET /api/console/rooms/:id/transcript → { messages: MessageDto[] } (403 TRANSCRIPT_NOT_REPORTED unless reported). */

/** POST /api/rooms/:id/reports (a participant) → 201 RoomReportDto. */
export const reportRoomRequest = z.strictObject({
  reason: z.string().trim().min(2).max(500),
  messageId: uuid.optional(),
});
export type ReportRoomRequest = z.input<typeof reportRoomRequest>;

export const moderationReason = z.string().trim().min(2).max(500);

/** POST /api/console/rooms/:id/messages/:messageId/hide → 200 { message }. Participants then see 「该消息已被组织者隐藏」. */
export const hideMessageRequest = z.strictObject({ reason: moderationReason });

/** POST /api/console/rooms/:id/mutes → 201; DELETE /api/console/rooms/:id/mutes/:userId → 204. A muted user's sends get USER_MUTED. */
export const muteUserRequest = z.strictObject({
  userId: uuid,
  reason: moderationReason,
  /** Omitted = until unmuted. */
  minutes: z.number().int().min(1).max(60 * 24 * 30).optional(),
});

/** POST /api/console/rooms/:id/reports/:reportId/resolve → 200 RoomReportDto (audited `report.resolve`; the transcript stays readable). */
export const resolveReportRequest = z.strictObject({ note: z.string().trim().min(2).max(500).optional() });

/** POST /api/console/rooms/:id/close → 200 ConsoleRoomDto. */
export const closeRoomRequest = z.strictObject({ reason: moderationReason });

/* ───────────────────────── Audit log ───────────────────────── */

export const AUDIT_ACTIONS = [
  'message.hide', 'user.mute', 'user.unmute', 'room.close', 'room.transcript_read', 'introduction.create',
  'announcement.send', 'booth.approve', 'booth.reject', 'export.download', 'report.resolve',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditQuery = pageQuery.extend({
  action: z.enum(AUDIT_ACTIONS).optional(),
  actorId: uuid.optional(),
  /** Room id, booth id… A room id also finds the actions on its messages and members. */
  targetId: uuid.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export interface AuditEntryDto {
  id: string;
  actor: { userId: string; displayName: string };
  action: AuditAction;
  targetType: 'room' | 'message' | 'user' | 'booth' | 'expo' | 'export';
  targetId: string | null;
  /** The reason given, when the action takes one. */
  reason: string | null;
  /** Action-specific facts (e.g. { roomTitle, mutedUser, rows }). */
  details: Record<string, unknown>;
  createdAt: string;
}

/* ───────────────────────── Introductions and announcements ───────────────────────── */

/**
 * POST /api/console/introductions → 201 { room: RoomDto }. A need and an offer (or a need, a funder's
 * offer and an implementer's offer): opens a negotiation room inviting their organisations, linked to
 * the listings, with the organizer's note as the first message.
 */
export const createIntroductionRequest = z.strictObject({
  expoId: uuid,
  listingIds: z.array(uuid).min(2).max(3),
  note: z.string().trim().min(2).max(1000),
  title: z.string().trim().min(2).max(80).optional(),
});
export type CreateIntroductionRequest = z.input<typeof createIntroductionRequest>;

/** POST /api/console/announcements → 201 AnnouncementDto; pushed as `notification` kind `announcement` on /rt to everyone online. */
export const createAnnouncementRequest = z.strictObject({
  expoId: uuid,
  title: z.string().trim().min(2).max(60),
  body: z.string().trim().min(2).max(500),
});
export type CreateAnnouncementRequest = z.input<typeof createAnnouncementRequest>;

export interface AnnouncementDto {
  id: string;
  expoId: string;
  title: string;
  body: string;
  author: { userId: string; displayName: string };
  /** Sockets it was delivered to at sending time, across processes. */
  deliveredTo: number;
  createdAt: string;
}
/** GET /api/console/announcements?expoId= → Page<AnnouncementDto>; GET /api/announcements/latest?expoId= (anyone) → AnnouncementDto | 204. */
export const announcementsQuery = pageQuery.extend({ expoId: uuid });
export const latestAnnouncementQuery = z.object({ expoId: uuid });

/* ───────────────────────── Exports and results ───────────────────────── */

export const EXPORT_ENTITIES = ['booths', 'listings', 'rooms', 'meetings', 'intents'] as const;
export type ExportEntity = (typeof EXPORT_ENTITIES)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * GET /api/console/exports/:entity?format=csv|xlsx&expoId=…&<filters> → a streamed file
 * (Content-Disposition attachment, UTF-8 BOM for CSV so Excel opens Chinese correctly).
 * GET /api/console/exports/:entity/preview?… → { total, rows: first 20 as objects, columns } for the screen.
 * Filters are those of the matching console list.
 */
export const exportQuery = z.object({
  expoId: uuid,
  format: z.enum(EXPORT_FORMATS).default('csv'),
  /** booths: draft|submitted|approved|rejected; listings: open|matched|closed; rooms: open|signed|closed; meetings: pending|accepted|declined|cancelled; intents: proposed|signed|withdrawn|superseded */
  status: z.string().trim().min(1).max(20).optional(),
  kind: z.enum(['need', 'offer']).optional(),
  domain: z.string().trim().min(1).max(40).optional(),
  orgType: z.string().trim().min(1).max(20).optional(),
  /** A GB/T 2260 code at any level. */
  region: z.string().regex(/^\d{6}$/).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().min(1).max(100).optional(),
});
export type ExportQuery = z.input<typeof exportQuery>;

export interface ExportPreviewDto {
  total: number;
  columns: { key: string; label: string }[];
  rows: Record<string, string | number | null>[];
}

/** GET /api/console/expos/:expoId/results — the 成果统计 page. Amounts in 元. */
export interface ExpoResultsDto {
  expo: { id: string; name: string; startsAt: string; endsAt: string };
  generatedAt: string;
  totals: {
    booths: number;
    organizations: number;
    needs: number;
    offers: number;
    /** Distinct organisation pairs that opened a conversation. */
    contacts: number;
    rooms: number;
    meetings: number;
    intentsSigned: number;
    intendedAmount: number;
  };
  byDomain: ResultsRow<ServiceDomain>[];
  byOrgType: ResultsRow<OrgType>[];
  /** Districts (GB/T 2260 level 3) with any activity, by intended amount then listings. */
  byDistrict: ResultsRow<string>[];
}

export interface ResultsRow<K extends string> {
  key: K;
  /** Label in the caller's language (districts: the Chinese name). */
  label: string;
  booths: number;
  needs: number;
  offers: number;
  rooms: number;
  intentsSigned: number;
  intendedAmount: number;
}
