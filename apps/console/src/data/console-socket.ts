import { io, type Socket } from 'socket.io-client';
import type { CONSOLE_NAMESPACE, ConsoleAckData, RtAck } from '@yiqia/contracts';
import { buildUrl, currentLanguage, freshSocketToken, refreshSession } from '@yiqia/web-data';
import { applyDelta, applySnapshot, initialDashboardState, startWatch, type DashboardDelta, type DashboardState } from '../lib/live-dashboard-state.js';

/**
 * - `connecting`: first connection and watch under way;
 * - `live`: watching, deltas arrive;
 * - `reconnecting`: the connection was lost and is coming back (then a new snapshot);
 * - `offline`: the browser is offline;
 * - `forbidden`: the server refused the handshake (not an organizer): no retry.
 */
export type ConsoleLiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'forbidden';

export interface ConsoleLiveSnapshot {
  status: ConsoleLiveStatus;
  state: DashboardState;
  /** When the last snapshot or delta was applied (ms, client clock). */
  updatedAt: number | null;
  /** Full snapshots received (1 after the first watch, one more per reconnection). */
  snapshots: number;
}

const ACK_TIMEOUT_MS = 8000;

// Type-only from the contracts: a value import would pull zod into the remote (its JIT probe trips the CSP).
const NAMESPACE: typeof CONSOLE_NAMESPACE = '/console';

/**
 * The dashboard's own connection to the `/console` namespace (organizers need no organisation, so
 * the page's `/rt` connection does not serve them). Every (re)connection watches the expo again and
 * takes the full snapshot of the ack before any delta; deltas are applied only when newer.
 */
export class ConsoleLiveConnection {
  private socket: Socket | null = null;
  private snapshot: ConsoleLiveSnapshot = { status: 'connecting', state: initialDashboardState, updatedAt: null, snapshots: 0 };
  private readonly listeners = new Set<() => void>();
  private connectedOnce = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = 1000;
  private closed = false;
  private watchRun = 0;

  constructor(private readonly expoId: string) {}

  getSnapshot = (): ConsoleLiveSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  open(): void {
    const socket = io(`${buildUrl('')}${NAMESPACE}`, {
      auth: (cb) => {
        void freshSocketToken().then((token) => cb({ ...(token ? { token } : {}), lang: currentLanguage() }));
      },
      transports: ['websocket'],
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000,
      autoConnect: false,
    });
    this.socket = socket;
    socket.on('connect', () => {
      this.connectedOnce = true;
      this.retryDelay = 1000;
      void this.watch(socket);
    });
    socket.on('dashboard:update', (delta: DashboardDelta) => {
      if (this.socket !== socket) return;
      this.update({ state: applyDelta(this.snapshot.state, delta), updatedAt: Date.now() });
    });
    socket.on('disconnect', (reason) => {
      if (this.socket !== socket) return;
      this.update({ status: this.isOffline() ? 'offline' : this.connectedOnce ? 'reconnecting' : 'connecting' });
      // The server ended the connection (token expired, session over): refresh, then come back.
      if (reason === 'io server disconnect') this.reauthenticate(0);
    });
    socket.on('connect_error', (err: Error & { data?: { code?: string } }) => {
      if (this.socket !== socket) return;
      const code = err.data?.code ?? err.message;
      if (code === 'FORBIDDEN') {
        this.update({ status: 'forbidden' });
        socket.disconnect();
        return;
      }
      if ((socket as unknown as { active: boolean }).active) return; // transport trouble: Socket.IO retries
      if (code === 'TOKEN_EXPIRED' || code === 'UNAUTHENTICATED') this.reauthenticate(this.retryDelay);
      else this.retryLater();
    });
    window.addEventListener('offline', this.wentOffline);
    window.addEventListener('online', this.cameOnline);
    if (this.isOffline()) this.update({ status: 'offline' });
    else socket.connect();
  }

  /** Reconnect now instead of waiting for the next attempt (the "reconnect now" button). */
  retry = (): void => {
    const s = this.socket;
    if (!s || s.connected || this.isOffline() || this.snapshot.status === 'forbidden') return;
    this.restart(s);
  };

  /**
   * A fresh attempt: Socket.IO's manager ignores connect() while its own backoff loop runs, so end
   * that loop first (disconnect resets it) and open again.
   */
  private restart(s: Socket): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.retryDelay = 1000;
    s.disconnect();
    this.update({ status: this.connectedOnce ? 'reconnecting' : 'connecting' });
    s.connect();
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    window.removeEventListener('offline', this.wentOffline);
    window.removeEventListener('online', this.cameOnline);
    const s = this.socket;
    this.socket = null;
    if (s) {
      if (s.connected) s.emit('console:unwatch', { expoId: this.expoId }, () => undefined);
      s.removeAllListeners();
      s.disconnect();
    }
    this.listeners.clear();
  }

  /** Watch the expo; its ack carries the full snapshot. No answer in time → try again. */
  private async watch(socket: Socket): Promise<void> {
    const run = ++this.watchRun;
    this.update({ state: startWatch(this.snapshot.state) });
    let answer: RtAck<ConsoleAckData['console:watch']> | null = null;
    try {
      answer = (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('console:watch', { expoId: this.expoId })) as RtAck<ConsoleAckData['console:watch']>;
    } catch {
      answer = null;
    }
    if (this.socket !== socket || run !== this.watchRun || !socket.connected) return;
    if (answer && answer.ok) {
      this.update({ status: 'live', state: applySnapshot(this.snapshot.state, answer.snapshot), updatedAt: Date.now(), snapshots: this.snapshot.snapshots + 1 });
      return;
    }
    if (answer && !answer.ok && (answer.error.code === 'FORBIDDEN' || answer.error.code === 'UNAUTHENTICATED')) {
      this.update({ status: 'forbidden' });
      return;
    }
    this.schedule(this.nextDelay(), () => {
      if (this.socket === socket && socket.connected) void this.watch(socket);
    });
  }

  private reauthenticate(delayMs: number): void {
    const socket = this.socket;
    if (!socket) return;
    this.schedule(delayMs, async () => {
      let ok: boolean | null;
      try {
        ok = await refreshSession();
      } catch {
        ok = null;
      }
      if (this.socket !== socket) return;
      if (ok === false) return; // logged out: the shell leaves the page
      if (ok === null) return this.retryLater();
      this.nextDelay();
      if (!this.isOffline()) socket.connect();
    });
  }

  private retryLater(): void {
    const socket = this.socket;
    if (!socket) return;
    this.schedule(this.nextDelay(), () => {
      if (this.socket === socket && !socket.connected && !this.isOffline()) socket.connect();
    });
  }

  private nextDelay(): number {
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, 30_000);
    return delay;
  }

  private schedule(delayMs: number, fn: () => void | Promise<void>): void {
    if (this.closed) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void fn();
    }, delayMs);
  }

  private isOffline(): boolean {
    return typeof navigator !== 'undefined' && navigator.onLine === false;
  }

  // A WebSocket over a dead network would only notice at the ping timeout: close at once.
  private readonly wentOffline = (): void => {
    const s = this.socket;
    if (!s) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    if (s.connected || s.active) s.disconnect();
    this.update({ status: 'offline' });
  };

  private readonly cameOnline = (): void => {
    const s = this.socket;
    if (!s || s.connected || this.snapshot.status === 'forbidden') return;
    this.restart(s);
  };

  private update(patch: Partial<ConsoleLiveSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const l of [...this.listeners]) l();
  }
}
