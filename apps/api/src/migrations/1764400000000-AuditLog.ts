import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The organizers' audit log (console moderation, introductions, announcements, booth reviews, exports). */
export class AuditLog1764400000000 implements MigrationInterface {
  name = 'AuditLog1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        actor_id uuid,
        actor_name text NOT NULL,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id uuid,
        reason text,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_audit_log PRIMARY KEY (id),
        CONSTRAINT fk_audit_log_actor FOREIGN KEY (actor_id) REFERENCES users(id) ON DELETE SET NULL,
        CONSTRAINT ck_audit_log_action CHECK (action IN ('message.hide','user.mute','user.unmute','room.close','room.transcript_read',
          'introduction.create','announcement.send','booth.approve','booth.reject','export.download','report.resolve')),
        CONSTRAINT ck_audit_log_target_type CHECK (target_type IN ('room','message','user','booth','expo','export'))
      )`);
    // Newest first, optionally by action / actor / target.
    await q.query(`CREATE INDEX ix_audit_log_created ON audit_log (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX ix_audit_log_action ON audit_log (action, created_at DESC)`);
    await q.query(`CREATE INDEX ix_audit_log_actor ON audit_log (actor_id, created_at DESC)`);
    await q.query(`CREATE INDEX ix_audit_log_target ON audit_log (target_id, created_at DESC)`);
    // Actions on a room's messages and members name the room: the room's timeline and the target filter.
    await q.query(`CREATE INDEX ix_audit_log_room ON audit_log ((details->>'roomId'), created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
  }
}
