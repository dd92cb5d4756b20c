import type { SearchListingsQuery, SearchListingsResponse } from '@yiqia/contracts';
import type { AmountBand, ListingKind, ListingStatus, OrgType, ResourceType, ServiceDomain, TargetGroup } from '@yiqia/domain';

/**
 * What a search engine indexes for one listing: the listing's fields, its organisation's, and the
 * text analysis shared by every engine (jieba search-mode tokens, CJK bigrams, pinyin), so each engine
 * finds Chinese sub-words and pinyin the same way. Built by `buildListingSearchDoc` from the database.
 */
export interface ListingSearchDoc {
  id: string;
  kind: ListingKind;
  status: ListingStatus;
  title: string;
  summary: string;
  /** Plain text of the rich body (tags stripped), for matching only. */
  bodyText: string;
  organizationId: string;
  organizationName: string;
  orgType: OrgType;
  domains: ServiceDomain[];
  targetGroups: TargetGroup[];
  resourceTypes: ResourceType[];
  regionCode: string;
  /** Province, city, district codes of regionCode (1–3 entries). */
  regionPath: string[];
  regionName: string;
  amountMin: number | null;
  amountMax: number | null;
  amountBand: AmountBand;
  expoId: string | null;
  boothId: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Text analysis, space-separated lower-case tokens (see text/analyze.ts). */
  tokens: {
    title: string;
    organization: string;
    summary: string;
    body: string;
    /** Labels of domains, target groups, resource types, region names (zh and en). */
    labels: string;
    /** Full pinyin per word and concatenated, plus initials, of title and organisation name. */
    pinyin: string;
    /**
     * Distinct Latin words and single-word pinyin spellings (3+ letters): the vocabulary the embedded
     * engine corrects typos against ("volunter" → volunteer, "yanglo" → yanglao). Optional so that
     * hand-built docs stay valid; `analyzeListingText` always fills it.
     */
    vocabulary?: string;
  };
}

export type SearchEngineName = 'embedded' | 'meilisearch';

/** Thrown by an engine that cannot answer now (down, timing out); the caller falls back or answers 503. */
export class SearchEngineUnavailableError extends Error {
  constructor(
    readonly engine: SearchEngineName,
    cause?: unknown,
  ) {
    super(`search engine ${engine} unavailable`, { cause });
  }
}

/** The port every search engine adapter implements; one contract test suite runs against each. */
export interface SearchEngine {
  readonly name: SearchEngineName;
  /** Apply index settings (idempotent); called at start and before a reindex. */
  init(): Promise<void>;
  /** Insert or replace documents by id; applying the same batch twice changes nothing. Resolves when searchable. */
  upsert(docs: ListingSearchDoc[]): Promise<void>;
  /** Remove documents by id; missing ids are ignored. Resolves when gone from results. */
  remove(ids: string[]): Promise<void>;
  /** Drop every document (reindex from scratch). */
  clear(): Promise<void>;
  /** Search; hits carry highlight ranges computed by the shared highlighter. */
  search(query: SearchListingsQuery): Promise<Omit<SearchListingsResponse, 'engine'>>;
  /** Number of indexed documents (reindex progress, health). */
  count(): Promise<number>;
  /** True when the engine answers now. */
  healthy(): Promise<boolean>;
}

/** Nest provider token for `SearchEngines`. */
export const SEARCH_ENGINES = Symbol('SEARCH_ENGINES');

/**
 * The engines of this process. `embedded` (PostgreSQL) always exists and is always kept in sync: it
 * answers when Meilisearch is down. `primary` is Meilisearch when MEILI_URL is set, else `embedded`.
 */
export interface SearchEngines {
  primary: SearchEngine;
  embedded: SearchEngine;
  /** Every engine the relay keeps in sync (embedded first). */
  all: SearchEngine[];
}
