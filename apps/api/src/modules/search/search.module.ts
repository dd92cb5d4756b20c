import { Global, Inject, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.token.js';
import { EmbeddedSearchEngine } from './embedded/embedded-search-engine.js';
import { MeilisearchSearchEngine } from './meilisearch/meilisearch-search-engine.js';
import { SEARCH_ENGINES, type SearchEngines } from './search-engine.js';
import { SearchController } from './search.controller.js';
import { SearchService } from './search.service.js';
import { jieba } from './text/jieba.js';

/** The embedded engine always; Meilisearch as primary when MEILI_URL is set (the embedded one stays in sync as its fallback). */
export function createSearchEngines(config: AppConfig, ds: DataSource): SearchEngines {
  const embedded = new EmbeddedSearchEngine(ds, { cache: config.searchCache });
  if (!config.meiliUrl) return { primary: embedded, embedded, all: [embedded] };
  const meilisearch = new MeilisearchSearchEngine({ url: config.meiliUrl, apiKey: config.meiliMasterKey });
  return { primary: meilisearch, embedded, all: [embedded, meilisearch] };
}

/**
 * Applies each engine's settings at start. The embedded engine must be ready (it is the database);
 * Meilisearch is initialised in the background — applying settings may take long, and an unreachable
 * server is logged, not fatal: searches fall back to the embedded engine meanwhile.
 */
class SearchEnginesStartup implements OnModuleInit {
  private readonly log = new Logger('Search');

  constructor(@Inject(SEARCH_ENGINES) private readonly engines: SearchEngines) {}

  async onModuleInit(): Promise<void> {
    // The jieba dictionary takes ≈ 250 ms to load: now, rather than in the first search or write.
    jieba();
    await this.engines.embedded.init();
    for (const engine of this.engines.all) {
      if (engine === this.engines.embedded) continue;
      engine.init().then(
        () => this.log.log(`search engine ${engine.name} ready`),
        (e: unknown) => this.log.warn(`search engine ${engine.name} is not available (${e instanceof Error ? e.message : String(e)}); searches fall back to the embedded engine`),
      );
    }
  }
}

/** Global so that the listings module (outbox relay) and health can inject SEARCH_ENGINES. */
@Global()
@Module({
  controllers: [SearchController],
  providers: [
    { provide: SEARCH_ENGINES, inject: [APP_CONFIG, DataSource], useFactory: createSearchEngines },
    SearchEnginesStartup,
    SearchService,
  ],
  exports: [SEARCH_ENGINES, SearchService],
})
export class SearchModule {}
