import { Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { type ListingDto, type ListingSummaryDto, type Page, createListingRequest, listListingsQuery, updateListingRequest } from '@yiqia/contracts';
import type { Lang } from '@yiqia/domain';
import { ApiException } from '../../common/api.exception.js';
import { ClientMeta, RequestLang } from '../../common/client-info.js';
import { RateLimiter } from '../../common/rate-limiter.js';
import { ValidBody, ValidQuery } from '../../common/zod-validation.js';
import { Auth, type AuthContext, CurrentUser, OptionalUser } from '../auth/auth-context.js';
import { ListingViews } from './listing-views.js';
import { ListingsService } from './listings.service.js';

/** Listing writes (create, edit, delete) per user and minute, counted in this process. */
export const LISTING_WRITES_PER_MINUTE = 60;

@ApiTags('listings')
@Controller('listings')
export class ListingsController {
  private readonly writes = new RateLimiter(LISTING_WRITES_PER_MINUTE, 60_000);

  constructor(
    private readonly listings: ListingsService,
    private readonly views: ListingViews,
  ) {}

  @Post()
  @Auth()
  create(@CurrentUser() caller: AuthContext, @ValidBody(createListingRequest) body: z.output<typeof createListingRequest>, @RequestLang() lang: Lang): Promise<ListingDto> {
    this.limitWrites(caller);
    return this.listings.create(caller, body, lang);
  }

  @Get()
  list(@ValidQuery(listListingsQuery) query: z.output<typeof listListingsQuery>, @OptionalUser() caller?: AuthContext): Promise<Page<ListingSummaryDto>> {
    return this.listings.list(query, caller);
  }

  @Get(':id')
  async get(
    @Param('id') id: string,
    @ClientMeta() client: { ip: string | null; userAgent: string | null },
    @OptionalUser() caller?: AuthContext,
  ): Promise<ListingDto> {
    const listing = await this.listings.get(id, caller);
    // The organizers' funnel (listing views); the owner's own visits are not views.
    if (listing.organization.id !== caller?.organizationId) this.views.record(listing.id, { userId: caller?.userId, ...client });
    return listing;
  }

  @Patch(':id')
  @Auth()
  update(
    @CurrentUser() caller: AuthContext,
    @Param('id') id: string,
    @ValidBody(updateListingRequest) body: z.output<typeof updateListingRequest>,
    @RequestLang() lang: Lang,
  ): Promise<ListingDto> {
    this.limitWrites(caller);
    return this.listings.update(id, caller, body, lang);
  }

  @Delete(':id')
  @HttpCode(204)
  @Auth()
  async remove(@CurrentUser() caller: AuthContext, @Param('id') id: string): Promise<void> {
    this.limitWrites(caller);
    await this.listings.remove(id, caller);
  }

  private limitWrites(caller: AuthContext): void {
    const wait = this.writes.hit(caller.userId);
    if (wait > 0) throw new ApiException('RATE_LIMITED', 429, { retryAfterSeconds: wait });
  }
}
