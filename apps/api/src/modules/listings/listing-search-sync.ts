import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { OutboxService } from '../outbox/outbox.service.js';
import { SEARCH_ENGINES, type SearchEngine, type SearchEngines } from '../search/search-engine.js';
import { syncListingsToEngine } from './listing-search-docs.js';

/** The outbox consumer name of a search engine. */
export const searchConsumer = (engine: Pick<SearchEngine, 'name'>) => `search:${engine.name}`;

/**
 * Binds one outbox consumer per search engine of this process (`search:embedded`, and
 * `search:meilisearch` when MEILI_URL is set) to the listing sync. SEARCH_ENGINES comes from the
 * (global) SearchModule.
 */
@Injectable()
export class ListingSearchSync implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(SEARCH_ENGINES) private readonly engines: SearchEngines,
  ) {}

  onModuleInit(): void {
    for (const engine of this.engines.all) this.bind(engine);
  }

  /** Delivers listing changes of the engine's consumer to `engine` (tests bind a failing double here). */
  bind(engine: SearchEngine, consumer = searchConsumer(engine)): void {
    this.outbox.handle(consumer, (m, ids) => syncListingsToEngine(m, engine, ids).then(() => undefined));
  }
}
