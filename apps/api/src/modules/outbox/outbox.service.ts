import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import { type OutboxAggregate, outboxConsumers } from './outbox-consumers.js';
import { type ConsumerBacklog, type EnqueuedRow, enqueueOutbox, lockAggregates, outboxBacklog } from './outbox-store.js';

/**
 * Applies the current state of some aggregates to a consumer (e.g. upserts listings into a search
 * engine). Runs inside the relay's transaction, with the aggregates locked for this consumer; must be
 * idempotent — an item may be delivered more than once (at least once).
 */
export type OutboxHandler = (m: EntityManager, aggregateIds: string[]) => Promise<void>;

export interface OutboxRelayOptions {
  /** Rows claimed per transaction. */
  batchSize: number;
  /** Pause between polls when there is nothing to do. */
  pollIntervalMs: number;
  /** Retry delay after the n-th failure: min(base · 2^(n-1), max), ±25 % jitter. */
  retryBaseMs: number;
  retryMaxMs: number;
  /**
   * Batches of one consumer the poller relays side by side: while one analyses text (CPU, this
   * process), the other writes to the engine (the database's or Meilisearch's CPU).
   */
  pollerLoops: number;
  /** Relay transactions per consumer in this process, poller and write-path deliveries together (each holds a pool connection). */
  concurrencyPerConsumer: number;
}

export const DEFAULT_RELAY_OPTIONS: OutboxRelayOptions = {
  batchSize: 500,
  pollIntervalMs: 300,
  retryBaseMs: 1000,
  retryMaxMs: 60_000,
  pollerLoops: 2,
  concurrencyPerConsumer: 3,
};

interface ClaimedRow {
  id: string;
  aggregate_id: string;
}

/** A counting semaphore: limits how many relay transactions (pool connections) one consumer holds. */
class Semaphore {
  private waiting: (() => void)[] = [];
  constructor(private free: number) {}
  async use<T>(work: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    }
  }
}

/**
 * The transactional outbox: writers call `enqueue` in their transaction; the relay delivers rows to
 * each consumer's handler and deletes them in one transaction (claimed `FOR UPDATE SKIP LOCKED`, so
 * several API processes drain the same table safely). A failed delivery rolls back, counts an attempt,
 * keeps the error and backs off; the write that produced the row has already succeeded.
 */
@Injectable()
export class OutboxService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Outbox');
  private readonly handlers = new Map<string, OutboxHandler>();
  private readonly gates = new Map<string, Semaphore>();
  private readonly pausedUntil = new Map<string, number>();
  private readonly failures = new Map<string, number>();
  private options: OutboxRelayOptions = { ...DEFAULT_RELAY_OPTIONS };
  private timer: NodeJS.Timeout | null = null;
  private tick: Promise<void> | null = null;
  private polling = false;
  /** Set while the process shuts down (or a test stopped the poller): no new background deliveries. */
  private stopping = false;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Consumer names of an aggregate in this deployment (see OUTBOX_CONSUMERS). */
  consumers(aggregate: OutboxAggregate): string[] {
    return outboxConsumers(this.config, aggregate);
  }

  /** Binds (or replaces) the handler that delivers a consumer's rows. */
  handle(consumer: string, handler: OutboxHandler): void {
    this.handlers.set(consumer, handler);
    this.pausedUntil.delete(consumer);
    this.failures.delete(consumer);
  }

  configure(options: Partial<OutboxRelayOptions>): void {
    this.options = { ...this.options, ...options };
    this.gates.clear();
  }

  /** Writes one row per consumer of the aggregate on the caller's transaction. */
  enqueue(m: EntityManager, aggregate: OutboxAggregate, ids: readonly string[]): Promise<EnqueuedRow[]> {
    return enqueueOutbox(m, this.consumers(aggregate), aggregate, ids);
  }

  /**
   * Delivers these rows of one consumer now (after the write that enqueued them committed). Claimed
   * `FOR UPDATE` without SKIP LOCKED: if the poller holds them, this waits, and finds them gone when it
   * succeeded. Resolves true when nothing of them is left; false (logged, never thrown) when delivery failed
   * — the poller retries.
   */
  async deliverNow(consumer: string, rows: readonly EnqueuedRow[]): Promise<boolean> {
    const ids = rows.filter((r) => r.consumer === consumer).map((r) => r.id);
    const handler = this.handlers.get(consumer);
    if (ids.length === 0) return true;
    if (!handler) return false;
    try {
      await this.run(consumer, handler, (m) =>
        m.query(`SELECT id::text AS id, aggregate_id FROM outbox WHERE consumer = $1 AND id = ANY($2::bigint[]) ORDER BY id FOR UPDATE`, [consumer, ids]),
      );
      return true;
    } catch (e) {
      this.log.warn(`delivery to ${consumer} failed; the relay will retry: ${errorText(e)}`);
      return false;
    }
  }

  /** Delivers these rows in the background (not awaited by the caller); `stopPolling` waits for it. */
  kick(consumer: string, rows: readonly EnqueuedRow[]): void {
    if (this.stopping) return;
    const p: Promise<unknown> = this.deliverNow(consumer, rows).finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
  }

  /**
   * Claims one batch of due rows of a consumer and delivers it. Returns how many rows were delivered
   * (0: nothing due). Throws when the delivery failed (the rows are then rescheduled).
   */
  async relayBatch(consumer: string, opts: { ignoreBackoff?: boolean } = {}): Promise<number> {
    const handler = this.handlers.get(consumer);
    if (!handler) return 0;
    const due = opts.ignoreBackoff ? '' : 'AND available_at <= now()';
    return this.run(consumer, handler, (m) =>
      m.query(
        `SELECT id::text AS id, aggregate_id FROM outbox WHERE consumer = $1 ${due}
          ORDER BY available_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [consumer, this.options.batchSize],
      ),
    );
  }

  /**
   * Relays batches of a consumer until nothing is due and unclaimed. Returns rows delivered by this
   * call; rows another relay (the poller, another process) holds at that moment are skipped, not awaited.
   */
  async drain(consumer: string, opts: { ignoreBackoff?: boolean } = {}, keepGoing: () => boolean = () => true): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.relayBatch(consumer, opts);
      total += n;
      if (n === 0 || !keepGoing()) return total;
    }
  }

  /** Drains every consumer that has a handler, each on its own. */
  async drainAll(opts: { ignoreBackoff?: boolean } = {}): Promise<Record<string, number>> {
    const names = [...this.handlers.keys()];
    const counts = await Promise.all(names.map((c) => this.drain(c, opts)));
    return Object.fromEntries(names.map((c, i) => [c, counts[i]]));
  }

  /** Waiting rows per consumer of this deployment (for /api/health, logs and tests). */
  backlog(): Promise<Record<string, ConsumerBacklog>> {
    return outboxBacklog(this.ds, [...new Set([...this.consumers('listing'), ...this.handlers.keys()])]);
  }

  // ---- the background poller ------------------------------------------------------------------

  onApplicationBootstrap(): void {
    for (const c of this.consumers('listing')) {
      if (!this.handlers.has(c)) this.log.warn(`outbox consumer ${c} has no handler in this process; its rows wait`);
    }
    this.startPolling();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stopPolling();
  }

  startPolling(): void {
    if (this.polling) return;
    this.polling = true;
    this.stopping = false;
    this.schedule(0);
  }

  /** Stops the poller and waits for the batch in flight to finish (commit or roll back). */
  async stopPolling(): Promise<void> {
    this.polling = false;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.tick;
    await Promise.all([...this.inFlight]);
  }

  private schedule(delayMs: number): void {
    if (!this.polling) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.tick = this.pollOnce().finally(() => {
        this.tick = null;
        this.schedule(this.options.pollIntervalMs);
      });
    }, delayMs);
    this.timer.unref();
  }

  private async pollOnce(): Promise<void> {
    const now = Date.now();
    const due = [...this.handlers.keys()].filter((c) => (this.pausedUntil.get(c) ?? 0) <= now);
    await Promise.all(
      due.map(async (consumer) => {
        try {
          const loops = Array.from({ length: Math.max(1, this.options.pollerLoops) }, () => this.drain(consumer, {}, () => this.polling));
          const failed = (await Promise.allSettled(loops)).find((r) => r.status === 'rejected');
          if (failed) throw failed.reason;
          this.failures.delete(consumer);
        } catch (e) {
          // The engine is down or rejects the batch: back off this consumer in this process too.
          const n = (this.failures.get(consumer) ?? 0) + 1;
          this.failures.set(consumer, n);
          this.pausedUntil.set(consumer, Date.now() + this.retryDelay(n));
          const backlog = await this.backlog().catch(() => ({}) as Record<string, ConsumerBacklog>);
          this.log.warn(`relay to ${consumer} failed (${n}× in a row, ${backlog[consumer]?.pending ?? '?'} waiting): ${errorText(e)}`);
        }
      }),
    );
  }

  // ---- delivery --------------------------------------------------------------------------------

  /** One relay transaction: claim rows, lock their aggregates, deliver, delete; on failure reschedule them. */
  private async run(consumer: string, handler: OutboxHandler, claim: (m: EntityManager) => Promise<ClaimedRow[]>): Promise<number> {
    return this.gate(consumer).use(async () => {
      let claimed: ClaimedRow[] = [];
      try {
        return await this.ds.transaction(async (m) => {
          claimed = await claim(m);
          if (claimed.length === 0) return 0;
          const ids = [...new Set(claimed.map((r) => r.aggregate_id))];
          await lockAggregates(m, consumer, ids);
          await handler(m, ids);
          await m.query(`DELETE FROM outbox WHERE id = ANY($1::bigint[])`, [claimed.map((r) => r.id)]);
          return claimed.length;
        });
      } catch (e) {
        if (claimed.length > 0) await this.reschedule(claimed, e).catch((err) => this.log.error(`could not reschedule outbox rows: ${errorText(err)}`));
        throw e;
      }
    });
  }

  private async reschedule(rows: ClaimedRow[], error: unknown): Promise<void> {
    const { retryBaseMs, retryMaxMs } = this.options;
    await this.ds.query(
      `UPDATE outbox
          SET attempts = attempts + 1,
              last_error = left($2, 2000),
              available_at = now() + make_interval(secs => least($4::float8, $3::float8 * power(2, attempts)) * (0.75 + random() * 0.5) / 1000)
        WHERE id = ANY($1::bigint[])`,
      [rows.map((r) => r.id), errorText(error), retryBaseMs, retryMaxMs],
    );
  }

  private retryDelay(failures: number): number {
    return Math.min(this.options.retryMaxMs, this.options.retryBaseMs * 2 ** (failures - 1));
  }

  private gate(consumer: string): Semaphore {
    let gate = this.gates.get(consumer);
    if (!gate) this.gates.set(consumer, (gate = new Semaphore(this.options.concurrencyPerConsumer)));
    return gate;
  }
}

function errorText(e: unknown): string {
  if (e instanceof Error) {
    const cause = e.cause instanceof Error ? `: ${e.cause.message}` : '';
    return `${e.message}${cause}`;
  }
  return String(e);
}
