import type { AttachmentDto, MessageDto, PresenceEvent, RoomDto, RtAck, RtAckData, RtClientEvent, RtError, RtPayload } from '@yiqia/contracts';
import type { RtServerEvent, RtServerPayload } from './connection.js';
import { Timeline } from './timeline.js';

/** What a RoomChannel needs from the connection (the real one, or a fake in tests). */
export interface RtTransport {
  readonly connected: boolean;
  call<E extends RtClientEvent>(event: E, payload: RtPayload<E>, timeoutMs?: number): Promise<RtAck<RtAckData[E]> | null>;
  on<E extends RtServerEvent>(event: E, handler: (payload: RtServerPayload<E>) => void): () => void;
  onConnect(listener: () => void): () => void;
}

/** REST reads a channel makes (GET /api/rooms/:id and …/messages). */
export interface RoomRest {
  room(roomId: string): Promise<RoomDto>;
  messages(roomId: string, query: { beforeSeq?: number; afterSeq?: number; limit?: number }): Promise<MessageDto[]>;
}

/**
 * A message of mine not shown in the timeline yet. `sending`: on its way (or being retried);
 * `waiting`: not connected, it goes out after the reconnection; `failed`: refused (e.g. ROOM_CLOSED),
 * kept for the user to see, retry or discard.
 */
export interface OutgoingMessage {
  clientId: string;
  body: string;
  attachments: AttachmentDto[];
  createdAt: string;
  state: 'sending' | 'waiting' | 'failed';
  attempts: number;
  error: RtError | null;
}

export interface RoomChannelState {
  roomId: string;
  /** `loading` until the room is known; `ready`; `error` when the room cannot be opened (see `error`). */
  status: 'loading' | 'ready' | 'error';
  /** FORBIDDEN (not a party), NOT_FOUND, or another refusal of GET/join. */
  error: RtError | null;
  room: RoomDto | null;
  /** The first page is in (an empty `messages` then means an empty room). */
  anchored: boolean;
  /** Shown messages, ascending by seq, no gap, no duplicate. */
  messages: MessageDto[];
  /** My messages not acknowledged (or not shown) yet, in the order I sent them. */
  outgoing: OutgoingMessage[];
  /** The socket joined the room (live updates flow). */
  joined: boolean;
  hasOlder: boolean;
  loadingOlder: boolean;
  /** Users with the room open right now. */
  presence: PresenceEvent['online'];
  /** Others typing right now. */
  typing: { userId: string; displayName: string }[];
  /** Highest seq read by each user / organisation (from read events, their own messages, the room). */
  readByUser: Readonly<Record<string, number>>;
  readByOrg: Readonly<Record<string, number>>;
}

/** Error codes of a send worth retrying with the same clientId (docs/realtime.md). */
const RETRYABLE = new Set(['RATE_LIMITED', 'SHUTTING_DOWN', 'INTERNAL']);
const TYPING_SHOWN_MS = 5000;
const TYPING_SEND_INTERVAL_MS = 2000;
const PAGE = 50;

/** A v4 UUID (crypto.randomUUID only exists in secure contexts). */
export function newClientId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const b = new Uint8Array(16);
  c.getRandomValues(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function errorOf(e: unknown): RtError {
  const x = e as { code?: string; message?: string; status?: number };
  return { code: (x?.code ?? 'INTERNAL') as RtError['code'], message: x?.message ?? String(e) };
}

/**
 * One room over the shared connection — the client algorithm of docs/realtime.md:
 * - timeline by seq, applied idempotently; a message past a gap triggers `room:join { lastSeq }`;
 * - on every (re)connection: rejoin with lastSeq (paging through big gaps), then resend the outbox;
 * - sends keep their clientId until acknowledged (no answer, RATE_LIMITED, SHUTTING_DOWN, INTERNAL → retry);
 * - presence, typing and read markers from the room's events; older pages and the room over REST.
 * State is an immutable snapshot (`getState()` + `subscribe()`, for useSyncExternalStore).
 */
export class RoomChannel {
  private readonly timeline = new Timeline();
  private readonly outbox = new Map<string, OutgoingMessage>();
  /** clientId → seq of acknowledged sends (kept until the message is shown). */
  private readonly acked = new Map<string, number>();
  private readonly attempting = new Set<string>();
  private readonly retryTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly typers = new Map<string, { displayName: string; until: number }>();
  private typingTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly readUser = new Map<string, number>();
  private readonly userOrg = new Map<string, string>();
  private readonly orgRead = new Map<string, number>();
  private room: RoomDto | null = null;
  private error: RtError | null = null;
  private joined = false;
  private presence: PresenceEvent['online'] = [];
  private loadingOlder = false;
  private syncing: Promise<void> | null = null;
  private resyncAgain = false;
  private lastTypingSent = 0;
  private readSent = 0;
  /** Highest seq the reader has seen (sent as `read` when joined). */
  private wantRead = 0;
  private disposed = false;
  private readonly unsubscribe: (() => void)[] = [];
  private readonly listeners = new Set<() => void>();
  private snapshot: RoomChannelState;

  constructor(
    readonly roomId: string,
    private readonly rt: RtTransport,
    private readonly rest: RoomRest,
    private readonly myUserId: () => string | null,
  ) {
    this.snapshot = this.build();
    const mine = <E extends RtServerEvent>(event: E, fn: (p: RtServerPayload<E>) => void) =>
      this.unsubscribe.push(
        rt.on(event, (p) => {
          if ((p as { roomId?: string; id?: string }).roomId === roomId || (event === 'room:updated' && (p as RoomDto).id === roomId)) fn(p);
        }),
      );
    mine('message:new', (m) => this.received(m));
    mine('presence', (p) => {
      this.presence = p.online;
      for (const u of p.online) this.userOrg.set(u.userId, u.orgId);
      this.changed();
    });
    mine('typing', (t) => {
      if (t.userId === this.myUserId()) return;
      this.typers.set(t.userId, { displayName: t.displayName, until: Date.now() + TYPING_SHOWN_MS });
      this.scheduleTypingExpiry();
      this.changed();
    });
    mine('read', (r) => {
      if (r.orgId) this.userOrg.set(r.userId, r.orgId);
      this.markUserRead(r.userId, r.seq);
      this.changed();
    });
    mine('room:updated', (room) => {
      this.setRoom(room);
      this.changed();
    });
    this.unsubscribe.push(rt.onConnect(() => void this.resync().then(() => this.flush())));
    void this.loadInitial();
    if (rt.connected) void this.resync();
  }

  getState = (): RoomChannelState => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Unacknowledged messages still to deliver (the channel stays alive until they are). */
  get pendingCount(): number {
    let n = 0;
    for (const o of this.outbox.values()) if (o.state !== 'failed' && !this.acked.has(o.clientId)) n += 1;
    return n;
  }

  // ---- sending ----------------------------------------------------------------------------------

  /** Queues a message; it is resent with the same clientId until acknowledged. Returns the clientId. */
  send(body: string, attachments: AttachmentDto[] = []): string {
    const clientId = newClientId();
    this.outbox.set(clientId, {
      clientId,
      body,
      attachments,
      createdAt: new Date().toISOString(),
      state: this.rt.connected ? 'sending' : 'waiting',
      attempts: 0,
      error: null,
    });
    this.changed();
    void this.attempt(clientId);
    return clientId;
  }

  /** Tries a failed message again (same clientId). */
  retry(clientId: string): void {
    const o = this.outbox.get(clientId);
    if (!o) return;
    this.outbox.set(clientId, { ...o, state: this.rt.connected ? 'sending' : 'waiting', error: null });
    this.changed();
    void this.attempt(clientId);
  }

  /** Drops a failed message from the outbox. */
  discard(clientId: string): void {
    const o = this.outbox.get(clientId);
    if (!o || o.state !== 'failed') return;
    this.outbox.delete(clientId);
    this.changed();
  }

  private async attempt(clientId: string): Promise<void> {
    const o = this.outbox.get(clientId);
    if (!o || o.state === 'failed' || this.acked.has(clientId) || this.attempting.has(clientId) || this.disposedAndDone()) return;
    this.clearRetry(clientId);
    if (!this.rt.connected) {
      this.update(clientId, { state: 'waiting' });
      return;
    }
    this.attempting.add(clientId);
    this.update(clientId, { state: 'sending', attempts: o.attempts + 1 });
    const a = await this.rt.call('message:send', { roomId: this.roomId, clientId, body: o.body, ...(o.attachments.length ? { attachments: o.attachments } : {}) });
    this.attempting.delete(clientId);
    if (!this.outbox.has(clientId)) return;
    if (a?.ok) {
      this.acknowledged(clientId, a.message);
      return;
    }
    if (this.acked.has(clientId)) return; // its message:new arrived meanwhile
    if (a && !RETRYABLE.has(a.error.code)) {
      this.update(clientId, { state: 'failed', error: a.error });
      return;
    }
    // No answer, or a passing refusal: again shortly while connected; the reconnection flushes otherwise.
    if (!this.rt.connected) {
      this.update(clientId, { state: 'waiting' });
      return;
    }
    const attempts = this.outbox.get(clientId)?.attempts ?? 1;
    const delay = Math.min(250 * 2 ** Math.min(attempts, 5), 5000);
    this.retryTimers.set(
      clientId,
      setTimeout(() => {
        this.retryTimers.delete(clientId);
        void this.attempt(clientId);
      }, delay),
    );
  }

  private acknowledged(clientId: string, message: MessageDto): void {
    this.acked.set(clientId, message.seq);
    this.clearRetry(clientId);
    this.received(message);
  }

  /** Resends everything unacknowledged (after a (re)connection). */
  private flush(): void {
    for (const clientId of [...this.outbox.keys()]) void this.attempt(clientId);
  }

  private update(clientId: string, patch: Partial<OutgoingMessage>): void {
    const o = this.outbox.get(clientId);
    if (!o) return;
    this.outbox.set(clientId, { ...o, ...patch });
    this.changed();
  }

  private clearRetry(clientId: string): void {
    const t = this.retryTimers.get(clientId);
    if (t) clearTimeout(t);
    this.retryTimers.delete(clientId);
  }

  // ---- receiving --------------------------------------------------------------------------------

  private received(m: MessageDto): void {
    if (this.outbox.has(m.clientId) && !this.acked.has(m.clientId)) {
      // The broadcast of my own message can arrive before its ack: it is delivered, stop resending.
      this.acked.set(m.clientId, m.seq);
      this.clearRetry(m.clientId);
    }
    if (m.sender.userId) {
      this.userOrg.set(m.sender.userId, m.sender.orgId);
      if (m.type === 'text') this.markUserRead(m.sender.userId, m.seq);
      this.typers.delete(m.sender.userId);
    }
    const gap = this.timeline.isGap(m.seq);
    this.timeline.apply([m]);
    if (this.room && m.seq > this.room.lastSeq) {
      const mine = m.sender.userId === this.myUserId();
      const readSeq = mine ? Math.max(this.room.readSeq, m.seq) : this.room.readSeq;
      this.room = {
        ...this.room,
        lastSeq: m.seq,
        lastMessage: { seq: m.seq, body: m.body, createdAt: m.createdAt, sender: m.sender, type: m.type, ...(m.systemEvent ? { systemEvent: m.systemEvent } : {}) },
        readSeq,
        unread: Math.max(0, m.seq - readSeq),
      };
    }
    this.changed();
    if (gap) void this.resync();
  }

  private markUserRead(userId: string, seq: number): void {
    if ((this.readUser.get(userId) ?? 0) < seq) this.readUser.set(userId, seq);
  }

  private setRoom(room: RoomDto): void {
    this.room = room;
    // Read markers of each party as stored (when the server sends them): the highest seq any member read.
    for (const p of room.partyReads ?? []) if ((this.orgRead.get(p.orgId) ?? 0) < p.seq) this.orgRead.set(p.orgId, p.seq);
  }

  // ---- joining & resync -------------------------------------------------------------------------

  private async loadInitial(): Promise<void> {
    try {
      const [room, latest] = await Promise.all([this.rest.room(this.roomId), this.rest.messages(this.roomId, { limit: PAGE })]);
      if (this.disposed) return;
      if (!this.room) this.setRoom(room);
      this.timeline.anchor(latest, room.lastSeq);
      this.changed();
    } catch (e) {
      if (this.disposed) return;
      const err = errorOf(e);
      if (err.code === 'FORBIDDEN' || err.code === 'NOT_FOUND' || !this.room) {
        if (err.code === 'FORBIDDEN' || err.code === 'NOT_FOUND') this.error = err;
        else if (!this.rt.connected) this.error = err;
        this.changed();
      }
    }
  }

  /** room:join with lastSeq until caught up (several rounds when more than the replay limit is missing). */
  resync(): Promise<void> {
    if (this.syncing) {
      this.resyncAgain = true;
      return this.syncing;
    }
    this.syncing = (async () => {
      do {
        this.resyncAgain = false;
        for (let round = 0; round < 100 && this.rt.connected && !this.disposed; round += 1) {
          const anchored = this.timeline.anchored;
          const before = this.timeline.lastSeq;
          const a = await this.rt.call('room:join', anchored ? { roomId: this.roomId, lastSeq: before } : { roomId: this.roomId });
          if (!a) break; // no answer: the next (re)connection tries again
          if (!a.ok) {
            if (a.error.code === 'FORBIDDEN' || a.error.code === 'NOT_FOUND') this.error = a.error;
            this.joined = false;
            this.changed();
            return;
          }
          this.joined = true;
          this.error = null;
          this.readSent = 0; // the stored marker comes with the room
          this.setRoom(a.room);
          if (anchored) this.timeline.apply(a.messages);
          else this.timeline.anchor(a.messages, a.room.lastSeq);
          this.changed();
          if (a.messages.length === 0 || this.timeline.lastSeq >= a.room.lastSeq || this.timeline.lastSeq === before) break;
        }
        this.sendRead();
      } while (this.resyncAgain && this.rt.connected && !this.disposed);
    })().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  // ---- history ----------------------------------------------------------------------------------

  /** Loads the page before the first shown message. Resolves how many were added. */
  async loadOlder(limit = PAGE): Promise<number> {
    const first = this.timeline.firstSeq;
    if (this.loadingOlder || first === null || first <= 1) return 0;
    this.loadingOlder = true;
    this.changed();
    try {
      const older = await this.rest.messages(this.roomId, { beforeSeq: first, limit });
      return this.timeline.prepend(older);
    } finally {
      this.loadingOlder = false;
      this.changed();
    }
  }

  /** Loads history back to `seq` (e.g. a search result) so it can be shown. */
  async ensureLoaded(seq: number): Promise<boolean> {
    for (let i = 0; i < 100; i += 1) {
      const first = this.timeline.firstSeq;
      if (first === null) return false;
      if (first <= seq) return this.timeline.isShown(seq);
      const added = await this.loadOlder(Math.min(200, first - seq + 10));
      if (added === 0) return false;
    }
    return false;
  }

  // ---- typing & reading -------------------------------------------------------------------------

  /** Tells the others I am typing (at most every 2 s). */
  typing(): void {
    const now = Date.now();
    if (now - this.lastTypingSent < TYPING_SEND_INTERVAL_MS || !this.rt.connected || !this.joined) return;
    this.lastTypingSent = now;
    void this.rt.call('typing', { roomId: this.roomId }, 3000);
  }

  /** Moves my read marker to `seq` (forward only); sent once the room is joined if it is not yet. */
  markRead(seq: number): void {
    if (seq > this.wantRead) this.wantRead = seq;
    this.sendRead();
  }

  private sendRead(): void {
    const room = this.room;
    const seq = this.wantRead;
    if (!room || seq <= Math.max(this.readSent, room.readSeq) || !this.rt.connected || !this.joined) return;
    this.readSent = seq;
    const me = this.myUserId();
    if (me) this.markUserRead(me, seq);
    this.room = { ...room, readSeq: seq, unread: Math.max(0, room.lastSeq - seq) };
    this.changed();
    void this.rt.call('read', { roomId: this.roomId, seq }).then((a) => {
      if (!a?.ok) this.readSent = 0; // try again at the next chance
    });
  }

  private scheduleTypingExpiry(): void {
    if (this.typingTimer) return;
    const tick = () => {
      this.typingTimer = null;
      const now = Date.now();
      let removed = false;
      for (const [id, t] of this.typers) if (t.until <= now) removed = this.typers.delete(id) || removed;
      if (removed) this.changed();
      if (this.typers.size > 0) this.typingTimer = setTimeout(tick, 500);
    };
    this.typingTimer = setTimeout(tick, 500);
  }

  // ---- lifecycle --------------------------------------------------------------------------------

  /** Leaves the room (no more live events). Messages still in the outbox keep being delivered first. */
  dispose(): void {
    this.disposed = true;
    if (this.typingTimer) clearTimeout(this.typingTimer);
    if (this.joined && this.rt.connected) void this.rt.call('room:leave', { roomId: this.roomId }, 3000);
    this.joined = false;
    if (this.pendingCount === 0) this.shutdown();
  }

  /** Re-activated before it was shut down (the room was opened again). */
  revive(): void {
    if (!this.disposed) return;
    this.disposed = false;
    if (this.rt.connected) void this.resync();
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Called when the channel is gone for good (no one looking, outbox empty). */
  onShutdown: (() => void) | null = null;

  private shutdown(): void {
    for (const u of this.unsubscribe.splice(0)) u();
    for (const t of this.retryTimers.values()) clearTimeout(t);
    this.retryTimers.clear();
    this.listeners.clear();
    this.onShutdown?.();
  }

  private disposedAndDone(): boolean {
    return this.disposed && this.unsubscribe.length === 0;
  }

  // ---- snapshot ---------------------------------------------------------------------------------

  private changed(): void {
    // Acknowledged messages leave the outbox once the timeline shows them.
    for (const [clientId, seq] of this.acked) {
      if (this.timeline.isShown(seq) || (this.timeline.firstSeq ?? Infinity) > seq) {
        this.acked.delete(clientId);
        this.outbox.delete(clientId);
      }
    }
    this.snapshot = this.build();
    for (const l of [...this.listeners]) l();
    if (this.disposed && this.pendingCount === 0 && this.unsubscribe.length > 0) this.shutdown();
  }

  private build(): RoomChannelState {
    const readByOrg: Record<string, number> = Object.fromEntries(this.orgRead);
    const readByUser: Record<string, number> = {};
    for (const [userId, seq] of this.readUser) {
      readByUser[userId] = seq;
      const org = this.userOrg.get(userId);
      if (org) readByOrg[org] = Math.max(readByOrg[org] ?? 0, seq);
    }
    const now = Date.now();
    return {
      roomId: this.roomId,
      status: this.error && !this.room ? 'error' : this.error?.code === 'FORBIDDEN' || this.error?.code === 'NOT_FOUND' ? 'error' : this.room ? 'ready' : 'loading',
      error: this.error,
      room: this.room,
      anchored: this.timeline.anchored,
      messages: this.timeline.shown(),
      outgoing: [...this.outbox.values()],
      joined: this.joined,
      hasOlder: this.timeline.hasOlder,
      loadingOlder: this.loadingOlder,
      presence: this.presence,
      typing: [...this.typers].filter(([, t]) => t.until > now).map(([userId, t]) => ({ userId, displayName: t.displayName })),
      readByUser,
      readByOrg,
    };
  }
}
