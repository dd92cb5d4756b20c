export interface HealthDto {
  status: 'ok' | 'degraded';
  version: string;
  uptimeSeconds: number;
  database: { status: 'up' | 'down'; mode: 'embedded' | 'external'; latencyMs?: number };
  search: { status: 'up' | 'down'; engine: 'postgres' | 'meilisearch' };
}
