import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cheaper dashboard refreshes (bench/console, see docs/console-live.md "Query plans"):
 * - the domain/province breakdown reads a covering index of the expo's live listings (index-only scan
 *   of a few columns instead of the wide heap rows with summaries and bodies);
 * - listing views carry their listing's expo, so the funnel sums them from an index-only scan without
 *   joining 100,000 listings;
 * - `room_parties` joins the change signal (parties added later move the contacts of the funnel).
 */
export class ConsoleDashboardScans1764300000001 implements MigrationInterface {
  name = 'ConsoleDashboardScans1764300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_listings_expo_dashboard ON listings (expo_id) INCLUDE (kind, region_code, domains) WHERE deleted_at IS NULL AND expo_id IS NOT NULL`);
    await q.query(`ALTER TABLE listing_views ADD COLUMN expo_id uuid`);
    await q.query(`UPDATE listing_views v SET expo_id = l.expo_id FROM listings l WHERE l.id = v.listing_id`);
    await q.query(`CREATE INDEX ix_listing_views_expo ON listing_views (expo_id) INCLUDE (views) WHERE expo_id IS NOT NULL`);
    await q.query(`CREATE TRIGGER tg_room_parties_console_signal AFTER INSERT OR UPDATE OR DELETE ON room_parties FOR EACH STATEMENT EXECUTE FUNCTION yiqia_console_signal()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tg_room_parties_console_signal ON room_parties`);
    await q.query(`DROP INDEX ix_listing_views_expo`);
    await q.query(`ALTER TABLE listing_views DROP COLUMN expo_id`);
    await q.query(`DROP INDEX ix_listings_expo_dashboard`);
  }
}
