import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module.js';
import { ListingSearchSync } from './listing-search-sync.js';
import { ListingViews } from './listing-views.js';
import { ListingsController } from './listings.controller.js';
import { ListingsService } from './listings.service.js';

@Module({
  imports: [OutboxModule],
  controllers: [ListingsController],
  providers: [ListingsService, ListingSearchSync, ListingViews],
  exports: [ListingsService],
})
export class ListingsModule {}
