import type { SearchFacetsDto, SearchListingsQuery } from '@yiqia/contracts';
import type { ListingStatus } from '@yiqia/domain';
import { FILTERABLE_ATTRIBUTES } from './index-settings.js';

/**
 * Meilisearch filter expressions built from the typed search query. Every value is written as a
 * double-quoted string with `\` and `"` escaped (the filter parser's escapes), numbers only as
 * finite integers, attributes only from the index settings: nothing the user typed is ever pasted
 * into an expression as syntax. Values OR within one facet (`attr IN [...]`), facets AND across.
 */

export type FilterableAttribute = (typeof FILTERABLE_ATTRIBUTES)[number];
export type FacetName = keyof SearchFacetsDto;

/** The document attribute behind each facet of the response. */
export const FACET_ATTRIBUTES = {
  kind: 'kind',
  domain: 'domains',
  orgType: 'orgType',
  region: 'regionPath',
  resourceType: 'resourceTypes',
  targetGroup: 'targetGroups',
  amountBand: 'amountBand',
} as const satisfies Record<FacetName, FilterableAttribute>;

export const FACET_NAMES = Object.keys(FACET_ATTRIBUTES) as FacetName[];

/** Statuses searched when the query names none: closed listings only when asked for. */
export const DEFAULT_STATUSES: readonly ListingStatus[] = ['open', 'matched'];

const FILTERABLE: ReadonlySet<string> = new Set(FILTERABLE_ATTRIBUTES);

/** A string value as a filter literal: double-quoted, with backslashes and double quotes escaped. */
export function quoteValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function attribute(name: string): string {
  if (!FILTERABLE.has(name)) throw new Error(`not a filterable attribute: ${name}`);
  return name;
}

function integer(n: number): string {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer filter value: ${n}`);
  return String(n);
}

/** `attr IN ["a", "b"]`, or null when there is no value (no condition). */
export function anyOf(attr: FilterableAttribute, values: readonly string[]): string | null {
  if (values.length === 0) return null;
  return `${attribute(attr)} IN [${[...new Set(values)].map(quoteValue).join(', ')}]`;
}

/** `attr = "value"`. */
export function equals(attr: FilterableAttribute, value: string): string {
  return `${attribute(attr)} = ${quoteValue(value)}`;
}

/**
 * Listings whose amount range [amountMin, amountMax] overlaps the asked range. A listing that names one
 * bound only is the single amount it names; a listing that names no amount never matches an amount filter.
 */
export function amountOverlap(min: number | undefined, max: number | undefined): string[] {
  const conditions: string[] = [];
  if (min !== undefined) {
    // upper end of the listing (amountMax, else amountMin) ≥ min
    conditions.push(`(amountMax >= ${integer(min)} OR (amountMax IS NULL AND amountMin >= ${integer(min)}))`);
  }
  if (max !== undefined) {
    // lower end of the listing (amountMin, else amountMax) ≤ max
    conditions.push(`(amountMin <= ${integer(max)} OR (amountMin IS NULL AND amountMax <= ${integer(max)}))`);
  }
  return conditions;
}

/** A query's conditions: those always applied, and one per selected facet (left out for that facet's counts). */
export interface FilterParts {
  base: string[];
  facets: Partial<Record<FacetName, string>>;
}

type FilterQuery = Pick<
  SearchListingsQuery,
  | 'kind'
  | 'domain'
  | 'orgType'
  | 'region'
  | 'resourceType'
  | 'targetGroup'
  | 'amountBand'
  | 'amountMin'
  | 'amountMax'
  | 'status'
  | 'expoId'
  | 'organizationId'
  | 'boothId'
>;

export function filterParts(query: FilterQuery): FilterParts {
  const base: string[] = [];
  base.push(`status IN [${(query.status.length ? [...new Set(query.status)] : DEFAULT_STATUSES).map(quoteValue).join(', ')}]`);
  if (query.expoId) base.push(equals('expoId', query.expoId));
  if (query.organizationId) base.push(equals('organizationId', query.organizationId));
  if (query.boothId) base.push(equals('boothId', query.boothId));
  base.push(...amountOverlap(query.amountMin, query.amountMax));

  const selected: Record<FacetName, readonly string[]> = {
    kind: query.kind,
    domain: query.domain,
    orgType: query.orgType,
    region: query.region,
    resourceType: query.resourceType,
    targetGroup: query.targetGroup,
    amountBand: query.amountBand,
  };
  const facets: FilterParts['facets'] = {};
  for (const name of FACET_NAMES) {
    const condition = anyOf(FACET_ATTRIBUTES[name], selected[name]);
    if (condition) facets[name] = condition;
  }
  return { base, facets };
}

/** The whole filter, AND of every condition, optionally without one facet's own condition. */
export function combineFilter(parts: FilterParts, without?: FacetName): string | undefined {
  const conditions = [...parts.base];
  for (const name of FACET_NAMES) {
    const condition = parts.facets[name];
    if (condition && name !== without) conditions.push(condition);
  }
  // Each condition is atomic (`IN [...]`, `=`, or parenthesised), so AND needs no further brackets.
  return conditions.length ? conditions.join(' AND ') : undefined;
}
