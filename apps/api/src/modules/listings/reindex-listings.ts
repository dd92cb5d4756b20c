import type { DataSource } from 'typeorm';
import { lockAggregates } from '../outbox/outbox-store.js';
import type { SearchEngine } from '../search/search-engine.js';
import { syncListingsToEngine } from './listing-search-docs.js';
import { searchConsumer } from './listing-search-sync.js';

export interface ReindexProgress {
  /** Listings written to the engine so far. */
  done: number;
  /** Live listings when the reindex started (the page loop may see a few more or fewer). */
  total: number;
}

export interface ReindexResult extends ReindexProgress {
  /** Documents in the engine at the end (its own count). */
  indexed: number;
  seconds: number;
}

/**
 * Rebuilds a search engine from PostgreSQL: apply settings, drop every document, then upsert the live
 * listings in keyset pages (by id). Each page is written under the same per-listing locks as the outbox
 * relay, so a listing changed meanwhile ends up in its newest state whichever of the two writes last;
 * outbox rows written during the reindex are applied by the relay afterwards (idempotent).
 * While it runs, searches on that engine see only part of the listings.
 */
export async function reindexListings(ds: DataSource, engine: SearchEngine, onProgress: (p: ReindexProgress) => void = () => undefined, pageSize = 500): Promise<ReindexResult> {
  const started = performance.now();
  await engine.init();
  await engine.clear();
  const [{ n: total }] = await ds.query(`SELECT count(*)::int AS n FROM listings WHERE deleted_at IS NULL`);
  let done = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  onProgress({ done, total });
  for (;;) {
    const rows: { id: string }[] = await ds.query(`SELECT id FROM listings WHERE deleted_at IS NULL AND id > $1 ORDER BY id LIMIT $2`, [after, pageSize]);
    if (rows.length === 0) break;
    const ids = rows.map((r) => r.id);
    const { upserted } = await ds.transaction(async (m) => {
      await lockAggregates(m, searchConsumer(engine), ids);
      return syncListingsToEngine(m, engine, ids);
    });
    done += upserted;
    after = ids[ids.length - 1];
    onProgress({ done, total: Math.max(total, done) });
  }
  const indexed = await engine.count();
  return { done, total: Math.max(total, done), indexed, seconds: (performance.now() - started) / 1000 };
}
