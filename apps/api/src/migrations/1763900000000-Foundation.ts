import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, organisations, invitations, sessions, expos, zones, booths, visits and uploads. */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organizations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        type text NOT NULL,
        credit_code text NOT NULL,
        region_code text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_organizations PRIMARY KEY (id),
        CONSTRAINT uq_organizations_credit_code UNIQUE (credit_code),
        CONSTRAINT ck_organizations_type CHECK (type IN ('government','foundation','company','social_org','community','university','other')),
        CONSTRAINT ck_organizations_credit_code CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
        CONSTRAINT ck_organizations_region_code CHECK (region_code ~ '^[0-9]{6}$')
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL DEFAULT 'member',
        organization_id uuid,
        org_role text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_users PRIMARY KEY (id),
        CONSTRAINT uq_users_email UNIQUE (email),
        CONSTRAINT fk_users_organization FOREIGN KEY (organization_id) REFERENCES organizations(id) ON DELETE SET NULL,
        CONSTRAINT ck_users_role CHECK (role IN ('member','organizer')),
        CONSTRAINT ck_users_org_role CHECK (org_role IN ('admin','member') AND organization_id IS NOT NULL OR org_role IS NULL)
      )`);
    await q.query(`CREATE INDEX ix_users_organization ON users (organization_id)`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        refresh_hash text NOT NULL,
        previous_refresh_hash text,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text,
        user_agent text,
        ip text,
        created_at timestamptz NOT NULL DEFAULT now(),
        refreshed_at timestamptz,
        CONSTRAINT pk_sessions PRIMARY KEY (id),
        CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_sessions_user ON sessions (user_id)`);
    await q.query(`
      CREATE TABLE invitations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        token_hash text NOT NULL,
        email text,
        role text NOT NULL,
        invited_by uuid NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        used_by uuid,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_invitations PRIMARY KEY (id),
        CONSTRAINT uq_invitations_token_hash UNIQUE (token_hash),
        CONSTRAINT fk_invitations_organization FOREIGN KEY (organization_id) REFERENCES organizations(id) ON DELETE CASCADE,
        CONSTRAINT fk_invitations_invited_by FOREIGN KEY (invited_by) REFERENCES users(id) ON DELETE CASCADE,
        CONSTRAINT ck_invitations_role CHECK (role IN ('admin','member'))
      )`);
    await q.query(`CREATE INDEX ix_invitations_organization ON invitations (organization_id)`);
    await q.query(`
      CREATE TABLE expos (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL,
        description text,
        location text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_expos PRIMARY KEY (id),
        CONSTRAINT uq_expos_slug UNIQUE (slug),
        CONSTRAINT ck_expos_dates CHECK (ends_at >= starts_at),
        CONSTRAINT fk_expos_created_by FOREIGN KEY (created_by) REFERENCES users(id) ON DELETE SET NULL
      )`);
    await q.query(`
      CREATE TABLE expo_zones (
        expo_id uuid NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        name_en text,
        domain_code text,
        sort int NOT NULL DEFAULT 0,
        CONSTRAINT pk_expo_zones PRIMARY KEY (expo_id, code),
        CONSTRAINT fk_expo_zones_expo FOREIGN KEY (expo_id) REFERENCES expos(id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE booths (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        expo_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        title text NOT NULL,
        slogan text,
        intro_html text NOT NULL DEFAULT '',
        logo_url text,
        banner_url text,
        video_url text,
        documents jsonb NOT NULL DEFAULT '[]',
        contacts jsonb NOT NULL DEFAULT '[]',
        zone_code text,
        domain_codes text[] NOT NULL DEFAULT '{}',
        review_reason text,
        submitted_at timestamptz,
        reviewed_at timestamptz,
        reviewed_by uuid,
        published jsonb,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_booths PRIMARY KEY (id),
        CONSTRAINT uq_booths_expo_organization UNIQUE (expo_id, organization_id),
        CONSTRAINT fk_booths_expo FOREIGN KEY (expo_id) REFERENCES expos(id) ON DELETE CASCADE,
        CONSTRAINT fk_booths_organization FOREIGN KEY (organization_id) REFERENCES organizations(id) ON DELETE CASCADE,
        CONSTRAINT fk_booths_reviewed_by FOREIGN KEY (reviewed_by) REFERENCES users(id) ON DELETE SET NULL,
        CONSTRAINT ck_booths_status CHECK (status IN ('draft','submitted','approved','rejected'))
      )`);
    await q.query(`CREATE INDEX ix_booths_expo_published ON booths (expo_id, published_at DESC) WHERE published IS NOT NULL`);
    await q.query(`CREATE INDEX ix_booths_expo_status ON booths (expo_id, status, submitted_at)`);
    await q.query(`CREATE INDEX ix_booths_organization ON booths (organization_id)`);
    await q.query(`
      CREATE TABLE booth_visits (
        booth_id uuid NOT NULL,
        day date NOT NULL,
        visitor_hash text NOT NULL,
        views int NOT NULL DEFAULT 1,
        CONSTRAINT pk_booth_visits PRIMARY KEY (booth_id, day, visitor_hash),
        CONSTRAINT fk_booth_visits_booth FOREIGN KEY (booth_id) REFERENCES booths(id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE uploads (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        stored_name text NOT NULL,
        original_name text NOT NULL,
        mime text NOT NULL,
        kind text NOT NULL,
        size int NOT NULL,
        sha256 text NOT NULL,
        uploaded_by uuid,
        organization_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_uploads PRIMARY KEY (id),
        CONSTRAINT uq_uploads_stored_name UNIQUE (stored_name),
        CONSTRAINT fk_uploads_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES users(id) ON DELETE SET NULL,
        CONSTRAINT fk_uploads_organization FOREIGN KEY (organization_id) REFERENCES organizations(id) ON DELETE SET NULL,
        CONSTRAINT ck_uploads_kind CHECK (kind IN ('image','document'))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['uploads', 'booth_visits', 'booths', 'expo_zones', 'expos', 'invitations', 'sessions', 'users', 'organizations']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
