import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matchmaking (issue 6): `match_profiles`, the scorer's view of each listing (facets, trust signals,
 * segmented words) kept by the `matching` outbox consumer — an index, not a source of truth, so no
 * foreign key —, and `match_feedback` ("not a fit" per organisation and listing pair). Existing
 * listings are queued for the consumer here, so a database migrated with listings gets profiles.
 */
export class Matching1764200000000 implements MigrationInterface {
  name = 'Matching1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE match_profiles_version_seq`);
    await q.query(`
      CREATE TABLE match_profiles (
        listing_id uuid NOT NULL,
        version bigint NOT NULL DEFAULT nextval('match_profiles_version_seq'),
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        live boolean NOT NULL,
        kind text NOT NULL,
        status text NOT NULL,
        organization_id uuid NOT NULL,
        org_name text NOT NULL,
        org_type text NOT NULL,
        credit_verified boolean NOT NULL,
        expo_id uuid,
        booth_id uuid,
        booth_approved boolean NOT NULL,
        domains text[] NOT NULL,
        target_groups text[] NOT NULL,
        resource_types text[] NOT NULL,
        region_code text NOT NULL,
        amount_min bigint,
        amount_max bigint,
        title text NOT NULL,
        summary text NOT NULL,
        terms text[] NOT NULL,
        CONSTRAINT pk_match_profiles PRIMARY KEY (listing_id)
      )`);
    // Processes catch up with "rows written by transactions at or after my last snapshot's xmin".
    await q.query(`CREATE INDEX ix_match_profiles_xid ON match_profiles (xid)`);
    await q.query(`
      CREATE TABLE match_feedback (
        org_id uuid NOT NULL,
        listing_id uuid NOT NULL,
        counterpart_id uuid NOT NULL,
        verdict text NOT NULL,
        reason text,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_match_feedback PRIMARY KEY (org_id, listing_id, counterpart_id),
        CONSTRAINT fk_match_feedback_org FOREIGN KEY (org_id) REFERENCES organizations(id) ON DELETE CASCADE,
        CONSTRAINT fk_match_feedback_listing FOREIGN KEY (listing_id) REFERENCES listings(id) ON DELETE CASCADE,
        CONSTRAINT fk_match_feedback_counterpart FOREIGN KEY (counterpart_id) REFERENCES listings(id) ON DELETE CASCADE,
        CONSTRAINT fk_match_feedback_created_by FOREIGN KEY (created_by) REFERENCES users(id) ON DELETE SET NULL,
        CONSTRAINT ck_match_feedback_verdict CHECK (verdict IN ('not_fit')),
        CONSTRAINT ck_match_feedback_reason CHECK (reason IS NULL OR char_length(reason) <= 200)
      )`);
    await q.query(`INSERT INTO outbox (consumer, aggregate, aggregate_id) SELECT 'matching', 'listing', id FROM listings WHERE deleted_at IS NULL ORDER BY created_at, id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM outbox WHERE consumer = 'matching'`);
    await q.query(`DROP TABLE match_feedback`);
    await q.query(`DROP TABLE match_profiles`);
    await q.query(`DROP SEQUENCE match_profiles_version_seq`);
  }
}
