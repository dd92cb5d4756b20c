import { type BeforeApplicationShutdown, Inject, Logger } from '@nestjs/common';
import { type OnGatewayConnection, type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import { DataSource } from 'typeorm';
import type { ExtendedError, Namespace } from 'socket.io';
import {
  type ErrorCode,
  type PresenceEvent,
  RT_NAMESPACE,
  type RtAck,
  type RtClientEvent,
  type RtError,
  errorMessage,
  rtSchemas,
} from '@yiqia/contracts';
import type { Lang } from '@yiqia/domain';
import { ApiException } from '../../common/api.exception.js';
import { parseOrThrow } from '../../common/zod-validation.js';
import { APP_CONFIG } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import { SocketAuthenticator, connectError, handshakeLang } from '../auth/socket-auth.js';
import { RealtimeEmitter, rtRooms } from './realtime-emitter.js';
import { RtHandlers, type RtHandlerResult } from './rt-handlers.js';
import { type RtSocket, type RtSocketData, SocketRegistry } from './socket-registry.js';
import { TokenBucket } from './token-bucket.js';

const PRESENCE_DEBOUNCE_MS = 30;
/** How long a graceful shutdown waits for handlers already running. */
const DRAIN_TIMEOUT_MS = 10_000;
/** How long it waits for the last packets to be flushed before the transports close anyway. */
const CLOSE_TIMEOUT_MS = 3_000;

/**
 * The `/rt` Socket.IO gateway. The handshake middleware authenticates (access token + live session) and
 * checks Origin; each connection joins `user:<id>`, `session:<sid>` and `org:<orgId>`. Every client
 * event goes through `dispatch`: rate limit, zod validation, a handler that never throws out (errors
 * become error acks), and in-flight accounting for graceful shutdown.
 */
@WebSocketGateway({ namespace: RT_NAMESPACE })
export class RtGateway implements OnGatewayInit, OnGatewayConnection, BeforeApplicationShutdown {
  private readonly log = new Logger('RtGateway');
  private nsp!: Namespace;
  private draining = false;
  private inflight = 0;
  private idle: (() => void) | null = null;
  private readonly presenceTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly auth: SocketAuthenticator,
    private readonly handlers: RtHandlers,
    private readonly registry: SocketRegistry,
    private readonly emitter: RealtimeEmitter,
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  afterInit(nsp: Namespace): void {
    this.nsp = nsp;
    this.emitter.attach(nsp);
    nsp.use((socket, next) => {
      this.handshake(socket as RtSocket).then(
        () => next(),
        (e: unknown) => next(e as ExtendedError),
      );
    });
  }

  // ---- connection ---------------------------------------------------------------------------------

  private async handshake(socket: RtSocket): Promise<void> {
    const lang = handshakeLang(socket.handshake);
    if (this.draining) throw connectError('SHUTTING_DOWN', lang);
    const { ctx, exp } = await this.auth.authenticate(socket.handshake, lang).catch((e: unknown) => {
      if ((e as Error).message === 'ORIGIN_NOT_ALLOWED') this.log.warn(`refused connection from origin ${socket.handshake.headers.origin}`);
      throw e;
    });
    const [names]: { display_name: string; org_name: string | null }[] = await this.ds.query(
      `SELECT u.display_name, o.name AS org_name FROM users u LEFT JOIN organizations o ON o.id = u.organization_id WHERE u.id = $1`,
      [ctx.userId],
    );
    const data: RtSocketData = {
      userId: ctx.userId,
      sessionId: ctx.sessionId,
      orgId: ctx.organizationId,
      orgRole: ctx.orgRole,
      role: ctx.role,
      displayName: names?.display_name ?? '',
      orgName: names?.org_name ?? '',
      lang,
      exp,
    };
    socket.data = data;
  }

  handleConnection(socket: RtSocket): void {
    const d = socket.data;
    if (!d?.userId) {
      socket.disconnect(true); // cannot happen: the middleware sets data or refuses
      return;
    }
    void socket.join([rtRooms.user(d.userId), rtRooms.session(d.sessionId), ...(d.orgId ? [rtRooms.org(d.orgId)] : [])]);
    this.registry.add(socket);
    // The access token expires: disconnect; the client reconnects with a fresh token.
    const expiry = setTimeout(() => socket.disconnect(true), Math.max(0, d.exp * 1000 - Date.now()));
    expiry.unref();
    const bucket = new TokenBucket(this.config.rtRatePerSecond, this.config.rtRateBurst);

    socket.use((packet, next) => {
      const [event] = packet;
      const ack = typeof packet[packet.length - 1] === 'function' ? (packet[packet.length - 1] as (a: RtAck) => void) : undefined;
      if (this.draining) return void ack?.(this.fail('SHUTTING_DOWN', d.lang));
      if (!bucket.take()) return void ack?.(this.fail('RATE_LIMITED', d.lang));
      if (!(typeof event === 'string' && event in rtSchemas)) return void ack?.(this.fail('ROUTE_NOT_FOUND', d.lang));
      next();
    });
    for (const event of Object.keys(rtSchemas) as RtClientEvent[]) {
      socket.on(event as never, (...args: unknown[]) => void this.dispatch(socket, event, args));
    }
    socket.on('disconnecting', () => {
      for (const room of socket.rooms) if (room.startsWith('room:')) this.schedulePresence(room.slice(5));
    });
    socket.on('disconnect', () => {
      clearTimeout(expiry);
      this.registry.remove(socket);
    });
  }

  // ---- events --------------------------------------------------------------------------------------

  private async dispatch(socket: RtSocket, event: RtClientEvent, args: unknown[]): Promise<void> {
    const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as (a: RtAck) => void) : undefined;
    const lang = socket.data.lang;
    // socket.io runs handlers a tick after the middleware: re-check, so nothing starts once draining began.
    if (this.draining) return void ack?.(this.fail('SHUTTING_DOWN', lang));
    this.inflight += 1;
    let result: RtHandlerResult | undefined;
    try {
      const payload = parseOrThrow(rtSchemas[event], args.length === 1 ? args[0] : args.length === 0 ? undefined : args, lang);
      result = await this.handlers.handle(socket, event, payload);
      ack?.({ ok: true, ...result.ack });
    } catch (e) {
      ack?.(this.failFrom(e, socket, event, lang));
    } finally {
      this.inflight -= 1;
    }
    try {
      // After the ack: broadcasts (message:new, read, presence …) never delay or break the answer.
      result?.after?.();
      if (result?.presence) this.schedulePresence(result.presence);
    } catch (e) {
      this.log.error(`${event} after-ack: ${(e as Error).stack ?? e}`);
    }
    if (this.inflight === 0 && this.idle) this.idle();
  }

  private failFrom(e: unknown, socket: RtSocket, event: string, lang: Lang): RtAck {
    if (e instanceof ApiException) {
      return { ok: false, error: { code: e.code, message: errorMessage(e.code, lang), ...(e.details ? { details: e.details } : {}) } };
    }
    this.log.error(`${event} by user ${socket.data.userId}: ${(e as Error)?.stack ?? e}`);
    return this.fail('INTERNAL', lang);
  }

  private fail(code: ErrorCode, lang: Lang): { ok: false; error: RtError } {
    return { ok: false, error: { code, message: errorMessage(code, lang) } };
  }

  // ---- presence ------------------------------------------------------------------------------------

  /** Broadcasts who is in the room, from every process's sockets (fetchSockets goes through the adapter). */
  schedulePresence(roomId: string): void {
    if (this.presenceTimers.has(roomId)) return;
    const timer = setTimeout(() => {
      this.presenceTimers.delete(roomId);
      void this.broadcastPresence(roomId);
    }, PRESENCE_DEBOUNCE_MS);
    timer.unref();
    this.presenceTimers.set(roomId, timer);
  }

  private async broadcastPresence(roomId: string): Promise<void> {
    try {
      const sockets = await this.nsp.in(rtRooms.room(roomId)).fetchSockets();
      const online = new Map<string, PresenceEvent['online'][number]>();
      for (const s of sockets) {
        const d = s.data as RtSocketData;
        if (d?.userId && !online.has(d.userId)) online.set(d.userId, { userId: d.userId, orgId: d.orgId ?? '', displayName: d.displayName });
      }
      const event: PresenceEvent = { roomId, online: [...online.values()] };
      this.nsp.to(rtRooms.room(roomId)).emit('presence', event);
    } catch (e) {
      this.log.warn(`presence of room ${roomId}: ${(e as Error).message}`);
    }
  }

  // ---- shutdown ------------------------------------------------------------------------------------

  /**
   * SIGTERM: refuse new connections and events (SHUTTING_DOWN), let running handlers finish and send
   * their acks, then close this process's sockets (clients reconnect to another process or after restart).
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.nsp) return;
    this.draining = true;
    if (this.inflight > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, DRAIN_TIMEOUT_MS);
        this.idle = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    for (const t of this.presenceTimers.values()) clearTimeout(t);
    this.presenceTimers.clear();
    // Close the transports, not the Socket.IO sessions: the engine flushes what is queued (the last acks)
    // before closing, and clients see "transport close" and reconnect by themselves (elsewhere or later).
    // (disconnectSockets() would tell them "io server disconnect", after which clients do not reconnect.)
    // Wait until they are closed: the server's own close right after would discard unflushed packets.
    const closing = [...this.nsp.sockets.values()].map(
      (socket) =>
        new Promise<void>((resolve) => {
          if (socket.conn.readyState === 'closed') return resolve();
          socket.conn.once('close', () => resolve());
          socket.conn.close();
        }),
    );
    await Promise.race([Promise.all(closing), new Promise((r) => setTimeout(r, CLOSE_TIMEOUT_MS).unref())]);
    this.log.log('real-time gateway drained');
  }
}

