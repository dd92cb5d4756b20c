import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Console moderation: hidden messages (the row stays, participants get it blanked), mutes per room and
 * user, participants' reports of a room, and organizer announcements.
 */
export class Moderation1764400000001 implements MigrationInterface {
  name = 'Moderation1764400000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE messages
        ADD COLUMN hidden_at timestamptz,
        ADD COLUMN hidden_by uuid,
        ADD COLUMN hidden_reason text,
        ADD CONSTRAINT fk_messages_hidden_by FOREIGN KEY (hidden_by) REFERENCES users(id) ON DELETE SET NULL`);
    await q.query(`
      CREATE TABLE room_mutes (
        room_id uuid NOT NULL,
        user_id uuid NOT NULL,
        reason text NOT NULL,
        until timestamptz,
        muted_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_room_mutes PRIMARY KEY (room_id, user_id),
        CONSTRAINT fk_room_mutes_room FOREIGN KEY (room_id) REFERENCES rooms(id) ON DELETE CASCADE,
        CONSTRAINT fk_room_mutes_user FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE,
        CONSTRAINT fk_room_mutes_muted_by FOREIGN KEY (muted_by) REFERENCES users(id) ON DELETE SET NULL
      )`);
    await q.query(`
      CREATE TABLE room_reports (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        room_id uuid NOT NULL,
        reporter_user_id uuid,
        reporter_org_id uuid,
        reporter_name text NOT NULL,
        reporter_org_name text NOT NULL,
        reason text NOT NULL,
        message_id uuid,
        status text NOT NULL DEFAULT 'open',
        resolved_at timestamptz,
        resolved_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_room_reports PRIMARY KEY (id),
        CONSTRAINT fk_room_reports_room FOREIGN KEY (room_id) REFERENCES rooms(id) ON DELETE CASCADE,
        CONSTRAINT fk_room_reports_user FOREIGN KEY (reporter_user_id) REFERENCES users(id) ON DELETE SET NULL,
        CONSTRAINT fk_room_reports_org FOREIGN KEY (reporter_org_id) REFERENCES organizations(id) ON DELETE SET NULL,
        CONSTRAINT fk_room_reports_message FOREIGN KEY (message_id) REFERENCES messages(id) ON DELETE SET NULL,
        CONSTRAINT fk_room_reports_resolved_by FOREIGN KEY (resolved_by) REFERENCES users(id) ON DELETE SET NULL,
        CONSTRAINT ck_room_reports_status CHECK (status IN ('open','resolved'))
      )`);
    await q.query(`CREATE INDEX ix_room_reports_room ON room_reports (room_id, created_at)`);
    await q.query(`
      CREATE TABLE announcements (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        expo_id uuid NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        author_id uuid,
        author_name text NOT NULL,
        delivered_to integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_announcements PRIMARY KEY (id),
        CONSTRAINT fk_announcements_expo FOREIGN KEY (expo_id) REFERENCES expos(id) ON DELETE CASCADE,
        CONSTRAINT fk_announcements_author FOREIGN KEY (author_id) REFERENCES users(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX ix_announcements_expo ON announcements (expo_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE announcements`);
    await q.query(`DROP TABLE room_reports`);
    await q.query(`DROP TABLE room_mutes`);
    await q.query(`ALTER TABLE messages DROP CONSTRAINT fk_messages_hidden_by, DROP COLUMN hidden_reason, DROP COLUMN hidden_by, DROP COLUMN hidden_at`);
  }
}
