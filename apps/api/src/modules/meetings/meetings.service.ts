import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { FieldError, MeetingDto, NotificationEvent, answerMeetingRequest, createMeetingRequest, listMeetingsQuery } from '@yiqia/contracts';
import type { Lang, OrgType } from '@yiqia/domain';
import { ValidationFailedException, conflict, forbidden, notFound } from '../../common/api.exception.js';
import { uuidPattern } from '../../common/zod-validation.js';
import type { AuthContext } from '../auth/auth-context.js';
import { Expo } from '../expos/expo.entity.js';
import { beijingTime } from '../intents/intent-document.js';
import { fieldError } from '../intents/field-error.js';
import { RealtimeEmitter } from '../realtime/realtime-emitter.js';
import { type IcsEvent, serializeCalendar } from './ics.js';
import { MeetingRequest } from './meeting-request.entity.js';

type CreateInput = z.output<typeof createMeetingRequest>;
type AnswerInput = z.output<typeof answerMeetingRequest>;
type ListQuery = z.output<typeof listMeetingsQuery>;

interface OrgInfo {
  id: string;
  name: string;
  type: OrgType;
}

interface Interval {
  id: string;
  start: number;
  end: number;
}

const PROD_ID = '-//Yiqia//Meeting requests 1.0//ZH';

/** Two half-open intervals [start, end) overlap; meetings that only touch (one ends as the next starts) do not clash. */
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** 洽谈预约: request, answer, cancel, list with clashes, calendars. */
@Injectable()
export class MeetingsService {
  private readonly log = new Logger('MeetingsService');

  constructor(
    private readonly ds: DataSource,
    private readonly rt: RealtimeEmitter,
  ) {}

  async create(caller: AuthContext, input: CreateInput, lang: Lang): Promise<MeetingDto> {
    const orgId = this.requireOrg(caller);
    const expo = uuidPattern.test(input.expoId) ? await this.ds.getRepository(Expo).findOneBy({ id: input.expoId }) : null;
    if (!expo) throw new ValidationFailedException([fieldError('expoId', 'expo_unknown', lang)]);

    const fields: FieldError[] = [...this.checkSlots(input.slots, expo, lang)];
    let boothId: string | null = null;
    if (input.inviteeOrgId === orgId) {
      fields.push(fieldError('inviteeOrgId', 'meeting_invitee_self', lang));
    } else {
      // The invitee is an exhibitor: an organisation with an approved (published) booth at this expo.
      const [booth] = (await this.ds.query(`SELECT id FROM booths WHERE expo_id = $1 AND organization_id = $2 AND published IS NOT NULL`, [
        expo.id,
        input.inviteeOrgId,
      ])) as { id: string }[];
      if (!booth) fields.push(fieldError('inviteeOrgId', 'meeting_invitee_no_booth', lang));
      else if (input.boothId && input.boothId !== booth.id) fields.push(fieldError('boothId', 'meeting_booth_mismatch', lang));
      else boothId = booth.id;
    }
    if (input.listingId) {
      const [listing] = (await this.ds.query(`SELECT organization_id FROM listings WHERE id = $1 AND deleted_at IS NULL`, [input.listingId])) as {
        organization_id: string;
      }[];
      if (!listing || (listing.organization_id !== orgId && listing.organization_id !== input.inviteeOrgId)) {
        fields.push(fieldError('listingId', 'meeting_listing_mismatch', lang));
      }
    }
    if (fields.length > 0) throw new ValidationFailedException(fields);

    const [me] = (await this.ds.query(`SELECT display_name FROM users WHERE id = $1`, [caller.userId])) as { display_name: string }[];
    const saved = await this.ds.getRepository(MeetingRequest).save({
      expoId: expo.id,
      requesterOrgId: orgId,
      requesterUserId: caller.userId,
      requesterName: me?.display_name ?? '',
      inviteeOrgId: input.inviteeOrgId,
      boothId,
      listingId: input.listingId ?? null,
      topic: input.topic,
      note: input.note || null,
      slots: input.slots.map((s) => ({ startsAt: new Date(s.startsAt).toISOString(), endsAt: new Date(s.endsAt).toISOString() })),
      status: 'pending',
    });
    const dto = await this.get(caller, saved.id);
    this.notify([input.inviteeOrgId], {
      kind: 'meeting_request',
      meetingId: saved.id,
      title: `${dto.requester.orgName} 向贵机构发起洽谈预约`,
      body: input.topic,
      createdAt: new Date().toISOString(),
    });
    return dto;
  }

  /** Slots: end after start, inside the expo's dates, not in the past, no slot twice. Paths name the slot. */
  private checkSlots(slots: CreateInput['slots'], expo: Expo, lang: Lang): FieldError[] {
    const fields: FieldError[] = [];
    const now = Date.now();
    const parsed = slots.map((s) => ({ start: Date.parse(s.startsAt), end: Date.parse(s.endsAt) }));
    const expoRange = { start: beijingTime(expo.startsAt), end: beijingTime(expo.endsAt) };
    parsed.forEach((s, i) => {
      const n = i + 1;
      if (s.end <= s.start) fields.push(fieldError(`slots.${i}.endsAt`, 'meeting_slot_order', lang, { n }));
      else if (s.start < expo.startsAt.getTime() || s.start > expo.endsAt.getTime()) {
        fields.push(fieldError(`slots.${i}.startsAt`, 'meeting_slot_outside_expo', lang, { n, ...expoRange }));
      } else if (s.end > expo.endsAt.getTime()) {
        fields.push(fieldError(`slots.${i}.endsAt`, 'meeting_slot_outside_expo', lang, { n, ...expoRange }));
      } else if (s.start < now) fields.push(fieldError(`slots.${i}.startsAt`, 'meeting_slot_past', lang, { n }));
      const same = parsed.findIndex((o, j) => j < i && o.start === s.start && o.end === s.end);
      if (same >= 0) fields.push(fieldError(`slots.${i}`, 'meeting_slot_duplicate', lang, { n, m: same + 1 }));
    });
    return fields;
  }

  async list(caller: AuthContext, q: ListQuery): Promise<MeetingDto[]> {
    if (!caller.organizationId) return [];
    const qb = this.ds
      .getRepository(MeetingRequest)
      .createQueryBuilder('m')
      .where('(m.requester_org_id = :org OR m.invitee_org_id = :org)', { org: caller.organizationId });
    if (q.status) qb.andWhere('m.status = :status', { status: q.status });
    if (q.expoId) qb.andWhere('m.expo_id = :expoId', { expoId: q.expoId });
    const rows = await qb.getMany();
    const dtos = await this.toDtos(rows, caller.organizationId);
    // "My schedule" order: by the agreed time, else the first proposed slot; then newest request first.
    const when = (d: MeetingDto) => Date.parse((d.acceptedSlot ?? d.slots[0]).startsAt);
    return dtos.sort((a, b) => when(a) - when(b) || b.createdAt.localeCompare(a.createdAt));
  }

  async get(caller: AuthContext, id: string): Promise<MeetingDto> {
    const meeting = await this.findVisible(this.ds.manager, caller, id);
    return (await this.toDtos([meeting], caller.organizationId!))[0];
  }

  async answer(caller: AuthContext, id: string, input: AnswerInput, lang: Lang): Promise<MeetingDto> {
    const meeting = await this.ds.transaction(async (m) => {
      const row = await this.findVisible(m, caller, id, true);
      if (row.inviteeOrgId !== caller.organizationId) throw forbidden();
      if (row.status !== 'pending') throw conflict('MEETING_NOT_PENDING');
      const now = new Date();
      if (input.decision === 'accept') {
        const slot = row.slots[input.slotIndex];
        if (!slot) throw new ValidationFailedException([fieldError('slotIndex', 'meeting_slot_unknown', lang, { n: input.slotIndex + 1 })]);
        if (Date.parse(slot.startsAt) < now.getTime()) throw new ValidationFailedException([fieldError('slotIndex', 'meeting_slot_past', lang, { n: input.slotIndex + 1 })]);
        await m.update(MeetingRequest, row.id, {
          status: 'accepted',
          acceptedSlotIndex: input.slotIndex,
          acceptedStartsAt: new Date(slot.startsAt),
          acceptedEndsAt: new Date(slot.endsAt),
          answeredBy: caller.userId,
          answeredAt: now,
        });
      } else {
        await m.update(MeetingRequest, row.id, { status: 'declined', declineReason: input.reason, answeredBy: caller.userId, answeredAt: now });
      }
      return row;
    });
    const dto = await this.get(caller, id);
    this.notify([meeting.requesterOrgId], {
      kind: 'meeting_answer',
      meetingId: id,
      title: input.decision === 'accept' ? `${dto.invitee.orgName} 接受了洽谈预约` : `${dto.invitee.orgName} 婉拒了洽谈预约`,
      body: input.decision === 'accept' ? `${dto.topic}（${beijingTime(new Date(dto.acceptedSlot!.startsAt))}）` : input.reason,
      createdAt: new Date().toISOString(),
    });
    return dto;
  }

  async cancel(caller: AuthContext, id: string): Promise<MeetingDto> {
    const meeting = await this.ds.transaction(async (m) => {
      const row = await this.findVisible(m, caller, id, true);
      if (row.requesterOrgId !== caller.organizationId) throw forbidden();
      if (row.status !== 'pending' && row.status !== 'accepted') throw conflict('MEETING_NOT_CANCELLABLE');
      await m.update(MeetingRequest, row.id, { status: 'cancelled', cancelledBy: caller.userId, cancelledAt: new Date() });
      return row;
    });
    const dto = await this.get(caller, id);
    this.notify([meeting.inviteeOrgId], {
      kind: 'meeting_request',
      meetingId: id,
      title: `${dto.requester.orgName} 取消了洽谈预约`,
      body: dto.topic,
      createdAt: new Date().toISOString(),
    });
    return dto;
  }

  /** The caller's organisation's accepted meetings as one iCalendar. */
  async calendar(caller: AuthContext): Promise<string> {
    const events: IcsEvent[] = [];
    if (caller.organizationId) {
      const rows = await this.ds
        .getRepository(MeetingRequest)
        .createQueryBuilder('m')
        .where(`m.status = 'accepted' AND (m.requester_org_id = :org OR m.invitee_org_id = :org)`, { org: caller.organizationId })
        .orderBy('m.accepted_starts_at')
        .getMany();
      events.push(...(await this.toEvents(rows, caller.organizationId)));
    }
    return serializeCalendar({ prodId: PROD_ID, name: '益洽 · 洽谈日程', events });
  }

  /** One meeting as an iCalendar: confirmed when accepted, a cancellation when an accepted meeting was cancelled. */
  async icsOf(caller: AuthContext, id: string): Promise<string> {
    const row = await this.findVisible(this.ds.manager, caller, id);
    if (!row.acceptedStartsAt || (row.status !== 'accepted' && row.status !== 'cancelled')) throw conflict('MEETING_NOT_SCHEDULED');
    const events = await this.toEvents([row], caller.organizationId!);
    return serializeCalendar({ prodId: PROD_ID, events });
  }

  private async toEvents(rows: MeetingRequest[], viewerOrgId: string): Promise<IcsEvent[]> {
    if (rows.length === 0) return [];
    const orgs = await this.orgs(rows.flatMap((r) => [r.requesterOrgId, r.inviteeOrgId]));
    const expoIds = [...new Set(rows.map((r) => r.expoId))];
    const expos: { id: string; name: string; location: string | null }[] = await this.ds.query(`SELECT id, name, location FROM expos WHERE id = ANY($1::uuid[])`, [expoIds]);
    const boothIds = rows.map((r) => r.boothId).filter((b): b is string => !!b);
    const booths: { id: string; title: string }[] = boothIds.length
      ? await this.ds.query(`SELECT id, coalesce(published->>'title', title) AS title FROM booths WHERE id = ANY($1::uuid[])`, [boothIds])
      : [];
    return rows.map((r) => {
      const requester = orgs.get(r.requesterOrgId)!;
      const invitee = orgs.get(r.inviteeOrgId)!;
      const other = r.requesterOrgId === viewerOrgId ? invitee : requester;
      const expo = expos.find((e) => e.id === r.expoId);
      const booth = booths.find((b) => b.id === r.boothId);
      const description = [
        `洽谈主题：${r.topic}`,
        `发起方：${requester.name}（${r.requesterName}）`,
        `受邀方：${invitee.name}`,
        expo ? `展会：${expo.name}` : null,
        booth ? `展位：${booth.title}` : null,
        r.note ? `备注：${r.note}` : null,
        `预约编号：${r.id}`,
      ]
        .filter(Boolean)
        .join('\n');
      const cancelled = r.status === 'cancelled';
      return {
        uid: `meeting-${r.id}@yiqia`,
        stamp: r.updatedAt,
        start: r.acceptedStartsAt!,
        end: r.acceptedEndsAt!,
        summary: `${cancelled ? '已取消：' : ''}洽谈：${r.topic}（${other.name}）`,
        description,
        location: [expo?.location, booth ? `展位：${booth.title}` : null].filter(Boolean).join(' · ') || undefined,
        organizer: { name: requester.name, uri: `urn:uuid:${requester.id}` },
        attendees: [{ name: invitee.name, uri: `urn:uuid:${invitee.id}` }],
        status: cancelled ? 'CANCELLED' : 'CONFIRMED',
        sequence: cancelled ? 1 : 0,
      } satisfies IcsEvent;
    });
  }

  /** A meeting the caller's organisation asked for or was asked; anything else is simply not found. */
  private async findVisible(m: EntityManager, caller: AuthContext, id: string, lock = false): Promise<MeetingRequest> {
    if (!uuidPattern.test(id) || !caller.organizationId) throw notFound();
    const row = await m.findOne(MeetingRequest, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!row || (row.requesterOrgId !== caller.organizationId && row.inviteeOrgId !== caller.organizationId)) throw notFound();
    return row;
  }

  private requireOrg(caller: AuthContext): string {
    if (!caller.organizationId) throw forbidden();
    return caller.organizationId;
  }

  private async orgs(ids: string[]): Promise<Map<string, OrgInfo>> {
    const rows: OrgInfo[] = await this.ds.query(`SELECT id, name, type FROM organizations WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]);
    return new Map(rows.map((o) => [o.id, o]));
  }

  private async toDtos(rows: MeetingRequest[], viewerOrgId: string): Promise<MeetingDto[]> {
    if (rows.length === 0) return [];
    const orgs = await this.orgs(rows.flatMap((r) => [r.requesterOrgId, r.inviteeOrgId]));
    // Clashes: the viewer's organisation's accepted meetings overlapping a slot still in play.
    const accepted: { id: string; accepted_starts_at: Date; accepted_ends_at: Date }[] = await this.ds.query(
      `SELECT id, accepted_starts_at, accepted_ends_at FROM meeting_requests
        WHERE status = 'accepted' AND (requester_org_id = $1 OR invitee_org_id = $1) ORDER BY accepted_starts_at, id`,
      [viewerOrgId],
    );
    const busy: Interval[] = accepted.map((a) => ({ id: a.id, start: a.accepted_starts_at.getTime(), end: a.accepted_ends_at.getTime() }));
    return rows.map((r) => {
      const requester = orgs.get(r.requesterOrgId)!;
      const invitee = orgs.get(r.inviteeOrgId)!;
      const inPlay: number[] = r.status === 'pending' ? r.slots.map((_, i) => i) : r.status === 'accepted' ? [r.acceptedSlotIndex!] : [];
      const clashes = inPlay
        .map((slotIndex) => {
          const slot = { start: Date.parse(r.slots[slotIndex].startsAt), end: Date.parse(r.slots[slotIndex].endsAt) };
          return { slotIndex, meetingIds: busy.filter((b) => b.id !== r.id && overlaps(b, slot)).map((b) => b.id) };
        })
        .filter((c) => c.meetingIds.length > 0);
      return {
        id: r.id,
        expoId: r.expoId,
        topic: r.topic,
        note: r.note,
        requester: { orgId: requester.id, orgName: requester.name, orgType: requester.type, userId: r.requesterUserId ?? '', displayName: r.requesterName },
        invitee: { orgId: invitee.id, orgName: invitee.name, orgType: invitee.type },
        boothId: r.boothId,
        listingId: r.listingId,
        slots: r.slots,
        status: r.status,
        acceptedSlot: r.acceptedSlotIndex !== null ? r.slots[r.acceptedSlotIndex] : null,
        declineReason: r.declineReason,
        clashes,
        direction: r.requesterOrgId === viewerOrgId ? 'outgoing' : 'incoming',
        createdAt: r.createdAt.toISOString(),
        answeredAt: r.answeredAt?.toISOString() ?? null,
      };
    });
  }

  private notify(orgIds: string[], event: NotificationEvent): void {
    try {
      this.rt.notifyOrgs(orgIds, event);
    } catch (e) {
      // The change is committed; a lost push is caught up by the next list fetch.
      this.log.warn(`notification failed: ${(e as Error).message}`);
    }
  }
}
