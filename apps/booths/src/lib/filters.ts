import { ORG_TYPES, SERVICE_DOMAINS, type OrgType, type ServiceDomain } from '@yiqia/domain';

/**
 * The state of the booth browser on an expo's landing page. It lives in the URL query string so
 * that a copied link reproduces the same view: `?zone=elderly&domain=elderly&orgType=social_org&q=助老&page=2`.
 */
export interface BoothFilters {
  zone?: string;
  domain?: ServiceDomain;
  orgType?: OrgType;
  q?: string;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [12, 24, 48] as const;
export const DEFAULT_PAGE_SIZE = 24;
const ZONE_CODE = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const MAX_PAGE = 10000;
const MAX_Q = 100;

function isDomain(v: string): v is ServiceDomain {
  return (SERVICE_DOMAINS as readonly string[]).includes(v);
}
function isOrgType(v: string): v is OrgType {
  return (ORG_TYPES as readonly string[]).includes(v);
}

function positiveInt(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,6}$/.test(raw.trim())) return undefined;
  const n = Number(raw.trim());
  return n >= 1 ? n : undefined;
}

/** Read filters from a query string; anything unknown or malformed falls back to "no filter". */
export function parseFilters(params: URLSearchParams): BoothFilters {
  const filters: BoothFilters = { page: 1, pageSize: DEFAULT_PAGE_SIZE };
  const zone = params.get('zone')?.trim();
  if (zone && ZONE_CODE.test(zone)) filters.zone = zone;
  const domain = params.get('domain')?.trim();
  if (domain && isDomain(domain)) filters.domain = domain;
  const orgType = params.get('orgType')?.trim();
  if (orgType && isOrgType(orgType)) filters.orgType = orgType;
  const q = params.get('q')?.trim().slice(0, MAX_Q);
  if (q) filters.q = q;
  const page = positiveInt(params.get('page'));
  if (page) filters.page = Math.min(page, MAX_PAGE);
  const pageSize = positiveInt(params.get('pageSize'));
  if (pageSize && (PAGE_SIZES as readonly number[]).includes(pageSize)) filters.pageSize = pageSize;
  return filters;
}

/** Write filters to a query string, leaving defaults out so links stay short. Stable key order. */
export function filtersToSearchParams(filters: BoothFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.zone) params.set('zone', filters.zone);
  if (filters.domain) params.set('domain', filters.domain);
  if (filters.orgType) params.set('orgType', filters.orgType);
  const q = filters.q?.trim();
  if (q) params.set('q', q);
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(filters.pageSize));
  return params;
}

/** The query string for `GET /api/expos/:expoId/booths` (always with page and pageSize). */
export function filtersToApiQuery(filters: BoothFilters): string {
  const params = filtersToSearchParams(filters);
  params.set('page', String(filters.page));
  params.set('pageSize', String(filters.pageSize));
  return params.toString();
}

export type FilterPatch = Partial<Omit<BoothFilters, 'page' | 'pageSize'>> & { page?: number; pageSize?: number };

/**
 * Apply a change. Changing what is shown (zone, domain, type, keyword, page size) returns to page 1;
 * `undefined` or an empty string clears a filter.
 */
export function applyFilterPatch(current: BoothFilters, patch: FilterPatch): BoothFilters {
  const next: BoothFilters = { ...current };
  let narrowed = false;
  for (const key of ['zone', 'domain', 'orgType', 'q'] as const) {
    if (!(key in patch)) continue;
    const value = patch[key]?.trim() || undefined;
    if (value !== current[key]) narrowed = true;
    if (value === undefined) delete next[key];
    else (next as unknown as Record<string, unknown>)[key] = value;
  }
  if (patch.pageSize !== undefined && patch.pageSize !== current.pageSize) {
    next.pageSize = patch.pageSize;
    narrowed = true;
  }
  if (patch.page !== undefined) next.page = Math.max(1, Math.min(MAX_PAGE, Math.floor(patch.page)));
  else if (narrowed) next.page = 1;
  return next;
}

/** How many filters narrow the list (page and page size do not count). */
export function activeFilterCount(filters: BoothFilters): number {
  return [filters.zone, filters.domain, filters.orgType, filters.q].filter(Boolean).length;
}

/** Which active filters to suggest removing when nothing matches, most restrictive first. */
export function widenSuggestions(filters: BoothFilters): ('q' | 'orgType' | 'domain' | 'zone')[] {
  return (['q', 'orgType', 'domain', 'zone'] as const).filter((key) => Boolean(filters[key]));
}
