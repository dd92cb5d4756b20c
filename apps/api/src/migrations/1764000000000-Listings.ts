import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Needs and offers (listings) and the transactional outbox that keeps search engines (and later
 * other consumers) in sync with them: one outbox row per consumer, written in the listing's transaction.
 */
export class Listings1764000000000 implements MigrationInterface {
  name = 'Listings1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE listings (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        created_by uuid,
        kind text NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        body_html text NOT NULL DEFAULT '',
        domains text[] NOT NULL DEFAULT '{}',
        target_groups text[] NOT NULL DEFAULT '{}',
        resource_types text[] NOT NULL DEFAULT '{}',
        region_code text NOT NULL,
        amount_min bigint,
        amount_max bigint,
        starts_at date,
        ends_at date,
        status text NOT NULL DEFAULT 'open',
        expo_id uuid,
        booth_id uuid,
        deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_listings PRIMARY KEY (id),
        CONSTRAINT fk_listings_organization FOREIGN KEY (organization_id) REFERENCES organizations(id) ON DELETE CASCADE,
        CONSTRAINT fk_listings_created_by FOREIGN KEY (created_by) REFERENCES users(id) ON DELETE SET NULL,
        CONSTRAINT fk_listings_expo FOREIGN KEY (expo_id) REFERENCES expos(id) ON DELETE SET NULL,
        CONSTRAINT fk_listings_booth FOREIGN KEY (booth_id) REFERENCES booths(id) ON DELETE SET NULL,
        CONSTRAINT ck_listings_kind CHECK (kind IN ('need','offer')),
        CONSTRAINT ck_listings_status CHECK (status IN ('open','matched','closed')),
        CONSTRAINT ck_listings_region_code CHECK (region_code ~ '^[0-9]{6}$'),
        CONSTRAINT ck_listings_domains CHECK (cardinality(domains) >= 1),
        CONSTRAINT ck_listings_amount_not_negative CHECK (amount_min >= 0 AND amount_max >= 0),
        CONSTRAINT ck_listings_amount_order CHECK (amount_max >= amount_min),
        CONSTRAINT ck_listings_period_order CHECK (ends_at >= starts_at),
        CONSTRAINT ck_listings_booth_has_expo CHECK (booth_id IS NULL OR expo_id IS NOT NULL)
      )`);
    // The lists the API serves: an organisation's, a booth's, an expo's — newest first, live rows only.
    await q.query(`CREATE INDEX ix_listings_organization ON listings (organization_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_listings_booth ON listings (booth_id, created_at DESC, id DESC) WHERE deleted_at IS NULL AND booth_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_listings_expo ON listings (expo_id, created_at DESC, id DESC) WHERE deleted_at IS NULL AND expo_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_listings_created ON listings (created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`
      CREATE TABLE outbox (
        id bigserial NOT NULL,
        consumer text NOT NULL,
        aggregate text NOT NULL,
        aggregate_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts int NOT NULL DEFAULT 0,
        available_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        CONSTRAINT pk_outbox PRIMARY KEY (id),
        CONSTRAINT ck_outbox_attempts CHECK (attempts >= 0)
      )`);
    // The relay claims the oldest due rows of one consumer.
    await q.query(`CREATE INDEX ix_outbox_consumer_due ON outbox (consumer, available_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS outbox`);
    await q.query(`DROP TABLE IF EXISTS listings`);
  }
}
