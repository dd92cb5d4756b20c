import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type SearchListingsQuery, type SearchListingsResponse, searchListingsQuery } from '@yiqia/contracts';
import type { Lang } from '@yiqia/domain';
import { RequestLang } from '../../common/client-info.js';
import { ValidQuery } from '../../common/zod-validation.js';
import { SearchService } from './search.service.js';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  /** Public: needs and offers matching `q` and the filters (repeat a parameter for OR), with facet counts. */
  @Get('listings')
  listings(@ValidQuery(searchListingsQuery) query: SearchListingsQuery, @RequestLang() lang: Lang): Promise<SearchListingsResponse> {
    return this.search.search(query, lang);
  }
}
