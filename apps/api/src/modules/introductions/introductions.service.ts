import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { MessageDto, RoomDto, createIntroductionRequest } from '@yiqia/contracts';
import { ApiException, badRequest } from '../../common/api.exception.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthContext } from '../auth/auth-context.js';
import { ExposService } from '../expos/expos.service.js';
import { RealtimeEmitter } from '../realtime/realtime-emitter.js';
import { MessageWriter, newClientId } from '../rooms/message-writer.js';
import { RoomViews } from '../rooms/room-views.js';

interface ListingRow {
  id: string;
  kind: 'need' | 'offer';
  title: string;
  status: string;
  in_expo: boolean;
  organization_id: string;
  org_name: string;
}

/**
 * An organizer brokers an introduction (组织者引荐): a negotiation room inviting the organisations of a
 * need and one or two offers, linked to the listings. Organizers belong to no party, so the room says
 * so honestly: created by the organizer's user (the need's organisation stands as the creating party,
 * since a room needs one), no party invited anyone, and the first message is a system message
 * "组织者引荐：<note>" sent by the organizer.
 */
@Injectable()
export class IntroductionsService {
  constructor(
    private readonly ds: DataSource,
    private readonly expos: ExposService,
    private readonly writer: MessageWriter,
    private readonly views: RoomViews,
    private readonly emitter: RealtimeEmitter,
    private readonly audit: AuditService,
  ) {}

  async create(caller: AuthContext, input: z.output<typeof createIntroductionRequest>): Promise<{ room: RoomDto }> {
    await this.expos.requireExpo(input.expoId);
    const ids = [...new Set(input.listingIds)];
    const rows: ListingRow[] = await this.ds.query(
      `SELECT l.id, l.kind, l.title, l.status, l.organization_id, o.name AS org_name,
              -- A listing without an expo counts for the expo where its organisation has a booth (as rooms do in the monitor).
              (l.expo_id = $2 OR (l.expo_id IS NULL AND EXISTS (SELECT 1 FROM booths b WHERE b.organization_id = l.organization_id AND b.expo_id = $2))) AS in_expo
         FROM listings l JOIN organizations o ON o.id = l.organization_id
        WHERE l.id = ANY($1::uuid[]) AND l.deleted_at IS NULL`,
      [ids, input.expoId],
    );
    const invalid = (why: string) => badRequest('INTRODUCTION_LISTINGS_INVALID', { reason: why });
    if (ids.length !== input.listingIds.length) throw invalid('duplicate_listing');
    if (rows.length !== ids.length) throw invalid('listing_not_found');
    if (rows.some((r) => !r.in_expo)) throw invalid('listing_not_in_expo');
    if (rows.some((r) => r.status !== 'open')) throw invalid('listing_not_open');
    // One need, and one offer (or a funder's and an implementer's offer), each from another organisation.
    const needs = rows.filter((r) => r.kind === 'need');
    if (needs.length !== 1) throw invalid('one_need_required');
    const orgIds = [...new Set(rows.map((r) => r.organization_id))];
    if (orgIds.length !== rows.length) throw invalid('same_organisation');
    const need = needs[0];
    const offers = rows.filter((r) => r.kind === 'offer');
    const ordered = [need, ...offers];
    const partyOrgIds = ordered.map((r) => r.organization_id);
    const orgNames = ordered.map((r) => r.org_name).join('、');
    const title = (input.title ?? `组织者引荐：关于「${need.title}」的洽谈`).slice(0, 80);

    const outcome = await this.ds.transaction(async (m) => {
      const [room]: { id: string }[] = await m.query(
        `INSERT INTO rooms (kind, title, expo_id, created_by, created_by_org) VALUES ('negotiation', $1, $2, $3, $4) RETURNING id`,
        [title, input.expoId, caller.userId, need.organization_id],
      );
      await m.query(`INSERT INTO room_parties (room_id, org_id, invited_by) SELECT $1, unnest($2::uuid[]), $3`, [room.id, partyOrgIds, caller.userId]);
      await m.query(`INSERT INTO room_listings (room_id, listing_id) SELECT $1, unnest($2::uuid[])`, [room.id, ordered.map((r) => r.id)]);
      const [u]: { display_name: string | null }[] = await m.query(`SELECT display_name FROM users WHERE id = $1`, [caller.userId]);
      const r = await this.writer.appendInTransaction(m, {
        roomId: room.id,
        clientId: newClientId(),
        type: 'system',
        sender: { userId: caller.userId, orgId: null, displayName: u?.display_name ?? '', orgName: '' },
        body: `组织者引荐：${input.note}`,
        systemEvent: { kind: 'introduction', params: { note: input.note, orgNames } },
      });
      if (!r.ok) throw new ApiException(r.code, 500);
      await this.audit.record(
        {
          actorId: caller.userId,
          action: 'introduction.create',
          targetType: 'room',
          targetId: room.id,
          details: { roomId: room.id, roomTitle: title, expoId: input.expoId, note: input.note, listingIds: ordered.map((l) => l.id), orgNames },
        },
        m,
      );
      return { roomId: room.id, message: r.message as MessageDto, partyOrgIds: r.partyOrgIds };
    });

    // No notification per message: the invitation below says it once.
    this.emitter.messageCreated(outcome.message, outcome.partyOrgIds, { notify: false });
    void this.emitter.roomUpdated(outcome.roomId);
    const room = (await this.views.room(outcome.roomId, caller.userId))!;
    this.emitter.notifyOrgs(partyOrgIds, { kind: 'room_invite', roomId: outcome.roomId, title: room.title, body: input.note.slice(0, 140), createdAt: room.createdAt });
    return { room };
  }
}
