import type { SearchListingsQuery, SearchListingsResponse } from '@yiqia/contracts';
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type EnqueuedTaskPromise,
  type Index,
  type MultiSearchQuery,
  type MultiSearchResult,
  type RecordAny,
  type Settings,
  type Task,
} from 'meilisearch';
import { SearchEngineUnavailableError, type ListingSearchDoc, type SearchEngine } from '../search-engine.js';
import { highlightRanges } from '../text/highlight.js';
import { analyzeQuery } from '../text/query.js';
import { toFacets, toHit, toMeiliDocument, type FacetDistribution, type MeiliListingDocument, type MeiliListingHit } from './documents.js';
import { combineFilter, FACET_ATTRIBUTES, FACET_NAMES, filterParts, type FacetName } from './filters.js';
import { DISPLAYED_ATTRIBUTES, LISTINGS_INDEX_SETTINGS, QUERY_LOCALES, settingsToApply } from './index-settings.js';
import { latinWords, withTypoMatches } from './typo-matches.js';

export interface MeilisearchEngineOptions {
  url: string;
  apiKey?: string;
  /** Default `listings`; tests use their own index. */
  indexName?: string;
  /** Limit of each HTTP request (search, health, enqueueing a task), ms. Default 3,000. */
  requestTimeoutMs?: number;
  /** How long upsert/remove/clear wait for their task to succeed, ms. Default 60,000. */
  taskTimeoutMs?: number;
  /** How long init() waits for a settings task (it may re-index every document), ms. Default 600,000. */
  settingsTimeoutMs?: number;
}

/** Documents per addDocuments request (a request body stays well under Meilisearch's 100 MB payload limit). */
const UPSERT_CHUNK = 5_000;

/** API error codes that mean "cannot answer now" rather than "this request is wrong". */
const UNAVAILABLE_CODES: ReadonlySet<string> = new Set(['index_not_found', 'missing_authorization_header', 'invalid_api_key']);

/** A Meilisearch task that ended in another state than `succeeded`. */
export class MeilisearchTaskFailedError extends Error {
  constructor(readonly task: Task) {
    super(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.code ?? ''} ${task.error?.message ?? ''}`.trim());
  }
}

/** Network errors, timeouts, 5xx/429 and a missing index or key: the engine cannot answer now. */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof SearchEngineUnavailableError) return true;
  if (error instanceof MeilisearchRequestError) return true;
  if (error instanceof MeilisearchRequestTimeOutError) return true;
  if (error instanceof MeilisearchTaskTimeOutError) return true;
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    return status >= 500 || status === 429 || UNAVAILABLE_CODES.has(error.cause?.code ?? '');
  }
  return false;
}

function apiErrorCode(error: unknown): string | undefined {
  return error instanceof MeilisearchApiError ? error.cause?.code : undefined;
}

/** Which Meilisearch `sort` a search sort means (undefined: relevance). */
export function sortOf(sort: SearchListingsQuery['sort'], q: string): string[] | undefined {
  const effective = sort ?? (q ? 'relevance' : 'newest');
  switch (effective) {
    case 'relevance':
      // Without words to rank by, relevance is the newest first.
      return q ? undefined : ['createdAt:desc'];
    case 'newest':
      return ['createdAt:desc'];
    case 'amount_desc':
      return ['amount:desc', 'createdAt:desc'];
    case 'amount_asc':
      return ['amount:asc', 'createdAt:desc'];
  }
}

/**
 * The multi-search of one search: the main query (hits, total, the facets nobody filters on) and one
 * query per selected facet, without that facet's own filter, counting only that facet (disjunctive
 * counts: AND across facets, OR within one). One round trip.
 *
 * `all`: a listing must match every word (as the embedded engine does first); `last`: the fallback
 * when nothing matches every word — Meilisearch drops words from the end until something matches.
 */
export function buildSearchQueries(
  indexUid: string,
  query: SearchListingsQuery,
  matchingStrategy: 'all' | 'last' = 'all',
): { queries: MultiSearchQuery[]; facetOrder: FacetName[] } {
  const q = query.q?.trim() ?? '';
  const parts = filterParts(query);
  const selected = FACET_NAMES.filter((name) => parts.facets[name]);
  const common = { indexUid, q, locales: QUERY_LOCALES, matchingStrategy };
  const main: MultiSearchQuery = {
    ...common,
    filter: combineFilter(parts),
    facets: FACET_NAMES.filter((name) => !parts.facets[name]).map((name) => FACET_ATTRIBUTES[name]),
    page: query.page,
    hitsPerPage: query.perPage,
    sort: sortOf(query.sort, q),
    attributesToRetrieve: [...DISPLAYED_ATTRIBUTES],
  };
  const perFacet = selected.map(
    (name): MultiSearchQuery => ({ ...common, filter: combineFilter(parts, name), facets: [FACET_ATTRIBUTES[name]], limit: 0 }),
  );
  return { queries: [main, ...perFacet], facetOrder: selected };
}

/** What the response mapping reads of one multi-search result. */
export type RawResult = Pick<MultiSearchResult<RecordAny>, 'hits' | 'totalHits' | 'estimatedTotalHits' | 'facetDistribution'>;

function totalOf(result: RawResult | undefined): number {
  return result?.totalHits ?? result?.estimatedTotalHits ?? 0;
}

/** The API response from the multi-search results (in the order of `buildSearchQueries`). */
export function toSearchResponse(
  query: SearchListingsQuery,
  results: RawResult[],
  facetOrder: FacetName[],
  processingTimeMs: number,
): Omit<SearchListingsResponse, 'engine'> {
  const [main, ...perFacet] = results;
  if (!main || perFacet.length !== facetOrder.length) throw new Error('Meilisearch answered fewer results than queries');
  const analyzed = analyzeQuery(query.q);
  const withoutOwnFilter: Partial<Record<FacetName, FacetDistribution | undefined>> = {};
  facetOrder.forEach((name, i) => (withoutOwnFilter[name] = perFacet[i]?.facetDistribution));
  return {
    hits: (main.hits as unknown as MeiliListingHit[]).map((hit) => {
      // The shared highlighter, as the embedded engine uses it (pinyin is indexed for titles only),
      // told which of the hit's words Meilisearch matched through a typo.
      const terms = withTypoMatches(analyzed, latinWords([hit.title, hit.summary], hit.pinyin));
      return toHit(hit, { title: highlightRanges(terms, hit.title, { pinyin: true }), summary: highlightRanges(terms, hit.summary) });
    }),
    total: totalOf(main),
    facets: toFacets(main.facetDistribution, withoutOwnFilter, query.region),
    page: query.page,
    perPage: query.perPage,
    processingTimeMs,
  };
}

/** The Meilisearch adapter (official client): settings in code, filters from typed input, tasks awaited. */
export class MeilisearchSearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  readonly indexName: string;
  private readonly client: Meilisearch;
  private readonly taskTimeoutMs: number;
  private readonly settingsTimeoutMs: number;

  constructor(readonly options: MeilisearchEngineOptions) {
    this.indexName = options.indexName ?? 'listings';
    this.taskTimeoutMs = options.taskTimeoutMs ?? 60_000;
    this.settingsTimeoutMs = options.settingsTimeoutMs ?? 600_000;
    this.client = new Meilisearch({
      host: options.url,
      apiKey: options.apiKey,
      timeout: options.requestTimeoutMs ?? 3_000,
      clientAgents: ['yiqia'],
    });
  }

  private get index(): Index<MeiliListingDocument> {
    return this.client.index<MeiliListingDocument>(this.indexName);
  }

  /** Runs a client call; what means "cannot answer now" becomes SearchEngineUnavailableError. */
  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof SearchEngineUnavailableError || !isUnavailable(error)) throw error;
      throw new SearchEngineUnavailableError('meilisearch', error);
    }
  }

  /** Waits for a task and resolves only when it succeeded. */
  private async succeeded(enqueued: EnqueuedTaskPromise, timeout = this.taskTimeoutMs): Promise<Task> {
    const task = await this.call(() => enqueued.waitTask({ timeout, interval: 25 }));
    if (task.status !== 'succeeded') throw new MeilisearchTaskFailedError(task);
    return task;
  }

  async init(): Promise<void> {
    let current: Settings;
    try {
      current = await this.call(() => this.index.getSettings());
    } catch (error) {
      if (apiErrorCode((error as Error).cause ?? error) !== 'index_not_found') throw error;
      try {
        await this.succeeded(this.client.createIndex(this.indexName, { primaryKey: 'id' }));
      } catch (createError) {
        // Another replica created it in between.
        if (!(createError instanceof MeilisearchTaskFailedError) || createError.task.error?.code !== 'index_already_exists') throw createError;
      }
      current = await this.call(() => this.index.getSettings());
    }
    const missing = settingsToApply(current, LISTINGS_INDEX_SETTINGS);
    if (Object.keys(missing).length > 0) await this.succeeded(this.index.updateSettings(missing), this.settingsTimeoutMs);
  }

  async upsert(docs: ListingSearchDoc[]): Promise<void> {
    if (docs.length === 0) return;
    const documents = docs.map(toMeiliDocument);
    // Enqueue every chunk, then wait: Meilisearch batches consecutive additions into one indexing run.
    const enqueued: EnqueuedTaskPromise[] = [];
    for (let i = 0; i < documents.length; i += UPSERT_CHUNK) {
      const chunk = this.index.addDocuments(documents.slice(i, i + UPSERT_CHUNK), { primaryKey: 'id' });
      await this.call(() => chunk);
      enqueued.push(chunk);
    }
    for (const task of enqueued) await this.succeeded(task);
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.succeeded(this.index.deleteDocuments([...new Set(ids)]));
  }

  async clear(): Promise<void> {
    await this.succeeded(this.index.deleteAllDocuments());
  }

  async search(query: SearchListingsQuery): Promise<Omit<SearchListingsResponse, 'engine'>> {
    const started = performance.now();
    let { queries, facetOrder } = buildSearchQueries(this.indexName, query);
    let { results } = await this.call(() => this.client.multiSearch({ queries }));
    // Nothing has every word: answer with listings that have some of them, as the embedded engine does.
    if (totalOf(results[0]) === 0 && analyzeQuery(query.q).terms.length > 1) {
      ({ queries, facetOrder } = buildSearchQueries(this.indexName, query, 'last'));
      ({ results } = await this.call(() => this.client.multiSearch({ queries })));
    }
    return toSearchResponse(query, results, facetOrder, Math.round(performance.now() - started));
  }

  async count(): Promise<number> {
    try {
      const stats = await this.call(() => this.index.getStats());
      return stats.numberOfDocuments;
    } catch (error) {
      if (apiErrorCode((error as Error).cause ?? error) === 'index_not_found') return 0;
      throw error;
    }
  }

  healthy(): Promise<boolean> {
    return this.client.isHealthy();
  }

  /** Deletes the whole index, settings included (tests clean up with it); a missing index is fine. */
  async dropIndex(): Promise<void> {
    try {
      await this.succeeded(this.client.deleteIndex(this.indexName));
    } catch (error) {
      if (!(error instanceof MeilisearchTaskFailedError) || error.task.error?.code !== 'index_not_found') throw error;
    }
  }
}
