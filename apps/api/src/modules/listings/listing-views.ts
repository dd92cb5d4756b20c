import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Listing page views per day (Beijing time) and hashed visitor, like booth visits: the organizers'
 * funnel counts them. Recorded by GET /api/listings/:id after it answered, never awaited by it, and
 * a failure is only logged (a view counter must not break or slow the page).
 */
@Injectable()
export class ListingViews {
  private readonly log = new Logger('ListingViews');

  constructor(private readonly ds: DataSource) {}

  record(listingId: string, visitor: { userId?: string; ip: string | null; userAgent: string | null }): void {
    const id = visitor.userId ? `u:${visitor.userId}` : `a:${visitor.ip ?? ''}|${visitor.userAgent ?? ''}`;
    const visitorHash = createHash('sha256').update(`yiqia-listing-view:${id}`).digest('base64url').slice(0, 22);
    this.ds
      .query(
        `INSERT INTO listing_views (listing_id, day, visitor_hash, views, expo_id)
         SELECT id, (now() AT TIME ZONE 'Asia/Shanghai')::date, $2, 1, expo_id FROM listings WHERE id = $1
         ON CONFLICT (listing_id, day, visitor_hash) DO UPDATE SET views = listing_views.views + 1`,
        [listingId, visitorHash],
      )
      .catch((e: unknown) => this.log.warn(`view of listing ${listingId}: ${(e as Error).message}`));
  }
}
