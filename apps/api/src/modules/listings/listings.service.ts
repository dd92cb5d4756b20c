import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import {
  FIELD_MESSAGES,
  type FieldError,
  type FieldMessageCode,
  type ListingDto,
  type ListingSummaryDto,
  type Page,
  type createListingRequest,
  type listListingsQuery,
  type updateListingRequest,
} from '@yiqia/contracts';
import type { Lang } from '@yiqia/domain';
import { regionLevel } from '@yiqia/domain/regions';
import { ValidationFailedException, badRequest, forbidden, notFound, unauthorized } from '../../common/api.exception.js';
import { uuidPattern } from '../../common/zod-validation.js';
import type { AuthContext } from '../auth/auth-context.js';
import { sanitizeIntro } from '../booths/sanitize-intro.js';
import type { EnqueuedRow } from '../outbox/outbox-store.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { Listing } from './listing.entity.js';
import { type ListingBoothRow, type ListingOrgRow, toListingDto, toListingSummary } from './listing.mapper.js';
import { insertListings } from './listing-writes.js';

type CreateInput = z.output<typeof createListingRequest>;
type UpdateInput = z.output<typeof updateListingRequest>;
type ListQuery = z.output<typeof listListingsQuery>;

/** The consumer a write waits for: the embedded engine answers searches as soon as the write returns. */
export const EMBEDDED_SEARCH_CONSUMER = 'search:embedded';

const field = (path: string, code: FieldMessageCode, lang: Lang): FieldError => ({ path, code, message: FIELD_MESSAGES[code][lang] });

@Injectable()
export class ListingsService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async create(caller: AuthContext, input: CreateInput, lang: Lang): Promise<ListingDto> {
    const orgId = caller.organizationId;
    if (!orgId) throw forbidden();
    const errors: FieldError[] = [];
    if (!regionLevel(input.regionCode)) errors.push(field('regionCode', 'region_unknown', lang));
    if (errors.length > 0) throw new ValidationFailedException(errors);
    const placement = await this.placement(this.ds.manager, orgId, input.expoId ?? null, input.boothId ?? null, lang);
    const { ids, outbox } = await this.ds.transaction((m) =>
      insertListings(m, this.outbox.consumers('listing'), [
        {
          organizationId: orgId,
          createdBy: caller.userId,
          kind: input.kind,
          title: input.title,
          summary: input.summary,
          bodyHtml: input.body ?? '',
          domains: input.domains,
          targetGroups: input.targetGroups ?? [],
          resourceTypes: input.resourceTypes ?? [],
          regionCode: input.regionCode,
          amountMin: input.amountMin ?? null,
          amountMax: input.amountMax ?? null,
          startsAt: input.startsAt ?? null,
          endsAt: input.endsAt ?? null,
          ...placement,
        },
      ]),
    );
    await this.delivered(outbox);
    return this.get(ids[0], caller);
  }

  /** Public: anyone may read a listing that is not deleted; members of its organisation may edit it. */
  async get(id: string, caller?: AuthContext): Promise<ListingDto> {
    const listing = await this.ds.getRepository(Listing).findOneBy({ id: checkId(id) });
    if (!listing || listing.deletedAt) throw notFound();
    const [orgs, booths] = await Promise.all([this.orgsFor([listing]), this.boothsFor([listing])]);
    return toListingDto(listing, orgs.get(listing.organizationId)!, booths.get(listing.boothId ?? '') ?? null, isMember(caller, listing));
  }

  async update(id: string, caller: AuthContext, patch: UpdateInput, lang: Lang): Promise<ListingDto> {
    const outbox = await this.ds.transaction(async (m) => {
      const listing = await this.lockOwned(m, id, caller);
      const changes: Partial<Listing> = {};
      const errors: FieldError[] = [];
      if (patch.regionCode !== undefined) {
        if (!regionLevel(patch.regionCode)) errors.push(field('regionCode', 'region_unknown', lang));
        changes.regionCode = patch.regionCode;
      }
      // Ranges are checked on the result: a new minimum must fit the stored maximum, and so on.
      const amountMin = patch.amountMin !== undefined ? patch.amountMin : listing.amountMin;
      const amountMax = patch.amountMax !== undefined ? patch.amountMax : listing.amountMax;
      if (amountMin != null && amountMax != null && amountMax < amountMin) errors.push(field('amountMax', 'amount_max_below_min', lang));
      const startsAt = patch.startsAt !== undefined ? patch.startsAt : listing.startsAt;
      const endsAt = patch.endsAt !== undefined ? patch.endsAt : listing.endsAt;
      if (startsAt && endsAt && endsAt < startsAt) errors.push(field('endsAt', 'ends_before_starts', lang));
      if (errors.length > 0) throw new ValidationFailedException(errors);

      if (patch.boothId !== undefined || patch.expoId !== undefined) {
        const boothId = patch.boothId !== undefined ? patch.boothId : listing.boothId;
        // A newly chosen booth brings its expo; dropping the booth keeps the listing at its expo.
        const expoId = patch.expoId !== undefined ? patch.expoId : patch.boothId ? null : listing.expoId;
        Object.assign(changes, await this.placement(m, listing.organizationId, expoId, boothId, lang));
      }
      if (patch.title !== undefined) changes.title = patch.title;
      if (patch.summary !== undefined) changes.summary = patch.summary;
      if (patch.body !== undefined) changes.bodyHtml = sanitizeIntro(patch.body);
      if (patch.domains !== undefined) changes.domains = [...new Set(patch.domains)];
      if (patch.targetGroups !== undefined) changes.targetGroups = [...new Set(patch.targetGroups)];
      if (patch.resourceTypes !== undefined) changes.resourceTypes = [...new Set(patch.resourceTypes)];
      if (patch.amountMin !== undefined) changes.amountMin = patch.amountMin;
      if (patch.amountMax !== undefined) changes.amountMax = patch.amountMax;
      if (patch.startsAt !== undefined) changes.startsAt = patch.startsAt;
      if (patch.endsAt !== undefined) changes.endsAt = patch.endsAt;
      if (patch.status !== undefined) changes.status = patch.status;
      if (Object.keys(changes).length === 0) return [];
      await m.update(Listing, listing.id, { ...changes, updatedAt: new Date() });
      return this.outbox.enqueue(m, 'listing', [listing.id]);
    });
    await this.delivered(outbox);
    return this.get(id, caller);
  }

  /** Soft delete: the row stays (the relay removes it from search engines); the listing is gone for everyone. */
  async remove(id: string, caller: AuthContext): Promise<void> {
    const outbox = await this.ds.transaction(async (m) => {
      const listing = await this.lockOwned(m, id, caller);
      await m.update(Listing, listing.id, { deletedAt: new Date(), updatedAt: new Date() });
      return this.outbox.enqueue(m, 'listing', [listing.id]);
    });
    await this.delivered(outbox);
  }

  /**
   * `mine=true`: the caller's organisation, every status. Otherwise public listings (not deleted, not
   * closed unless `status=closed`), optionally of one organisation or booth. Newest first.
   */
  async list(q: ListQuery, caller?: AuthContext): Promise<Page<ListingSummaryDto>> {
    const mine = q.mine === 'true';
    if (mine && !caller) throw unauthorized();
    const empty = { items: [], total: 0, page: q.page, pageSize: q.pageSize };
    const qb = this.ds.getRepository(Listing).createQueryBuilder('l').where('l.deleted_at IS NULL');
    if (mine) {
      if (!caller!.organizationId) return empty;
      qb.andWhere('l.organization_id = :mineOrg', { mineOrg: caller!.organizationId });
    }
    if (q.organizationId) qb.andWhere('l.organization_id = :org', { org: q.organizationId });
    if (q.boothId) qb.andWhere('l.booth_id = :booth', { booth: q.boothId });
    if (q.kind) qb.andWhere('l.kind = :kind', { kind: q.kind });
    if (q.status) qb.andWhere('l.status = :status', { status: q.status });
    else if (!mine) qb.andWhere(`l.status <> 'closed'`);
    qb.orderBy('l.created_at', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .skip((q.page - 1) * q.pageSize)
      .take(q.pageSize);
    const [listings, total] = await qb.getManyAndCount();
    const [orgs, booths] = await Promise.all([this.orgsFor(listings), this.boothsFor(listings)]);
    return {
      items: listings.map((l) => toListingSummary(l, orgs.get(l.organizationId)!, booths.get(l.boothId ?? '') ?? null, isMember(caller, l))),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  /**
   * Where a listing is shown: a booth of the owning organisation (its expo comes with it; a given
   * expo must be the booth's), or only an expo that exists, or neither.
   */
  private async placement(m: EntityManager, orgId: string, expoId: string | null, boothId: string | null, lang: Lang): Promise<{ expoId: string | null; boothId: string | null }> {
    if (boothId) {
      const [booth]: { expo_id: string; organization_id: string }[] = await m.query(`SELECT expo_id, organization_id FROM booths WHERE id = $1`, [boothId]);
      if (!booth || booth.organization_id !== orgId || (expoId && expoId !== booth.expo_id)) throw badRequest('LISTING_BOOTH_INVALID');
      return { expoId: booth.expo_id, boothId };
    }
    if (expoId) {
      const [expo] = await m.query(`SELECT 1 FROM expos WHERE id = $1`, [expoId]);
      if (!expo) throw new ValidationFailedException([field('expoId', 'expo_unknown', lang)]);
    }
    return { expoId, boothId: null };
  }

  /** The live listing, locked for the write, if the caller belongs to its organisation (else 403; 401 handled by @Auth). */
  private async lockOwned(m: EntityManager, id: string, caller: AuthContext): Promise<Listing> {
    const listing = await m.findOne(Listing, { where: { id: checkId(id) }, lock: { mode: 'pessimistic_write' } });
    if (!listing || listing.deletedAt) throw notFound();
    if (!isMember(caller, listing)) throw forbidden();
    return listing;
  }

  /**
   * After the write committed: wait until the embedded engine has applied it (so a search right after
   * the response finds it); nudge the other consumers (Meilisearch) without waiting. Failures are
   * logged by the outbox and retried by its poller — the write itself has succeeded.
   */
  private async delivered(rows: EnqueuedRow[]): Promise<void> {
    if (rows.length === 0) return;
    for (const consumer of new Set(rows.map((r) => r.consumer))) {
      if (consumer !== EMBEDDED_SEARCH_CONSUMER) this.outbox.kick(consumer, rows);
    }
    await this.outbox.deliverNow(EMBEDDED_SEARCH_CONSUMER, rows);
  }

  private async orgsFor(listings: Listing[]): Promise<Map<string, ListingOrgRow>> {
    const ids = [...new Set(listings.map((l) => l.organizationId))];
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string; type: ListingOrgRow['type']; region_code: string; credit_code: string }[] = await this.ds.query(
      `SELECT id, name, type, region_code, credit_code FROM organizations WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((o) => [o.id, { id: o.id, name: o.name, type: o.type, regionCode: o.region_code, creditCode: o.credit_code }]));
  }

  private async boothsFor(listings: Listing[]): Promise<Map<string, ListingBoothRow>> {
    const ids = [...new Set(listings.map((l) => l.boothId).filter((id): id is string => !!id))];
    if (ids.length === 0) return new Map();
    const rows: { id: string; expo_id: string; title: string; logo_url: string | null; published: { title: string; logoUrl: string | null } | null }[] =
      await this.ds.query(`SELECT id, expo_id, title, logo_url, published FROM booths WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((b) => [b.id, { id: b.id, expoId: b.expo_id, title: b.title, logoUrl: b.logo_url, published: b.published }]));
  }
}

function isMember(caller: AuthContext | undefined, listing: Listing): boolean {
  return !!caller?.organizationId && caller.organizationId === listing.organizationId;
}

/** A malformed id is simply not found (never a database error). */
function checkId(id: string): string {
  if (!uuidPattern.test(id)) throw notFound();
  return id;
}
