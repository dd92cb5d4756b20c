import type { SearchListingsQuery, SearchListingsResponse } from '@yiqia/contracts';
import type { ListingSearchDoc, SearchEngine } from '../search-engine.js';

export interface MeilisearchEngineOptions {
  url: string;
  apiKey?: string;
  /** Default `listings`; tests use their own index. */
  indexName?: string;
}

/** The Meilisearch adapter (official client). Placeholder until the adapter is built. */
export class MeilisearchSearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  constructor(readonly options: MeilisearchEngineOptions) {}
  init(): Promise<void> {
    return Promise.reject(new Error('not implemented'));
  }
  upsert(docs: ListingSearchDoc[]): Promise<void> {
    void docs;
    return Promise.reject(new Error('not implemented'));
  }
  remove(ids: string[]): Promise<void> {
    void ids;
    return Promise.reject(new Error('not implemented'));
  }
  clear(): Promise<void> {
    return Promise.reject(new Error('not implemented'));
  }
  search(query: SearchListingsQuery): Promise<Omit<SearchListingsResponse, 'engine'>> {
    void query;
    return Promise.reject(new Error('not implemented'));
  }
  count(): Promise<number> {
    return Promise.reject(new Error('not implemented'));
  }
  healthy(): Promise<boolean> {
    return Promise.resolve(false);
  }
}
