import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type FieldError,
  type IntentDto,
  type IntentTerms,
  type IntentVersionDto,
  type MessageDto,
  type NotificationEvent,
  type SystemEventDto,
  intentTerms,
} from '@yiqia/contracts';
import type { Lang, OrgType } from '@yiqia/domain';
import { ApiException, ValidationFailedException, conflict, forbidden, notFound } from '../../common/api.exception.js';
import { parseOrThrow } from '../../common/zod-validation.js';
import type { AuthContext } from '../auth/auth-context.js';
import type { EnqueuedRow } from '../outbox/outbox-store.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { RealtimeEmitter } from '../realtime/realtime-emitter.js';
import { MessageWriter, newClientId } from '../rooms/message-writer.js';
import { type IntentSummary, RoomViews } from '../rooms/room-views.js';
import { RoomsService } from '../rooms/rooms.service.js';
import { fieldError } from './field-error.js';
import { type IntentDocumentInput, renderIntentDocument } from './intent-document.js';
import { IntentSignature, IntentVersion } from './intent.entity.js';
import { diffTerms, normalizeTerms, sameTerms, termsSha256 } from './intent-terms.js';

interface LockedRoom {
  id: string;
  title: string;
  status: 'open' | 'signed' | 'closed';
  parties: { id: string; name: string; type: OrgType }[];
}

/** What a write did, to be announced after its commit. */
interface Outcome {
  changed: boolean;
  message?: { dto: MessageDto; partyOrgIds: string[] };
  notification?: NotificationEvent;
  /** Organisations to notify (the parties other than the caller's). */
  notifyOrgIds?: string[];
  roomChanged?: boolean;
  /** Search outbox rows of listings matched by a signature, delivered right after the commit. */
  outboxRows?: EnqueuedRow[];
}

const UNCHANGED: Outcome = { changed: false };

/**
 * 合作意向书 of a room: numbered versions (gap-free per room, under the room's row lock), signatures by
 * an admin of each party, and the lock when every party signed the same version. Used by the REST
 * controller and by the /rt gateway (`intent:propose`, `intent:sign`, `intent:withdraw`).
 *
 * Rules:
 * - only members of the room's parties (organisations) see or change the intent; organizers too only when a party;
 * - a proposal lists exactly the room's parties, each once; it supersedes the version open for signing;
 *   proposing the very terms already open for signing changes nothing (a retried send is harmless);
 * - an organisation signs through one of its admins, once per version, only the version open for signing;
 * - when every party signed it: the version is signed and locked, the room is signed, the room's
 *   listings of the parties are matched (and re-indexed through the outbox) — one transaction;
 * - the proposing organisation may withdraw its version while it is open for signing.
 */
@Injectable()
export class IntentsService implements OnModuleInit {
  private readonly log = new Logger('IntentsService');

  constructor(
    private readonly ds: DataSource,
    private readonly rt: RealtimeEmitter,
    private readonly writer: MessageWriter,
    private readonly views: RoomViews,
    private readonly outbox: OutboxService,
    private readonly rooms: RoomsService,
  ) {}

  onModuleInit(): void {
    this.views.setIntentSummaryProvider((roomIds, m) => this.summaries(roomIds, m));
  }

  async get(caller: AuthContext, roomId: string): Promise<IntentDto> {
    await this.memberRoom(this.ds.manager, caller, roomId, false);
    return this.load(this.ds.manager, roomId);
  }

  async propose(caller: AuthContext, roomId: string, terms: IntentTerms, lang: Lang = 'zh'): Promise<IntentDto> {
    const proposed = normalizeTerms(parseOrThrow(intentTerms, terms, lang));
    const { intent, outcome } = await this.write(roomId, async (m) => {
      const room = await this.memberRoom(m, caller, roomId, true);
      this.assertOpen(room);
      this.checkTerms(proposed, room, lang);
      const latest = await m.findOne(IntentVersion, { where: { roomId }, order: { version: 'DESC' } });
      if (latest?.status === 'proposed' && sameTerms(latest.terms, proposed)) return UNCHANGED;
      const version = (latest?.version ?? 0) + 1;
      const now = new Date();
      await m.update(IntentVersion, { roomId, status: 'proposed' }, { status: 'superseded', statusChangedAt: now });
      const [me] = (await m.query(`SELECT display_name FROM users WHERE id = $1`, [caller.userId])) as { display_name: string }[];
      await m.insert(IntentVersion, {
        roomId,
        version,
        terms: proposed,
        termsSha256: termsSha256(proposed),
        status: 'proposed',
        proposedByUserId: caller.userId,
        proposedByOrgId: caller.organizationId!,
        proposedByName: me?.display_name ?? '',
        createdAt: now,
      });
      // The room shows each party's role as the latest proposal names it.
      await m.query(
        `UPDATE room_parties rp SET role = v.role FROM unnest($2::uuid[], $3::text[]) AS v(org_id, role) WHERE rp.room_id = $1 AND rp.org_id = v.org_id`,
        [roomId, proposed.parties.map((p) => p.organizationId), proposed.parties.map((p) => p.role)],
      );
      const orgName = this.orgName(room, caller.organizationId!);
      const message = await this.systemMessage(m, caller, room, `${orgName} 提出了合作意向书第 ${version} 版`, {
        kind: 'intent_proposed',
        params: { version, orgName },
      });
      return {
        changed: true,
        message,
        roomChanged: true,
        notifyOrgIds: room.parties.map((p) => p.id).filter((id) => id !== caller.organizationId),
        notification: { kind: 'intent_proposed', roomId, title: `${orgName} 提出了合作意向书第 ${version} 版`, body: proposed.title, createdAt: now.toISOString() },
      };
    });
    await this.announce(roomId, intent, outcome);
    return intent;
  }

  async sign(caller: AuthContext, roomId: string, version: number, _lang: Lang = 'zh'): Promise<IntentDto> {
    const { intent, outcome } = await this.write(roomId, async (m) => {
      const room = await this.memberRoom(m, caller, roomId, true);
      // The signer's role as it is now in the database (a socket's context dates from its handshake).
      const [me] = (await m.query(`SELECT display_name, organization_id, org_role FROM users WHERE id = $1 FOR SHARE`, [caller.userId])) as {
        display_name: string;
        organization_id: string | null;
        org_role: string | null;
      }[];
      if (!me || me.organization_id !== caller.organizationId) throw forbidden();
      if (caller.orgRole !== 'admin' || me.org_role !== 'admin') throw new ApiException('INTENT_SIGN_NOT_AUTHORISED', 403);
      const v = await this.findVersion(m, roomId, version);
      const orgId = caller.organizationId!;
      const already = await m.findOneBy(IntentSignature, { roomId, version: v.version, orgId });
      if (already) return UNCHANGED;
      this.assertOpen(room);
      if (v.status !== 'proposed') throw await this.stale(m, roomId, version);
      const partyIds = room.parties.map((p) => p.id);
      const termOrgIds = v.terms.parties.map((p) => p.organizationId);
      if (partyIds.length !== termOrgIds.length || !partyIds.every((id) => termOrgIds.includes(id))) throw conflict('INTENT_PARTIES_CHANGED');

      const now = new Date();
      await m.insert(IntentSignature, { roomId, version: v.version, orgId, userId: caller.userId, signerName: me.display_name, signedAt: now });
      const signed: { org_id: string }[] = await m.query(`SELECT org_id FROM intent_signatures WHERE room_id = $1 AND version = $2`, [roomId, v.version]);
      const signedIds = new Set(signed.map((s) => s.org_id));
      const everyone = partyIds.every((id) => signedIds.has(id));
      const orgName = this.orgName(room, orgId);
      const others = partyIds.filter((id) => id !== orgId);
      if (!everyone) {
        const message = await this.systemMessage(m, caller, room, `${orgName} 签署了合作意向书第 ${v.version} 版`, {
          kind: 'intent_signed',
          params: { version: v.version, orgName },
        });
        return {
          changed: true,
          message,
          roomChanged: true,
          notifyOrgIds: others,
          notification: { kind: 'intent_signed', roomId, title: `${orgName} 签署了合作意向书第 ${v.version} 版`, body: v.terms.title, createdAt: now.toISOString() },
        };
      }
      // Every party signed this version: lock it, the room is signed, its listings are matched — together.
      await m.update(IntentVersion, { roomId, version: v.version }, { status: 'signed', statusChangedAt: now });
      await this.rooms.setStatusInTransaction(m, roomId, 'signed');
      // (A CTE, so that the driver answers rows: for a bare UPDATE TypeORM answers [rows, count].)
      const matched: { id: string }[] = await m.query(
        `WITH matched AS (
           UPDATE listings SET status = 'matched', updated_at = now()
            WHERE id IN (SELECT listing_id FROM room_listings WHERE room_id = $1)
              AND organization_id = ANY($2::uuid[]) AND deleted_at IS NULL AND status <> 'matched'
            RETURNING id)
         SELECT id FROM matched ORDER BY id`,
        [roomId, partyIds],
      );
      const outboxRows = matched.length > 0 ? await this.outbox.enqueue(m, 'listing', matched.map((r) => r.id)) : [];
      const message = await this.systemMessage(m, caller, room, `各方已签署合作意向书第 ${v.version} 版，意向已签约`, {
        kind: 'intent_fully_signed',
        params: { version: v.version, orgName },
      });
      return {
        changed: true,
        message,
        roomChanged: true,
        notifyOrgIds: partyIds,
        notification: { kind: 'intent_signed', roomId, title: `合作意向书第 ${v.version} 版已由各方签署`, body: v.terms.title, createdAt: now.toISOString() },
        outboxRows,
      };
    });
    await this.announce(roomId, intent, outcome);
    return intent;
  }

  async withdraw(caller: AuthContext, roomId: string, version: number, _lang: Lang = 'zh'): Promise<IntentDto> {
    const { intent, outcome } = await this.write(roomId, async (m) => {
      const room = await this.memberRoom(m, caller, roomId, true);
      const v = await this.findVersion(m, roomId, version);
      if (v.proposedByOrgId !== caller.organizationId) throw new ApiException('INTENT_NOT_PROPOSER', 403);
      if (v.status === 'withdrawn') return UNCHANGED;
      this.assertOpen(room);
      if (v.status !== 'proposed') throw await this.stale(m, roomId, version);
      const now = new Date();
      await m.update(IntentVersion, { roomId, version: v.version }, { status: 'withdrawn', statusChangedAt: now });
      const orgName = this.orgName(room, caller.organizationId!);
      const message = await this.systemMessage(m, caller, room, `${orgName} 撤回了合作意向书第 ${v.version} 版`, {
        kind: 'intent_withdrawn',
        params: { version: v.version, orgName },
      });
      return { changed: true, message, roomChanged: true };
    });
    await this.announce(roomId, intent, outcome);
    return intent;
  }

  /** The printable page of one version (members only). */
  async document(caller: AuthContext, roomId: string, version: number, lang: Lang): Promise<{ html: string; version: number; title: string }> {
    const room = await this.memberRoom(this.ds.manager, caller, roomId, false);
    const v = await this.findVersion(this.ds.manager, roomId, version);
    const signatures = await this.ds.getRepository(IntentSignature).find({ where: { roomId, version: v.version }, order: { signedAt: 'ASC' } });
    const orgIds = [...new Set([...v.terms.parties.map((p) => p.organizationId), v.proposedByOrgId])];
    const orgs: { id: string; name: string; type: OrgType }[] = await this.ds.query(`SELECT id, name, type FROM organizations WHERE id = ANY($1::uuid[])`, [orgIds]);
    const [{ max }] = (await this.ds.query(`SELECT max(version)::int AS max FROM intent_versions WHERE room_id = $1`, [roomId])) as { max: number }[];
    const input: IntentDocumentInput = {
      roomId,
      roomTitle: room.title,
      version: v.version,
      status: v.status,
      latestVersion: max,
      terms: v.terms,
      termsSha256: v.termsSha256,
      proposedBy: { orgName: orgs.find((o) => o.id === v.proposedByOrgId)?.name ?? '', displayName: v.proposedByName, at: v.createdAt },
      organizations: new Map(orgs.map((o) => [o.id, { name: o.name, type: o.type }])),
      signatures: signatures.map((s) => ({ orgId: s.orgId, displayName: s.signerName, signedAt: s.signedAt })),
      generatedAt: new Date(),
    };
    return { html: renderIntentDocument(input, lang), version: v.version, title: v.terms.title };
  }

  /** RoomDto.intent: the latest version of each room and who signed it. */
  async summaries(roomIds: string[], m: EntityManager = this.ds.manager): Promise<Map<string, IntentSummary>> {
    const out = new Map<string, IntentSummary>();
    if (roomIds.length === 0) return out;
    const rows: { room_id: string; version: number; status: IntentSummary['status']; signed_by: string[] | null }[] = await m.query(
      `SELECT DISTINCT ON (v.room_id) v.room_id, v.version, v.status,
              (SELECT array_agg(s.org_id::text ORDER BY s.signed_at) FROM intent_signatures s WHERE s.room_id = v.room_id AND s.version = v.version) AS signed_by
         FROM intent_versions v WHERE v.room_id = ANY($1::uuid[])
        ORDER BY v.room_id, v.version DESC`,
      [roomIds],
    );
    for (const r of rows) out.set(r.room_id, { version: r.version, status: r.status, signedBy: r.signed_by ?? [] });
    return out;
  }

  // ---------------------------------------------------------------------------------------------

  /** Runs a write in a transaction and loads the intent after the commit. */
  private async write(roomId: string, work: (m: EntityManager) => Promise<Outcome>): Promise<{ intent: IntentDto; outcome: Outcome }> {
    const outcome = await this.ds.transaction(work);
    return { intent: await this.load(this.ds.manager, roomId), outcome };
  }

  /** After the commit: the system message, `intent:updated`, `room:updated` and notifications. Never throws. */
  private async announce(roomId: string, intent: IntentDto, outcome: Outcome): Promise<void> {
    if (!outcome.changed) return;
    // Matched listings: deliver their search updates now (the outbox relay retries whatever fails).
    for (const consumer of new Set((outcome.outboxRows ?? []).map((r) => r.consumer))) this.outbox.kick(consumer, outcome.outboxRows!);
    try {
      if (outcome.message) this.rt.messageCreated(outcome.message.dto, outcome.message.partyOrgIds, { notify: false });
      this.rt.intentUpdated(roomId, intent);
      if (outcome.notification && outcome.notifyOrgIds?.length) this.rt.notifyOrgs(outcome.notifyOrgIds, outcome.notification);
      if (outcome.roomChanged) await this.rt.roomUpdated(roomId);
      if (outcome.message) {
        // The system message counts as unread for the parties' members: refresh their header badges.
        const users: { id: string }[] = await this.ds.query(`SELECT id FROM users WHERE organization_id = ANY($1::uuid[])`, [outcome.message.partyOrgIds]);
        await this.rt.unreadChanged(users.map((u) => u.id));
      }
    } catch (e) {
      this.log.warn(`announcing intent change in room ${roomId} failed: ${(e as Error).message}`);
    }
  }

  private async systemMessage(m: EntityManager, caller: AuthContext, room: LockedRoom, body: string, event: SystemEventDto): Promise<Outcome['message']> {
    const [me] = (await m.query(`SELECT display_name FROM users WHERE id = $1`, [caller.userId])) as { display_name: string }[];
    const r = await this.writer.appendInTransaction(m, {
      roomId: room.id,
      clientId: newClientId(),
      type: 'system',
      sender: { userId: caller.userId, orgId: caller.organizationId, displayName: me?.display_name ?? '', orgName: this.orgName(room, caller.organizationId!) },
      body,
      systemEvent: event,
    });
    if (!r.ok) throw new ApiException(r.code, r.code === 'ROOM_CLOSED' ? 409 : r.code === 'NOT_FOUND' ? 404 : 403);
    return { dto: r.message, partyOrgIds: r.partyOrgIds };
  }

  /**
   * The room with its parties' names, if the caller's organisation is one of them (RoomsService.assertMember:
   * 404 when there is no such room, 403 otherwise — organizers included). With `lock`, the room row is
   * locked for the transaction, which serialises every intent change of the room (gap-free version numbers).
   */
  private async memberRoom(m: EntityManager, caller: AuthContext, roomId: string, lock: boolean): Promise<LockedRoom> {
    const membership = await this.rooms.assertMember(caller, roomId, m, lock);
    const [room] = (await m.query(`SELECT id, title, status FROM rooms WHERE id = $1`, [membership.id])) as Omit<LockedRoom, 'parties'>[];
    const parties: LockedRoom['parties'] = await m.query(
      `SELECT o.id, o.name, o.type FROM room_parties rp JOIN organizations o ON o.id = rp.org_id WHERE rp.room_id = $1 ORDER BY rp.joined_at, o.name`,
      [roomId],
    );
    return { ...room, parties };
  }

  private assertOpen(room: LockedRoom): void {
    if (room.status === 'signed') throw conflict('INTENT_LOCKED');
    if (room.status === 'closed') throw conflict('ROOM_CLOSED');
  }

  /** The parties of the terms are exactly the room's parties, each once; the period is in order. */
  private checkTerms(terms: IntentTerms, room: LockedRoom, lang: Lang): void {
    const fields: FieldError[] = [];
    const seen = new Set<string>();
    terms.parties.forEach((p, i) => {
      if (seen.has(p.organizationId)) fields.push(fieldError(`terms.parties.${i}.organizationId`, 'intent_party_duplicate', lang));
      else if (!room.parties.some((r) => r.id === p.organizationId)) fields.push(fieldError(`terms.parties.${i}.organizationId`, 'intent_party_not_in_room', lang));
      seen.add(p.organizationId);
    });
    const missing = room.parties.filter((r) => !seen.has(r.id));
    if (missing.length > 0) fields.push(fieldError('terms.parties', 'intent_party_missing', lang, { names: missing.map((p) => p.name).join(lang === 'zh' ? '、' : ', ') }));
    if (terms.startsOn && terms.endsOn && terms.endsOn < terms.startsOn) fields.push(fieldError('terms.endsOn', 'ends_before_starts', lang));
    if (fields.length > 0) throw new ValidationFailedException(fields);
  }

  private async findVersion(m: EntityManager, roomId: string, version: number): Promise<IntentVersion> {
    if (!Number.isSafeInteger(version) || version < 1) throw notFound();
    const v = await m.findOneBy(IntentVersion, { roomId, version });
    if (!v) throw notFound();
    return v;
  }

  /** INTENT_VERSION_STALE naming the version open for signing now (null when none is). */
  private async stale(m: EntityManager, roomId: string, version: number): Promise<ApiException> {
    const open = await m.findOneBy(IntentVersion, { roomId, status: 'proposed' });
    return conflict('INTENT_VERSION_STALE', { version, currentVersion: open?.version ?? null });
  }

  private orgName(room: LockedRoom, orgId: string): string {
    return room.parties.find((p) => p.id === orgId)?.name ?? '';
  }

  private async load(m: EntityManager, roomId: string): Promise<IntentDto> {
    const versions = await m.find(IntentVersion, { where: { roomId }, order: { version: 'ASC' } });
    const signatures = await m.find(IntentSignature, { where: { roomId }, order: { signedAt: 'ASC' } });
    const dtos: IntentVersionDto[] = versions.map((v, i) => ({
      version: v.version,
      terms: v.terms,
      status: v.status,
      proposedBy: { userId: v.proposedByUserId ?? '', orgId: v.proposedByOrgId, displayName: v.proposedByName },
      proposedAt: v.createdAt.toISOString(),
      signatures: signatures
        .filter((s) => s.version === v.version)
        .map((s) => ({ orgId: s.orgId, userId: s.userId ?? '', displayName: s.signerName, signedAt: s.signedAt.toISOString() })),
      changes: diffTerms(i > 0 ? versions[i - 1].terms : null, v.terms),
    }));
    return { roomId, versions: dtos.reverse(), signedVersion: versions.find((v) => v.status === 'signed')?.version ?? null };
  }
}
