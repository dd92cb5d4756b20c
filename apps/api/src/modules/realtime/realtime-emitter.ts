import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Namespace } from 'socket.io';
import type { IntentDto, MessageDto, NotificationEvent, RtServerEvents, SystemEventDto } from '@yiqia/contracts';
import { APP_CONFIG } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import { SessionEvents } from '../auth/session-events.js';
import { MessageWriter, newClientId } from '../rooms/message-writer.js';
import { RoomViews } from '../rooms/room-views.js';
import { SocketRegistry } from './socket-registry.js';

/** Socket.IO room names (every API process shares them through the Redis adapter). */
export const rtRooms = {
  room: (roomId: string) => `room:${roomId}`,
  user: (userId: string) => `user:${userId}`,
  org: (orgId: string) => `org:${orgId}`,
  session: (sessionId: string) => `session:${sessionId}`,
};

/** Who did something, for system messages. */
export interface RtActor {
  userId: string;
  orgId: string;
}

const UNREAD_DEBOUNCE_MS = 100;
const SERVER_UNREAD = 'yiqia:unread';

/**
 * The one way for server code to push real-time events. Inject it (it is exported by RoomsModule,
 * `apps/api/src/modules/rooms/rooms.module.ts`) and call it AFTER your transaction has committed:
 *
 * - `messageCreated(message, partyOrgIds)` — a message row was committed: `message:new` to the room,
 *   `notification` + `unread:updated` to the parties' members who are not in the room.
 * - `systemMessage(roomId, actor, body, event)` — writes a system message (own transaction) and
 *   broadcasts it. Inside your own transaction use `MessageWriter.appendInTransaction(m, …)` and then
 *   `messageCreated(…)` after the commit.
 * - `intentUpdated(roomId, intent)` — `intent:updated` to everyone in the room.
 * - `roomUpdated(roomId)` — `room:updated` with each member's own RoomDto (read marker, unread count) to
 *   every member of every party (call it after status, parties, title or intent summary changed).
 * - `notifyOrgs(orgIds, event)` / `notifyUsers(userIds, event)` — a `notification` (meeting requests…).
 * - `unreadChanged(userIds)` — recompute and push `unread:updated` to those users.
 *
 * Every method is fire-and-forget safe: it never throws, and does nothing when no gateway is running.
 */
@Injectable()
export class RealtimeEmitter implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('RealtimeEmitter');
  private nsp: Namespace | null = null;
  private readonly unreadQueue = new Set<string>();
  private unreadTimer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly views: RoomViews,
    private readonly writer: MessageWriter,
    private readonly registry: SocketRegistry,
    private readonly sessionEvents: SessionEvents,
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.sessionEvents.onEnded((e) => {
      if ('sessionId' in e) this.disconnect(rtRooms.session(e.sessionId));
      else this.disconnect(rtRooms.user(e.userId));
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
    if (this.unreadTimer) clearTimeout(this.unreadTimer);
  }

  /** Called by the gateway once the `/rt` namespace exists. */
  attach(nsp: Namespace): void {
    this.nsp = nsp;
    if (this.config.redisUrl) {
      nsp.on(SERVER_UNREAD, (roomId: string, orgIds: string[], senderUserId: string | null) => this.localUnread(roomId, orgIds, senderUserId ?? undefined));
    }
  }

  get server(): Namespace | null {
    return this.nsp;
  }

  messageCreated(message: MessageDto, partyOrgIds: string[], opts: { notify?: boolean } = {}): void {
    const nsp = this.nsp;
    if (!nsp) return;
    try {
      this.emit(nsp.to(rtRooms.room(message.roomId)), 'message:new', message);
      if (opts.notify === false || partyOrgIds.length === 0) return;
      const notification: NotificationEvent = {
        kind: 'message',
        roomId: message.roomId,
        title: message.type === 'system' ? message.body.slice(0, 80) : message.sender.orgName || message.sender.displayName,
        body: message.type === 'system' ? undefined : message.body.slice(0, 140),
        createdAt: message.createdAt,
      };
      let target = nsp.to(partyOrgIds.map(rtRooms.org)).except(rtRooms.room(message.roomId));
      if (message.sender.userId) target = target.except(rtRooms.user(message.sender.userId));
      this.emit(target, 'notification', notification);
      const sender = message.type === 'system' ? null : message.sender.userId || null;
      if (this.config.redisUrl) nsp.serverSideEmit(SERVER_UNREAD, message.roomId, partyOrgIds, sender);
      this.localUnread(message.roomId, partyOrgIds, sender ?? undefined);
    } catch (e) {
      this.log.error(`messageCreated: ${(e as Error).stack ?? e}`);
    }
  }

  async systemMessage(roomId: string, actor: RtActor | null, body: string, event: SystemEventDto): Promise<MessageDto | null> {
    try {
      const names: { display_name: string | null; org_name: string | null }[] = actor
        ? await this.ds.query(`SELECT (SELECT display_name FROM users WHERE id = $1) AS display_name, (SELECT name FROM organizations WHERE id = $2) AS org_name`, [
            actor.userId,
            actor.orgId,
          ])
        : [{ display_name: '', org_name: '' }];
      const r = await this.writer.append({
        roomId,
        clientId: newClientId(),
        type: 'system',
        sender: { userId: actor?.userId ?? null, orgId: actor?.orgId ?? null, displayName: names[0].display_name ?? '', orgName: names[0].org_name ?? '' },
        body,
        systemEvent: event,
      });
      if (!r.ok) {
        this.log.warn(`system message in room ${roomId} refused: ${r.code}`);
        return null;
      }
      this.messageCreated(r.message, r.partyOrgIds);
      return r.message;
    } catch (e) {
      this.log.error(`systemMessage: ${(e as Error).stack ?? e}`);
      return null;
    }
  }

  intentUpdated(roomId: string, intent: IntentDto): void {
    if (!this.nsp) return;
    this.emit(this.nsp.to(rtRooms.room(roomId)), 'intent:updated', { roomId, intent });
  }

  async roomUpdated(roomId: string): Promise<void> {
    const nsp = this.nsp;
    if (!nsp) return;
    try {
      const users: { id: string }[] = await this.ds.query(
        `SELECT u.id FROM users u JOIN room_parties rp ON rp.org_id = u.organization_id WHERE rp.room_id = $1`,
        [roomId],
      );
      if (users.length === 0) return;
      const ids = users.map((u) => u.id);
      const dtos = (await this.views.roomsFor([roomId], ids)).get(roomId) ?? [];
      dtos.forEach((dto, i) => this.emit(nsp.to(rtRooms.user(ids[i])), 'room:updated', dto));
      await this.unreadChanged(ids);
    } catch (e) {
      this.log.error(`roomUpdated: ${(e as Error).stack ?? e}`);
    }
  }

  notifyOrgs(orgIds: string[], event: NotificationEvent): void {
    if (!this.nsp || orgIds.length === 0) return;
    this.emit(this.nsp.to(orgIds.map(rtRooms.org)), 'notification', event);
  }

  notifyUsers(userIds: string[], event: NotificationEvent): void {
    if (!this.nsp || userIds.length === 0) return;
    this.emit(this.nsp.to(userIds.map(rtRooms.user)), 'notification', event);
  }

  /** Recomputes the header badge of these users and pushes it to all their sockets (every process). */
  async unreadChanged(userIds: string[]): Promise<void> {
    const nsp = this.nsp;
    if (!nsp || userIds.length === 0) return;
    try {
      const totals = await this.views.unreadFor(userIds);
      for (const [userId, t] of totals) this.emit(nsp.to(rtRooms.user(userId)), 'unread:updated', t);
    } catch (e) {
      this.log.error(`unreadChanged: ${(e as Error).stack ?? e}`);
    }
  }

  /** Disconnects every socket in a Socket.IO room, on every process (logout, removal). */
  disconnect(rtRoom: string): void {
    try {
      this.nsp?.in(rtRoom).disconnectSockets(true);
    } catch (e) {
      this.log.error(`disconnect ${rtRoom}: ${(e as Error).message}`);
    }
  }

  /**
   * A message landed in a room: the members connected to THIS process whose sockets are outside the room
   * get their new unread totals (debounced, one query per batch). Each process does this for its own sockets.
   */
  private localUnread(roomId: string, orgIds: string[], senderUserId?: string): void {
    for (const userId of this.registry.usersOutsideRoom(orgIds, roomId, senderUserId)) this.unreadQueue.add(userId);
    if (this.unreadQueue.size === 0 || this.unreadTimer) return;
    this.unreadTimer = setTimeout(() => void this.flushUnread(), UNREAD_DEBOUNCE_MS);
    this.unreadTimer.unref();
  }

  private async flushUnread(): Promise<void> {
    this.unreadTimer = null;
    const userIds = [...this.unreadQueue];
    this.unreadQueue.clear();
    try {
      const totals = await this.views.unreadFor(userIds);
      for (const [userId, t] of totals) for (const s of this.registry.socketsOfUser(userId)) this.emit(s as never, 'unread:updated', t);
    } catch (e) {
      this.log.error(`unread: ${(e as Error).message}`);
    }
  }

  private emit<E extends keyof RtServerEvents>(target: { emit: (ev: string, ...args: unknown[]) => boolean }, event: E, ...args: Parameters<RtServerEvents[E]>): void {
    try {
      target.emit(event, ...args);
    } catch (e) {
      this.log.error(`emit ${event}: ${(e as Error).message}`);
    }
  }
}
