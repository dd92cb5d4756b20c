import type { SearchListingsQuery } from '@yiqia/contracts';
import { LISTING_STATUSES } from '@yiqia/domain';
import { BIT_LISTS, maskOf, regionLevels, valuesOf } from './codes.js';

/**
 * The one SQL statement that answers a search — the page of hits, the total and every disjunctive
 * facet count — in a single round trip. Values are always bound parameters; the SQL text is
 * assembled from fixed fragments only.
 *
 *   matched   rows passing the text query and the filters that are not facets (status, amount
 *             range, expo, organisation, booth), with one boolean per facet filter. Not materialized:
 *             each use scans again (a GIN bitmap, or the created_at index for a page without a text
 *             query), which measured 20–50 % cheaper than storing every matching row once
 *   counts    ONE pass over matched with GROUPING SETS (see SETS), each group counted with
 *             FILTER (every facet filter but its own) — the disjunctive counts; the total is the
 *             sum over the combined set of the rows passing every filter
 *   ranked    relevance only: the newest RANK_WINDOW rows passing every filter, scored with
 *             ts_rank_cd on their document (the only place documents are read)
 *   page      rows passing every filter in sort order, LIMIT/OFFSET, joined back for display
 */

export type FacetName = 'kind' | 'domain' | 'orgType' | 'region' | 'resourceType' | 'targetGroup' | 'amountBand';
export const FACETS: FacetName[] = ['kind', 'domain', 'orgType', 'region', 'resourceType', 'targetGroup', 'amountBand'];

/**
 * Relevance is computed for at most this many matches (the newest ones) and they come first; the
 * rest follow newest first. It bounds the cost of a very broad query ("社区" matching most listings)
 * — reading and scoring a document costs ≈ 10 µs — while narrower queries are ranked exactly.
 */
export const RANK_WINDOW = 500;

/** Weights of D, C, B, A fields for ts_rank_cd. */
export const RANK_WEIGHTS = '{0.1,0.2,0.4,1.0}';
/** A listing created now gets this much extra score; it fades over a few months. */
export const RECENCY_BOOST = 0.02;
const RECENCY_DAYS = 90;

export type EffectiveSort = 'relevance' | 'newest' | 'amount_desc' | 'amount_asc';

const ORDER: Record<Exclude<EffectiveSort, 'relevance'>, string> = {
  newest: 'created_at DESC, id DESC',
  amount_desc: 'amount_value DESC NULLS LAST, created_at DESC, id DESC',
  amount_asc: 'amount_value ASC NULLS LAST, created_at DESC, id DESC',
};
const RELEVANCE_ORDER = 'score DESC NULLS LAST, created_at DESC, id DESC';
/**
 * Newest first for the ranking window, written as an expression no index provides: with a text
 * condition the planner could otherwise walk ix_listing_search_newest and test every row's document
 * (a corrected typo, `'yanglo':* | 'yanglao'`: 58,809 rows read, 300–480 ms) instead of taking the
 * matches from the GIN bitmap and sorting the top rows (2 ms). docs/performance.md, Search.
 */
const WINDOW_ORDER = `created_at + interval '0 s' DESC, id DESC`;

/**
 * The grouping sets of the counts. The single-valued facets and the province are grouped together
 * (one hash table instead of four — a quarter less work per row); each bit set alone; the cities and
 * districts of the open regions only when a region is selected. Columns in GROUPING(...) order.
 */
const SETS = {
  combined: ['kind', 'org_type', 'amount_band', 'province'],
  domain: ['domains'],
  resourceType: ['resource_types'],
  targetGroup: ['target_groups'],
  city: ['open_city'],
  district: ['open_district'],
} as const;
export type SetName = keyof typeof SETS;

/**
 * Which region levels the facet expands: the provinces of every selected code (their cities are
 * listed) and the cities of selected cities and districts (their districts are listed).
 */
export function openRegions(selected: string[]): { provinces: string[]; cities: string[] } {
  const provinces = new Set<string>();
  const cities = new Set<string>();
  for (const code of selected) {
    const { province, city } = regionLevels(code);
    provinces.add(province);
    if (city) cities.add(city);
  }
  return { provinces: [...provinces], cities: [...cities] };
}

/** GROUPING(columns) of a set: a bit per column, most significant first, set for the columns it does not group by. */
function groupingBits(columns: readonly string[], set: readonly string[]): number {
  return columns.reduce((bits, c, i) => (set.includes(c) ? bits : bits | (1 << (columns.length - 1 - i))), 0);
}

export interface SearchStatement {
  sql: string;
  params: unknown[];
  /** GROUPING() value → grouping set, to read the facet rows. */
  sets: Map<number, SetName>;
}

export function buildSearchStatement(query: SearchListingsQuery, tsquery: string | null, sort: EffectiveSort): SearchStatement {
  const params: unknown[] = [];
  const bind = (value: unknown, cast: string): string => {
    params.push(value);
    return `$${params.length}::${cast}`;
  };

  // Filters that are not facets apply to every count.
  const where: string[] = [];
  const statuses = query.status.length > 0 ? query.status : LISTING_STATUSES.filter((s) => s !== 'closed');
  where.push(`status = ANY(${bind(statuses, 'text[]')})`);
  const q = tsquery ? bind(tsquery, 'tsquery') : null;
  if (q) where.push(`document @@ ${q}`);
  // Amount: listings whose [min, max] range overlaps the asked range; a one-sided amount is a point.
  if (query.amountMin !== undefined) where.push(`coalesce(amount_max, amount_min) >= ${bind(query.amountMin, 'bigint')}`);
  if (query.amountMax !== undefined) where.push(`coalesce(amount_min, amount_max) <= ${bind(query.amountMax, 'bigint')}`);
  if (query.expoId) where.push(`expo_id = ${bind(query.expoId, 'uuid')}`);
  if (query.organizationId) where.push(`organization_id = ${bind(query.organizationId, 'uuid')}`);
  if (query.boothId) where.push(`booth_id = ${bind(query.boothId, 'uuid')}`);

  // One boolean per facet that has a filter (OR within a facet); a facet without a filter passes.
  const tests: Partial<Record<FacetName, string>> = {};
  if (query.kind.length > 0) tests.kind = `kind = ANY(${bind(query.kind, 'text[]')})`;
  if (query.orgType.length > 0) tests.orgType = `org_type = ANY(${bind(query.orgType, 'text[]')})`;
  if (query.amountBand.length > 0) tests.amountBand = `amount_band = ANY(${bind(query.amountBand, 'text[]')})`;
  if (query.domain.length > 0) tests.domain = `domains & ${bind(maskOf(BIT_LISTS.domains, query.domain), 'int')} <> 0`;
  if (query.resourceType.length > 0) tests.resourceType = `resource_types & ${bind(maskOf(BIT_LISTS.resourceTypes, query.resourceType), 'int')} <> 0`;
  if (query.targetGroup.length > 0) tests.targetGroup = `target_groups & ${bind(maskOf(BIT_LISTS.targetGroups, query.targetGroup), 'int')} <> 0`;
  if (query.region.length > 0) {
    const r = bind(query.region, 'text[]');
    tests.region = `(province = ANY(${r}) OR city = ANY(${r}) OR district = ANY(${r}))`;
  }
  const active = FACETS.filter((f) => tests[f] !== undefined);
  const passes = (except?: FacetName) => {
    const list = active.filter((f) => f !== except).map((f) => `f_${f}`);
    return list.length > 0 ? list.join(' AND ') : 'TRUE';
  };
  // A row failing two facet filters counts nowhere (each count drops at most its own filter): skip it.
  if (active.length >= 2) where.push(`(${active.map((f) => `(${tests[f]})::int`).join(' + ')}) >= ${active.length - 1}`);

  const { provinces, cities } = openRegions(query.region);
  const openProvinces = query.region.length > 0 ? bind(provinces, 'text[]') : '';
  const openCities = query.region.length > 0 ? bind(cities, 'text[]') : '';
  const limit = bind(query.perPage, 'int');
  const offset = bind((query.page - 1) * query.perPage, 'int');

  // Per grouping set the count of its facet: disjunctive when that facet has a filter.
  // Per row of a set: the rows passing every filter (n_all) and, per facet with a filter, the rows
  // passing every filter but that one (n_<facet>: the disjunctive count of that facet).
  const counted = (condition: string) => (condition === 'TRUE' ? 'count(*)' : `count(*) FILTER (WHERE ${condition})`);
  const countColumns = [`${counted(passes())}::int AS n_all`, ...FACETS.map((f) => (active.includes(f) ? `${counted(passes(f))}::int` : 'NULL::int') + ` AS "n_${f}"`)];
  const setNames = (Object.keys(SETS) as SetName[]).filter((name) => (name !== 'city' && name !== 'district') || query.region.length > 0);
  const columns = setNames.flatMap((name) => SETS[name]);
  const sets = new Map(setNames.map((name) => [groupingBits(columns, SETS[name]), name]));

  const relevance = sort === 'relevance' && q;
  const pageEnd = query.page * query.perPage;
  // Relevance: the window is scored; a page beyond it (deep paging) continues with the newest of the rest.
  const scored = relevance
    ? `window_rows AS MATERIALIZED (
      SELECT id, created_at FROM matched WHERE ${passes()} ORDER BY ${WINDOW_ORDER} LIMIT ${RANK_WINDOW}
    ),
    ranked AS MATERIALIZED (
      SELECT w.id, w.created_at, ts_rank_cd('${RANK_WEIGHTS}', s.document, ${q}, 32)
               + ${RECENCY_BOOST} * exp(-extract(epoch FROM now() - w.created_at) / ${RECENCY_DAYS * 86400}) AS score
      FROM window_rows w JOIN listing_search s ON s.id = w.id${
        pageEnd > RANK_WINDOW
          ? `
      UNION ALL
      SELECT id, created_at, NULL FROM (SELECT id, created_at FROM matched WHERE ${passes()} ORDER BY ${WINDOW_ORDER} OFFSET ${RANK_WINDOW}) rest`
          : ''
      }
    ),`
    : '';
  const order = relevance ? RELEVANCE_ORDER : ORDER[sort === 'relevance' ? 'newest' : sort];
  const candidates = relevance
    ? `SELECT id, created_at, score FROM ranked`
    : `SELECT id, created_at, amount_value FROM matched WHERE ${passes()}`;

  const sql = `
    WITH matched AS NOT MATERIALIZED (
      SELECT id, kind, org_type, amount_band, domains, resource_types, target_groups, province, city, district,
             created_at, amount_value${active.map((f) => `,\n             ${tests[f]} AS f_${f}`).join('')}
      FROM listing_search
      WHERE ${where.join('\n        AND ')}
    ),
    counts AS (
      SELECT grouping(${columns.join(', ')}) AS grouping_bits,
             concat_ws(' ', ${columns.join(', ')}) AS value,
             ${countColumns.join(', ')}
      FROM ${
        query.region.length > 0
          ? `(SELECT m.*,
                   CASE WHEN province = ANY(${openProvinces}) THEN city END AS open_city,
                   CASE WHEN city = ANY(${openCities}) THEN district END AS open_district
            FROM matched m) m`
          : 'matched m'
      }
      GROUP BY GROUPING SETS (${setNames.map((name) => `(${SETS[name].join(', ')})`).join(', ')})
    ),
    ${scored}
    page AS (
      SELECT m.id, row_number() OVER (ORDER BY ${order})::int AS position
      FROM (${candidates} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}) m
    )
    SELECT 'hit' AS part, p.position AS set, NULL AS value, ${FACETS.map((f) => `NULL::int AS "n_${f}"`).join(', ')}, NULL::int AS n_all,
           json_build_object('id', s.id, 'kind', s.kind, 'status', s.status, 'title', s.title, 'summary', s.summary,
             'organizationId', s.organization_id, 'organizationName', s.organization_name, 'orgType', s.org_type,
             'domains', s.domains, 'targetGroups', s.target_groups, 'resourceTypes', s.resource_types,
             'regionCode', s.region_code, 'regionName', s.region_name, 'amountMin', s.amount_min, 'amountMax', s.amount_max,
             'expoId', s.expo_id, 'boothId', s.booth_id, 'createdAt', s.created_at) AS hit
      FROM page p JOIN listing_search s ON s.id = p.id
    UNION ALL
    SELECT 'facet', grouping_bits, value, ${FACETS.map((f) => `"n_${f}"`).join(', ')}, n_all, NULL FROM counts`;
  return { sql, params, sets };
}

/** A row of the statement: a hit (`set` = its position) or the counts of one group of a grouping set. */
export interface StatementRow {
  part: 'hit' | 'facet';
  set: number;
  /** Space-separated group values (kind, org type, amount band, province for the combined set). */
  value: string | null;
  n_all: number | null;
  n_kind: number | null;
  n_domain: number | null;
  n_orgType: number | null;
  n_region: number | null;
  n_resourceType: number | null;
  n_targetGroup: number | null;
  n_amountBand: number | null;
  hit: unknown;
}

/** The disjunctive facet counts and the total, from the facet rows of a statement. */
export function readCounts(rows: StatementRow[], sets: Map<number, SetName>): { facets: Record<FacetName, Record<string, number>>; total: number } {
  const facets = Object.fromEntries(FACETS.map((f) => [f, {}])) as Record<FacetName, Record<string, number>>;
  let total = 0;
  const add = (facet: FacetName, value: string | undefined, row: StatementRow) => {
    const n = row[`n_${facet}`] ?? row.n_all ?? 0;
    if (value && n > 0) facets[facet][value] = (facets[facet][value] ?? 0) + n;
  };
  // A bit-set group ({elderly, children}) adds its count to each of its members.
  const addBits = (facet: FacetName, list: readonly string[], row: StatementRow) => {
    for (const v of valuesOf(list, Number(row.value))) add(facet, v, row);
  };
  for (const row of rows) {
    if (row.part !== 'facet') continue;
    const set = sets.get(row.set);
    if (set === 'combined') {
      const [kind, orgType, amountBand, province] = (row.value ?? '').split(' ');
      add('kind', kind, row);
      add('orgType', orgType, row);
      add('amountBand', amountBand, row);
      add('region', province, row);
      total += row.n_all ?? 0;
    } else if (set === 'domain') addBits('domain', BIT_LISTS.domains, row);
    else if (set === 'resourceType') addBits('resourceType', BIT_LISTS.resourceTypes, row);
    else if (set === 'targetGroup') addBits('targetGroup', BIT_LISTS.targetGroups, row);
    else if (set === 'city' || set === 'district') add('region', row.value || undefined, row);
  }
  return { facets, total };
}
