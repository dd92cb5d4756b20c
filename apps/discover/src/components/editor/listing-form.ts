import dayjs, { type Dayjs } from 'dayjs';
import type { CreateListingRequest, ListingDto, UpdateListingRequest } from '@yiqia/contracts';
import type { ListingKind, ListingStatus, ResourceType, ServiceDomain, TargetGroup } from '@yiqia/domain';

/**
 * The limits of createListingRequest / updateListingRequest (libs/shared/contracts/src/schemas/listings.ts),
 * for the form's own checks. listing-form.spec.ts proves they are the schema's: a value at each limit
 * passes the schema, one beyond fails it.
 */
export const LISTING_LIMITS = {
  titleMin: 4,
  titleMax: 80,
  summaryMin: 10,
  summaryMax: 300,
  bodyMax: 50_000,
  domainsMin: 1,
  domainsMax: 5,
  targetGroupsMax: 8,
  resourceTypesMax: 7,
  amountMax: 10_000_000_000,
} as const;

/** What the editor's antd Form holds. */
export interface ListingFormValues {
  kind: ListingKind;
  title: string;
  summary: string;
  /** HTML from the rich text editor. */
  body: string;
  domains: ServiceDomain[];
  targetGroups: TargetGroup[];
  resourceTypes: ResourceType[];
  regionCode?: string;
  amountMin?: number | null;
  amountMax?: number | null;
  period?: [Dayjs | null, Dayjs | null] | null;
  boothId?: string | null;
  /** Only when editing. */
  status?: ListingStatus;
}

/** Everything a listing is made of, normalised: the body of POST, and the base of PATCH diffs. */
export type ListingFields = Required<Omit<CreateListingRequest, 'kind'>> & { kind: ListingKind; status?: ListingStatus };

/** True when rich text has nothing a reader would see (tiptap's empty document is "<p></p>"). */
export function isEmptyHtml(html: string | null | undefined): boolean {
  if (!html) return true;
  if (/<img\b/i.test(html)) return false;
  return html.replace(/<[^>]*>/g, '').replace(/&nbsp;|\s/g, '').length === 0;
}

function day(d: Dayjs | null | undefined): string | null {
  return d && d.isValid() ? d.format('YYYY-MM-DD') : null;
}

function list<T extends string>(items: T[] | undefined): T[] {
  return [...(items ?? [])];
}

function money(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * Form values → the listing's fields. `expoId` follows the chosen booth (a booth belongs to one expo);
 * without a booth it is `fallbackExpoId` (the ?expoId= of a new listing, or the listing's own).
 */
export function fieldsFromValues(
  values: ListingFormValues,
  ctx: { boothExpoId: (boothId: string) => string | null | undefined; fallbackExpoId?: string | null },
): ListingFields {
  const boothId = values.boothId || null;
  const [start, end] = values.period ?? [null, null];
  const fields: ListingFields = {
    kind: values.kind,
    title: (values.title ?? '').trim(),
    summary: (values.summary ?? '').trim(),
    body: isEmptyHtml(values.body) ? '' : values.body,
    domains: list(values.domains),
    targetGroups: list(values.targetGroups),
    resourceTypes: list(values.resourceTypes),
    regionCode: values.regionCode ?? '',
    amountMin: money(values.amountMin),
    amountMax: money(values.amountMax),
    startsAt: day(start),
    endsAt: day(end),
    boothId,
    expoId: (boothId ? ctx.boothExpoId(boothId) : null) ?? ctx.fallbackExpoId ?? null,
  };
  if (values.status) fields.status = values.status;
  return fields;
}

/** The POST /api/listings body: optional parts left out when empty. */
export function createRequestFrom(fields: ListingFields): CreateListingRequest {
  const { status: _status, ...rest } = fields;
  const request: CreateListingRequest = {
    kind: rest.kind,
    title: rest.title,
    summary: rest.summary,
    domains: rest.domains,
    regionCode: rest.regionCode,
  };
  if (rest.body) request.body = rest.body;
  if (rest.targetGroups.length) request.targetGroups = rest.targetGroups;
  if (rest.resourceTypes.length) request.resourceTypes = rest.resourceTypes;
  if (rest.amountMin !== null) request.amountMin = rest.amountMin;
  if (rest.amountMax !== null) request.amountMax = rest.amountMax;
  if (rest.startsAt) request.startsAt = rest.startsAt;
  if (rest.endsAt) request.endsAt = rest.endsAt;
  if (rest.expoId) request.expoId = rest.expoId;
  if (rest.boothId) request.boothId = rest.boothId;
  return request;
}

const PATCHABLE = [
  'title',
  'summary',
  'body',
  'domains',
  'targetGroups',
  'resourceTypes',
  'regionCode',
  'amountMin',
  'amountMax',
  'startsAt',
  'endsAt',
  'expoId',
  'boothId',
  'status',
] as const satisfies readonly (keyof UpdateListingRequest)[];

/** The PATCH body: only what differs from `before` (a cleared value is sent as null). Empty when nothing changed. */
export function patchRequestFrom(before: ListingFields, after: ListingFields): UpdateListingRequest {
  const patch: Record<string, unknown> = {};
  for (const key of PATCHABLE) {
    const a = after[key];
    if (a === undefined) continue;
    if (JSON.stringify(a) !== JSON.stringify(before[key])) patch[key] = a;
  }
  return patch as UpdateListingRequest;
}

/** True when the two differ in anything the user can change (for the unsaved-changes guard). */
export function fieldsDiffer(a: ListingFields, b: ListingFields): boolean {
  return a.kind !== b.kind || Object.keys(patchRequestFrom(a, b)).length > 0 || Object.keys(patchRequestFrom(b, a)).length > 0;
}

/** A stored listing as form values. */
export function valuesFromListing(listing: ListingDto): ListingFormValues {
  return {
    kind: listing.kind,
    title: listing.title,
    summary: listing.summary,
    body: listing.body ?? '',
    domains: [...listing.domains],
    targetGroups: [...listing.targetGroups],
    resourceTypes: [...listing.resourceTypes],
    regionCode: listing.regionCode,
    amountMin: listing.amountMin,
    amountMax: listing.amountMax,
    period: listing.startsAt || listing.endsAt ? [listing.startsAt ? dayjs(listing.startsAt) : null, listing.endsAt ? dayjs(listing.endsAt) : null] : null,
    boothId: listing.booth?.id ?? null,
    status: listing.status,
  };
}

/** A new listing's starting values (`kind` preselected as a need, the most common case at a fair). */
export function emptyValues(opts: { boothId?: string | null; kind?: ListingKind } = {}): ListingFormValues {
  return {
    kind: opts.kind ?? 'need',
    title: '',
    summary: '',
    body: '',
    domains: [],
    targetGroups: [],
    resourceTypes: [],
    regionCode: undefined,
    amountMin: null,
    amountMax: null,
    period: null,
    boothId: opts.boothId ?? null,
  };
}
