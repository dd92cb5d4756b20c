import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import type { MessageDto, RtAck, RtAckData, RtClientEvent, RtPayload, RtServerEvents } from '@yiqia/contracts';
import type { TestApp } from './test-app.js';

export type RtSocket = Socket<RtServerEvents>;

/** TestApp only injects; real sockets need the app listening on a loopback port. Returns the base URL. */
export async function listen(t: TestApp): Promise<string> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

export interface ConnectOptions {
  origin?: string;
  lang?: 'zh' | 'en';
  /** websocket only by default (like a browser behind a load balancer without sticky sessions). */
  transports?: ('websocket' | 'polling')[];
  reconnection?: boolean;
  /** A function is asked again at each reconnection (a fresh access token). */
  token?: string | (() => string);
}

/** A socket on /rt that is not connected yet. */
export function rtSocket(baseUrl: string, opts: ConnectOptions = {}): RtSocket {
  const token = opts.token;
  return io(`${baseUrl}/rt`, {
    auth: (cb) => cb({ token: typeof token === 'function' ? token() : token, ...(opts.lang ? { lang: opts.lang } : {}) }),
    transports: opts.transports ?? ['websocket'],
    extraHeaders: opts.origin ? { origin: opts.origin } : undefined,
    reconnection: opts.reconnection ?? false,
    reconnectionDelay: 50,
    reconnectionDelayMax: 200,
    forceNew: true,
    autoConnect: false,
  }) as RtSocket;
}

/** Connects; resolves with the socket, or rejects with the connect_error (its `data` carries { code, message }). */
export function connect(baseUrl: string, token: string | (() => string) | undefined, opts: ConnectOptions = {}): Promise<RtSocket> {
  const s = rtSocket(baseUrl, { ...opts, token });
  return new Promise((resolve, reject) => {
    const refused = (e: Error) => {
      s.off('connect', connected);
      s.close();
      reject(e);
    };
    const connected = () => {
      s.off('connect_error', refused); // later reconnection attempts may fail; they must not close the socket
      resolve(s);
    };
    s.once('connect', connected);
    s.once('connect_error', refused);
    s.connect();
  });
}

/** The connect_error of a refused handshake: `{ message, data: { code, message } }`. */
export async function refusal(baseUrl: string, token: string | undefined, opts: ConnectOptions = {}): Promise<{ message: string; data?: { code: string; message: string } }> {
  try {
    const s = await connect(baseUrl, token, opts);
    s.close();
    throw new Error('expected the handshake to be refused');
  } catch (e) {
    return e as { message: string; data?: { code: string; message: string } };
  }
}

export function call<E extends RtClientEvent>(s: RtSocket, event: E, payload: RtPayload<E> | unknown): Promise<RtAck<RtAckData[E]>> {
  return (s as unknown as Untyped).emitWithAck(event, payload) as Promise<RtAck<RtAckData[E]>>;
}

/** The socket without the protocol's types, for sending whatever a test needs. */
interface Untyped {
  emit(event: string, ...args: unknown[]): void;
  emitWithAck(event: string, ...args: unknown[]): Promise<unknown>;
  timeout(ms: number): Untyped;
}

/** Emits anything, without an ack (for malformed-input tests). */
export function rawEmit(s: RtSocket, event: string, ...args: unknown[]): void {
  (s as unknown as Untyped).emit(event, ...args);
}

/** The next `event` on the socket (optionally the first one passing `where`). */
export function next<E extends keyof RtServerEvents>(s: RtSocket, event: E, where: (...args: Parameters<RtServerEvents[E]>) => boolean = () => true) {
  return new Promise<Parameters<RtServerEvents[E]>[0]>((resolve) => {
    const listener = (...args: unknown[]) => {
      if (!(where as (...a: unknown[]) => boolean)(...args)) return;
      s.off(event, listener as never);
      resolve(args[0] as Parameters<RtServerEvents[E]>[0]);
    };
    s.on(event, listener as never);
  });
}

/** Collects every `event` the socket receives. */
export function collect<E extends keyof RtServerEvents>(s: RtSocket, event: E): Parameters<RtServerEvents[E]>[0][] {
  const out: Parameters<RtServerEvents[E]>[0][] = [];
  s.on(event, ((x: Parameters<RtServerEvents[E]>[0]) => out.push(x)) as never);
  return out;
}

/** Resolves when `check()` holds, re-checking after each event loop turn (bounded by jest's test timeout). */
export async function until(check: () => boolean | Promise<boolean>, pollMs = 10): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, pollMs));
}

export function expectOk<T extends object>(a: RtAck<T>): T {
  if (!a.ok) throw new Error(`expected ok, got ${JSON.stringify(a.error)}`);
  return a as T;
}

/**
 * The reference client algorithm for one room (what the negotiate UI does):
 * - keeps the timeline as a map seq → message; applies `message:new` and join answers idempotently;
 * - a gap (a message whose seq is past lastSeq + 1) triggers a resync: `room:join { lastSeq }`;
 * - on every (re)connect it rejoins with its lastSeq, then resends every unacknowledged message with
 *   the SAME clientId until acknowledged (the server returns the original for a retry).
 */
export class RoomClient {
  readonly timeline = new Map<number, MessageDto>();
  /** clientId → body, for messages sent but not yet acknowledged. */
  readonly outbox = new Map<string, string>();
  readonly acked = new Map<string, MessageDto>();
  duplicatesSeen = 0;
  private syncing: Promise<void> | null = null;
  private resyncAgain = false;

  constructor(
    readonly socket: RtSocket,
    readonly roomId: string,
  ) {
    socket.on('message:new', (m) => {
      if (m.roomId !== roomId) return;
      if (m.seq > this.lastSeq + 1) void this.resync();
      this.apply([m]);
    });
    socket.on('connect', () => void this.resync().then(() => this.flush()));
  }

  get lastSeq(): number {
    let n = 0;
    while (this.timeline.has(n + 1)) n += 1;
    return n;
  }

  /** Seqs in order with no gap from 1. */
  get contiguous(): MessageDto[] {
    const out: MessageDto[] = [];
    for (let s = 1; this.timeline.has(s); s += 1) out.push(this.timeline.get(s)!);
    return out;
  }

  apply(messages: MessageDto[]): void {
    for (const m of messages) {
      const known = this.timeline.get(m.seq);
      if (known) {
        this.duplicatesSeen += 1;
        if (known.id !== m.id) throw new Error(`seq ${m.seq} names two messages: ${known.id} and ${m.id}`);
        continue;
      }
      this.timeline.set(m.seq, m);
    }
  }

  resync(): Promise<void> {
    if (this.syncing) {
      this.resyncAgain = true;
      return this.syncing;
    }
    this.syncing = (async () => {
      do {
        this.resyncAgain = false;
        if (!this.socket.connected) break;
        // Page through the gap until the answer is shorter than the replay limit.
        for (;;) {
          const before = this.lastSeq;
          const a = await call(this.socket, 'room:join', { roomId: this.roomId, lastSeq: before }).catch(() => null);
          if (!a || !a.ok) break;
          this.apply(a.messages);
          if (a.messages.length === 0 || this.lastSeq >= a.room.lastSeq || this.lastSeq === before) break;
        }
      } while (this.resyncAgain);
    })().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  /** Sends (or re-sends) one body; resolves when acknowledged — retries across reconnects. */
  send(body: string, clientId: string = randomUUID()): Promise<MessageDto> {
    this.outbox.set(clientId, body);
    return new Promise((resolve, reject) => {
      this.waiting.set(clientId, { resolve, reject });
      void this.attempt(clientId);
    });
  }

  private readonly waiting = new Map<string, { resolve: (m: MessageDto) => void; reject: (e: Error) => void }>();
  private readonly attempting = new Set<string>();

  private async attempt(clientId: string): Promise<void> {
    const body = this.outbox.get(clientId);
    if (body === undefined || !this.socket.connected || this.attempting.has(clientId)) return;
    this.attempting.add(clientId);
    let a: RtAck<RtAckData['message:send']> | null;
    try {
      a = (await (this.socket as unknown as Untyped).timeout(5000).emitWithAck('message:send', { roomId: this.roomId, clientId, body })) as RtAck<RtAckData['message:send']>;
    } catch {
      a = null; // no answer: disconnected (flush() resends after reconnecting) or slow (retried below)
    } finally {
      this.attempting.delete(clientId);
    }
    if (a?.ok) {
      this.outbox.delete(clientId);
      this.acked.set(clientId, a.message);
      this.apply([a.message]);
      this.waiting.get(clientId)?.resolve(a.message);
      this.waiting.delete(clientId);
      return;
    }
    if (a && !['RATE_LIMITED', 'SHUTTING_DOWN', 'INTERNAL'].includes(a.error.code)) {
      this.outbox.delete(clientId);
      this.waiting.get(clientId)?.reject(new Error(`send refused: ${a.error.code}`));
      this.waiting.delete(clientId);
      return;
    }
    if (this.socket.connected) setTimeout(() => void this.attempt(clientId), 100);
  }

  /** Resends everything unacknowledged. */
  flush(): void {
    for (const clientId of this.outbox.keys()) void this.attempt(clientId);
  }
}
