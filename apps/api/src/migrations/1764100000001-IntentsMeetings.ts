import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Intents (合作意向书) of rooms — numbered versions with their signatures — and meeting requests (洽谈预约).
 * The database itself keeps the invariants: at most one version open for signing and at most one signed
 * version per room, one signature per organisation and version, consistent meeting states.
 */
export class IntentsMeetings1764100000001 implements MigrationInterface {
  name = 'IntentsMeetings1764100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE intent_versions (
        room_id uuid NOT NULL,
        version integer NOT NULL,
        terms jsonb NOT NULL,
        terms_sha256 text NOT NULL,
        status text NOT NULL DEFAULT 'proposed',
        proposed_by_user_id uuid,
        proposed_by_org_id uuid NOT NULL,
        proposed_by_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        status_changed_at timestamptz,
        CONSTRAINT pk_intent_versions PRIMARY KEY (room_id, version),
        CONSTRAINT fk_intent_versions_room FOREIGN KEY (room_id) REFERENCES rooms(id) ON DELETE CASCADE,
        CONSTRAINT fk_intent_versions_user FOREIGN KEY (proposed_by_user_id) REFERENCES users(id) ON DELETE SET NULL,
        CONSTRAINT fk_intent_versions_org FOREIGN KEY (proposed_by_org_id) REFERENCES organizations(id) ON DELETE CASCADE,
        CONSTRAINT ck_intent_versions_version CHECK (version >= 1),
        CONSTRAINT ck_intent_versions_status CHECK (status IN ('proposed','signed','withdrawn','superseded')),
        CONSTRAINT ck_intent_versions_sha256 CHECK (terms_sha256 ~ '^[0-9a-f]{64}$')
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_intent_versions_one_proposed ON intent_versions (room_id) WHERE status = 'proposed'`);
    await q.query(`CREATE UNIQUE INDEX uq_intent_versions_one_signed ON intent_versions (room_id) WHERE status = 'signed'`);
    await q.query(`
      CREATE TABLE intent_signatures (
        room_id uuid NOT NULL,
        version integer NOT NULL,
        org_id uuid NOT NULL,
        user_id uuid,
        signer_name text NOT NULL,
        signed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_intent_signatures PRIMARY KEY (room_id, version, org_id),
        CONSTRAINT fk_intent_signatures_version FOREIGN KEY (room_id, version) REFERENCES intent_versions(room_id, version) ON DELETE CASCADE,
        CONSTRAINT fk_intent_signatures_org FOREIGN KEY (org_id) REFERENCES organizations(id) ON DELETE CASCADE,
        CONSTRAINT fk_intent_signatures_user FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE SET NULL
      )`);
    await q.query(`
      CREATE TABLE meeting_requests (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        expo_id uuid NOT NULL,
        requester_org_id uuid NOT NULL,
        requester_user_id uuid,
        requester_name text NOT NULL,
        invitee_org_id uuid NOT NULL,
        booth_id uuid,
        listing_id uuid,
        topic text NOT NULL,
        note text,
        slots jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        accepted_slot_index smallint,
        accepted_starts_at timestamptz,
        accepted_ends_at timestamptz,
        decline_reason text,
        answered_by uuid,
        answered_at timestamptz,
        cancelled_by uuid,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_meeting_requests PRIMARY KEY (id),
        CONSTRAINT fk_meeting_requests_expo FOREIGN KEY (expo_id) REFERENCES expos(id) ON DELETE CASCADE,
        CONSTRAINT fk_meeting_requests_requester_org FOREIGN KEY (requester_org_id) REFERENCES organizations(id) ON DELETE CASCADE,
        CONSTRAINT fk_meeting_requests_requester_user FOREIGN KEY (requester_user_id) REFERENCES users(id) ON DELETE SET NULL,
        CONSTRAINT fk_meeting_requests_invitee_org FOREIGN KEY (invitee_org_id) REFERENCES organizations(id) ON DELETE CASCADE,
        CONSTRAINT fk_meeting_requests_booth FOREIGN KEY (booth_id) REFERENCES booths(id) ON DELETE SET NULL,
        CONSTRAINT fk_meeting_requests_listing FOREIGN KEY (listing_id) REFERENCES listings(id) ON DELETE SET NULL,
        CONSTRAINT fk_meeting_requests_answered_by FOREIGN KEY (answered_by) REFERENCES users(id) ON DELETE SET NULL,
        CONSTRAINT fk_meeting_requests_cancelled_by FOREIGN KEY (cancelled_by) REFERENCES users(id) ON DELETE SET NULL,
        CONSTRAINT ck_meeting_requests_status CHECK (status IN ('pending','accepted','declined','cancelled')),
        CONSTRAINT ck_meeting_requests_not_self CHECK (requester_org_id <> invitee_org_id),
        CONSTRAINT ck_meeting_requests_slots CHECK (jsonb_typeof(slots) = 'array' AND jsonb_array_length(slots) BETWEEN 1 AND 3),
        CONSTRAINT ck_meeting_requests_accepted CHECK (
          (accepted_slot_index IS NULL) = (accepted_starts_at IS NULL) AND (accepted_starts_at IS NULL) = (accepted_ends_at IS NULL)
          AND accepted_slot_index BETWEEN 0 AND 2 AND accepted_ends_at > accepted_starts_at
          AND (status <> 'accepted' OR accepted_slot_index IS NOT NULL)),
        CONSTRAINT ck_meeting_requests_declined CHECK (status <> 'declined' OR decline_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX ix_meeting_requests_requester ON meeting_requests (requester_org_id, created_at DESC)`);
    await q.query(`CREATE INDEX ix_meeting_requests_invitee ON meeting_requests (invitee_org_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS meeting_requests`);
    await q.query(`DROP TABLE IF EXISTS intent_signatures`);
    await q.query(`DROP TABLE IF EXISTS intent_versions`);
  }
}
