import {
  AMOUNT_BANDS,
  LISTING_KINDS,
  ORG_TYPES,
  RESOURCE_TYPES,
  SERVICE_DOMAINS,
  TARGET_GROUPS,
  type AmountBand,
  type ListingKind,
  type OrgType,
  type ResourceType,
  type ServiceDomain,
  type TargetGroup,
} from '@yiqia/domain';
import type { SearchSort } from '@yiqia/contracts';

/** Mirrors SEARCH_SORTS / SEARCH_MAX_QUERY_LENGTH of @yiqia/contracts (only types may be imported in a remote). */
export const SORTS = ['relevance', 'newest', 'amount_desc', 'amount_asc'] as const satisfies readonly SearchSort[];
export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 1000;
export const PER_PAGE = 20;

/** The facets, in the order the page shows them; the names are the API's query parameters. */
export const FACETS = ['kind', 'domain', 'orgType', 'region', 'resourceType', 'targetGroup', 'amountBand'] as const;
export type FacetKey = (typeof FACETS)[number];

export interface FacetValues {
  kind: ListingKind[];
  domain: ServiceDomain[];
  orgType: OrgType[];
  region: string[];
  resourceType: ResourceType[];
  targetGroup: TargetGroup[];
  amountBand: AmountBand[];
}

/**
 * The whole state of the search page. It lives in the URL query string with the API's parameter
 * names (repeated for several values), so a copied link reproduces the search:
 * `/discover?q=养老&domain=elderly&domain=community_service&region=510100&sort=newest&page=2`.
 */
export interface SearchState extends FacetValues {
  q: string;
  /** Only when chosen; the default depends on the query (see effectiveSort). */
  sort?: SearchSort;
  page: number;
}

const ALLOWED: { [K in FacetKey]: ((v: string) => boolean) } = {
  kind: (v) => (LISTING_KINDS as readonly string[]).includes(v),
  domain: (v) => (SERVICE_DOMAINS as readonly string[]).includes(v),
  orgType: (v) => (ORG_TYPES as readonly string[]).includes(v),
  region: (v) => /^\d{6}$/.test(v),
  resourceType: (v) => (RESOURCE_TYPES as readonly string[]).includes(v),
  targetGroup: (v) => (TARGET_GROUPS as readonly string[]).includes(v),
  amountBand: (v) => (AMOUNT_BANDS as readonly string[]).includes(v),
};
const MAX_VALUES = 30;

export function emptyState(): SearchState {
  return { q: '', kind: [], domain: [], orgType: [], region: [], resourceType: [], targetGroup: [], amountBand: [], page: 1 };
}

/** Read the state from a query string; unknown or malformed values are dropped, never an error. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  for (const facet of FACETS) {
    const values: string[] = [];
    for (const raw of params.getAll(facet)) {
      const v = raw.trim();
      if (v && ALLOWED[facet](v) && !values.includes(v) && values.length < MAX_VALUES) values.push(v);
    }
    (state[facet] as string[]) = values;
  }
  const sort = params.get('sort')?.trim();
  if (sort && (SORTS as readonly string[]).includes(sort) && !(sort === 'relevance' && !state.q)) state.sort = sort as SearchSort;
  const page = params.get('page')?.trim();
  if (page && /^\d{1,7}$/.test(page)) state.page = Math.max(1, Math.min(MAX_PAGE, Number(page)));
  return state;
}

/** Relevance when there is a query, newest otherwise; relevance without a query means newest. */
export function effectiveSort(state: Pick<SearchState, 'q' | 'sort'>): SearchSort {
  const sort = state.sort ?? (state.q ? 'relevance' : 'newest');
  return sort === 'relevance' && !state.q ? 'newest' : sort;
}

/** The sorts the select offers: relevance only with a query. */
export function availableSorts(q: string): SearchSort[] {
  return SORTS.filter((s) => s !== 'relevance' || Boolean(q));
}

/** Write the state to a query string: stable order, defaults left out so links stay short. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const facet of FACETS) for (const v of state[facet]) params.append(facet, v);
  const sort = effectiveSort(state);
  if (state.sort && sort !== (q ? 'relevance' : 'newest')) params.set('sort', sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** Query parameters of GET /api/search/listings (arrays repeat the key). */
export function searchStateToApiQuery(state: SearchState, perPage = PER_PAGE): Record<string, string | number | string[]> {
  const query: Record<string, string | number | string[]> = {};
  if (state.q.trim()) query['q'] = state.q.trim();
  for (const facet of FACETS) if (state[facet].length) query[facet] = [...state[facet]];
  query['sort'] = effectiveSort(state);
  query['page'] = state.page;
  query['perPage'] = perPage;
  return query;
}

export type SearchPatch = Partial<Omit<SearchState, 'page'>> & { page?: number };

/** Apply a change; anything but a page change returns to page 1. */
export function applySearchPatch(current: SearchState, patch: SearchPatch): SearchState {
  const next: SearchState = { ...current };
  let changed = false;
  if ('q' in patch) {
    const q = (patch.q ?? '').trim().slice(0, MAX_QUERY_LENGTH);
    if (q !== current.q) changed = true;
    next.q = q;
    if (!q && next.sort === 'relevance') delete next.sort;
  }
  for (const facet of FACETS) {
    if (!(facet in patch)) continue;
    const values = [...new Set((patch[facet] ?? []) as string[])];
    if (values.join('\u0000') !== current[facet].join('\u0000')) changed = true;
    (next[facet] as string[]) = values;
  }
  if ('sort' in patch) {
    if (patch.sort !== current.sort) changed = true;
    if (patch.sort) next.sort = patch.sort;
    else delete next.sort;
  }
  if (patch.page !== undefined) next.page = Math.max(1, Math.min(MAX_PAGE, Math.floor(patch.page)));
  else if (changed) next.page = 1;
  return next;
}

/** Add the value to the facet if absent, remove it if present (OR within a facet). */
export function toggleFacetValue<K extends FacetKey>(state: SearchState, facet: K, value: FacetValues[K][number]): SearchState {
  const values = state[facet] as string[];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return applySearchPatch(state, { [facet]: next } as SearchPatch);
}

/** How many facet values are selected (the query is not counted). */
export function selectedFacetCount(state: SearchState): number {
  return FACETS.reduce((n, f) => n + state[f].length, 0);
}

export function isFiltered(state: SearchState): boolean {
  return Boolean(state.q) || selectedFacetCount(state) > 0;
}

/** One way to widen a search that found nothing: what to drop, and the state without it. */
export interface WidenOption {
  key: string;
  kind: 'q' | 'word' | 'facet';
  facet?: FacetKey;
  value?: string;
  state: SearchState;
}

/**
 * Ways to widen an empty search, one step each: drop one filter value (latest first), keep only the
 * first word of a query of several words, drop the query. Each option is a complete state.
 */
export function widenOptions(state: SearchState): WidenOption[] {
  const options: WidenOption[] = [];
  const facets: { facet: FacetKey; value: string }[] = [];
  for (const facet of FACETS) for (const value of state[facet]) facets.push({ facet, value });
  for (const { facet, value } of facets.reverse()) {
    options.push({
      key: `${facet}:${value}`,
      kind: 'facet',
      facet,
      value,
      state: applySearchPatch(state, { [facet]: (state[facet] as string[]).filter((v) => v !== value) } as SearchPatch),
    });
  }
  const words = state.q.split(/\s+/).filter(Boolean);
  if (words.length > 1) {
    options.push({ key: `word:${words[0]}`, kind: 'word', value: words[0], state: applySearchPatch(state, { q: words[0] }) });
  }
  if (state.q && (facets.length > 0 || words.length > 1)) {
    options.push({ key: 'q', kind: 'q', value: state.q, state: applySearchPatch(state, { q: '' }) });
  }
  return options;
}
