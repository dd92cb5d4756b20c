import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { MessageDto, Page, RoomDto, RoomStatus, UnreadSummaryDto, createRoomRequest, listRoomsQuery, roomMessagesQuery } from '@yiqia/contracts';
import { ApiException, badRequest, forbidden, notFound } from '../../common/api.exception.js';
import { uniqueViolation } from '../../common/pg-errors.js';
import { uuidPattern } from '../../common/zod-validation.js';
import type { AuthContext } from '../auth/auth-context.js';
import { RealtimeEmitter } from '../realtime/realtime-emitter.js';
import { MessageWriter, newClientId, type NewMessage } from './message-writer.js';
import { RoomViews } from './room-views.js';

/** Who asks: a user and their organisation (null for organizers without one — never a member). */
export type RoomCaller = Pick<AuthContext, 'userId' | 'organizationId'>;

export interface RoomMembership {
  id: string;
  kind: RoomDto['kind'];
  status: RoomStatus;
  partyOrgIds: string[];
}

/** The most organisations in one room (an intent names at most six parties). */
export const MAX_ROOM_PARTIES = 6;

@Injectable()
export class RoomsService {
  private readonly log = new Logger('Rooms');

  constructor(
    private readonly ds: DataSource,
    private readonly views: RoomViews,
    private readonly writer: MessageWriter,
    private readonly emitter: RealtimeEmitter,
  ) {}

  /**
   * The room, if the caller's organisation is one of its parties; otherwise NOT_FOUND (no such room) or
   * FORBIDDEN (logged). Organizers are not members unless their organisation was invited. Pass a
   * transaction's manager to lock the room row (`FOR UPDATE`) in that transaction.
   */
  async assertMember(caller: RoomCaller, roomId: string, m?: EntityManager, lock = false): Promise<RoomMembership> {
    if (!uuidPattern.test(roomId)) throw notFound();
    const rows: { id: string; kind: RoomDto['kind']; status: RoomStatus; parties: string[] }[] = await (m ?? this.ds.manager).query(
      `SELECT r.id, r.kind, r.status, array(SELECT org_id FROM room_parties WHERE room_id = r.id) AS parties
         FROM rooms r WHERE r.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [roomId],
    );
    if (rows.length === 0) throw notFound();
    const r = rows[0];
    if (!caller.organizationId || !r.parties.includes(caller.organizationId)) {
      this.log.warn(`refused: user ${caller.userId} (org ${caller.organizationId ?? 'none'}) is not a party of room ${roomId}`);
      throw forbidden();
    }
    return { id: r.id, kind: r.kind, status: r.status, partyOrgIds: r.parties };
  }

  async create(caller: AuthContext, input: z.output<typeof createRoomRequest>): Promise<{ room: RoomDto; created: boolean }> {
    const own = caller.organizationId;
    if (!own) throw forbidden();
    const others = [...new Set(input.participantOrgIds)];
    if (others.includes(own)) throw badRequest('ROOM_PARTICIPANT_INVALID', { organizationId: own });
    if (input.kind === 'direct' && others.length !== 1) throw badRequest('ROOM_DIRECT_PARTIES');
    const orgs: { id: string; name: string }[] = await this.ds.query(`SELECT id, name FROM organizations WHERE id = ANY($1::uuid[])`, [[own, ...others]]);
    const missing = others.filter((id) => !orgs.some((o) => o.id === id));
    if (missing.length > 0) throw badRequest('ROOM_PARTICIPANT_INVALID', { organizationIds: missing });
    const nameOf = (id: string) => orgs.find((o) => o.id === id)?.name ?? '';
    const listingIds = [...new Set(input.listingIds ?? [])];
    const listings = await this.loadListings(listingIds);

    const directKey = input.kind === 'direct' ? [own, others[0]].sort().join(':') : null;
    if (directKey) {
      const existing = await this.openExistingDirect(caller, directKey, input.message);
      if (existing) return { room: existing, created: false };
    }
    const title =
      input.title ?? (input.kind === 'negotiation' && listings[0] ? `关于「${listings[0].title}」的洽谈` : [own, ...others].map(nameOf).join(' × ')).slice(0, 80);
    let outcome: { roomId: string; messages: { message: MessageDto; partyOrgIds: string[] }[] };
    try {
      outcome = await this.ds.transaction(async (m) => {
        const [room]: { id: string }[] = await m.query(
          `INSERT INTO rooms (kind, title, expo_id, created_by, created_by_org, direct_key) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [input.kind, title, listings.find((l) => l.expo_id)?.expo_id ?? null, caller.userId, own, directKey],
        );
        await m.query(
          `INSERT INTO room_parties (room_id, org_id, invited_by) SELECT $1, org, CASE WHEN org = $2 THEN NULL ELSE $3::uuid END FROM unnest($4::uuid[]) AS org`,
          [room.id, own, caller.userId, [own, ...others]],
        );
        if (listingIds.length > 0) await m.query(`INSERT INTO room_listings (room_id, listing_id) SELECT $1, unnest($2::uuid[])`, [room.id, listingIds]);
        const messages: { message: MessageDto; partyOrgIds: string[] }[] = [];
        const sender = await this.senderOf(m, caller.userId, own);
        if (input.kind === 'negotiation') {
          const invited = others.map(nameOf);
          messages.push(
            await this.appendOrFail(m, {
              roomId: room.id,
              clientId: newClientId(),
              type: 'system',
              sender,
              body: `${sender.orgName} 创建了洽谈室，邀请了 ${invited.join('、')}`,
              systemEvent: { kind: 'room_created', params: { orgName: sender.orgName, invited: invited.join('、') } },
            }),
          );
        }
        if (input.message) messages.push(await this.appendOrFail(m, { roomId: room.id, clientId: newClientId(), sender, body: input.message }));
        return { roomId: room.id, messages };
      });
    } catch (e) {
      if (directKey && uniqueViolation(e) === 'uq_rooms_direct_key') {
        // Both organisations pressed "contact" at the same moment: the other request created it.
        const existing = await this.openExistingDirect(caller, directKey, input.message);
        if (existing) return { room: existing, created: false };
      }
      throw e;
    }
    for (const x of outcome.messages) this.emitter.messageCreated(x.message, x.partyOrgIds, { notify: false });
    const room = (await this.views.room(outcome.roomId, caller.userId))!;
    void this.emitter.roomUpdated(outcome.roomId);
    this.emitter.notifyOrgs(others, {
      kind: 'room_invite',
      roomId: outcome.roomId,
      title: room.title,
      body: input.message?.slice(0, 140),
      createdAt: room.createdAt,
    });
    return { room, created: true };
  }

  async list(caller: AuthContext, q: z.output<typeof listRoomsQuery>): Promise<Page<RoomDto>> {
    if (!caller.organizationId) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
    const params: unknown[] = [caller.organizationId];
    const where = ['rp.org_id = $1'];
    if (q.kind) where.push(`r.kind = $${params.push(q.kind)}`);
    if (q.status) where.push(`r.status = $${params.push(q.status)}`);
    const [{ total }]: { total: string }[] = await this.ds.query(
      `SELECT count(*) AS total FROM room_parties rp JOIN rooms r ON r.id = rp.room_id WHERE ${where.join(' AND ')}`,
      params,
    );
    const ids: { id: string }[] = await this.ds.query(
      `SELECT r.id FROM room_parties rp JOIN rooms r ON r.id = rp.room_id WHERE ${where.join(' AND ')}
        ORDER BY coalesce(r.last_message_at, r.created_at) DESC, r.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    const dtos = await this.views.roomsFor(
      ids.map((r) => r.id),
      [caller.userId],
    );
    return { items: ids.map((r) => dtos.get(r.id)?.[0]).filter((d): d is RoomDto => !!d), total: Number(total), page: q.page, pageSize: q.pageSize };
  }

  async unread(caller: AuthContext): Promise<UnreadSummaryDto> {
    return (await this.views.unreadFor([caller.userId])).get(caller.userId)!;
  }

  async get(caller: RoomCaller, roomId: string): Promise<RoomDto> {
    await this.assertMember(caller, roomId);
    const room = await this.views.room(roomId, caller.userId);
    if (!room) throw notFound();
    return room;
  }

  async messages(caller: RoomCaller, roomId: string, q: z.output<typeof roomMessagesQuery>): Promise<MessageDto[]> {
    await this.assertMember(caller, roomId);
    return this.views.history(roomId, q);
  }

  async invite(caller: AuthContext, roomId: string, organizationIds: string[]): Promise<RoomDto> {
    const wanted = [...new Set(organizationIds)];
    const orgs: { id: string; name: string }[] = await this.ds.query(`SELECT id, name FROM organizations WHERE id = ANY($1::uuid[])`, [wanted]);
    const missing = wanted.filter((id) => !orgs.some((o) => o.id === id));
    if (missing.length > 0) throw badRequest('ROOM_PARTICIPANT_INVALID', { organizationIds: missing });
    const outcome = await this.ds.transaction(async (m) => {
      const room = await this.assertMember(caller, roomId, m, true);
      if (room.kind === 'direct') throw badRequest('ROOM_DIRECT_PARTIES');
      if (room.status === 'closed') throw new ApiException('ROOM_CLOSED', 409);
      const added = wanted.filter((id) => !room.partyOrgIds.includes(id));
      if (added.length === 0) return null;
      if (room.partyOrgIds.length + added.length > MAX_ROOM_PARTIES) throw badRequest('ROOM_PARTICIPANT_INVALID', { max: MAX_ROOM_PARTIES });
      await m.query(`INSERT INTO room_parties (room_id, org_id, invited_by) SELECT $1, unnest($2::uuid[]), $3`, [roomId, added, caller.userId]);
      const sender = await this.senderOf(m, caller.userId, caller.organizationId!);
      const names = added.map((id) => orgs.find((o) => o.id === id)!.name).join('、');
      const message = await this.appendOrFail(m, {
        roomId,
        clientId: newClientId(),
        type: 'system',
        sender,
        body: `${sender.orgName} 邀请 ${names} 加入洽谈`,
        systemEvent: { kind: 'party_joined', params: { orgName: sender.orgName, orgNames: names } },
      });
      return { added, message };
    });
    const room = (await this.views.room(roomId, caller.userId))!;
    if (outcome) {
      this.emitter.messageCreated(outcome.message.message, outcome.message.partyOrgIds, { notify: false });
      void this.emitter.roomUpdated(roomId);
      this.emitter.notifyOrgs(outcome.added, { kind: 'room_invite', roomId, title: room.title, createdAt: new Date().toISOString() });
    }
    return room;
  }

  /** Any party may close; the history stays readable, sending is refused with ROOM_CLOSED. */
  async close(caller: AuthContext, roomId: string): Promise<RoomDto> {
    const outcome = await this.ds.transaction(async (m) => {
      const room = await this.assertMember(caller, roomId, m, true);
      if (room.status === 'closed') return null;
      const sender = await this.senderOf(m, caller.userId, caller.organizationId!);
      const message = await this.appendOrFail(m, {
        roomId,
        clientId: newClientId(),
        type: 'system',
        sender,
        body: `${sender.orgName} 关闭了洽谈`,
        systemEvent: { kind: 'room_closed', params: { orgName: sender.orgName } },
      });
      await m.query(`UPDATE rooms SET status = 'closed', closed_at = now(), closed_by = $2, updated_at = now() WHERE id = $1`, [roomId, caller.userId]);
      return message;
    });
    if (outcome) {
      this.emitter.messageCreated(outcome.message, outcome.partyOrgIds);
      void this.emitter.roomUpdated(roomId);
    }
    return (await this.views.room(roomId, caller.userId))!;
  }

  /**
   * For the intents module: set the room's status inside its transaction (e.g. `signed` when every party
   * signed the same version). Call `RealtimeEmitter.roomUpdated(roomId)` after the commit.
   */
  async setStatusInTransaction(m: EntityManager, roomId: string, status: RoomStatus): Promise<void> {
    await m.query(`UPDATE rooms SET status = $2, updated_at = now() WHERE id = $1 AND status <> 'closed'`, [roomId, status]);
  }

  /** Moves the caller's read marker forward (never back, never past the last message); returns it. */
  async markRead(caller: RoomCaller, roomId: string, seq: number): Promise<number> {
    const rows: { read_seq: number }[] = await this.ds.query(
      `INSERT INTO room_reads (room_id, user_id, read_seq) SELECT r.id, $2, LEAST($3, r.last_seq) FROM rooms r WHERE r.id = $1
       ON CONFLICT (room_id, user_id) DO UPDATE SET read_seq = GREATEST(room_reads.read_seq, EXCLUDED.read_seq), updated_at = now()
       RETURNING read_seq`,
      [roomId, caller.userId, seq],
    );
    return rows[0]?.read_seq ?? 0;
  }

  /** A direct room between the two organisations: (re)opened, with the optional first message sent. */
  private async openExistingDirect(caller: AuthContext, directKey: string, message: string | undefined): Promise<RoomDto | null> {
    const rows: { id: string; status: RoomStatus; by_organizer: boolean }[] = await this.ds.query(
      `SELECT r.id, r.status, EXISTS (SELECT 1 FROM users u WHERE u.id = r.closed_by AND u.role = 'organizer') AS by_organizer FROM rooms r WHERE r.direct_key = $1`,
      [directKey],
    );
    if (rows.length === 0) return null;
    const roomId = rows[0].id;
    // A room an organizer closed (console moderation) stays closed: "contact" again does not re-open it.
    if (rows[0].status === 'closed' && rows[0].by_organizer) throw new ApiException('ROOM_CLOSED', 409);
    if (rows[0].status === 'closed') {
      await this.ds.query(`UPDATE rooms SET status = 'open', closed_at = NULL, closed_by = NULL, updated_at = now() WHERE id = $1`, [roomId]);
      void this.emitter.roomUpdated(roomId);
    }
    if (message) {
      const sender = await this.senderOf(this.ds.manager, caller.userId, caller.organizationId!);
      const r = await this.writer.append({ roomId, clientId: newClientId(), sender, body: message });
      if (r.ok) this.emitter.messageCreated(r.message, r.partyOrgIds);
      else if (r.code === 'USER_MUTED') throw new ApiException('USER_MUTED', 403);
    }
    return this.views.room(roomId, caller.userId);
  }

  private async loadListings(ids: string[]): Promise<{ id: string; title: string; expo_id: string | null }[]> {
    if (ids.length === 0) return [];
    const rows: { id: string; title: string; expo_id: string | null }[] = await this.ds.query(
      `SELECT id, title, expo_id FROM listings WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
      [ids],
    );
    const missing = ids.filter((id) => !rows.some((r) => r.id === id));
    if (missing.length > 0) throw badRequest('ROOM_LISTING_INVALID', { listingIds: missing });
    return ids.map((id) => rows.find((r) => r.id === id)!);
  }

  private async senderOf(m: EntityManager, userId: string, orgId: string): Promise<NewMessage['sender']> {
    const [r]: { display_name: string | null; org_name: string | null }[] = await m.query(
      `SELECT (SELECT display_name FROM users WHERE id = $1) AS display_name, (SELECT name FROM organizations WHERE id = $2) AS org_name`,
      [userId, orgId],
    );
    return { userId, orgId, displayName: r.display_name ?? '', orgName: r.org_name ?? '' };
  }

  private async appendOrFail(m: EntityManager, input: NewMessage): Promise<{ message: MessageDto; partyOrgIds: string[] }> {
    const r = await this.writer.appendInTransaction(m, input);
    if (!r.ok) throw new ApiException(r.code, r.code === 'ROOM_CLOSED' ? 409 : r.code === 'FORBIDDEN' || r.code === 'USER_MUTED' ? 403 : 500);
    return { message: r.message, partyOrgIds: r.partyOrgIds };
  }
}
