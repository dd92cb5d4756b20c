import type { MessageDto, RoomDto, RtAck } from '@yiqia/contracts';
import { RoomChannel, type RoomRest, type RtTransport } from './room-channel.js';
import { Timeline } from './timeline.js';

const ROOM = '00000000-0000-4000-8000-000000000001';

function msg(seq: number, extra: Partial<MessageDto> = {}): MessageDto {
  return {
    id: `m${seq}`,
    roomId: ROOM,
    seq,
    clientId: `c${seq}`,
    sender: { userId: 'other', orgId: 'orgB', displayName: 'B', orgName: 'Org B' },
    body: `message ${seq}`,
    attachments: [],
    type: 'text',
    createdAt: new Date(2026, 0, 1, 0, 0, seq).toISOString(),
    ...extra,
  };
}

function room(lastSeq: number): RoomDto {
  return {
    id: ROOM,
    kind: 'direct',
    title: 'A × B',
    status: 'open',
    expoId: null,
    parties: [],
    listings: [],
    createdBy: { userId: 'me', orgId: 'orgA' },
    lastMessage: null,
    lastSeq,
    readSeq: 0,
    unread: lastSeq,
    intent: null,
    createdAt: '',
    updatedAt: '',
  };
}

describe('Timeline', () => {
  it('shows the contiguous run only, ignores duplicates, and fills gaps', () => {
    const t = new Timeline();
    t.anchor([msg(3), msg(4)], 4);
    expect(t.shown().map((m) => m.seq)).toEqual([3, 4]);
    expect(t.isGap(6)).toBe(true);
    t.apply([msg(6), msg(4)]);
    expect(t.shown().map((m) => m.seq)).toEqual([3, 4]);
    t.apply([msg(5)]);
    expect(t.shown().map((m) => m.seq)).toEqual([3, 4, 5, 6]);
    expect(t.lastSeq).toBe(6);
    expect(t.hasOlder).toBe(true);
    expect(t.prepend([msg(1), msg(2)])).toBe(2);
    expect(t.shown().map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(t.hasOlder).toBe(false);
  });

  it('an empty room anchors after its last seq', () => {
    const t = new Timeline();
    t.anchor([], 0);
    expect(t.lastSeq).toBe(0);
    t.apply([msg(1)]);
    expect(t.shown().map((m) => m.seq)).toEqual([1]);
  });
});

/** A scripted transport: answers calls with `answer`, records them, delivers server events. */
class FakeTransport implements RtTransport {
  connected = true;
  readonly calls: { event: string; payload: Record<string, unknown> }[] = [];
  answer: (event: string, payload: Record<string, unknown>) => RtAck<object> | null = () => ({ ok: true });
  private readonly handlers = new Map<string, Set<(p: unknown) => void>>();
  private readonly connects = new Set<() => void>();

  async call(event: string, payload: unknown): Promise<never> {
    this.calls.push({ event, payload: payload as Record<string, unknown> });
    if (!this.connected) return null as never;
    return this.answer(event, payload as Record<string, unknown>) as never;
  }

  on(event: string, handler: (p: never) => void): () => void {
    let set = this.handlers.get(event);
    if (!set) this.handlers.set(event, (set = new Set()));
    set.add(handler as (p: unknown) => void);
    return () => set.delete(handler as (p: unknown) => void);
  }

  onConnect(listener: () => void): () => void {
    this.connects.add(listener);
    return () => this.connects.delete(listener);
  }

  push(event: string, payload: unknown): void {
    for (const h of this.handlers.get(event) ?? []) h(payload);
  }

  reconnect(): void {
    this.connected = true;
    for (const l of this.connects) l();
  }
}

const settle = () => new Promise((r) => setTimeout(r, 0));
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

function restWith(messages: MessageDto[]): RoomRest {
  return {
    room: async () => room(messages.at(-1)?.seq ?? 0),
    messages: async (_id, q) => {
      const before = q.beforeSeq;
      if (before !== undefined) return messages.filter((m) => m.seq < before).slice(-(q.limit ?? 50));
      return messages.slice(-(q.limit ?? 50));
    },
  };
}

describe('RoomChannel', () => {
  it('joins, applies pushes by seq once, and resyncs with lastSeq on a gap', async () => {
    const server = Array.from({ length: 3 }, (_, i) => msg(i + 1));
    const t = new FakeTransport();
    t.answer = (event, p) => {
      if (event !== 'room:join') return { ok: true };
      const after = (p.lastSeq as number | undefined) ?? 0;
      return { ok: true, room: room(server.length), messages: server.filter((m) => m.seq > after) } as RtAck<object>;
    };
    const c = new RoomChannel(ROOM, t, restWith(server), () => 'me');
    await until(() => c.getState().joined && c.getState().messages.length === 3);
    t.push('message:new', msg(3)); // duplicate
    server.push(msg(4), msg(5));
    t.push('message:new', msg(5)); // 4 was missed
    await until(() => c.getState().messages.length === 5);
    expect(c.getState().messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    const rejoin = t.calls.filter((x) => x.event === 'room:join').at(-1);
    expect(rejoin?.payload).toEqual({ roomId: ROOM, lastSeq: 3 });
  });

  it('keeps an unanswered send in the outbox and resends it with the same clientId after reconnecting', async () => {
    const server: MessageDto[] = [];
    const t = new FakeTransport();
    t.answer = (event, p) => {
      if (event === 'room:join') return { ok: true, room: room(server.length), messages: server.filter((m) => m.seq > ((p.lastSeq as number) ?? 0)) } as RtAck<object>;
      if (event === 'message:send') {
        const existing = server.find((m) => m.clientId === p.clientId);
        const m = existing ?? msg(server.length + 1, { clientId: p.clientId as string, body: p.body as string, sender: { userId: 'me', orgId: 'orgA', displayName: 'A', orgName: 'Org A' } });
        if (!existing) server.push(m);
        return { ok: true, message: m } as RtAck<object>;
      }
      return { ok: true };
    };
    const c = new RoomChannel(ROOM, t, restWith(server), () => 'me');
    await until(() => c.getState().joined);
    t.connected = false;
    const id = c.send('你好');
    await settle();
    expect(c.getState().outgoing).toMatchObject([{ clientId: id, body: '你好', state: 'waiting' }]);
    expect(c.getState().messages).toHaveLength(0);
    t.reconnect();
    await until(() => c.getState().messages.length === 1 && c.getState().outgoing.length === 0);
    // The broadcast of the same message (and a retried ack) change nothing.
    t.push('message:new', server[0]);
    expect(c.getState().messages.map((m) => [m.seq, m.clientId, m.body])).toEqual([[1, id, '你好']]);
    expect(t.calls.filter((x) => x.event === 'message:send').every((x) => x.payload.clientId === id)).toBe(true);
  });

  it('a refused send fails (kept for retry or discard); read markers come from events and own messages', async () => {
    const t = new FakeTransport();
    t.answer = (event) => {
      if (event === 'room:join') return { ok: true, room: room(0), messages: [] } as RtAck<object>;
      if (event === 'message:send') return { ok: false, error: { code: 'ROOM_CLOSED', message: 'closed' } };
      return { ok: true };
    };
    const c = new RoomChannel(ROOM, t, restWith([]), () => 'me');
    await until(() => c.getState().joined);
    const id = c.send('x');
    await until(() => c.getState().outgoing[0]?.state === 'failed');
    expect(c.getState().outgoing[0].error?.code).toBe('ROOM_CLOSED');
    c.discard(id);
    expect(c.getState().outgoing).toHaveLength(0);
    t.push('message:new', msg(1));
    t.push('read', { roomId: ROOM, userId: 'u3', orgId: 'orgC', seq: 1 });
    expect(c.getState().readByOrg).toEqual({ orgB: 1, orgC: 1 });
    t.push('typing', { roomId: ROOM, userId: 'u3', displayName: 'C' });
    expect(c.getState().typing).toEqual([{ userId: 'u3', displayName: 'C' }]);
    c.dispose();
  });
});

describe('RoomChannel read marker', () => {
  it('a read asked for before the room is joined is sent once joined', async () => {
    const t = new FakeTransport();
    t.connected = false;
    t.answer = (event) => (event === 'room:join' ? ({ ok: true, room: room(3), messages: [msg(1), msg(2), msg(3)] } as RtAck<object>) : event === 'read' ? ({ ok: true, seq: 3 } as RtAck<object>) : { ok: true });
    const c = new RoomChannel(ROOM, t, restWith([msg(1), msg(2), msg(3)]), () => 'me');
    await until(() => c.getState().messages.length === 3);
    c.markRead(3);
    expect(t.calls.filter((x) => x.event === 'read')).toHaveLength(0);
    t.reconnect();
    await until(() => t.calls.some((x) => x.event === 'read'));
    expect(t.calls.filter((x) => x.event === 'read').map((x) => x.payload)).toEqual([{ roomId: ROOM, seq: 3 }]);
    expect(c.getState().room?.unread).toBe(0);
    c.dispose();
  });
});
