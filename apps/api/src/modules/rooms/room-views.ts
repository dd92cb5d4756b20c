import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AttachmentDto, IntentStatus, MessageDto, RoomDto, SystemEventDto, UnreadSummaryDto } from '@yiqia/contracts';
import type { OrgType } from '@yiqia/domain';

/** The columns of a message row joined with its sender's names (see MESSAGE_COLUMNS). */
export interface MessageRow {
  id: string;
  room_id: string;
  seq: number;
  client_id: string;
  sender_user_id: string | null;
  sender_org_id: string | null;
  type: 'text' | 'system';
  body: string;
  attachments: AttachmentDto[];
  system_event: SystemEventDto | null;
  created_at: Date;
  hidden_at: Date | null;
  display_name: string | null;
  org_name: string | null;
}

export const MESSAGE_COLUMNS = `m.id, m.room_id, m.seq, m.client_id, m.sender_user_id, m.sender_org_id, m.type, m.body, m.attachments,
  m.system_event, m.created_at, m.hidden_at, u.display_name, o.name AS org_name`;
export const MESSAGE_JOINS = `LEFT JOIN users u ON u.id = m.sender_user_id LEFT JOIN organizations o ON o.id = m.sender_org_id`;

/** `reveal`: keep a hidden message's body (organizers reading a reported room's transcript); participants never get it. */
export function toMessageDto(r: MessageRow, opts: { reveal?: boolean } = {}): MessageDto {
  const hidden = !!r.hidden_at;
  const dto: MessageDto = {
    id: r.id,
    roomId: r.room_id,
    seq: r.seq,
    clientId: r.client_id,
    sender: { userId: r.sender_user_id ?? '', orgId: r.sender_org_id ?? '', displayName: r.display_name ?? '', orgName: r.org_name ?? '' },
    body: hidden && !opts.reveal ? '' : r.body,
    attachments: hidden && !opts.reveal ? [] : (r.attachments ?? []),
    type: r.type,
    createdAt: new Date(r.created_at).toISOString(),
  };
  if (r.type === 'system') dto.systemEvent = r.system_event;
  if (hidden) dto.hidden = true;
  return dto;
}

/** Latest intent version of a room, provided by the intents module (registered at start, so rooms does not import it). */
export type IntentSummary = { version: number; status: IntentStatus; signedBy: string[] };
export type IntentSummaryProvider = (roomIds: string[], m: EntityManager) => Promise<Map<string, IntentSummary>>;

interface RoomRow {
  id: string;
  kind: RoomDto['kind'];
  title: string;
  status: RoomDto['status'];
  expo_id: string | null;
  created_by: string | null;
  created_by_org: string;
  last_seq: number;
  created_at: Date;
  updated_at: Date;
}

/**
 * Read models of rooms: RoomDto for one user (their read marker and unread count), message pages and
 * unread totals. Plain SQL, shared by the REST controller, the gateway and the RealtimeEmitter.
 */
@Injectable()
export class RoomViews {
  private intentSummaries: IntentSummaryProvider | null = null;

  constructor(private readonly ds: DataSource) {}

  /** Called once by the intents module so RoomDto.intent shows the latest version. */
  setIntentSummaryProvider(provider: IntentSummaryProvider): void {
    this.intentSummaries = provider;
  }

  /** RoomDtos in the order of `roomIds`, as seen by `userIds` (one DTO per room and user). */
  async roomsFor(roomIds: string[], userIds: string[], m: EntityManager = this.ds.manager): Promise<Map<string, RoomDto[]>> {
    const result = new Map<string, RoomDto[]>();
    if (roomIds.length === 0 || userIds.length === 0) return result;
    const [rooms, parties, listings, lastMessages, reads, intents, partyReads, mutes] = await Promise.all([
      m.query(`SELECT id, kind, title, status, expo_id, created_by, created_by_org, last_seq, created_at, updated_at FROM rooms WHERE id = ANY($1::uuid[])`, [roomIds]) as Promise<RoomRow[]>,
      m.query(
        `SELECT rp.room_id, rp.role, rp.joined_at, o.id, o.name, o.type
           FROM room_parties rp JOIN organizations o ON o.id = rp.org_id JOIN rooms r ON r.id = rp.room_id
          WHERE rp.room_id = ANY($1::uuid[]) ORDER BY rp.joined_at, (rp.org_id = r.created_by_org) DESC, o.name`,
        [roomIds],
      ) as Promise<{ room_id: string; role: string | null; joined_at: Date; id: string; name: string; type: OrgType }[]>,
      this.listingsOf(roomIds, m),
      m.query(`SELECT ${MESSAGE_COLUMNS} FROM rooms r JOIN messages m ON m.room_id = r.id AND m.seq = r.last_seq ${MESSAGE_JOINS} WHERE r.id = ANY($1::uuid[])`, [
        roomIds,
      ]) as Promise<MessageRow[]>,
      m.query(`SELECT room_id, user_id, read_seq FROM room_reads WHERE room_id = ANY($1::uuid[]) AND user_id = ANY($2::uuid[])`, [roomIds, userIds]) as Promise<
        { room_id: string; user_id: string; read_seq: number }[]
      >,
      this.intentSummaries ? this.intentSummaries(roomIds, m) : Promise.resolve(new Map<string, IntentSummary>()),
      // Read markers per party (the "已读" of the chat): the furthest any member of the organisation read.
      m.query(
        `SELECT rr.room_id, u.organization_id AS org_id, max(rr.read_seq)::int AS seq
           FROM room_reads rr JOIN users u ON u.id = rr.user_id
          WHERE rr.room_id = ANY($1::uuid[]) AND u.organization_id IS NOT NULL GROUP BY rr.room_id, u.organization_id`,
        [roomIds],
      ) as Promise<{ room_id: string; org_id: string; seq: number }[]>,
      m.query(
        `SELECT room_id, user_id, reason, until FROM room_mutes
          WHERE room_id = ANY($1::uuid[]) AND user_id = ANY($2::uuid[]) AND (until IS NULL OR until > now())`,
        [roomIds, userIds],
      ) as Promise<{ room_id: string; user_id: string; reason: string; until: Date | null }[]>,
    ]);
    const muteOf = new Map(mutes.map((r) => [`${r.room_id}|${r.user_id}`, { reason: r.reason, until: r.until?.toISOString() ?? null }]));
    const byId = new Map(rooms.map((r) => [r.id, r]));
    const readOf = new Map(reads.map((r) => [`${r.room_id}|${r.user_id}`, r.read_seq]));
    const lastOf = new Map(lastMessages.map((r) => [r.room_id, toMessageDto(r)]));
    for (const id of roomIds) {
      const r = byId.get(id);
      if (!r) continue;
      const last = lastOf.get(id);
      const base = {
        id: r.id,
        kind: r.kind,
        title: r.title,
        status: r.status,
        expoId: r.expo_id,
        parties: parties
          .filter((p) => p.room_id === id)
          .map((p) => ({ organization: { id: p.id, name: p.name, type: p.type }, role: p.role, joinedAt: p.joined_at.toISOString() })),
        listings: listings.filter((l) => l.room_id === id).map(({ room_id: _r, ...l }) => l),
        createdBy: { userId: r.created_by ?? '', orgId: r.created_by_org },
        lastMessage: last
          ? { seq: last.seq, body: last.body, createdAt: last.createdAt, sender: last.sender, type: last.type, ...(last.systemEvent ? { systemEvent: last.systemEvent } : {}) }
          : null,
        lastSeq: r.last_seq,
        partyReads: partyReads.filter((p) => p.room_id === id).map((p) => ({ orgId: p.org_id, seq: Math.min(p.seq, r.last_seq) })),
        intent: intents.get(id) ?? null,
        createdAt: r.created_at.toISOString(),
        updatedAt: r.updated_at.toISOString(),
      };
      result.set(
        id,
        userIds.map((userId) => {
          const readSeq = Math.min(readOf.get(`${id}|${userId}`) ?? 0, r.last_seq);
          return { ...base, readSeq, unread: r.last_seq - readSeq, muted: muteOf.get(`${id}|${userId}`) ?? null };
        }),
      );
    }
    return result;
  }

  async room(roomId: string, userId: string, m?: EntityManager): Promise<RoomDto | null> {
    return (await this.roomsFor([roomId], [userId], m)).get(roomId)?.[0] ?? null;
  }

  /** Unread totals of each user over the rooms of their organisation. */
  async unreadFor(userIds: string[]): Promise<Map<string, UnreadSummaryDto>> {
    const rows: { user_id: string; rooms: string; messages: string }[] = await this.ds.query(
      `SELECT u.id AS user_id,
              count(*) FILTER (WHERE r.last_seq > coalesce(rr.read_seq, 0)) AS rooms,
              coalesce(sum(greatest(r.last_seq - coalesce(rr.read_seq, 0), 0)), 0) AS messages
         FROM users u
         JOIN room_parties rp ON rp.org_id = u.organization_id
         JOIN rooms r ON r.id = rp.room_id
         LEFT JOIN room_reads rr ON rr.room_id = r.id AND rr.user_id = u.id
        WHERE u.id = ANY($1::uuid[])
        GROUP BY u.id`,
      [userIds],
    );
    const out = new Map<string, UnreadSummaryDto>(userIds.map((id) => [id, { rooms: 0, messages: 0 }]));
    for (const r of rows) out.set(r.user_id, { rooms: Number(r.rooms), messages: Number(r.messages) });
    return out;
  }

  /** Messages with seq > afterSeq, ascending, at most `limit`. */
  async messagesAfter(roomId: string, afterSeq: number, limit: number): Promise<MessageDto[]> {
    const rows: MessageRow[] = await this.ds.query(
      `SELECT ${MESSAGE_COLUMNS} FROM messages m ${MESSAGE_JOINS} WHERE m.room_id = $1 AND m.seq > $2 ORDER BY m.seq LIMIT $3`,
      [roomId, afterSeq, limit],
    );
    return rows.map((r) => toMessageDto(r));
  }

  /**
   * A page of history, ascending. `afterSeq`: the first `limit` after it; otherwise the last `limit`
   * before `beforeSeq` (or the latest). `q` keeps only messages containing the text (case-insensitive).
   */
  async history(roomId: string, opts: { afterSeq?: number; beforeSeq?: number; q?: string; limit: number }): Promise<MessageDto[]> {
    const params: unknown[] = [roomId];
    const where = ['m.room_id = $1'];
    if (opts.afterSeq !== undefined) {
      params.push(opts.afterSeq);
      where.push(`m.seq > $${params.length}`);
    }
    if (opts.beforeSeq !== undefined) {
      params.push(opts.beforeSeq);
      where.push(`m.seq < $${params.length}`);
    }
    if (opts.q) {
      params.push(`%${opts.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      // Hidden text must not be findable either.
      where.push(`m.body ILIKE $${params.length} AND m.hidden_at IS NULL`);
    }
    params.push(opts.limit);
    const ascending = opts.afterSeq !== undefined;
    const rows: MessageRow[] = await this.ds.query(
      `SELECT ${MESSAGE_COLUMNS} FROM messages m ${MESSAGE_JOINS} WHERE ${where.join(' AND ')} ORDER BY m.seq ${ascending ? 'ASC' : 'DESC'} LIMIT $${params.length}`,
      params,
    );
    if (!ascending) rows.reverse();
    return rows.map((r) => toMessageDto(r));
  }

  private async listingsOf(roomIds: string[], m: EntityManager): Promise<(RoomDto['listings'][number] & { room_id: string })[]> {
    return m.query(
      `SELECT rl.room_id, l.id, l.kind, l.title, l.organization_id AS "organizationId"
         FROM room_listings rl JOIN listings l ON l.id = rl.listing_id
        WHERE rl.room_id = ANY($1::uuid[]) ORDER BY l.title`,
      [roomIds],
    );
  }

}
