/** What an outbox row is about. Only listings today; a new aggregate needs no migration (the column is text). */
export type OutboxAggregate = 'listing';

export interface OutboxConsumerSpec {
  /** Stable name stored in `outbox.consumer`, e.g. `search:embedded`. */
  name: string;
  aggregate: OutboxAggregate;
  /** Whether this deployment has the consumer (default: always). */
  enabled?: (config: OutboxConfig) => boolean;
}

/** The part of AppConfig that decides which consumers exist. */
export interface OutboxConfig {
  meiliUrl?: string | undefined;
}

/**
 * Every consumer that gets one outbox row per change of its aggregate, written in the same
 * transaction as the change. Registering a consumer is one line here (plus binding its handler
 * with `OutboxService.handle(name, handler)` in the module that delivers it).
 * Search consumers are named `search:<SearchEngine.name>`.
 */
export const OUTBOX_CONSUMERS: readonly OutboxConsumerSpec[] = [
  { name: 'search:embedded', aggregate: 'listing' },
  { name: 'search:meilisearch', aggregate: 'listing', enabled: (c) => !!c.meiliUrl },
  // Matchmaking profiles (issue 6): modules/matching/match-store.ts.
  { name: 'matching', aggregate: 'listing' },
];

/** The consumers of an aggregate in this deployment, in the order above. */
export function outboxConsumers(config: OutboxConfig, aggregate: OutboxAggregate): string[] {
  return OUTBOX_CONSUMERS.filter((c) => c.aggregate === aggregate && (c.enabled?.(config) ?? true)).map((c) => c.name);
}
