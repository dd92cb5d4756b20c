import type { SearchFacetsDto, SearchHitDto, SearchListingsQuery, SearchListingsResponse } from '@yiqia/contracts';
import type { ListingKind, ListingStatus, OrgType } from '@yiqia/domain';
import { type ListingSearchDoc, type SearchEngine, SearchEngineUnavailableError } from '../search-engine.js';
import { highlightRanges } from '../text/highlight.js';
import { type AnalyzedQuery, analyzeQuery } from '../text/query.js';
import { BIT_LISTS, maskOf, valuesOf } from './codes.js';
import { ResultCache } from './result-cache.js';
import { type EffectiveSort, type SearchStatement, type StatementRow, buildSearchStatement, readCounts } from './search-sql.js';
import { toTsquery } from './tsquery.js';
import { documentTsvector } from './tsvector.js';
import { correctTypos } from './typos.js';

/** What the engine needs from the database: a TypeORM DataSource or EntityManager, or a pg pool wrapper. */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<any[]>;
}

export interface EmbeddedEngineOptions {
  /** Keep answers to broad searches for a few seconds (default true; benchmarks of the SQL turn it off). */
  cache?: boolean;
  /** Answers with at least this many matches are cached (default ResultCache.MIN_TOTAL). */
  cacheMinTotal?: number;
}

/** Documents per INSERT: big enough to be fast, small enough to keep one statement's payload modest. */
const UPSERT_CHUNK = 500;

interface HitRow {
  id: string;
  kind: ListingKind;
  status: ListingStatus;
  title: string;
  summary: string;
  organizationId: string;
  organizationName: string;
  orgType: OrgType;
  domains: number;
  targetGroups: number;
  resourceTypes: number;
  regionCode: string;
  regionName: string;
  amountMin: number | string | null;
  amountMax: number | string | null;
  expoId: string | null;
  boothId: string | null;
  createdAt: string;
}

type Row = StatementRow & { hit: HitRow | null };

type SearchResult = Omit<SearchListingsResponse, 'engine'>;

/**
 * The default search engine: an index table in the application's own PostgreSQL (no extra process).
 * Chinese is matched through the shared text analysis (jieba words, bigrams, pinyin) stored as a
 * weighted tsvector with a GIN index; typos in Latin words and pinyin are corrected against a
 * vocabulary with pg_trgm; hits, total and facets come from one statement. See docs/search.md.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  /** Answers to broad searches (costly to count), dropped on every write through this engine. */
  private readonly cache = new ResultCache<SearchResult>();

  constructor(
    private readonly db: SqlRunner,
    private readonly options: EmbeddedEngineOptions = {},
  ) {}

  /** The schema comes from the migrations; this only checks that it is there. */
  async init(): Promise<void> {
    await this.run(`SELECT 1 FROM listing_search LIMIT 1`);
  }

  async upsert(docs: ListingSearchDoc[]): Promise<void> {
    // One row per id (the last one wins): a statement may not update the same row twice.
    const unique = [...new Map(docs.map((d) => [d.id, d])).values()];
    this.cache.clear();
    for (let i = 0; i < unique.length; i += UPSERT_CHUNK) await this.upsertChunk(unique.slice(i, i + UPSERT_CHUNK));
    this.cache.clear();
  }

  private async upsertChunk(docs: ListingSearchDoc[]): Promise<void> {
    const rows = docs.map((d) => ({
      id: d.id,
      status: d.status,
      kind: d.kind,
      org_type: d.orgType,
      amount_band: d.amountBand,
      domains: maskOf(BIT_LISTS.domains, d.domains),
      resource_types: maskOf(BIT_LISTS.resourceTypes, d.resourceTypes),
      target_groups: maskOf(BIT_LISTS.targetGroups, d.targetGroups),
      province: d.regionPath[0] ?? d.regionCode,
      city: d.regionPath[1] ?? null,
      district: d.regionPath[2] ?? null,
      amount_min: d.amountMin,
      amount_max: d.amountMax,
      organization_id: d.organizationId,
      expo_id: d.expoId,
      booth_id: d.boothId,
      created_at: d.createdAt.toISOString(),
      updated_at: d.updatedAt.toISOString(),
      title: d.title,
      summary: d.summary,
      organization_name: d.organizationName,
      region_code: d.regionCode,
      region_name: d.regionName,
      document: documentTsvector(d.tokens),
    }));
    const terms = [...new Set(docs.flatMap((d) => (d.tokens.vocabulary ? d.tokens.vocabulary.split(' ') : [])))].filter((t) => /^[a-z]+$/.test(t)).sort();
    // One round trip for vocabulary and documents. Documents arrive as one JSON array; an older
    // version never overwrites a newer one (the relay delivers at least once, maybe out of order).
    await this.run(
      `WITH vocabulary AS (
         INSERT INTO listing_search_terms (term) SELECT unnest($2::text[]) ON CONFLICT DO NOTHING
       )
       INSERT INTO listing_search AS s (id, status, kind, org_type, amount_band, domains, resource_types, target_groups,
         province, city, district, amount_min, amount_max, organization_id, expo_id, booth_id, created_at, updated_at,
         title, summary, organization_name, region_code, region_name, document)
       SELECT id, status, kind, org_type, amount_band, domains, resource_types, target_groups,
         province, city, district, amount_min, amount_max, organization_id, expo_id, booth_id, created_at, updated_at,
         title, summary, organization_name, region_code, region_name, document::tsvector
       FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, status text, kind text, org_type text, amount_band text,
         domains int, resource_types int, target_groups int, province text, city text, district text,
         amount_min bigint, amount_max bigint, organization_id uuid, expo_id uuid, booth_id uuid,
         created_at timestamptz, updated_at timestamptz, title text, summary text, organization_name text,
         region_code text, region_name text, document text)
       ON CONFLICT (id) DO UPDATE SET
         status = excluded.status, kind = excluded.kind, org_type = excluded.org_type, amount_band = excluded.amount_band,
         domains = excluded.domains, resource_types = excluded.resource_types, target_groups = excluded.target_groups,
         province = excluded.province, city = excluded.city, district = excluded.district,
         amount_min = excluded.amount_min, amount_max = excluded.amount_max, organization_id = excluded.organization_id,
         expo_id = excluded.expo_id, booth_id = excluded.booth_id, created_at = excluded.created_at,
         updated_at = excluded.updated_at, title = excluded.title, summary = excluded.summary,
         organization_name = excluded.organization_name, region_code = excluded.region_code,
         region_name = excluded.region_name, document = excluded.document
       WHERE s.updated_at <= excluded.updated_at`,
      [JSON.stringify(rows), terms],
    );
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    this.cache.clear();
    await this.run(`DELETE FROM listing_search WHERE id = ANY($1::uuid[])`, [ids]);
    this.cache.clear();
  }

  async clear(): Promise<void> {
    this.cache.clear();
    await this.run(`TRUNCATE listing_search, listing_search_terms`);
    this.cache.clear();
  }

  async count(): Promise<number> {
    const [row] = await this.run(`SELECT count(*)::int AS n FROM listing_search`);
    return row.n;
  }

  async healthy(): Promise<boolean> {
    try {
      await this.db.query(`SELECT 1 FROM listing_search LIMIT 1`);
      return true;
    } catch {
      return false;
    }
  }

  async search(query: SearchListingsQuery): Promise<SearchResult> {
    const started = performance.now();
    const key = JSON.stringify(query);
    const cached = this.options.cache === false ? undefined : this.cache.get(key);
    if (cached) return { ...cached, processingTimeMs: Math.round(performance.now() - started) };
    const version = this.cache.version;
    let analyzed = analyzeQuery(query.q);
    const hasText = analyzed.terms.length > 0;
    const sort: EffectiveSort = query.sort && (query.sort !== 'relevance' || hasText) ? query.sort : hasText ? 'relevance' : 'newest';
    let built = statement(query, analyzed, 'all', sort);
    let rows: Row[] = await this.run(built.sql, built.params);
    if (hasText && totalOf(rows, built) === 0) {
      // Nothing as typed: try spelling corrections of Latin words and pinyin…
      const corrected = await this.correct(analyzed);
      if (corrected !== analyzed) {
        analyzed = corrected;
        built = statement(query, analyzed, 'all', sort);
        rows = await this.run(built.sql, built.params);
      }
      // …then listings that have some of the words (best first) rather than nothing.
      if (analyzed.terms.length > 1 && totalOf(rows, built) === 0) {
        built = statement(query, analyzed, 'any', sort);
        rows = await this.run(built.sql, built.params);
      }
    }
    const result = toResult(rows, built, analyzed, query);
    if (this.options.cache !== false && result.total >= (this.options.cacheMinTotal ?? ResultCache.MIN_TOTAL)) this.cache.set(key, result, version);
    return { ...result, processingTimeMs: Math.round(performance.now() - started) };
  }

  private async correct(analyzed: AnalyzedQuery): Promise<AnalyzedQuery> {
    try {
      return await correctTypos(this.db, analyzed);
    } catch (e) {
      throw new SearchEngineUnavailableError('embedded', e);
    }
  }

  /** Database errors mean the engine cannot answer now: the caller answers 503 instead of 500. */
  private async run(sql: string, params?: unknown[]): Promise<any[]> {
    try {
      return await this.db.query(sql, params);
    } catch (e) {
      throw new SearchEngineUnavailableError('embedded', e);
    }
  }
}

function statement(query: SearchListingsQuery, analyzed: AnalyzedQuery, mode: 'all' | 'any', sort: EffectiveSort) {
  return buildSearchStatement(query, analyzed.terms.length > 0 ? toTsquery(analyzed, mode) : null, sort);
}

function totalOf(rows: Row[], built: SearchStatement): number {
  return readCounts(rows, built.sets).total;
}

function toResult(rows: Row[], built: SearchStatement, analyzed: AnalyzedQuery, query: SearchListingsQuery): SearchResult {
  const { facets, total } = readCounts(rows, built.sets);
  const hits = rows
    .filter((r): r is Row & { hit: HitRow } => r.part === 'hit' && r.hit !== null)
    .sort((a, b) => a.set - b.set)
    .map((r) => toHit(r.hit, analyzed));
  return { hits, total, facets: facets as SearchFacetsDto, page: query.page, perPage: query.perPage, processingTimeMs: 0 };
}

const toNumber = (v: number | string | null): number | null => (v === null ? null : Number(v));

function toHit(h: HitRow, analyzed: AnalyzedQuery): SearchHitDto {
  return {
    id: h.id,
    kind: h.kind,
    title: h.title,
    summary: h.summary,
    highlight: { title: highlightRanges(analyzed, h.title, { pinyin: true }), summary: highlightRanges(analyzed, h.summary) },
    organization: { id: h.organizationId, name: h.organizationName, type: h.orgType },
    domains: valuesOf(BIT_LISTS.domains, h.domains),
    targetGroups: valuesOf(BIT_LISTS.targetGroups, h.targetGroups),
    resourceTypes: valuesOf(BIT_LISTS.resourceTypes, h.resourceTypes),
    regionCode: h.regionCode,
    regionName: h.regionName,
    amountMin: toNumber(h.amountMin),
    amountMax: toNumber(h.amountMax),
    status: h.status,
    expoId: h.expoId,
    boothId: h.boothId,
    createdAt: new Date(h.createdAt).toISOString(),
  };
}
