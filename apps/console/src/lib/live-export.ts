import type { ExportEntity, ExportFormat, ExportQuery } from '@yiqia/contracts';

/** The tabs, in the contract's order (EXPORT_ENTITIES; a value import would pull zod into the remote). */
export const EXPORT_TABS: readonly ExportEntity[] = ['booths', 'listings', 'rooms', 'meetings', 'intents'];

/** The status values the API accepts per entity (contract: exportQuery.status). */
export const EXPORT_STATUSES: Record<ExportEntity, readonly string[]> = {
  booths: ['draft', 'submitted', 'approved', 'rejected'],
  listings: ['open', 'matched', 'closed'],
  rooms: ['open', 'signed', 'closed'],
  meetings: ['pending', 'accepted', 'declined', 'cancelled'],
  intents: ['proposed', 'signed', 'withdrawn', 'superseded'],
};

export type ExportFilterKey = 'status' | 'kind' | 'domain' | 'orgType' | 'region' | 'from' | 'to' | 'q';

const COMMON: readonly ExportFilterKey[] = ['q', 'status', 'domain', 'orgType', 'region', 'from', 'to'];

/**
 * The filters shown per entity: all take the organisation's type and region (for rooms, meetings and
 * intents: of any party), the domain (of the listings involved) and the creation dates; `kind` is
 * for listings only.
 */
export const EXPORT_FILTERS: Record<ExportEntity, readonly ExportFilterKey[]> = {
  booths: COMMON,
  listings: [...COMMON, 'kind'],
  rooms: COMMON,
  meetings: COMMON,
  intents: COMMON,
};

export type ExportFilters = Partial<Record<ExportFilterKey, string>>;

/**
 * The query of an export or its preview: the expo, the format, and only the filters of this entity
 * that have a value (trimmed; an empty search is no filter).
 */
export function exportQueryOf(entity: ExportEntity, expoId: string, filters: ExportFilters, format?: ExportFormat): ExportQuery {
  const query: Record<string, string> = { expoId };
  if (format) query.format = format;
  for (const key of EXPORT_FILTERS[entity]) {
    const value = filters[key]?.trim();
    if (value) query[key] = value;
  }
  return query as ExportQuery;
}

/** `展位-2026-11-24.xlsx`: the entity's name in the interface language and the local date. */
export function exportFileName(label: string, format: ExportFormat, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${label}-${day}.${format}`;
}

/** Progress of a download: a fraction when the size is known, else null (only bytes are shown). */
export function downloadFraction(received: number, total: number | null): number | null {
  if (!total || total <= 0) return null;
  return Math.min(1, received / total);
}
