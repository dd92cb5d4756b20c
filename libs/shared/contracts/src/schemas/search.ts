import { z } from 'zod';
import {
  AMOUNT_BANDS,
  LISTING_KINDS,
  LISTING_STATUSES,
  ORG_TYPES,
  RESOURCE_TYPES,
  SERVICE_DOMAINS,
  TARGET_GROUPS,
  type AmountBand,
  type I18nLabel,
  type ListingKind,
  type ListingStatus,
  type OrgType,
  type ResourceType,
  type ServiceDomain,
  type TargetGroup,
} from '@yiqia/domain';
import { uuid } from './common.js';
import { anyRegionCode } from './listings.js';

/** A query-string parameter that may be repeated (OR within one facet): always an array after parsing. */
function repeated<T extends z.ZodType>(item: T, max = 30) {
  return z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(max));
}

export const SEARCH_SORTS = ['relevance', 'newest', 'amount_desc', 'amount_asc'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const SEARCH_MAX_QUERY_LENGTH = 200;
export const SEARCH_MAX_PER_PAGE = 100;

/**
 * GET /api/search/listings. Facets AND across, OR within (repeat a parameter).
 * Unknown values and sorts are 400 naming the allowed values; `q` is plain text (never SQL or HTML).
 */
export const searchListingsQuery = z.strictObject({
  q: z.string().trim().max(SEARCH_MAX_QUERY_LENGTH).optional(),
  kind: repeated(z.enum(LISTING_KINDS)),
  domain: repeated(z.enum(SERVICE_DOMAINS)),
  orgType: repeated(z.enum(ORG_TYPES)),
  /** Province, city or district codes; a listing matches when its region lies within one of them. */
  region: repeated(anyRegionCode),
  resourceType: repeated(z.enum(RESOURCE_TYPES)),
  targetGroup: repeated(z.enum(TARGET_GROUPS)),
  amountBand: repeated(z.enum(AMOUNT_BANDS)),
  /** Listings whose amount range overlaps [amountMin, amountMax]. */
  amountMin: z.coerce.number().int().min(0).max(10_000_000_000).optional(),
  amountMax: z.coerce.number().int().min(0).max(10_000_000_000).optional(),
  /** Default: open and matched (closed listings only when asked for). */
  status: repeated(z.enum(LISTING_STATUSES)),
  expoId: uuid.optional(),
  organizationId: uuid.optional(),
  boothId: uuid.optional(),
  /** Default: relevance when there is a query, newest otherwise. */
  sort: z.enum(SEARCH_SORTS).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  perPage: z.coerce.number().int().min(1).max(SEARCH_MAX_PER_PAGE).default(20),
});
export type SearchListingsQuery = z.output<typeof searchListingsQuery>;
export type SearchListingsParams = z.input<typeof searchListingsQuery>;

/** Character ranges [start, end) in UTF-16 units of the plain text, to be shown as <mark>. */
export type HighlightRanges = [number, number][];

export interface SearchHitDto {
  id: string;
  kind: ListingKind;
  title: string;
  summary: string;
  highlight: { title: HighlightRanges; summary: HighlightRanges };
  organization: { id: string; name: string; type: OrgType };
  domains: ServiceDomain[];
  targetGroups: TargetGroup[];
  resourceTypes: ResourceType[];
  regionCode: string;
  regionName: string;
  amountMin: number | null;
  amountMax: number | null;
  status: ListingStatus;
  expoId: string | null;
  boothId: string | null;
  createdAt: string;
}

export interface SearchFacetsDto {
  kind: Partial<Record<ListingKind, number>>;
  domain: Partial<Record<ServiceDomain, number>>;
  orgType: Partial<Record<OrgType, number>>;
  /**
   * Region counts at three levels: every province with matches; the cities of selected provinces
   * (or of the province of a selected city/district); the districts of selected cities.
   */
  region: Record<string, number>;
  resourceType: Partial<Record<ResourceType, number>>;
  targetGroup: Partial<Record<TargetGroup, number>>;
  amountBand: Partial<Record<AmountBand, number>>;
}

export interface SearchListingsResponse {
  hits: SearchHitDto[];
  total: number;
  /** Disjunctive counts: each facet is counted with every other facet's filter applied, but not its own. */
  facets: SearchFacetsDto;
  page: number;
  perPage: number;
  processingTimeMs: number;
  /** Which engine answered: 'embedded' or 'meilisearch' ('embedded' also when it stood in for Meilisearch). */
  engine: 'embedded' | 'meilisearch';
}

export interface TaxonomyEntry<C extends string = string> {
  code: C;
  label: I18nLabel;
}

/** GET /api/taxonomy — everything a filter UI needs, with zh/en labels. */
export interface TaxonomyDto {
  listingKinds: TaxonomyEntry<ListingKind>[];
  listingStatuses: TaxonomyEntry<ListingStatus>[];
  orgTypes: TaxonomyEntry<OrgType>[];
  domains: TaxonomyEntry<ServiceDomain>[];
  resourceTypes: TaxonomyEntry<ResourceType>[];
  targetGroups: TaxonomyEntry<TargetGroup>[];
  amountBands: (TaxonomyEntry<AmountBand> & { min: number | null; max: number | null })[];
  sorts: TaxonomyEntry<SearchSort>[];
  /** GB/T 2260 province → city → district. */
  regions: { code: string; name: string; children?: TaxonomyDto['regions'] }[];
}
