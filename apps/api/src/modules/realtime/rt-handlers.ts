import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { FIELD_MESSAGES, type IntentDto, type RtAckData, type RtClientEvent, type rtSchemas } from '@yiqia/contracts';
import { ApiException, ValidationFailedException } from '../../common/api.exception.js';
import type { AuthContext } from '../auth/auth-context.js';
import { IntentsService } from '../intents/intents.service.js';
import { MessageWriter } from '../rooms/message-writer.js';
import { RoomViews } from '../rooms/room-views.js';
import { RoomsService } from '../rooms/rooms.service.js';
import { RealtimeEmitter, rtRooms } from './realtime-emitter.js';
import type { RtSocket } from './socket-registry.js';

/** What a handler answers: the ack's data, work to do after the ack went out, a room whose presence changed. */
export interface RtHandlerResult {
  ack: object;
  after?: () => void;
  presence?: string;
}

type Payload<E extends RtClientEvent> = z.output<(typeof rtSchemas)[E]>;

/** Messages a rejoin replays at most; the client pages the rest over REST (`afterSeq`). */
export const JOIN_REPLAY_LIMIT = 500;
/** Messages a join without `lastSeq` returns (the latest page). */
export const JOIN_LATEST_LIMIT = 50;
const TYPING_INTERVAL_MS = 1000;

const STATUS: Partial<Record<string, number>> = { NOT_FOUND: 404, FORBIDDEN: 403, USER_MUTED: 403, ROOM_CLOSED: 409, INTERNAL: 500 };

/** The client → server events of the `/rt` namespace; payloads arrive validated. */
@Injectable()
export class RtHandlers {
  private readonly log = new Logger('RtHandlers');
  private readonly typingAt = new WeakMap<RtSocket, Map<string, number>>();

  constructor(
    readonly ds: DataSource,
    private readonly rooms: RoomsService,
    private readonly views: RoomViews,
    private readonly writer: MessageWriter,
    private readonly emitter: RealtimeEmitter,
    private readonly intents: IntentsService,
  ) {}

  handle(socket: RtSocket, event: RtClientEvent, payload: unknown): Promise<RtHandlerResult> {
    switch (event) {
      case 'room:join':
        return this.join(socket, payload as Payload<'room:join'>);
      case 'room:leave':
        return this.leave(socket, payload as Payload<'room:leave'>);
      case 'message:send':
        return this.send(socket, payload as Payload<'message:send'>);
      case 'typing':
        return this.typing(socket, payload as Payload<'typing'>);
      case 'read':
        return this.read(socket, payload as Payload<'read'>);
      case 'intent:propose': {
        const p = payload as Payload<'intent:propose'>;
        return this.intentAck(this.intents.propose(this.caller(socket), p.roomId, p.terms, socket.data.lang));
      }
      case 'intent:sign': {
        const p = payload as Payload<'intent:sign'>;
        return this.intentAck(this.intents.sign(this.caller(socket), p.roomId, p.version, socket.data.lang));
      }
      case 'intent:withdraw': {
        const p = payload as Payload<'intent:withdraw'>;
        return this.intentAck(this.intents.withdraw(this.caller(socket), p.roomId, p.version, socket.data.lang));
      }
    }
  }

  /** IntentsService broadcasts intent:updated, the system note and room:updated itself, after its commit. */
  private async intentAck(work: Promise<IntentDto>): Promise<RtHandlerResult> {
    const ack: RtAckData['intent:sign'] = { intent: await work };
    return { ack };
  }

  private caller(socket: RtSocket): AuthContext {
    const d = socket.data;
    return { userId: d.userId, sessionId: d.sessionId, role: d.role, organizationId: d.orgId, orgRole: d.orgRole };
  }

  private async join(socket: RtSocket, p: Payload<'room:join'>): Promise<RtHandlerResult> {
    await this.rooms.assertMember(this.caller(socket), p.roomId);
    // Join first, then read: a message committed in between is both in the answer and broadcast
    // (clients dedupe by seq), never in neither.
    await socket.join(rtRooms.room(p.roomId));
    const [room, messages] = await Promise.all([
      this.views.room(p.roomId, socket.data.userId),
      p.lastSeq !== undefined ? this.views.messagesAfter(p.roomId, p.lastSeq, JOIN_REPLAY_LIMIT) : this.views.history(p.roomId, { limit: JOIN_LATEST_LIMIT }),
    ]);
    const ack: RtAckData['room:join'] = { room: room!, messages };
    return { ack, presence: p.roomId };
  }

  private async leave(socket: RtSocket, p: Payload<'room:leave'>): Promise<RtHandlerResult> {
    const joined = socket.rooms.has(rtRooms.room(p.roomId));
    await socket.leave(rtRooms.room(p.roomId));
    return { ack: {}, presence: joined ? p.roomId : undefined };
  }

  private async send(socket: RtSocket, p: Payload<'message:send'>): Promise<RtHandlerResult> {
    const d = socket.data;
    const attachments = p.attachments?.length ? await this.checkAttachments(p.attachments, d.lang) : [];
    const r = await this.writer.append({
      roomId: p.roomId,
      clientId: p.clientId,
      sender: { userId: d.userId, orgId: d.orgId, displayName: d.displayName, orgName: d.orgName },
      body: p.body,
      attachments,
    });
    if (!r.ok) {
      if (r.code === 'FORBIDDEN') this.log.warn(`refused: user ${d.userId} (org ${d.orgId ?? 'none'}) sent to room ${p.roomId} without being a party`);
      throw new ApiException(r.code, STATUS[r.code] ?? 400);
    }
    const ack: RtAckData['message:send'] = { message: r.message };
    // A retry of a committed send is broadcast again (clients dedupe by seq): the first broadcast may
    // have been lost with the process that committed it.
    return { ack, after: () => this.emitter.messageCreated(r.message, r.partyOrgIds, { notify: r.created }) };
  }

  private async typing(socket: RtSocket, p: Payload<'typing'>): Promise<RtHandlerResult> {
    await this.assertInRoom(socket, p.roomId);
    let last = this.typingAt.get(socket);
    if (!last) this.typingAt.set(socket, (last = new Map()));
    const now = Date.now();
    if (now - (last.get(p.roomId) ?? 0) < TYPING_INTERVAL_MS) return { ack: {} };
    last.set(p.roomId, now);
    const d = socket.data;
    return { ack: {}, after: () => socket.to(rtRooms.room(p.roomId)).emit('typing' as never, { roomId: p.roomId, userId: d.userId, displayName: d.displayName } as never) };
  }

  private async read(socket: RtSocket, p: Payload<'read'>): Promise<RtHandlerResult> {
    await this.assertInRoom(socket, p.roomId);
    const seq = await this.rooms.markRead(this.caller(socket), p.roomId, p.seq);
    const ack: RtAckData['read'] = { seq };
    const userId = socket.data.userId;
    const orgId = socket.data.orgId ?? undefined;
    return {
      ack,
      after: () => {
        this.emitter.server?.to(rtRooms.room(p.roomId)).emit('read', { roomId: p.roomId, userId, orgId, seq });
        void this.emitter.unreadChanged([userId]);
      },
    };
  }

  /** Sockets that joined the room passed the membership check then; others are checked now. */
  private async assertInRoom(socket: RtSocket, roomId: string): Promise<void> {
    if (socket.rooms.has(rtRooms.room(roomId))) return;
    await this.rooms.assertMember(this.caller(socket), roomId);
  }

  /** Attachments must be files uploaded here; their stored size is used. */
  private async checkAttachments(list: NonNullable<Payload<'message:send'>['attachments']>, lang: 'zh' | 'en') {
    const names = list.map((a) => a.url.slice('/api/uploads/'.length));
    const rows: { stored_name: string; size: number }[] = await this.ds.query(`SELECT stored_name, size FROM uploads WHERE stored_name = ANY($1::text[])`, [names]);
    const sizeOf = new Map(rows.map((r) => [r.stored_name, r.size]));
    const bad = names.map((n, i) => (sizeOf.has(n) ? -1 : i)).filter((i) => i >= 0);
    if (bad.length > 0) {
      throw new ValidationFailedException(bad.map((i) => ({ path: `attachments.${i}.url`, code: 'upload_url', message: FIELD_MESSAGES.upload_url[lang] })));
    }
    return list.map((a, i) => ({ url: a.url, name: a.name, size: sizeOf.get(names[i]) }));
  }
}
