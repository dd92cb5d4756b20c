import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type {
  ConsoleRoomDetailDto,
  ConsoleRoomDto,
  MessageDto,
  Page,
  RoomDto,
  RoomReportDto,
  RoomTimelineKind,
  consoleRoomsQuery,
  muteUserRequest,
  reportRoomRequest,
} from '@yiqia/contracts';
import { ApiException, conflict, notFound } from '../../common/api.exception.js';
import { uuidPattern } from '../../common/zod-validation.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthContext } from '../auth/auth-context.js';
import { RealtimeEmitter, rtRooms } from '../realtime/realtime-emitter.js';
import { MessageWriter, newClientId } from '../rooms/message-writer.js';
import { MESSAGE_COLUMNS, MESSAGE_JOINS, type MessageRow, RoomViews, toMessageDto } from '../rooms/room-views.js';
import { RoomsService } from '../rooms/rooms.service.js';

/** A room counts as active with a message in the last 30 minutes (as on the live dashboard). */
const ACTIVE_MINUTES = 30;
/** The most messages one transcript answer carries (a negotiation rarely has more). */
const TRANSCRIPT_LIMIT = 5000;

/** System message kinds → timeline kinds (the room's own record of what happened). */
const SYSTEM_TIMELINE: Record<string, RoomTimelineKind> = {
  party_joined: 'party_joined',
  intent_proposed: 'intent_proposed',
  intent_signed: 'intent_signed',
  intent_fully_signed: 'intent_signed',
  intent_withdrawn: 'intent_withdrawn',
  room_closed: 'closed',
  room_closed_by_organizer: 'closed',
};
const AUDIT_TIMELINE: Record<string, RoomTimelineKind> = { 'message.hide': 'message_hidden', 'user.mute': 'user_muted', 'user.unmute': 'user_unmuted' };

interface ReportRow {
  id: string;
  room_id: string;
  reporter_user_id: string | null;
  reporter_name: string;
  reporter_org_name: string;
  reason: string;
  message_id: string | null;
  status: 'open' | 'resolved';
  resolved_at: Date | null;
  created_at: Date;
}

const toReportDto = (r: ReportRow): RoomReportDto => ({
  id: r.id,
  roomId: r.room_id,
  reporter: { userId: r.reporter_user_id ?? '', displayName: r.reporter_name, orgName: r.reporter_org_name },
  reason: r.reason,
  messageId: r.message_id,
  createdAt: new Date(r.created_at).toISOString(),
  resolvedAt: r.resolved_at ? new Date(r.resolved_at).toISOString() : null,
});

/**
 * The organizers' session monitor and moderation. Organizers are not room members: they see metadata
 * and states, never message bodies — except the transcript of a room a participant reported (audited).
 * Every action is written to the audit log in the transaction that performs it.
 */
@Injectable()
export class ModerationService {
  private readonly log = new Logger('Moderation');

  constructor(
    private readonly ds: DataSource,
    private readonly views: RoomViews,
    private readonly rooms: RoomsService,
    private readonly writer: MessageWriter,
    private readonly emitter: RealtimeEmitter,
    private readonly audit: AuditService,
  ) {}

  /**
   * Rooms of an expo: those linked to it (through their listings) and, as conversations started from a
   * booth carry no expo, those without one whose parties include an organisation with a booth there.
   */
  async list(caller: AuthContext, q: z.output<typeof consoleRoomsQuery>): Promise<Page<ConsoleRoomDto>> {
    const params: unknown[] = [q.expoId];
    const where = [
      `(r.expo_id = $1 OR (r.expo_id IS NULL AND EXISTS (SELECT 1 FROM room_parties rp JOIN booths b ON b.organization_id = rp.org_id WHERE rp.room_id = r.id AND b.expo_id = $1)))`,
    ];
    if (q.status) where.push(`r.status = $${params.push(q.status)}`);
    if (q.reported === 'true') where.push(`EXISTS (SELECT 1 FROM room_reports x WHERE x.room_id = r.id AND x.status = 'open')`);
    if (q.reported === 'false') where.push(`NOT EXISTS (SELECT 1 FROM room_reports x WHERE x.room_id = r.id AND x.status = 'open')`);
    if (q.active === 'true') where.push(`r.last_message_at > now() - interval '${ACTIVE_MINUTES} minutes'`);
    if (q.active === 'false') where.push(`(r.last_message_at IS NULL OR r.last_message_at <= now() - interval '${ACTIVE_MINUTES} minutes')`);
    if (q.q) {
      const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const i = params.push(like);
      where.push(`(r.title ILIKE $${i} OR EXISTS (SELECT 1 FROM room_parties rp JOIN organizations o ON o.id = rp.org_id WHERE rp.room_id = r.id AND o.name ILIKE $${i}))`);
    }
    const clause = where.join(' AND ');
    const [{ total }]: { total: number }[] = await this.ds.query(`SELECT count(*)::int AS total FROM rooms r WHERE ${clause}`, params);
    const ids: { id: string }[] = await this.ds.query(
      `SELECT r.id FROM rooms r WHERE ${clause} ORDER BY coalesce(r.last_message_at, r.created_at) DESC, r.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    const items = await this.consoleRooms(ids.map((r) => r.id), caller.userId);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  async detail(caller: AuthContext, roomId: string): Promise<ConsoleRoomDetailDto> {
    const [room] = await this.consoleRooms([this.checkId(roomId)], caller.userId);
    if (!room) throw notFound();
    const [system, reports, audits, mutes, created]: [
      { created_at: Date; kind: string; display_name: string | null; org_name: string | null; params: Record<string, unknown> | null }[],
      ReportRow[],
      { created_at: Date; action: string; actor_name: string; details: Record<string, unknown>; reason: string | null }[],
      { user_id: string; display_name: string; org_name: string | null; reason: string; until: Date | null }[],
      { created_at: Date; org_name: string | null; display_name: string | null }[],
    ] = await Promise.all([
      // Only the kind and parameters of system messages: never a participant's text.
      this.ds.query(
        `SELECT m.created_at, m.system_event->>'kind' AS kind, u.display_name, o.name AS org_name, m.system_event->'params' AS params
           FROM messages m LEFT JOIN users u ON u.id = m.sender_user_id LEFT JOIN organizations o ON o.id = m.sender_org_id
          WHERE m.room_id = $1 AND m.type = 'system' ORDER BY m.seq`,
        [roomId],
      ),
      this.ds.query(`SELECT * FROM room_reports WHERE room_id = $1 ORDER BY created_at`, [roomId]),
      this.ds.query(
        `SELECT created_at, action, actor_name, details, reason FROM audit_log
          WHERE action IN ('message.hide','user.mute','user.unmute') AND details->>'roomId' = $1 ORDER BY created_at`,
        [roomId],
      ),
      this.ds.query(
        `SELECT rm.user_id, u.display_name, o.name AS org_name, rm.reason, rm.until FROM room_mutes rm
           JOIN users u ON u.id = rm.user_id LEFT JOIN organizations o ON o.id = u.organization_id
          WHERE rm.room_id = $1 AND (rm.until IS NULL OR rm.until > now()) ORDER BY rm.created_at`,
        [roomId],
      ),
      this.ds.query(
        `SELECT r.created_at, o.name AS org_name, u.display_name FROM rooms r LEFT JOIN organizations o ON o.id = r.created_by_org
           LEFT JOIN users u ON u.id = r.created_by WHERE r.id = $1`,
        [roomId],
      ),
    ]);
    const timeline: ConsoleRoomDetailDto['timeline'] = [];
    const detailOf = (p: Record<string, unknown> | null, keys: string[]) => {
      const parts = keys.map((k) => p?.[k]).filter((v) => v !== undefined && v !== null && v !== '');
      return parts.length ? parts.join(' · ') : null;
    };
    timeline.push({ at: created[0].created_at.toISOString(), kind: 'created', actor: created[0].org_name ?? created[0].display_name, detail: null });
    for (const s of system) {
      const kind = SYSTEM_TIMELINE[s.kind];
      if (!kind) continue;
      const actor = s.org_name || s.display_name || null;
      timeline.push({ at: new Date(s.created_at).toISOString(), kind, actor, detail: detailOf(s.params, ['orgNames', 'version', 'reason']) });
    }
    for (const r of reports) timeline.push({ at: new Date(r.created_at).toISOString(), kind: 'reported', actor: r.reporter_org_name, detail: r.reason });
    for (const a of audits) {
      const d = a.details ?? {};
      timeline.push({ at: new Date(a.created_at).toISOString(), kind: AUDIT_TIMELINE[a.action], actor: a.actor_name, detail: [d['userName'], a.reason].filter(Boolean).join(' · ') || null });
    }
    timeline.sort((a, b) => a.at.localeCompare(b.at));
    return {
      ...room,
      timeline,
      reportsList: reports.map(toReportDto),
      mutedUsers: mutes.map((m) => ({ userId: m.user_id, displayName: m.display_name, orgName: m.org_name ?? '', reason: m.reason, until: m.until ? m.until.toISOString() : null })),
      transcriptAvailable: reports.length > 0,
    };
  }

  /** The full history with hidden bodies revealed, only for a room a participant reported; the read is audited. */
  async transcript(caller: AuthContext, roomId: string): Promise<{ messages: MessageDto[] }> {
    const room = await this.roomRow(roomId);
    const [{ reported }]: { reported: boolean }[] = await this.ds.query(`SELECT EXISTS (SELECT 1 FROM room_reports WHERE room_id = $1) AS reported`, [roomId]);
    if (!reported) throw new ApiException('TRANSCRIPT_NOT_REPORTED', 403);
    const rows: MessageRow[] = await this.ds.query(
      `SELECT ${MESSAGE_COLUMNS} FROM messages m ${MESSAGE_JOINS} WHERE m.room_id = $1 ORDER BY m.seq LIMIT $2`,
      [roomId, TRANSCRIPT_LIMIT],
    );
    await this.audit.record({ actorId: caller.userId, action: 'room.transcript_read', targetType: 'room', targetId: roomId, details: { roomId, roomTitle: room.title, messages: rows.length } });
    return { messages: rows.map((r) => toMessageDto(r, { reveal: true })) };
  }

  /** A participant reports the room (optionally one message of it). */
  async report(caller: AuthContext, roomId: string, input: z.output<typeof reportRoomRequest>): Promise<RoomReportDto> {
    await this.rooms.assertMember(caller, roomId);
    if (input.messageId) {
      const found: unknown[] = await this.ds.query(`SELECT 1 FROM messages WHERE id = $1 AND room_id = $2`, [input.messageId, roomId]);
      if (found.length === 0) throw notFound();
    }
    const [row]: ReportRow[] = await this.ds.query(
      `INSERT INTO room_reports (room_id, reporter_user_id, reporter_org_id, reporter_name, reporter_org_name, reason, message_id)
       SELECT $1, $2, $3, coalesce((SELECT display_name FROM users WHERE id = $2), ''), coalesce((SELECT name FROM organizations WHERE id = $3), ''), $4, $5
       RETURNING *`,
      [roomId, caller.userId, caller.organizationId, input.reason, input.messageId ?? null],
    );
    return toReportDto(row);
  }

  /** Marks a participant's report handled (it no longer counts as open); resolving twice answers the same. */
  async resolveReport(caller: AuthContext, roomId: string, reportId: string, note: string | undefined): Promise<RoomReportDto> {
    const room = await this.roomRow(roomId);
    if (!uuidPattern.test(reportId)) throw notFound();
    return this.ds.transaction(async (m) => {
      const rows: ReportRow[] = await m.query(`SELECT * FROM room_reports WHERE id = $1 AND room_id = $2 FOR UPDATE`, [reportId, roomId]);
      if (rows.length === 0) throw notFound();
      if (rows[0].status === 'resolved') return toReportDto(rows[0]);
      const [row]: ReportRow[] = await m.query(
        `WITH u AS (UPDATE room_reports SET status = 'resolved', resolved_at = now(), resolved_by = $2 WHERE id = $1 RETURNING *) SELECT * FROM u`,
        [reportId, caller.userId],
      );
      await this.audit.record(
        { actorId: caller.userId, action: 'report.resolve', targetType: 'room', targetId: roomId, reason: note ?? null, details: { roomId, roomTitle: room.title, reportId, reportReason: rows[0].reason } },
        m,
      );
      return toReportDto(row);
    });
  }

  async hide(caller: AuthContext, roomId: string, messageId: string, reason: string): Promise<{ message: MessageDto }> {
    const room = await this.roomRow(roomId);
    if (!uuidPattern.test(messageId)) throw notFound();
    const message = await this.ds.transaction(async (m) => {
      const rows: (MessageRow & { hidden_at: Date | null })[] = await m.query(
        `SELECT ${MESSAGE_COLUMNS} FROM messages m ${MESSAGE_JOINS} WHERE m.id = $1 AND m.room_id = $2 FOR UPDATE OF m`,
        [messageId, roomId],
      );
      if (rows.length === 0) throw notFound();
      if (rows[0].hidden_at) throw conflict('MESSAGE_ALREADY_HIDDEN');
      if (rows[0].type === 'system') throw new ApiException('BAD_REQUEST', 400, { reason: 'system_message' });
      await m.query(`UPDATE messages SET hidden_at = now(), hidden_by = $2, hidden_reason = $3 WHERE id = $1`, [messageId, caller.userId, reason]);
      await this.audit.record(
        {
          actorId: caller.userId,
          action: 'message.hide',
          targetType: 'message',
          targetId: messageId,
          reason,
          details: { roomId, roomTitle: room.title, seq: rows[0].seq, userId: rows[0].sender_user_id, userName: rows[0].display_name, orgName: rows[0].org_name },
        },
        m,
      );
      return toMessageDto({ ...rows[0], hidden_at: new Date() });
    });
    // Open chats replace the message by seq at once; the room list's preview changes if it was the last one.
    try {
      this.emitter.server?.to(rtRooms.room(roomId)).emit('message:hidden', message);
    } catch (e) {
      this.log.error(`message:hidden: ${(e as Error).message}`);
    }
    if (message.seq === room.last_seq) void this.emitter.roomUpdated(roomId);
    return { message };
  }

  async mute(caller: AuthContext, roomId: string, input: z.output<typeof muteUserRequest>): Promise<ConsoleRoomDetailDto['mutedUsers'][number]> {
    const room = await this.roomRow(roomId);
    const users: { display_name: string; org_name: string | null; is_party: boolean }[] = await this.ds.query(
      `SELECT u.display_name, o.name AS org_name,
              EXISTS (SELECT 1 FROM room_parties rp WHERE rp.room_id = $2 AND rp.org_id = u.organization_id) AS is_party
         FROM users u LEFT JOIN organizations o ON o.id = u.organization_id WHERE u.id = $1`,
      [input.userId, roomId],
    );
    // Only members of the room's parties can be muted there.
    if (users.length === 0 || !users[0].is_party) throw notFound();
    const until = input.minutes ? new Date(Date.now() + input.minutes * 60_000) : null;
    await this.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO room_mutes (room_id, user_id, reason, until, muted_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (room_id, user_id) DO UPDATE SET reason = EXCLUDED.reason, until = EXCLUDED.until, muted_by = EXCLUDED.muted_by, created_at = now()`,
        [roomId, input.userId, input.reason, until, caller.userId],
      );
      await this.audit.record(
        {
          actorId: caller.userId,
          action: 'user.mute',
          targetType: 'user',
          targetId: input.userId,
          reason: input.reason,
          details: { roomId, roomTitle: room.title, userName: users[0].display_name, orgName: users[0].org_name, minutes: input.minutes ?? null, until: until?.toISOString() ?? null },
        },
        m,
      );
    });
    // The muted user's chat learns it at once (RoomDto.muted), not at their next send.
    void this.emitter.roomUpdated(roomId);
    return { userId: input.userId, displayName: users[0].display_name, orgName: users[0].org_name ?? '', reason: input.reason, until: until?.toISOString() ?? null };
  }

  async unmute(caller: AuthContext, roomId: string, userId: string): Promise<void> {
    const room = await this.roomRow(roomId);
    if (!uuidPattern.test(userId)) throw notFound();
    await this.ds.transaction(async (m) => {
      const removed: { display_name: string | null }[] = await m.query(
        // A CTE so the driver answers rows (a bare DELETE … RETURNING comes back as [rows, count]).
        `WITH d AS (DELETE FROM room_mutes WHERE room_id = $1 AND user_id = $2 AND (until IS NULL OR until > now()) RETURNING user_id)
         SELECT u.display_name FROM d JOIN users u ON u.id = d.user_id`,
        [roomId, userId],
      );
      // An expired mute is no mute: clear it silently, but there was nothing to lift.
      if (removed.length === 0) {
        await m.query(`DELETE FROM room_mutes WHERE room_id = $1 AND user_id = $2`, [roomId, userId]);
        throw notFound();
      }
      await this.audit.record(
        { actorId: caller.userId, action: 'user.unmute', targetType: 'user', targetId: userId, details: { roomId, roomTitle: room.title, userName: removed[0].display_name } },
        m,
      );
    });
    void this.emitter.roomUpdated(roomId);
  }

  /** Closes the room with a system message carrying the reason; later sends get ROOM_CLOSED. */
  async close(caller: AuthContext, roomId: string, reason: string): Promise<ConsoleRoomDto> {
    this.checkId(roomId);
    const outcome = await this.ds.transaction(async (m) => {
      const rows: { status: string; title: string }[] = await m.query(`SELECT status, title FROM rooms WHERE id = $1 FOR UPDATE`, [roomId]);
      if (rows.length === 0) throw notFound();
      if (rows[0].status === 'closed') throw conflict('ROOM_CLOSED');
      const name = await this.displayName(m, caller.userId);
      const r = await this.writer.appendInTransaction(m, {
        roomId,
        clientId: newClientId(),
        type: 'system',
        // Said by the organizer, who belongs to no party.
        sender: { userId: caller.userId, orgId: null, displayName: name, orgName: '' },
        body: `组织者关闭了洽谈：${reason}`,
        systemEvent: { kind: 'room_closed_by_organizer', params: { reason } },
      });
      if (!r.ok) throw new ApiException(r.code, 500);
      await m.query(`UPDATE rooms SET status = 'closed', closed_at = now(), closed_by = $2, updated_at = now() WHERE id = $1`, [roomId, caller.userId]);
      await this.audit.record({ actorId: caller.userId, action: 'room.close', targetType: 'room', targetId: roomId, reason, details: { roomId, roomTitle: rows[0].title } }, m);
      return r;
    });
    this.emitter.messageCreated(outcome.message, outcome.partyOrgIds);
    await this.emitter.roomUpdated(roomId);
    const [room] = await this.consoleRooms([roomId], caller.userId);
    return room;
  }

  /** ConsoleRoomDtos in the order of `roomIds` (RoomDto read model + counts). */
  private async consoleRooms(roomIds: string[], viewerId: string): Promise<ConsoleRoomDto[]> {
    if (roomIds.length === 0) return [];
    const [dtos, extra]: [Map<string, RoomDto[]>, { id: string; last_message_at: Date | null; reports: number }[]] = await Promise.all([
      this.views.roomsFor(roomIds, [viewerId]),
      this.ds.query(
        `SELECT r.id, r.last_message_at, (SELECT count(*)::int FROM room_reports x WHERE x.room_id = r.id AND x.status = 'open') AS reports
           FROM rooms r WHERE r.id = ANY($1::uuid[])`,
        [roomIds],
      ),
    ]);
    const extraOf = new Map(extra.map((e) => [e.id, e]));
    return roomIds.flatMap((id) => {
      const d = dtos.get(id)?.[0];
      const e = extraOf.get(id);
      if (!d || !e) return [];
      return [
        {
          id: d.id,
          kind: d.kind,
          title: d.title,
          status: d.status,
          parties: d.parties,
          messageCount: d.lastSeq,
          lastActivityAt: e.last_message_at ? new Date(e.last_message_at).toISOString() : null,
          intent: d.intent,
          reports: e.reports,
          createdAt: d.createdAt,
        },
      ];
    });
  }

  private async roomRow(roomId: string): Promise<{ id: string; title: string; status: string; last_seq: number }> {
    const rows: { id: string; title: string; status: string; last_seq: number }[] = await this.ds.query(
      `SELECT id, title, status, last_seq FROM rooms WHERE id = $1`,
      [this.checkId(roomId)],
    );
    if (rows.length === 0) throw notFound();
    return rows[0];
  }

  private async displayName(m: EntityManager, userId: string): Promise<string> {
    const [u]: { display_name: string | null }[] = await m.query(`SELECT display_name FROM users WHERE id = $1`, [userId]);
    return u?.display_name ?? '';
  }

  private checkId(id: string): string {
    if (!uuidPattern.test(id)) throw notFound();
    return id;
  }
}
