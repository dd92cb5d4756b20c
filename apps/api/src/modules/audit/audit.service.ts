import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AuditAction, AuditEntryDto, Page, auditQuery } from '@yiqia/contracts';

export interface AuditRecord {
  actorId: string;
  action: AuditAction;
  targetType: AuditEntryDto['targetType'];
  targetId?: string | null;
  /** The reason the organizer gave, when the action takes one. */
  reason?: string | null;
  /** Action-specific facts (room title, muted user, rows exported…); stored as JSON. */
  details?: Record<string, unknown>;
}

interface AuditRow {
  id: string;
  actor_id: string | null;
  actor_name: string;
  action: AuditAction;
  target_type: AuditEntryDto['targetType'];
  target_id: string | null;
  reason: string | null;
  details: Record<string, unknown>;
  created_at: Date;
}

const toDto = (r: AuditRow): AuditEntryDto => ({
  id: r.id,
  actor: { userId: r.actor_id ?? '', displayName: r.actor_name },
  action: r.action,
  targetType: r.target_type,
  targetId: r.target_id,
  reason: r.reason,
  details: r.details ?? {},
  createdAt: new Date(r.created_at).toISOString(),
});

/**
 * The organizers' audit log. `record` takes the caller's transaction manager so an action and its audit
 * entry commit (or roll back) together; without one it writes on its own.
 */
@Injectable()
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  async record(entry: AuditRecord, m: EntityManager = this.ds.manager): Promise<AuditEntryDto> {
    const [row]: AuditRow[] = await m.query(
      `INSERT INTO audit_log (actor_id, actor_name, action, target_type, target_id, reason, details)
       SELECT $1, coalesce((SELECT display_name FROM users WHERE id = $1), ''), $2, $3, $4, $5, $6::jsonb
       RETURNING id, actor_id, actor_name, action, target_type, target_id, reason, details, created_at`,
      [entry.actorId, entry.action, entry.targetType, entry.targetId ?? null, entry.reason ?? null, JSON.stringify(entry.details ?? {})],
    );
    return toDto(row);
  }

  /** Newest first; filters as in the contract's `auditQuery` (`from` inclusive, `to` exclusive). */
  async list(q: z.output<typeof auditQuery>): Promise<Page<AuditEntryDto>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (q.action) where.push(`action = $${params.push(q.action)}`);
    if (q.actorId) where.push(`actor_id = $${params.push(q.actorId)}`);
    // A room's id also finds the actions on its messages and members: their details name the room.
    if (q.targetId) {
      const n = params.push(q.targetId);
      where.push(`(target_id = $${n} OR details->>'roomId' = $${n}::text)`);
    }
    if (q.from) where.push(`created_at >= $${params.push(q.from)}::timestamptz`);
    if (q.to) where.push(`created_at < $${params.push(q.to)}::timestamptz`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }]: { total: number }[] = await this.ds.query(`SELECT count(*)::int AS total FROM audit_log ${clause}`, params);
    const rows: AuditRow[] = await this.ds.query(
      `SELECT id, actor_id, actor_name, action, target_type, target_id, reason, details, created_at FROM audit_log ${clause}
        ORDER BY created_at DESC, id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    return { items: rows.map(toDto), total, page: q.page, pageSize: q.pageSize };
  }
}
