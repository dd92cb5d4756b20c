import { z } from 'zod';
import type { ErrorCode } from '../errors.js';
import { intentTerms, type IntentDto } from './intents.js';
import { MESSAGE_MAX_ATTACHMENTS, MESSAGE_MAX_LENGTH, attachmentInput, type MessageDto, type RoomDto } from './rooms.js';

/**
 * The real-time protocol: Socket.IO namespace `/rt`, token in the handshake `auth: { token }`.
 * Every client → server event takes an ack answering RtAck. Payloads are validated with these schemas;
 * invalid ones get `{ ok: false, error: { code: 'VALIDATION_FAILED', … } }` and never crash the server.
 */
export const RT_NAMESPACE = '/rt';
export const RT_MAX_FRAME_BYTES = 64 * 1024;

const roomId = z.uuid();
export const rtSchemas = {
  'room:join': z.strictObject({ roomId, lastSeq: z.number().int().min(0).optional() }),
  'room:leave': z.strictObject({ roomId }),
  'message:send': z.strictObject({
    roomId,
    clientId: z.uuid(),
    body: z.string().trim().min(1).max(MESSAGE_MAX_LENGTH),
    attachments: z.array(attachmentInput).max(MESSAGE_MAX_ATTACHMENTS).optional(),
  }),
  typing: z.strictObject({ roomId }),
  read: z.strictObject({ roomId, seq: z.number().int().min(0) }),
  'intent:propose': z.strictObject({ roomId, terms: intentTerms }),
  'intent:sign': z.strictObject({ roomId, version: z.number().int().min(1) }),
  'intent:withdraw': z.strictObject({ roomId, version: z.number().int().min(1) }),
} as const;

export type RtClientEvent = keyof typeof rtSchemas;
export type RtPayload<E extends RtClientEvent> = z.input<(typeof rtSchemas)[E]>;

export type RtError = { code: ErrorCode; message: string; details?: Record<string, unknown> };
export type RtAck<T extends object = object> = ({ ok: true } & T) | { ok: false; error: RtError };

/** What each client event's ack carries on success. */
export interface RtAckData {
  'room:join': { room: RoomDto; messages: MessageDto[] };
  'room:leave': object;
  'message:send': { message: MessageDto };
  typing: object;
  read: { seq: number };
  'intent:propose': { intent: IntentDto };
  'intent:sign': { intent: IntentDto };
  'intent:withdraw': { intent: IntentDto };
}

export interface PresenceEvent {
  roomId: string;
  /** Users with at least one socket joined to the room, across every API process. */
  online: { userId: string; orgId: string; displayName: string }[];
}

export interface NotificationEvent {
  kind: 'message' | 'room_invite' | 'meeting_request' | 'meeting_answer' | 'intent_proposed' | 'intent_signed' | 'announcement';
  roomId?: string;
  meetingId?: string;
  /** kind `announcement`: the announcement's id (GET /api/announcements/latest answers the same one). */
  announcementId?: string;
  title: string;
  body?: string;
  createdAt: string;
}

/** Server → client events. */
export interface RtServerEvents {
  'message:new': (message: MessageDto) => void;
  /** An organizer hid a message: the message as participants now see it (`hidden: true`, body blanked); replace it by seq. */
  'message:hidden': (message: MessageDto) => void;
  presence: (event: PresenceEvent) => void;
  typing: (event: { roomId: string; userId: string; displayName: string }) => void;
  read: (event: { roomId: string; userId: string; orgId?: string; seq: number }) => void;
  'intent:updated': (event: { roomId: string; intent: IntentDto }) => void;
  'room:updated': (room: RoomDto) => void;
  notification: (event: NotificationEvent) => void;
  /** Unread totals for the header badge, pushed whenever they change. */
  'unread:updated': (event: { rooms: number; messages: number }) => void;
}

/** Client → server events (each with an ack). */
export type RtClientEvents = {
  [E in RtClientEvent]: (payload: RtPayload<E>, ack: (answer: RtAck<RtAckData[E]>) => void) => void;
};
