import type { MessageDto, RoomDto, UnreadSummaryDto } from '@yiqia/contracts';
import { apiFetch } from '../api-client.js';
import { getAuthState, subscribeAuth } from '../auth-store.js';
import { RealtimeConnection } from './connection.js';
import { RoomChannel, type RoomRest } from './room-channel.js';

const rest: RoomRest = {
  room: (roomId) => apiFetch<RoomDto>(`/api/rooms/${encodeURIComponent(roomId)}`),
  messages: (roomId, query) => apiFetch<MessageDto[]>(`/api/rooms/${encodeURIComponent(roomId)}/messages`, { query }),
};

/**
 * The page's real-time client: one connection (`connection`), ref-counted room channels, and the unread
 * totals of the header badge (GET /api/rooms/unread at start and after every reconnection — pushes may
 * have been missed meanwhile — then `unread:updated`).
 */
export class Realtime {
  readonly connection = new RealtimeConnection();
  private readonly channels = new Map<string, { channel: RoomChannel; refs: number }>();
  private unread: UnreadSummaryDto | null = null;
  private unreadVersion = 0;
  private readonly unreadListeners = new Set<() => void>();
  private started = false;

  /** Idempotent; every hook calls it. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.connection.on('unread:updated', (u) => {
      this.unreadVersion += 1;
      this.setUnread({ rooms: u.rooms, messages: u.messages });
    });
    this.connection.onConnect(() => void this.refreshUnread());
    let user: string | null = null;
    const follow = () => {
      const s = getAuthState();
      const next = s.status === 'authenticated' && s.organization ? (s.user?.id ?? null) : null;
      if (next === user) return;
      user = next;
      this.setUnread(null);
      if (next) void this.refreshUnread();
    };
    subscribeAuth(follow);
    follow();
    this.connection.start();
  }

  // ---- unread -----------------------------------------------------------------------------------

  getUnread = (): UnreadSummaryDto | null => this.unread;

  subscribeUnread = (listener: () => void): (() => void) => {
    this.unreadListeners.add(listener);
    return () => this.unreadListeners.delete(listener);
  };

  /** Re-reads the totals (a push that arrives meanwhile wins over this answer). */
  async refreshUnread(): Promise<void> {
    const s = getAuthState();
    if (s.status !== 'authenticated' || !s.organization) return;
    const version = this.unreadVersion;
    try {
      const u = await apiFetch<UnreadSummaryDto>('/api/rooms/unread');
      if (version === this.unreadVersion && getAuthState().user?.id === s.user?.id) this.setUnread(u);
    } catch {
      // keep what we have; the next reconnection or push corrects it
    }
  }

  private setUnread(u: UnreadSummaryDto | null): void {
    if (u === this.unread || (u && this.unread && u.rooms === this.unread.rooms && u.messages === this.unread.messages)) return;
    this.unread = u;
    for (const l of [...this.unreadListeners]) l();
  }

  // ---- rooms ------------------------------------------------------------------------------------

  /** The channel of a room (joined while anyone holds it); call `releaseRoom` when done. */
  acquireRoom(roomId: string): RoomChannel {
    this.start();
    const key = `${this.connection.currentUserId ?? '-'}:${roomId}`;
    const held = this.channels.get(key);
    if (held && !held.channel.isDisposed) {
      held.refs += 1;
      return held.channel;
    }
    if (held) {
      // Released but still delivering its outbox: take it back.
      held.channel.revive();
      held.refs = 1;
      return held.channel;
    }
    const channel = new RoomChannel(roomId, this.connection, rest, () => this.connection.currentUserId);
    channel.onShutdown = () => {
      if (this.channels.get(key)?.channel === channel) this.channels.delete(key);
    };
    this.channels.set(key, { channel, refs: 1 });
    return channel;
  }

  releaseRoom(channel: RoomChannel): void {
    for (const held of this.channels.values()) {
      if (held.channel !== channel) continue;
      held.refs -= 1;
      if (held.refs <= 0) channel.dispose();
      return;
    }
  }
}

let instance: Realtime | null = null;

/** The page's one real-time client (shared by the shell and every remote through @yiqia/web-data). */
export function getRealtime(): Realtime {
  if (!instance) instance = new Realtime();
  instance.start();
  return instance;
}
