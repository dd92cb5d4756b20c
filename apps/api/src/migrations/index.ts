import { Foundation1763900000000 } from './1763900000000-Foundation.js';
import { Listings1764000000000 } from './1764000000000-Listings.js';
import { ListingSearch1764000000001 } from './1764000000001-ListingSearch.js';
import { Rooms1764100000000 } from './1764100000000-Rooms.js';
import { IntentsMeetings1764100000001 } from './1764100000001-IntentsMeetings.js';
import { Matching1764200000000 } from './1764200000000-Matching.js';
import { ConsoleLive1764300000000 } from './1764300000000-ConsoleLive.js';
import { ConsoleDashboardScans1764300000001 } from './1764300000001-ConsoleDashboardScans.js';
import { AuditLog1764400000000 } from './1764400000000-AuditLog.js';
import { Moderation1764400000001 } from './1764400000001-Moderation.js';

/** Every migration, in order. Listed explicitly because the API is bundled (no file globbing). */
export const MIGRATIONS = [Foundation1763900000000, Listings1764000000000, ListingSearch1764000000001, Rooms1764100000000, IntentsMeetings1764100000001, Matching1764200000000, ConsoleLive1764300000000, ConsoleDashboardScans1764300000001, AuditLog1764400000000, Moderation1764400000001];
