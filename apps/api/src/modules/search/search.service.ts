import { Inject, Injectable, Logger } from '@nestjs/common';
import { FIELD_MESSAGES, type FieldError, type FieldMessageCode, type SearchListingsQuery, type SearchListingsResponse } from '@yiqia/contracts';
import type { Lang } from '@yiqia/domain';
import { regionLevel } from '@yiqia/domain/regions';
import { ApiException, ValidationFailedException } from '../../common/api.exception.js';
import { SEARCH_ENGINES, type SearchEngine, type SearchEngines } from './search-engine.js';

const field = (path: string, code: FieldMessageCode, lang: Lang): FieldError => ({ path, code, message: FIELD_MESSAGES[code][lang] });

/**
 * Answers listing searches from the primary engine; when Meilisearch is primary and fails, the
 * embedded engine (always in sync) answers instead; when no engine can, 503 SEARCH_UNAVAILABLE —
 * search never answers 500.
 */
@Injectable()
export class SearchService {
  private readonly log = new Logger('Search');

  constructor(@Inject(SEARCH_ENGINES) private readonly engines: SearchEngines) {}

  async search(query: SearchListingsQuery, lang: Lang): Promise<SearchListingsResponse> {
    this.check(query, lang);
    const started = performance.now();
    const candidates: SearchEngine[] = [this.engines.primary];
    if (this.engines.primary !== this.engines.embedded) candidates.push(this.engines.embedded);
    for (const engine of candidates) {
      try {
        const result = await engine.search(query);
        return { ...result, engine: engine.name, processingTimeMs: Math.round(performance.now() - started) };
      } catch (e) {
        this.log.warn(`search engine ${engine.name} failed: ${e instanceof Error ? `${e.message}${e.cause instanceof Error ? ` (${e.cause.message})` : ''}` : String(e)}`);
      }
    }
    throw new ApiException('SEARCH_UNAVAILABLE', 503);
  }

  /** Input that the shared schema cannot judge alone: region codes exist, amounts are in order. */
  private check(query: SearchListingsQuery, lang: Lang): void {
    const errors: FieldError[] = [];
    query.region.forEach((code, i) => {
      if (!regionLevel(code)) errors.push(field(query.region.length > 1 ? `region.${i}` : 'region', 'region_unknown', lang));
    });
    if (query.amountMin !== undefined && query.amountMax !== undefined && query.amountMax < query.amountMin) {
      errors.push(field('amountMax', 'amount_max_below_min', lang));
    }
    if (errors.length > 0) throw new ValidationFailedException(errors);
  }
}
