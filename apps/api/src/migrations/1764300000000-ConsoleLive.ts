import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose changes can move a number on the organizers' live dashboard. */
const SIGNAL_TABLES = ['messages', 'rooms', 'room_listings', 'intent_versions', 'meeting_requests', 'listings', 'booths', 'booth_visits', 'listing_views'];

/**
 * Organizer console (live dashboard, exports, results):
 * - `listing_views`: per day and hashed visitor, like `booth_visits` (the funnel's listing views).
 * - a change signal: one statement-level trigger per table above does `pg_notify('yiqia_console', table)`.
 *   Every API process LISTENs, so a dashboard is recomputed within a second of a change whichever process
 *   wrote it. Statement level (not row level): a 500-row group commit is one notification, and identical
 *   notifications of one transaction are folded into one by PostgreSQL.
 * - indexes for the per-interval aggregates (see docs/console-live.md, "Query plans").
 */
export class ConsoleLive1764300000000 implements MigrationInterface {
  name = 'ConsoleLive1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE listing_views (
        listing_id uuid NOT NULL,
        day date NOT NULL,
        visitor_hash text NOT NULL,
        views int NOT NULL DEFAULT 1,
        CONSTRAINT pk_listing_views PRIMARY KEY (listing_id, day, visitor_hash),
        CONSTRAINT fk_listing_views_listing FOREIGN KEY (listing_id) REFERENCES listings(id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE FUNCTION yiqia_console_signal() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('yiqia_console', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const t of SIGNAL_TABLES) {
      await q.query(`CREATE TRIGGER tg_${t}_console_signal AFTER INSERT OR UPDATE OR DELETE ON ${t} FOR EACH STATEMENT EXECUTE FUNCTION yiqia_console_signal()`);
    }
    // Messages per minute: the last 30 minutes of messages, joined to their rooms.
    await q.query(`CREATE INDEX ix_messages_created ON messages (created_at)`);
    // Active/open rooms of an expo.
    await q.query(`CREATE INDEX ix_rooms_expo ON rooms (expo_id, last_message_at) WHERE expo_id IS NOT NULL`);
    // Pending meeting requests and today's meetings of an expo.
    await q.query(`CREATE INDEX ix_meeting_requests_expo ON meeting_requests (expo_id, status, created_at)`);
    // Unanswered needs, oldest first: open needs of an expo.
    await q.query(`CREATE INDEX ix_listings_expo_open_needs ON listings (expo_id, created_at, id) WHERE deleted_at IS NULL AND kind = 'need' AND status = 'open'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_listings_expo_open_needs`);
    await q.query(`DROP INDEX ix_meeting_requests_expo`);
    await q.query(`DROP INDEX ix_rooms_expo`);
    await q.query(`DROP INDEX ix_messages_created`);
    for (const t of SIGNAL_TABLES) await q.query(`DROP TRIGGER tg_${t}_console_signal ON ${t}`);
    await q.query(`DROP FUNCTION yiqia_console_signal()`);
    await q.query(`DROP TABLE listing_views`);
  }
}
