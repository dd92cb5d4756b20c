import { z } from 'zod';
import {
  LISTING_KINDS,
  LISTING_STATUSES,
  RESOURCE_TYPES,
  SERVICE_DOMAINS,
  TARGET_GROUPS,
  type ListingKind,
  type ListingStatus,
  type OrgType,
  type ResourceType,
  type ServiceDomain,
  type TargetGroup,
} from '@yiqia/domain';
import { fieldIssue, pageQuery, uuid } from './common.js';

/** Whole yuan; up to 10 billion is more than any fair has seen. */
export const amountYuan = z.number().int().min(0).max(10_000_000_000);
/** A calendar day, YYYY-MM-DD. */
export const isoDay = z.string().refine(isRealDay, fieldIssue('date_format'));

/** YYYY-MM-DD naming a day that exists (Date.parse would roll 2027-02-30 over to March). */
function isRealDay(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}
/** Any GB/T 2260 code (province, city or district); that it exists is checked on the server. */
export const anyRegionCode = z.string().regex(/^\d{6}$/);

const listingFields = {
  kind: z.enum(LISTING_KINDS),
  title: z.string().trim().min(4).max(80),
  summary: z.string().trim().min(10).max(300),
  /** Rich text; sanitised on the server to the same allow-list as booth introductions. */
  body: z.string().max(50_000).optional(),
  domains: z.array(z.enum(SERVICE_DOMAINS)).min(1).max(5),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(8).optional(),
  resourceTypes: z.array(z.enum(RESOURCE_TYPES)).max(7).optional(),
  regionCode: anyRegionCode,
  amountMin: amountYuan.nullable().optional(),
  amountMax: amountYuan.nullable().optional(),
  startsAt: isoDay.nullable().optional(),
  endsAt: isoDay.nullable().optional(),
  expoId: uuid.nullable().optional(),
  boothId: uuid.nullable().optional(),
};

function checkRanges(v: { amountMin?: number | null; amountMax?: number | null; startsAt?: string | null; endsAt?: string | null }, ctx: z.RefinementCtx) {
  if (v.amountMin != null && v.amountMax != null && v.amountMax < v.amountMin) {
    ctx.addIssue({ ...fieldIssue('amount_max_below_min'), path: ['amountMax'] });
  }
  if (v.startsAt && v.endsAt && v.endsAt < v.startsAt) {
    ctx.addIssue({ ...fieldIssue('ends_before_starts'), path: ['endsAt'] });
  }
}

export const createListingRequest = z.strictObject(listingFields).superRefine(checkRanges);
export type CreateListingRequest = z.input<typeof createListingRequest>;

/** Every field optional; `kind` cannot change (a need does not become an offer). Ranges are re-checked on the server against stored values. */
const { kind: _kind, ...editableFields } = listingFields;
export const updateListingRequest = z
  .strictObject({ ...editableFields, status: z.enum(LISTING_STATUSES) })
  .partial()
  .superRefine(checkRanges);
export type UpdateListingRequest = z.input<typeof updateListingRequest>;

export const listListingsQuery = pageQuery.extend({
  /** Listings of the caller's organisation (needs a login), including closed ones. */
  mine: z.enum(['true', 'false']).optional(),
  organizationId: uuid.optional(),
  boothId: uuid.optional(),
  kind: z.enum(LISTING_KINDS).optional(),
  status: z.enum(LISTING_STATUSES).optional(),
});
export type ListListingsQuery = z.input<typeof listListingsQuery>;

/** The organisation card on a listing page. */
export interface ListingOrganizationDto {
  id: string;
  name: string;
  type: OrgType;
  regionCode: string;
  regionName: string;
  /** The registered 统一社会信用代码 passes the GB 32100-2015 check digit. */
  creditCodeVerified: boolean;
  /** Masked for display, e.g. 91510100****12345X. */
  creditCodeMasked: string;
}

export interface ListingBoothDto {
  id: string;
  expoId: string;
  title: string;
  logoUrl: string | null;
  /** The booth has an approved version visible to the public. */
  isPublic: boolean;
}

export interface ListingDto {
  id: string;
  kind: ListingKind;
  title: string;
  summary: string;
  /** Sanitised HTML. */
  body: string;
  domains: ServiceDomain[];
  targetGroups: TargetGroup[];
  resourceTypes: ResourceType[];
  regionCode: string;
  /** e.g. 四川省成都市锦江区 */
  regionName: string;
  amountMin: number | null;
  amountMax: number | null;
  startsAt: string | null;
  endsAt: string | null;
  status: ListingStatus;
  expoId: string | null;
  booth: ListingBoothDto | null;
  organization: ListingOrganizationDto;
  /** True when the caller is a member of the owning organisation (may edit, close, delete). */
  editable: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A row in listing lists (no rich body). */
export type ListingSummaryDto = Omit<ListingDto, 'body' | 'organization'> & {
  organization: Pick<ListingOrganizationDto, 'id' | 'name' | 'type'>;
};
