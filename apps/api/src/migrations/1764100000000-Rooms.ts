import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Conversations and negotiation rooms: rooms, their parties (organisations) and listings, messages with a
 * gap-free per-room `seq` and an idempotency key (`client_id`), and per-user read markers.
 */
export class Rooms1764100000000 implements MigrationInterface {
  name = 'Rooms1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE rooms (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        title text NOT NULL,
        status text NOT NULL DEFAULT 'open',
        expo_id uuid,
        created_by uuid,
        created_by_org uuid NOT NULL,
        direct_key text,
        last_seq integer NOT NULL DEFAULT 0,
        last_message_at timestamptz,
        closed_at timestamptz,
        closed_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_rooms PRIMARY KEY (id),
        CONSTRAINT uq_rooms_direct_key UNIQUE (direct_key),
        CONSTRAINT fk_rooms_expo FOREIGN KEY (expo_id) REFERENCES expos(id) ON DELETE SET NULL,
        CONSTRAINT fk_rooms_created_by FOREIGN KEY (created_by) REFERENCES users(id) ON DELETE SET NULL,
        CONSTRAINT fk_rooms_created_by_org FOREIGN KEY (created_by_org) REFERENCES organizations(id) ON DELETE CASCADE,
        CONSTRAINT fk_rooms_closed_by FOREIGN KEY (closed_by) REFERENCES users(id) ON DELETE SET NULL,
        CONSTRAINT ck_rooms_kind CHECK (kind IN ('direct','negotiation')),
        CONSTRAINT ck_rooms_status CHECK (status IN ('open','signed','closed')),
        CONSTRAINT ck_rooms_direct_key CHECK ((kind = 'direct') = (direct_key IS NOT NULL)),
        CONSTRAINT ck_rooms_last_seq CHECK (last_seq >= 0)
      )`);
    await q.query(`
      CREATE TABLE room_parties (
        room_id uuid NOT NULL,
        org_id uuid NOT NULL,
        role text,
        invited_by uuid,
        joined_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_room_parties PRIMARY KEY (room_id, org_id),
        CONSTRAINT fk_room_parties_room FOREIGN KEY (room_id) REFERENCES rooms(id) ON DELETE CASCADE,
        CONSTRAINT fk_room_parties_org FOREIGN KEY (org_id) REFERENCES organizations(id) ON DELETE CASCADE,
        CONSTRAINT fk_room_parties_invited_by FOREIGN KEY (invited_by) REFERENCES users(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX ix_room_parties_org ON room_parties (org_id, room_id)`);
    await q.query(`
      CREATE TABLE room_listings (
        room_id uuid NOT NULL,
        listing_id uuid NOT NULL,
        CONSTRAINT pk_room_listings PRIMARY KEY (room_id, listing_id),
        CONSTRAINT fk_room_listings_room FOREIGN KEY (room_id) REFERENCES rooms(id) ON DELETE CASCADE,
        CONSTRAINT fk_room_listings_listing FOREIGN KEY (listing_id) REFERENCES listings(id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_room_listings_listing ON room_listings (listing_id)`);
    await q.query(`
      CREATE TABLE messages (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        room_id uuid NOT NULL,
        seq integer NOT NULL,
        client_id uuid NOT NULL,
        sender_user_id uuid,
        sender_org_id uuid,
        type text NOT NULL DEFAULT 'text',
        body text NOT NULL,
        attachments jsonb NOT NULL DEFAULT '[]',
        system_event jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_messages PRIMARY KEY (id),
        CONSTRAINT uq_messages_room_seq UNIQUE (room_id, seq),
        CONSTRAINT uq_messages_room_client UNIQUE (room_id, client_id),
        CONSTRAINT fk_messages_room FOREIGN KEY (room_id) REFERENCES rooms(id) ON DELETE CASCADE,
        CONSTRAINT fk_messages_sender_user FOREIGN KEY (sender_user_id) REFERENCES users(id) ON DELETE SET NULL,
        CONSTRAINT fk_messages_sender_org FOREIGN KEY (sender_org_id) REFERENCES organizations(id) ON DELETE SET NULL,
        CONSTRAINT ck_messages_type CHECK (type IN ('text','system')),
        CONSTRAINT ck_messages_seq CHECK (seq > 0),
        CONSTRAINT ck_messages_body_length CHECK (char_length(body) <= 4000)
      )`);
    // History pages use uq_messages_room_seq (room_id, seq); in-room search is ILIKE, helped by trigrams.
    await q.query(`CREATE INDEX ix_messages_body_trgm ON messages USING gin (body gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE room_reads (
        room_id uuid NOT NULL,
        user_id uuid NOT NULL,
        read_seq integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_room_reads PRIMARY KEY (room_id, user_id),
        CONSTRAINT fk_room_reads_room FOREIGN KEY (room_id) REFERENCES rooms(id) ON DELETE CASCADE,
        CONSTRAINT fk_room_reads_user FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_room_reads_user ON room_reads (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE room_reads`);
    await q.query(`DROP TABLE messages`);
    await q.query(`DROP TABLE room_listings`);
    await q.query(`DROP TABLE room_parties`);
    await q.query(`DROP TABLE rooms`);
  }
}
