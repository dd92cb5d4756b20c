import { Inject, Logger, type OnModuleDestroy } from '@nestjs/common';
import { type OnGatewayConnection, type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import { DataSource } from 'typeorm';
import type { ExtendedError, Namespace, Socket } from 'socket.io';
import { CONSOLE_NAMESPACE, RT_NAMESPACE, type ConsoleAckData, type RtAck, consoleSchemas, errorMessage } from '@yiqia/contracts';
import type { Lang } from '@yiqia/domain';
import { ApiException, notFound } from '../../common/api.exception.js';
import { parseOrThrow } from '../../common/zod-validation.js';
import { APP_CONFIG } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import { SocketAuthenticator, connectError, failAck } from '../auth/socket-auth.js';
import { SessionEvents } from '../auth/session-events.js';
import { TokenBucket } from '../realtime/token-bucket.js';
import { DashboardHub, expoRoom } from './dashboard-hub.js';
import { PresenceReader } from './presence.js';

interface ConsoleSocketData {
  userId: string;
  sessionId: string;
  lang: Lang;
  exp: number;
}
type ConsoleSocket = Socket<Record<string, never>, Record<string, never>, Record<string, never>, ConsoleSocketData>;
type ConsoleEvent = keyof typeof consoleSchemas;

/** Presence changes on /rt are coalesced: a burst of connects is one dashboard signal. */
const PRESENCE_SIGNAL_DEBOUNCE_MS = 300;

/**
 * The organizers' live dashboard on `/console`. The handshake is /rt's (access token + live session,
 * Origin allowlist) plus the organizer role: anyone else gets connect_error FORBIDDEN. `console:watch`
 * joins `expo:<id>` and answers with the full snapshot; DashboardHub pushes `dashboard:update` deltas.
 */
@WebSocketGateway({ namespace: CONSOLE_NAMESPACE })
export class ConsoleGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  private readonly log = new Logger('ConsoleGateway');
  private nsp!: Namespace;
  private unsubscribe: (() => void) | null = null;
  private presenceTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly auth: SocketAuthenticator,
    private readonly hub: DashboardHub,
    private readonly presence: PresenceReader,
    private readonly sessionEvents: SessionEvents,
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  afterInit(nsp: Namespace): void {
    this.nsp = nsp;
    this.hub.attach(nsp);
    this.presence.attach(nsp.server);
    nsp.use((socket, next) => {
      this.handshake(socket as ConsoleSocket).then(
        () => next(),
        (e: unknown) => next(e as ExtendedError),
      );
    });
    // Participants coming and going on /rt (this process's sockets; peers signal their own).
    nsp.server.of(RT_NAMESPACE).on('connection', (s: Socket) => {
      this.presenceChanged();
      s.on('disconnect', () => this.presenceChanged());
    });
    // A logout or a removed member ends their console too, on every process.
    this.unsubscribe = this.sessionEvents.onEnded((e) => {
      this.nsp.in('sessionId' in e ? `session:${e.sessionId}` : `user:${e.userId}`).disconnectSockets(true);
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
  }

  private presenceChanged(): void {
    if (this.presenceTimer) return;
    this.presenceTimer = setTimeout(() => {
      this.presenceTimer = null;
      this.hub.presenceChanged();
    }, PRESENCE_SIGNAL_DEBOUNCE_MS);
    this.presenceTimer.unref();
  }

  private async handshake(socket: ConsoleSocket): Promise<void> {
    const { ctx, lang, exp } = await this.auth.authenticate(socket.handshake).catch((e: unknown) => {
      if ((e as Error).message === 'ORIGIN_NOT_ALLOWED') this.log.warn(`refused console connection from origin ${socket.handshake.headers.origin}`);
      throw e;
    });
    if (ctx.role !== 'organizer') {
      this.log.warn(`refused console connection of non-organizer ${ctx.userId}`);
      throw connectError('FORBIDDEN', lang);
    }
    socket.data = { userId: ctx.userId, sessionId: ctx.sessionId, lang, exp };
  }

  handleConnection(socket: ConsoleSocket): void {
    const d = socket.data;
    if (!d?.userId) {
      socket.disconnect(true);
      return;
    }
    void socket.join([`user:${d.userId}`, `session:${d.sessionId}`]);
    const expiry = setTimeout(() => socket.disconnect(true), Math.max(0, d.exp * 1000 - Date.now()));
    expiry.unref();
    socket.on('disconnect', () => clearTimeout(expiry));
    const bucket = new TokenBucket(this.config.rtRatePerSecond, this.config.rtRateBurst);
    socket.use((packet, next) => {
      const [event] = packet;
      const ack = typeof packet[packet.length - 1] === 'function' ? (packet[packet.length - 1] as (a: RtAck) => void) : undefined;
      if (!bucket.take()) return void ack?.(failAck('RATE_LIMITED', d.lang));
      if (!(typeof event === 'string' && event in consoleSchemas)) return void ack?.(failAck('ROUTE_NOT_FOUND', d.lang));
      next();
    });
    for (const event of Object.keys(consoleSchemas) as ConsoleEvent[]) {
      socket.on(event as never, (...args: unknown[]) => void this.dispatch(socket, event, args));
    }
  }

  private async dispatch(socket: ConsoleSocket, event: ConsoleEvent, args: unknown[]): Promise<void> {
    const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as (a: RtAck) => void) : undefined;
    const lang = socket.data.lang;
    try {
      const payload = parseOrThrow(consoleSchemas[event], args.length === 1 ? args[0] : args, lang);
      const data = event === 'console:watch' ? await this.watch(socket, payload.expoId) : await this.unwatch(socket, payload.expoId);
      ack?.({ ok: true, ...data });
    } catch (e) {
      if (e instanceof ApiException) {
        ack?.({ ok: false, error: { code: e.code, message: errorMessage(e.code, lang), ...(e.details ? { details: e.details } : {}) } });
      } else {
        this.log.error(`${event} by ${socket.data.userId}: ${(e as Error)?.stack ?? e}`);
        ack?.(failAck('INTERNAL', lang));
      }
    }
  }

  private async watch(socket: ConsoleSocket, expoId: string): Promise<ConsoleAckData['console:watch']> {
    const [expo]: { id: string }[] = await this.ds.query(`SELECT id FROM expos WHERE id = $1`, [expoId]);
    if (!expo) throw notFound();
    // Join first: a delta computed while the snapshot is read reaches this socket (the client drops
    // deltas whose version is not above the snapshot's).
    await socket.join(expoRoom(expoId));
    return { snapshot: await this.hub.snapshot(expoId) };
  }

  private async unwatch(socket: ConsoleSocket, expoId: string): Promise<ConsoleAckData['console:unwatch']> {
    await socket.leave(expoRoom(expoId));
    return {};
  }
}

/** Same rule as /rt: the API's own origin (Host, X-Forwarded-Host with TRUST_PROXY) or RT_ALLOWED_ORIGINS. */
