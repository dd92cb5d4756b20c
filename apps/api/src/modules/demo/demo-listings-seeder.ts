import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { type NewListing, insertListings } from '../listings/listing-writes.js';
import { searchConsumer } from '../listings/listing-search-sync.js';
import { syncListingsToEngine } from '../listings/listing-search-docs.js';
import { type OutboxConfig, outboxConsumers } from '../outbox/outbox-consumers.js';
import { lockAggregates } from '../outbox/outbox-store.js';
import { EmbeddedSearchEngine } from '../search/embedded/embedded-search-engine.js';
import type { DemoFair } from './demo-content.js';
import { buildDemoListings } from './demo-listings.js';

const log = new Logger('DemoData');

export interface DemoListingsSeedResult {
  /** Demo listings the generator makes. */
  total: number;
  /** Of those, inserted now (0 on every start after the first). */
  inserted: number;
  /** Time spent, including indexing for search. */
  ms: number;
}

/**
 * Adds the demo listings (demo-listings.ts) to the demo fair's organisations, attached to their
 * approved booths, and makes them searchable. Runs under the startup lock, after the fair exists.
 *
 * Idempotent by id: every demo listing has a UUID derived from its stable key, so a second start
 * finds them all and adds nothing (edited or soft-deleted demo listings stay as they are); a newer
 * generator that adds listings inserts only the new ones. Listings of an organisation that is not
 * there any more are skipped.
 *
 * Search: one transaction writes the listings, the embedded engine's index (the default engine,
 * always present, an index table in this same database) and the outbox rows of every OTHER consumer
 * (search:meilisearch when MEILI_URL is set). So the moment the API says it is ready, a search for
 * 养老 finds the demo listings — an outbox row for the embedded engine would only be applied by the
 * relay after the start, leaving a window with empty results. Meilisearch, a separate process that
 * may not be up yet, gets its rows through the relay as for any other change (at least once, retried
 * until it answers; the issue allows it 2 s).
 */
export async function seedDemoListings(ds: DataSource, config: OutboxConfig, fair: DemoFair, now = new Date()): Promise<DemoListingsSeedResult> {
  const t0 = performance.now();
  const listings = buildDemoListings(fair.organizations);
  const ms = () => Math.round(performance.now() - t0);

  const present: { id: string }[] = await ds.query(`SELECT id FROM listings WHERE id = ANY($1::uuid[])`, [listings.map((l) => l.id)]);
  const have = new Set(present.map((r) => r.id));
  const missing = listings.filter((l) => !have.has(l.id));
  if (missing.length === 0) return { total: listings.length, inserted: 0, ms: ms() };

  // Demo organisations by credit code (stable, unique), their admins and approved booths at the demo expo.
  const demoOrgs = fair.organizations;
  const orgRows: { id: string; credit_code: string; admin_id: string | null }[] = await ds.query(
    `SELECT o.id, o.credit_code,
            (SELECT u.id FROM users u WHERE u.organization_id = o.id AND u.org_role = 'admin' ORDER BY u.created_at LIMIT 1) AS admin_id
       FROM organizations o WHERE o.credit_code = ANY($1::text[])`,
    [demoOrgs.map((o) => o.creditCode)],
  );
  const byCode = new Map(orgRows.map((r) => [r.credit_code, r]));
  const orgByKey = new Map(
    demoOrgs.flatMap((o) => {
      const row = byCode.get(o.creditCode);
      return row ? [[o.key, row] as const] : [];
    }),
  );
  const booths: { id: string; organization_id: string; expo_id: string }[] = await ds.query(
    `SELECT b.id, b.organization_id, b.expo_id FROM booths b JOIN expos e ON e.id = b.expo_id
      WHERE e.slug = $1 AND b.status = 'approved'`,
    [fair.expo.slug],
  );
  const boothOf = new Map(booths.map((b) => [b.organization_id, b]));

  const rows: NewListing[] = [];
  for (const l of missing) {
    const org = orgByKey.get(l.orgKey);
    if (!org) continue;
    const booth = l.atBooth ? boothOf.get(org.id) : undefined;
    const createdAt = new Date(now.getTime() - l.ageMinutes * 60_000);
    rows.push({
      id: l.id,
      organizationId: org.id,
      createdBy: org.admin_id,
      kind: l.kind,
      title: l.title,
      summary: l.summary,
      bodyHtml: l.body,
      domains: l.domains,
      targetGroups: l.targetGroups,
      resourceTypes: l.resourceTypes,
      regionCode: l.regionCode,
      amountMin: l.amountMin,
      amountMax: l.amountMax,
      startsAt: l.startsAt,
      endsAt: l.endsAt,
      status: l.status,
      expoId: booth?.expo_id ?? null,
      boothId: booth?.id ?? null,
      createdAt,
    });
  }
  if (rows.length === 0) return { total: listings.length, inserted: 0, ms: ms() };

  const others = outboxConsumers(config, 'listing').filter((c) => c !== searchConsumer({ name: 'embedded' }));
  let inserted = 0;
  await ds.transaction(async (m) => {
    const { ids } = await insertListings(m, others, rows);
    inserted = ms();
    const engine = new EmbeddedSearchEngine(m, { cache: false });
    // The same per-listing locks as the relay and the reindex command (new ids: never contended).
    await lockAggregates(m, searchConsumer(engine), ids);
    await syncListingsToEngine(m, engine, ids);
  });
  log.log(`demo listings: ${rows.length} of ${listings.length} added in ${inserted} ms, searchable after ${ms()} ms (text analysis and embedded index)`);
  return { total: listings.length, inserted: rows.length, ms: ms() };
}
