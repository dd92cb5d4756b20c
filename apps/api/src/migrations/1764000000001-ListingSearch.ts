import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The embedded search engine's index (apps/api/src/modules/search/embedded, docs/search.md).
 * `listing_search` is a copy of each searchable listing kept by the outbox relay — an index, so no
 * foreign key to `listings`: it is rebuilt from them at will. `listing_search_terms` is the vocabulary
 * of Latin words and pinyin spellings that typos are corrected against with pg_trgm.
 *
 * The row is kept narrow on purpose: every search visits each matching row to count facets, so the
 * heap holds only short filter/facet columns; the big `document` and the display text live in TOAST
 * (toast_tuple_target, STORAGE EXTERNAL) and are read only for the hits shown and the ranking window.
 */
export class ListingSearch1764000000001 implements MigrationInterface {
  name = 'ListingSearch1764000000001';

  async up(q: QueryRunner): Promise<void> {
    // Trusted extension since PostgreSQL 13 (a database owner may create it); shipped with the
    // embedded PostgreSQL 18 and with Debian's postgresql-15.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE listing_search (
        id uuid NOT NULL,
        status text NOT NULL,
        kind text NOT NULL,
        org_type text NOT NULL,
        amount_band text NOT NULL,
        -- Multi-valued facets as bit sets: bit i is the i-th code of SERVICE_DOMAINS, RESOURCE_TYPES,
        -- TARGET_GROUPS (libs/shared/domain). Counting bit sets is far cheaper than unnesting arrays.
        domains integer NOT NULL,
        resource_types integer NOT NULL,
        target_groups integer NOT NULL,
        -- GB/T 2260 codes of the listing's region and its parents (city/district null above that level).
        province text NOT NULL,
        city text,
        district text,
        amount_min bigint,
        amount_max bigint,
        -- What amount sorts use: the maximum, or the minimum when no maximum is given (as amount bands).
        amount_value bigint GENERATED ALWAYS AS (coalesce(amount_max, amount_min)) STORED,
        organization_id uuid NOT NULL,
        expo_id uuid,
        booth_id uuid,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        organization_name text NOT NULL,
        region_code text NOT NULL,
        region_name text NOT NULL,
        -- Weighted lexemes from the shared text analysis: A title + pinyin, B organisation + summary, C labels, D body.
        document tsvector NOT NULL,
        CONSTRAINT pk_listing_search PRIMARY KEY (id)
      ) WITH (toast_tuple_target = 256)`);
    // Facet columns stay uncompressed in the row; the document always goes out of line.
    await q.query(`
      ALTER TABLE listing_search
        ALTER COLUMN status SET STORAGE PLAIN, ALTER COLUMN kind SET STORAGE PLAIN,
        ALTER COLUMN org_type SET STORAGE PLAIN, ALTER COLUMN amount_band SET STORAGE PLAIN,
        ALTER COLUMN province SET STORAGE PLAIN, ALTER COLUMN city SET STORAGE PLAIN, ALTER COLUMN district SET STORAGE PLAIN,
        ALTER COLUMN document SET STORAGE EXTERNAL`);
    // No statistics on the document: the planner then assumes a text match is selective and always
    // uses the GIN index. With statistics it picks a sequential scan for a common word and reads every
    // out-of-line document to test it, ten times slower (its cost model does not count that read).
    await q.query(`ALTER TABLE listing_search ALTER COLUMN document SET STATISTICS 0`);
    await q.query(`CREATE INDEX ix_listing_search_document ON listing_search USING gin (document)`);
    await q.query(`CREATE INDEX ix_listing_search_newest ON listing_search (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX ix_listing_search_organization ON listing_search (organization_id)`);
    await q.query(`CREATE INDEX ix_listing_search_expo ON listing_search (expo_id) WHERE expo_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_listing_search_booth ON listing_search (booth_id) WHERE booth_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE listing_search_terms (
        term text COLLATE "C" NOT NULL,
        CONSTRAINT pk_listing_search_terms PRIMARY KEY (term)
      )`);
    await q.query(`CREATE INDEX ix_listing_search_terms_trgm ON listing_search_terms USING gin (term gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE listing_search_terms`);
    await q.query(`DROP TABLE listing_search`);
    // pg_trgm stays: other objects may use it, and creating it again is harmless.
  }
}
