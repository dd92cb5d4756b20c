import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { AttachmentDto, UnreadSummaryDto } from '@yiqia/contracts';
import type { RealtimeStatus, RtServerEvent, RtServerPayload } from './connection.js';
import type { RoomChannel, RoomChannelState } from './room-channel.js';
import { getRealtime } from './realtime.js';

/** The connection's state, and whether it was connected before (a lost connection shows a banner). */
export function useRealtimeStatus(): { status: RealtimeStatus; everConnected: boolean } {
  const rt = getRealtime();
  const status = useSyncExternalStore(rt.connection.subscribeStatus, () => rt.connection.status, () => 'off' as const);
  return { status, everConnected: rt.connection.everConnected };
}

/**
 * Calls `handler` for every `event` pushed by the server while the component is mounted (across
 * reconnections). The latest handler is used; no need to memoise it.
 */
export function useRealtimeEvent<E extends RtServerEvent>(event: E, handler: (payload: RtServerPayload<E>) => void): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => getRealtime().connection.on(event, (p) => ref.current(p)), [event]);
}

/** Unread totals of the logged-in member (null while unknown or logged out), live. */
export function useUnread(): UnreadSummaryDto | null {
  const rt = getRealtime();
  return useSyncExternalStore(rt.subscribeUnread, rt.getUnread, () => null);
}

export interface UseRoomChannel {
  /** null until the channel exists (first render) or when roomId is null. */
  state: RoomChannelState | null;
  send(body: string, attachments?: AttachmentDto[]): string | null;
  retry(clientId: string): void;
  discard(clientId: string): void;
  typing(): void;
  markRead(seq: number): void;
  loadOlder(): Promise<number>;
  ensureLoaded(seq: number): Promise<boolean>;
}

const noop = () => () => undefined;
const nothing = () => null;

/**
 * A room over the shared connection while the component is mounted: joined, timeline by seq (no
 * duplicate, no reordering, resync on gaps and reconnections), outbox resent with the same clientId
 * until acknowledged, presence, typing, read markers, older pages. See RoomChannel.
 */
export function useRoomChannel(roomId: string | null | undefined): UseRoomChannel {
  const [channel, setChannel] = useState<RoomChannel | null>(null);
  useEffect(() => {
    if (!roomId) {
      setChannel(null);
      return;
    }
    const rt = getRealtime();
    const c = rt.acquireRoom(roomId);
    setChannel(c);
    return () => rt.releaseRoom(c);
  }, [roomId]);
  const live = channel && channel.roomId === roomId ? channel : null;
  const state = useSyncExternalStore(live ? live.subscribe : noop, live ? live.getState : nothing, nothing);
  return useMemo(
    () => ({
      state,
      send: (body, attachments) => live?.send(body, attachments) ?? null,
      retry: (id) => live?.retry(id),
      discard: (id) => live?.discard(id),
      typing: () => live?.typing(),
      markRead: (seq) => live?.markRead(seq),
      loadOlder: () => live?.loadOlder() ?? Promise.resolve(0),
      ensureLoaded: (seq) => live?.ensureLoaded(seq) ?? Promise.resolve(false),
    }),
    [state, live],
  );
}
