import { io, type Socket } from 'socket.io-client';
import type { RtAck, RtAckData, RtClientEvent, RtPayload, RtServerEvents } from '@yiqia/contracts';
import { buildUrl, refreshSession, sessionReady } from '../api-client.js';
import { getAccessToken, getAuthState, subscribeAuth } from '../auth-store.js';
import { currentLanguage } from '../language.js';

/**
 * - `off`: nobody logged in with an organisation (no socket);
 * - `connecting`: first connection of this session under way;
 * - `connected`;
 * - `reconnecting`: the connection was lost (server restart, network, token refresh) and is coming back;
 * - `offline`: the browser says it is offline; the socket reconnects when it is back online.
 */
export type RealtimeStatus = 'off' | 'connecting' | 'connected' | 'reconnecting' | 'offline';

export type RtServerEvent = keyof RtServerEvents;
export type RtServerPayload<E extends RtServerEvent> = Parameters<RtServerEvents[E]>[0];

/** Ack timeout of a client → server event; no answer in time counts as "no answer" (retry). */
export const RT_ACK_TIMEOUT_MS = 8000;

interface Untyped {
  connected: boolean;
  active: boolean;
  timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<unknown> };
}

/** Seconds left before the JWT's `exp` (Infinity when it cannot be read). */
function secondsLeft(token: string): number {
  try {
    const part = token.split('.')[1];
    const json = JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return typeof json.exp === 'number' ? json.exp - Date.now() / 1000 : Infinity;
  } catch {
    return Infinity;
  }
}

/** The current access token, refreshed first if it is missing or about to expire (for socket handshakes). */
export async function freshSocketToken(): Promise<string | null> {
  await sessionReady();
  let token = getAccessToken();
  if (!token || secondsLeft(token) < 20) {
    try {
      await refreshSession();
    } catch {
      // Offline or server trouble: try with what we have; the handshake answers.
    }
    token = getAccessToken();
  }
  return token;
}

/**
 * The one Socket.IO connection of the page to `/rt` (docs/realtime.md). It follows the auth store:
 * connected while a member of an organisation is logged in, closed on logout, replaced when the user
 * changes. Every (re)connection sends a fresh access token; `io server disconnect` (session ended or
 * token expired) refreshes the token and reconnects, or stops when the refresh is refused (logged out).
 * The browser going offline closes the socket at once (a dead WebSocket would otherwise linger until
 * the ping timeout); coming back online reconnects.
 */
export class RealtimeConnection {
  private socket: Socket | null = null;
  private userId: string | null = null;
  private state: RealtimeStatus = 'off';
  private connectedOnce = false;
  private started = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = 1000;
  private readonly statusListeners = new Set<() => void>();
  private readonly handlers = new Map<string, Set<(payload: unknown) => void>>();
  private readonly connectListeners = new Set<() => void>();

  /** Starts following the auth store (idempotent; the hooks call it). */
  start(): void {
    if (this.started) return;
    this.started = true;
    subscribeAuth(() => this.followAuth());
    if (typeof window !== 'undefined') {
      window.addEventListener('offline', () => this.wentOffline());
      window.addEventListener('online', () => this.cameOnline());
    }
    this.followAuth();
  }

  get status(): RealtimeStatus {
    return this.state;
  }

  /** Whether this session has been connected at least once (a lost connection is then "reconnecting"). */
  get everConnected(): boolean {
    return this.connectedOnce;
  }

  get connected(): boolean {
    return !!this.socket?.connected;
  }

  /** The logged-in user the socket belongs to. */
  get currentUserId(): string | null {
    return this.userId;
  }

  /** For useSyncExternalStore (bound). */
  subscribeStatus = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  /** A server → client event; the handler stays registered across reconnections. */
  on<E extends RtServerEvent>(event: E, handler: (payload: RtServerPayload<E>) => void): () => void {
    let set = this.handlers.get(event);
    if (!set) this.handlers.set(event, (set = new Set()));
    const h = handler as (payload: unknown) => void;
    set.add(h);
    return () => set.delete(h);
  }

  /** Called after every (re)connection (rooms rejoin with their lastSeq, outboxes flush). */
  onConnect(listener: () => void): () => void {
    this.connectListeners.add(listener);
    return () => this.connectListeners.delete(listener);
  }

  /**
   * A client → server event with its ack. Resolves the ack, or null when there was no answer (not
   * connected, disconnected meanwhile, or no answer within the timeout) — the caller decides to retry.
   */
  async call<E extends RtClientEvent>(event: E, payload: RtPayload<E>, timeoutMs = RT_ACK_TIMEOUT_MS): Promise<RtAck<RtAckData[E]> | null> {
    const s = this.socket as unknown as Untyped | null;
    if (!s?.connected) return null;
    try {
      return (await s.timeout(timeoutMs).emitWithAck(event, payload)) as RtAck<RtAckData[E]>;
    } catch {
      return null;
    }
  }

  // ---- lifecycle --------------------------------------------------------------------------------

  private followAuth(): void {
    const auth = getAuthState();
    const user = auth.status === 'authenticated' ? auth.user : null;
    const wanted = user && auth.organization ? user.id : null;
    if (wanted === this.userId) return;
    this.teardown();
    this.userId = wanted;
    if (wanted) this.open();
  }

  private open(): void {
    const socket = io(`${buildUrl('')}/rt`, {
      auth: (cb) => {
        void freshSocketToken().then((token) => cb({ ...(token ? { token } : {}), lang: currentLanguage() }));
      },
      // WebSocket only: works behind a load balancer without sticky sessions (docs/realtime.md).
      transports: ['websocket'],
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000,
      autoConnect: false,
    });
    this.socket = socket;
    socket.onAny((event: string, payload: unknown) => {
      for (const h of [...(this.handlers.get(event) ?? [])]) {
        try {
          h(payload);
        } catch (e) {
          console.error(`realtime handler for ${event} failed`, e);
        }
      }
    });
    socket.on('connect', () => {
      this.connectedOnce = true;
      this.retryDelay = 1000;
      this.setStatus('connected');
      for (const l of [...this.connectListeners]) l();
    });
    socket.on('disconnect', (reason) => {
      if (this.socket !== socket) return;
      this.setStatus(this.isOffline() ? 'offline' : this.connectedOnce ? 'reconnecting' : 'connecting');
      // The server ended this connection (logout elsewhere, token expired, removed): refresh and come back.
      if (reason === 'io server disconnect') this.reauthenticate(0);
    });
    socket.on('connect_error', (err: Error & { data?: { code?: string } }) => {
      if (this.socket !== socket) return;
      if (!this.connectedOnce) this.setStatus(this.isOffline() ? 'offline' : 'connecting');
      if ((socket as unknown as Untyped).active) return; // a transport error: Socket.IO retries by itself
      const code = err.data?.code ?? err.message;
      if (code === 'ORIGIN_NOT_ALLOWED') return; // a misconfiguration, retrying will not help
      if (code === 'TOKEN_EXPIRED' || code === 'UNAUTHENTICATED') this.reauthenticate(this.retryDelay);
      else this.retryLater();
    });
    this.setStatus(this.isOffline() ? 'offline' : 'connecting');
    if (!this.isOffline()) socket.connect();
  }

  private teardown(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const s = this.socket;
    this.socket = null;
    this.connectedOnce = false;
    if (s) {
      s.removeAllListeners();
      s.offAny();
      s.disconnect();
    }
    this.setStatus('off');
  }

  /** Refresh the access token, then connect; stop if the session is over (the auth store logs out). */
  private reauthenticate(delayMs: number): void {
    const socket = this.socket;
    if (!socket) return;
    this.schedule(delayMs, async () => {
      let ok: boolean | null;
      try {
        ok = await refreshSession();
      } catch {
        ok = null; // network or server trouble: try again later
      }
      if (this.socket !== socket) return;
      if (ok === false) return; // logged out: followAuth tears the socket down
      if (ok === null) {
        this.retryLater();
        return;
      }
      this.retryDelay = Math.min(this.retryDelay * 2, 30_000);
      if (!this.isOffline()) socket.connect();
    });
  }

  private retryLater(): void {
    const socket = this.socket;
    if (!socket) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, 30_000);
    this.schedule(delay, () => {
      if (this.socket === socket && !socket.connected && !this.isOffline()) socket.connect();
    });
  }

  private schedule(delayMs: number, fn: () => void | Promise<void>): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void fn();
    }, delayMs);
  }

  private isOffline(): boolean {
    return typeof navigator !== 'undefined' && navigator.onLine === false;
  }

  private wentOffline(): void {
    const s = this.socket;
    if (!s) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    // Close at once: a WebSocket over a dead network would only notice at the ping timeout.
    if (s.connected || s.active) s.disconnect();
    this.setStatus('offline');
  }

  private cameOnline(): void {
    const s = this.socket;
    if (!s || s.connected) return;
    this.retryDelay = 1000;
    this.setStatus(this.connectedOnce ? 'reconnecting' : 'connecting');
    s.connect();
  }

  private setStatus(next: RealtimeStatus): void {
    if (this.state === next) return;
    this.state = next;
    for (const l of [...this.statusListeners]) l();
  }
}
