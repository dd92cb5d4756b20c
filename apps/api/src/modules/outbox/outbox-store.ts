import type { DataSource, EntityManager } from 'typeorm';
import type { OutboxAggregate } from './outbox-consumers.js';

/**
 * Plain SQL on the `outbox` table, usable inside and outside Nest (services, the demo seeder, the
 * reindex command). Rows are claimed and deleted by OutboxService's relay.
 */

export interface EnqueuedRow {
  id: string;
  consumer: string;
}

/**
 * One row per consumer and aggregate id, on the caller's transaction: call it with the same
 * EntityManager that writes the change, so both commit or neither does.
 */
export async function enqueueOutbox(m: EntityManager, consumers: readonly string[], aggregate: OutboxAggregate, ids: readonly string[]): Promise<EnqueuedRow[]> {
  if (consumers.length === 0 || ids.length === 0) return [];
  const rows: { id: string; consumer: string }[] = await m.query(
    `INSERT INTO outbox (consumer, aggregate, aggregate_id)
     SELECT c, $2, a FROM unnest($1::text[]) WITH ORDINALITY AS cs(c, ci), unnest($3::uuid[]) WITH ORDINALITY AS ag(a, ai)
      ORDER BY ai, ci
     RETURNING id::text AS id, consumer`,
    [consumers, aggregate, ids],
  );
  return rows;
}

/**
 * Serialises deliveries of the same aggregates to the same consumer across transactions and
 * processes (transaction-level advisory locks, taken in key order so two relays cannot deadlock).
 * Whoever delivers second loads the state after the first one's write: a slow relay holding an
 * older state can never overwrite a newer one in the engine.
 */
export async function lockAggregates(m: EntityManager, consumer: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await m.query(
    `SELECT count(pg_advisory_xact_lock(k))
       FROM (SELECT DISTINCT hashtextextended($1 || ':' || a::text, 0) AS k FROM unnest($2::uuid[]) AS a ORDER BY 1) AS keys`,
    [consumer, ids],
  );
}

export interface ConsumerBacklog {
  /** Rows waiting for this consumer. */
  pending: number;
  /** Of those, rows that failed at least once (waiting for a retry). */
  failing: number;
  /** Age of the oldest waiting row in seconds (0 when none). */
  oldestSeconds: number;
  lastError: string | null;
}

/** Backlog per consumer (every name in `consumers` appears, with zeros when it is up to date). */
export async function outboxBacklog(ds: DataSource | EntityManager, consumers: readonly string[] = []): Promise<Record<string, ConsumerBacklog>> {
  const rows: { consumer: string; pending: number; failing: number; oldest: number; last_error: string | null }[] = await ds.query(
    `SELECT consumer, count(*)::int AS pending, count(*) FILTER (WHERE attempts > 0)::int AS failing,
            COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS oldest,
            (array_agg(last_error ORDER BY id DESC) FILTER (WHERE last_error IS NOT NULL))[1] AS last_error
       FROM outbox GROUP BY consumer`,
  );
  const out: Record<string, ConsumerBacklog> = {};
  for (const c of consumers) out[c] = { pending: 0, failing: 0, oldestSeconds: 0, lastError: null };
  for (const r of rows) out[r.consumer] = { pending: r.pending, failing: r.failing, oldestSeconds: Math.round(r.oldest), lastError: r.last_error };
  return out;
}
