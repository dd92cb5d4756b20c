import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type {
  BoothContent,
  BoothDto,
  BoothSummaryDto,
  Page,
  listBoothsQuery,
  reviewBoothRequest,
  updateBoothRequest,
} from '@yiqia/contracts';
import { ApiException, badRequest, conflict, forbidden, notFound } from '../../common/api.exception.js';
import { uniqueViolation } from '../../common/pg-errors.js';
import { uuidPattern } from '../../common/zod-validation.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthContext } from '../auth/auth-context.js';
import { ExposService } from '../expos/expos.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { Booth } from './booth.entity.js';
import { type BoothOrgRow, draftContent, toBoothDto, toBoothSummary } from './booth.mapper.js';
import { introText, sanitizeIntro } from './sanitize-intro.js';

type ListQuery = z.output<typeof listBoothsQuery>;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

@Injectable()
export class BoothsService {
  constructor(
    private readonly ds: DataSource,
    private readonly expos: ExposService,
    private readonly audit: AuditService,
  ) {}

  async create(caller: AuthContext, expoId: string, title: string): Promise<BoothDto> {
    if (!caller.organizationId) throw forbidden();
    await this.expos.requireExpo(expoId);
    try {
      const booth = await this.ds.getRepository(Booth).save({ expoId, organizationId: caller.organizationId, status: 'draft', title });
      return this.get(booth.id, caller);
    } catch (e) {
      if (uniqueViolation(e) === 'uq_booths_expo_organization') throw conflict('BOOTH_EXISTS');
      throw e;
    }
  }

  /** Public list: approved booths with their published content. Organizers may list other states (review queue). */
  async list(expoId: string, q: ListQuery, caller?: AuthContext): Promise<Page<BoothSummaryDto>> {
    await this.expos.requireExpo(expoId);
    const byStatus = q.status !== undefined;
    if (byStatus && caller?.role !== 'organizer') throw forbidden();
    const content = byStatus ? `jsonb_build_object('title', b.title, 'slogan', b.slogan, 'zoneCode', b.zone_code, 'domainCodes', to_jsonb(b.domain_codes))` : 'b.published';
    const where: string[] = ['b.expo_id = $1'];
    const params: unknown[] = [expoId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('$?', `$${params.length}`));
    };
    if (byStatus) add('b.status = $?', q.status);
    else where.push('b.published IS NOT NULL');
    if (q.zone) add(`(${content})->>'zoneCode' = $?`, q.zone);
    if (q.domain) {
      add(
        `((${content})->'domainCodes' ? $? OR EXISTS (SELECT 1 FROM expo_zones z WHERE z.expo_id = b.expo_id AND z.code = (${content})->>'zoneCode' AND z.domain_code = $?))`,
        q.domain,
      );
    }
    if (q.orgType) add('o.type = $?', q.orgType);
    if (q.q) add(`((${content})->>'title' ILIKE $? OR o.name ILIKE $? OR (${content})->>'slogan' ILIKE $?)`, `%${escapeLike(q.q)}%`);
    const order = byStatus ? 'b.submitted_at ASC NULLS LAST, b.id' : 'b.published_at DESC, b.id';
    const from = `FROM booths b JOIN organizations o ON o.id = b.organization_id WHERE ${where.join(' AND ')}`;
    const [{ n }] = await this.ds.query(`SELECT count(*)::int AS n ${from}`, params);
    const ids: { id: string }[] = await this.ds.query(
      `SELECT b.id ${from} ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      params,
    );
    const booths = await this.load(ids.map((r) => r.id));
    const orgs = await this.orgsFor(booths);
    return {
      items: booths.map((b) => toBoothSummary(b, orgs.get(b.organizationId)!, byStatus ? 'draft' : 'public')),
      total: n,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  async mine(caller: AuthContext): Promise<BoothSummaryDto[]> {
    if (!caller.organizationId) return [];
    const booths = await this.ds.getRepository(Booth).find({ where: { organizationId: caller.organizationId }, order: { createdAt: 'DESC' } });
    const orgs = await this.orgsFor(booths);
    return booths.map((b) => toBoothSummary(b, orgs.get(b.organizationId)!, 'draft'));
  }

  /** Owners and organizers see the working draft (or, with view=public, what visitors see); others only an approved booth. */
  async get(id: string, caller?: AuthContext, view?: 'public'): Promise<BoothDto> {
    const booth = await this.find(id);
    const privileged = !!caller && (caller.organizationId === booth.organizationId || caller.role === 'organizer');
    if (!privileged && !booth.published) throw notFound();
    const orgs = await this.orgsFor([booth]);
    return toBoothDto(booth, orgs.get(booth.organizationId)!, privileged && view !== 'public' ? 'draft' : 'public');
  }

  async update(id: string, caller: AuthContext, patch: z.output<typeof updateBoothRequest>): Promise<BoothDto> {
    await this.ds.transaction(async (m) => {
      const booth = await this.lockOwned(m, id, caller);
      if (booth.status === 'submitted') throw conflict('BOOTH_NOT_EDITABLE');
      if (patch.zoneCode) {
        const zones = await this.expos.zoneCodes(booth.expoId);
        if (!zones.has(patch.zoneCode)) throw badRequest('ZONE_UNKNOWN');
      }
      const changes: Partial<Booth> = {};
      if (patch.title !== undefined) changes.title = patch.title;
      if (patch.slogan !== undefined) changes.slogan = patch.slogan || null;
      if (patch.introHtml !== undefined) changes.introHtml = sanitizeIntro(patch.introHtml);
      if (patch.logoUrl !== undefined) changes.logoUrl = patch.logoUrl;
      if (patch.bannerUrl !== undefined) changes.bannerUrl = patch.bannerUrl;
      if (patch.videoUrl !== undefined) changes.videoUrl = patch.videoUrl || null;
      if (patch.documents !== undefined) changes.documents = patch.documents;
      if (patch.contacts !== undefined) changes.contacts = patch.contacts;
      if (patch.zoneCode !== undefined) changes.zoneCode = patch.zoneCode;
      if (patch.domainCodes !== undefined) changes.domainCodes = [...new Set(patch.domainCodes)];
      if (Object.keys(changes).length === 0) return;
      // A change to a reviewed booth is a new draft; an approved version stays public meanwhile.
      if (booth.status !== 'draft') changes.status = 'draft';
      await m.update(Booth, booth.id, changes);
    });
    return this.get(id, caller);
  }

  async submit(id: string, caller: AuthContext): Promise<BoothDto> {
    await this.ds.transaction(async (m) => {
      const booth = await this.lockOwned(m, id, caller);
      if (booth.status === 'submitted') return;
      if (booth.status === 'approved') throw conflict('BOOTH_NOT_EDITABLE');
      const missing = missingForSubmit(draftContent(booth));
      if (missing.length > 0) throw new ApiException('BOOTH_INCOMPLETE', 400, { missing });
      await m.update(Booth, booth.id, { status: 'submitted', submittedAt: new Date(), reviewReason: null });
    });
    return this.get(id, caller);
  }

  async review(id: string, caller: AuthContext, input: z.output<typeof reviewBoothRequest>): Promise<BoothDto> {
    if (input.decision === 'reject' && !input.reason) throw badRequest('REJECT_REASON_REQUIRED');
    await this.ds.transaction(async (m) => {
      const booth = await m.findOne(Booth, { where: { id: this.checkId(id) }, lock: { mode: 'pessimistic_write' } });
      if (!booth) throw notFound();
      if (booth.status !== 'submitted') throw conflict('BOOTH_NOT_SUBMITTED');
      const now = new Date();
      if (input.decision === 'approve') {
        await m.update(Booth, booth.id, {
          status: 'approved',
          reviewReason: null,
          reviewedAt: now,
          reviewedBy: caller.userId,
          published: draftContent(booth),
          publishedAt: now,
        });
      } else {
        await m.update(Booth, booth.id, { status: 'rejected', reviewReason: input.reason!, reviewedAt: now, reviewedBy: caller.userId });
      }
      // Recorded in the same transaction: a review is never in effect without its audit entry.
      await this.audit.record(
        {
          actorId: caller.userId,
          action: input.decision === 'approve' ? 'booth.approve' : 'booth.reject',
          targetType: 'booth',
          targetId: booth.id,
          reason: input.reason ?? null,
          details: { boothTitle: booth.title, organizationId: booth.organizationId, expoId: booth.expoId },
        },
        m,
      );
    });
    return this.get(id, caller);
  }

  async find(id: string): Promise<Booth> {
    const booth = await this.ds.getRepository(Booth).findOneBy({ id: this.checkId(id) });
    if (!booth) throw notFound();
    return booth;
  }

  private checkId(id: string): string {
    if (!uuidPattern.test(id)) throw notFound();
    return id;
  }

  /** The booth, locked for update, if the caller belongs to the organisation that owns it. */
  private async lockOwned(m: EntityManager, id: string, caller: AuthContext): Promise<Booth> {
    const booth = await m.findOne(Booth, { where: { id: this.checkId(id) }, lock: { mode: 'pessimistic_write' } });
    if (!booth) throw notFound();
    if (booth.organizationId !== caller.organizationId) {
      // Do not reveal drafts of other organisations: a booth that is not public is simply not found.
      if (!booth.published && caller.role !== 'organizer') throw notFound();
      throw forbidden();
    }
    return booth;
  }

  private async load(ids: string[]): Promise<Booth[]> {
    if (ids.length === 0) return [];
    const rows = await this.ds.getRepository(Booth).createQueryBuilder('b').where('b.id = ANY(:ids)', { ids }).getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)!).filter(Boolean);
  }

  private async orgsFor(booths: Booth[]): Promise<Map<string, BoothOrgRow>> {
    const ids = [...new Set(booths.map((b) => b.organizationId))];
    if (ids.length === 0) return new Map();
    const orgs = await this.ds.getRepository(Organization).createQueryBuilder('o').where('o.id = ANY(:ids)', { ids }).getMany();
    return new Map(orgs.map((o) => [o.id, { id: o.id, name: o.name, type: o.type, regionCode: o.regionCode }]));
  }
}

/** What a booth needs before review: a title, an introduction, a logo, a zone and a contact person. */
export function missingForSubmit(c: BoothContent): string[] {
  const missing: string[] = [];
  if (!c.title?.trim()) missing.push('title');
  if (introText(c.introHtml).length < 10) missing.push('introHtml');
  if (!c.logoUrl) missing.push('logoUrl');
  if (!c.zoneCode) missing.push('zoneCode');
  if (c.contacts.length === 0) missing.push('contacts');
  return missing;
}
