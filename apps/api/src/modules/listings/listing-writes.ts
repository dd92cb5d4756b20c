import type { EntityManager } from 'typeorm';
import type { ListingKind, ListingStatus, ResourceType, ServiceDomain, TargetGroup } from '@yiqia/domain';
import { type EnqueuedRow, enqueueOutbox } from '../outbox/outbox-store.js';
import { sanitizeIntro } from '../booths/sanitize-intro.js';
import { Listing } from './listing.entity.js';

/** A listing as stored, before it has an id. */
export interface NewListing {
  /** A fixed id (the demo seeder derives one from a stable key, so seeding twice adds nothing); generated when absent. */
  id?: string;
  organizationId: string;
  createdBy: string | null;
  kind: ListingKind;
  title: string;
  summary: string;
  /** Rich text; sanitised here (same allow-list as booth introductions). */
  bodyHtml?: string;
  domains: ServiceDomain[];
  targetGroups?: TargetGroup[];
  resourceTypes?: ResourceType[];
  regionCode: string;
  amountMin?: number | null;
  amountMax?: number | null;
  startsAt?: string | null;
  endsAt?: string | null;
  status?: ListingStatus;
  expoId?: string | null;
  boothId?: string | null;
  /** Defaults to now (demo data spreads creation times). */
  createdAt?: Date;
}

/**
 * Inserts listings and their outbox rows on `m` — run it in a transaction so both commit together.
 * ListingsService uses it after validating; bulk loaders (the demo seeder) may call it directly with
 * `outboxConsumers(config, 'listing')`. It checks only what the database checks (constraints).
 */
export async function insertListings(m: EntityManager, consumers: readonly string[], listings: readonly NewListing[]): Promise<{ ids: string[]; outbox: EnqueuedRow[] }> {
  if (listings.length === 0) return { ids: [], outbox: [] };
  const values = listings.map((l) => ({
    ...(l.id ? { id: l.id } : {}),
    organizationId: l.organizationId,
    createdBy: l.createdBy,
    kind: l.kind,
    title: l.title,
    summary: l.summary,
    bodyHtml: l.bodyHtml ? sanitizeIntro(l.bodyHtml) : '',
    domains: [...new Set(l.domains)],
    targetGroups: [...new Set(l.targetGroups ?? [])],
    resourceTypes: [...new Set(l.resourceTypes ?? [])],
    regionCode: l.regionCode,
    amountMin: l.amountMin ?? null,
    amountMax: l.amountMax ?? null,
    startsAt: l.startsAt ?? null,
    endsAt: l.endsAt ?? null,
    status: l.status ?? 'open',
    expoId: l.expoId ?? null,
    boothId: l.boothId ?? null,
    ...(l.createdAt ? { createdAt: l.createdAt, updatedAt: l.createdAt } : {}),
  }));
  const ids: string[] = [];
  for (let i = 0; i < values.length; i += 1000) {
    const result = await m.createQueryBuilder().insert().into(Listing).values(values.slice(i, i + 1000)).returning(['id']).updateEntity(false).execute();
    ids.push(...(result.raw as { id: string }[]).map((r) => r.id));
  }
  const outbox = await enqueueOutbox(m, consumers, 'listing', ids);
  return { ids, outbox };
}
