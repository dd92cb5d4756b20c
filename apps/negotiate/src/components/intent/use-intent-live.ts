import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { IntentDto, RoomDto } from '@yiqia/contracts';
import { getRealtime, useRealtimeEvent } from '@yiqia/web-data';
import { intentKeys, isNewerIntent } from '../../data/intents.js';
import { noticeFor, type IntentNotice } from './intent-form.js';

export type { IntentNotice };

/**
 * Keeps the room's intent live: `intent:updated` (pushed to the room's sockets) replaces the cached
 * IntentDto; a `room:updated` whose intent summary differs from the cache, and every reconnection,
 * re-read it (a push may have been missed). Returns the latest notice about other parties' changes.
 */
export function useIntentLive(room: RoomDto, intent: IntentDto | undefined, myOrgId: string | null): [IntentNotice | null, () => void] {
  const client = useQueryClient();
  const [notice, setNotice] = useState<IntentNotice | null>(null);
  const key = intentKeys.detail(room.id);

  useRealtimeEvent('intent:updated', (event) => {
    if (event.roomId !== room.id) return;
    if (isNewerIntent(event.intent, client.getQueryData<IntentDto>(key))) client.setQueryData(key, event.intent);
  });

  // The notice follows the data, however it arrived (a push, or a re-read after a missed one).
  const previous = useRef<{ roomId: string; intent: IntentDto } | null>(null);
  useEffect(() => {
    if (!intent) return;
    const before = previous.current?.roomId === room.id ? previous.current.intent : undefined;
    previous.current = { roomId: room.id, intent };
    if (!before || before === intent) {
      if (!before) setNotice(null);
      return;
    }
    const n = noticeFor(before, intent, myOrgId);
    if (n) setNotice(n);
  }, [intent, room.id, myOrgId]);

  useRealtimeEvent('room:updated', (r) => {
    if (r.id !== room.id) return;
    const cached = client.getQueryData<IntentDto>(key);
    const latest = cached?.versions[0];
    const summary = r.intent;
    const same = summary
      ? !!latest && latest.version === summary.version && latest.status === summary.status && latest.signatures.length === summary.signedBy.length
      : !latest;
    if (!same) void client.invalidateQueries({ queryKey: key });
  });

  useEffect(() => getRealtime().connection.onConnect(() => void client.invalidateQueries({ queryKey: intentKeys.detail(room.id) })), [client, room.id]);

  return [notice, () => setNotice(null)];
}
