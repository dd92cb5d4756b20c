import type { MessageDto } from '@yiqia/contracts';

/**
 * A room's messages as the client holds them, keyed by seq (docs/realtime.md, client algorithm).
 *
 * - Applying is idempotent: the same seq twice is the same message (duplicates happen around joins
 *   and retries) and is ignored.
 * - What is shown is the contiguous run `base … end`: a message past a gap is kept but not shown until
 *   the gap is filled (so nothing ever appears out of order), and the caller resyncs.
 * - `base` is set by the first join answer (the latest page) and moves down as older pages load.
 */
export class Timeline {
  private readonly bySeq = new Map<number, MessageDto>();
  private readonly byClientId = new Map<string, MessageDto>();
  /** First shown seq; null until the first join answer. */
  private baseSeq: number | null = null;
  private endSeq = 0;

  /** Whether a join answer anchored the timeline. */
  get anchored(): boolean {
    return this.baseSeq !== null;
  }

  /** Highest seq held without a gap (what `room:join { lastSeq }` sends); 0 before anything. */
  get lastSeq(): number {
    return this.endSeq;
  }

  /** Lowest shown seq (older pages load before it); null before the first join answer. */
  get firstSeq(): number | null {
    return this.baseSeq;
  }

  /** Older messages exist before the first shown one. */
  get hasOlder(): boolean {
    return this.baseSeq !== null && this.baseSeq > 1;
  }

  /** Anchors an empty timeline on a join answer without lastSeq (the latest page, ascending). */
  anchor(latest: MessageDto[], roomLastSeq: number): void {
    if (this.baseSeq !== null) {
      this.apply(latest);
      return;
    }
    this.baseSeq = latest.length > 0 ? Math.min(...latest.map((m) => m.seq)) : roomLastSeq + 1;
    this.endSeq = this.baseSeq - 1;
    this.apply(latest);
  }

  /** Adds messages (any order, duplicates ignored). Returns true if the shown run grew. */
  apply(messages: readonly MessageDto[]): boolean {
    for (const m of messages) {
      if (this.bySeq.has(m.seq)) continue;
      this.bySeq.set(m.seq, m);
      if (m.clientId) this.byClientId.set(m.clientId, m);
    }
    return this.advance();
  }

  /** An older page (ascending, ending right before the first shown seq). Returns how many were added. */
  prepend(older: readonly MessageDto[]): number {
    if (this.baseSeq === null) return 0;
    let added = 0;
    for (const m of older) {
      if (!this.bySeq.has(m.seq)) {
        this.bySeq.set(m.seq, m);
        if (m.clientId) this.byClientId.set(m.clientId, m);
      }
    }
    while (this.baseSeq > 1 && this.bySeq.has(this.baseSeq - 1)) {
      this.baseSeq -= 1;
      added += 1;
    }
    return added;
  }

  /** A message past the shown run (seq > lastSeq + 1) means something was missed. */
  isGap(seq: number): boolean {
    return this.baseSeq !== null && seq > this.endSeq + 1;
  }

  has(seq: number): boolean {
    return this.bySeq.has(seq);
  }

  /** The message sent with this clientId, if it is held (shown or not). */
  byClient(clientId: string): MessageDto | undefined {
    return this.byClientId.get(clientId);
  }

  /** Whether the message with this seq is in the shown run. */
  isShown(seq: number): boolean {
    return this.baseSeq !== null && seq >= this.baseSeq && seq <= this.endSeq;
  }

  /** The shown run, ascending. */
  shown(): MessageDto[] {
    const out: MessageDto[] = [];
    if (this.baseSeq === null) return out;
    for (let s = this.baseSeq; s <= this.endSeq; s += 1) {
      const m = this.bySeq.get(s);
      if (m) out.push(m);
    }
    return out;
  }

  private advance(): boolean {
    if (this.baseSeq === null) return false;
    const before = this.endSeq;
    while (this.bySeq.has(this.endSeq + 1)) this.endSeq += 1;
    return this.endSeq !== before;
  }
}
