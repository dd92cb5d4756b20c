import type { HighlightRanges, SearchFacetsDto, SearchHitDto } from '@yiqia/contracts';
import type { AmountBand, ListingKind, ListingStatus, OrgType, ResourceType, ServiceDomain, TargetGroup } from '@yiqia/domain';
import { regionCodePath, regionLevel } from '@yiqia/domain/regions';
import type { ListingSearchDoc } from '../search-engine.js';
import { FACET_ATTRIBUTES, FACET_NAMES, type FacetName } from './filters.js';

/** One listing as stored in the Meilisearch index: flat fields, numbers for what sorts. */
export interface MeiliListingDocument {
  id: string;
  kind: ListingKind;
  status: ListingStatus;
  title: string;
  summary: string;
  organizationId: string;
  organizationName: string;
  orgType: OrgType;
  domains: ServiceDomain[];
  targetGroups: TargetGroup[];
  resourceTypes: ResourceType[];
  regionCode: string;
  regionPath: string[];
  regionName: string;
  amountMin: number | null;
  amountMax: number | null;
  amountBand: AmountBand;
  /**
   * Sort key of the amount sorts: amountMax, else amountMin (the same amount as the band). Left out
   * when the listing names no amount: documents without a sort value come after all others, in both
   * directions.
   */
  amount?: number;
  expoId: string | null;
  boothId: string | null;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
  titleTokens: string;
  organizationTokens: string;
  summaryTokens: string;
  bodyTokens: string;
  labelTokens: string;
  pinyin: string;
}

/** What a search returns of a document (the index's displayed attributes). */
export type MeiliListingHit = Pick<
  MeiliListingDocument,
  | 'id'
  | 'kind'
  | 'status'
  | 'title'
  | 'summary'
  | 'organizationId'
  | 'organizationName'
  | 'orgType'
  | 'domains'
  | 'targetGroups'
  | 'resourceTypes'
  | 'regionCode'
  | 'regionName'
  | 'amountMin'
  | 'amountMax'
  | 'expoId'
  | 'boothId'
  | 'createdAt'
  | 'pinyin'
>;

export function toMeiliDocument(doc: ListingSearchDoc): MeiliListingDocument {
  const amount = doc.amountMax ?? doc.amountMin;
  return {
    id: doc.id,
    kind: doc.kind,
    status: doc.status,
    title: doc.title,
    summary: doc.summary,
    organizationId: doc.organizationId,
    organizationName: doc.organizationName,
    orgType: doc.orgType,
    domains: [...doc.domains],
    targetGroups: [...doc.targetGroups],
    resourceTypes: [...doc.resourceTypes],
    regionCode: doc.regionCode,
    regionPath: [...doc.regionPath],
    regionName: doc.regionName,
    amountMin: doc.amountMin,
    amountMax: doc.amountMax,
    amountBand: doc.amountBand,
    ...(amount !== null ? { amount } : {}),
    expoId: doc.expoId,
    boothId: doc.boothId,
    createdAt: doc.createdAt.getTime(),
    updatedAt: doc.updatedAt.getTime(),
    titleTokens: doc.tokens.title,
    organizationTokens: doc.tokens.organization,
    summaryTokens: doc.tokens.summary,
    bodyTokens: doc.tokens.body,
    labelTokens: doc.tokens.labels,
    pinyin: doc.tokens.pinyin,
  };
}

export function toHit(hit: MeiliListingHit, highlight: { title: HighlightRanges; summary: HighlightRanges }): SearchHitDto {
  return {
    id: hit.id,
    kind: hit.kind,
    title: hit.title,
    summary: hit.summary,
    highlight,
    organization: { id: hit.organizationId, name: hit.organizationName, type: hit.orgType },
    domains: hit.domains ?? [],
    targetGroups: hit.targetGroups ?? [],
    resourceTypes: hit.resourceTypes ?? [],
    regionCode: hit.regionCode,
    regionName: hit.regionName,
    amountMin: hit.amountMin ?? null,
    amountMax: hit.amountMax ?? null,
    status: hit.status,
    expoId: hit.expoId ?? null,
    boothId: hit.boothId ?? null,
    createdAt: new Date(hit.createdAt).toISOString(),
  };
}

/** Meilisearch's facetDistribution: attribute → value → count. */
export type FacetDistribution = Record<string, Record<string, number>>;

/**
 * The response facets from the main query's distribution and, for each selected facet, the
 * distribution of the query run without that facet's own filter (disjunctive counts).
 */
export function toFacets(
  main: FacetDistribution | undefined,
  withoutOwnFilter: Partial<Record<FacetName, FacetDistribution | undefined>>,
  selectedRegions: readonly string[],
): SearchFacetsDto {
  const counts = (name: FacetName): Record<string, number> => {
    const source = name in withoutOwnFilter ? withoutOwnFilter[name] : main;
    const values = source?.[FACET_ATTRIBUTES[name]] ?? {};
    const out: Record<string, number> = {};
    for (const [value, n] of Object.entries(values)) if (n > 0) out[value] = n;
    return out;
  };
  const facets = Object.fromEntries(FACET_NAMES.map((name) => [name, counts(name)])) as unknown as SearchFacetsDto;
  facets.region = regionFacet(facets.region, selectedRegions);
  return facets;
}

/**
 * Region counts at three levels (see SearchFacetsDto.region), as the embedded engine counts them:
 * every province; the cities of the provinces the selection lies in; the districts of the cities the
 * selection lies in (a selected city, or the city of a selected district). `regionPath` holds all
 * three levels of each listing, so the distribution has them all; this keeps the ones to show.
 */
export function regionFacet(counts: Record<string, number>, selected: readonly string[]): Record<string, number> {
  const provinces = new Set<string>();
  const cities = new Set<string>();
  for (const code of selected) {
    const [province, city] = regionCodePath(code);
    if (province) provinces.add(province);
    if (city) cities.add(city);
  }
  const out: Record<string, number> = {};
  for (const [code, n] of Object.entries(counts)) {
    const level = regionLevel(code);
    if (level === 'province') out[code] = n;
    else if (level === 'city' && provinces.has(regionCodePath(code)[0] ?? '')) out[code] = n;
    else if (level === 'district' && cities.has(regionCodePath(code)[1] ?? '')) out[code] = n;
  }
  return out;
}
