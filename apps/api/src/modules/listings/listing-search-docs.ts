import type { EntityManager } from 'typeorm';
import {
  RESOURCE_TYPE_LABELS,
  SERVICE_DOMAIN_LABELS,
  TARGET_GROUP_LABELS,
  amountBandOf,
  type ListingKind,
  type ListingStatus,
  type OrgType,
  type ResourceType,
  type ServiceDomain,
  type TargetGroup,
} from '@yiqia/domain';
import { regionCodePath, regionFullName, regionNames } from '@yiqia/domain/regions';
import type { ListingSearchDoc, SearchEngine } from '../search/search-engine.js';
import { analyzeListingText } from '../search/text/analyze.js';
import { listingBodyText } from './listing-text.js';

interface DocRow {
  id: string;
  kind: ListingKind;
  status: ListingStatus;
  title: string;
  summary: string;
  body_html: string;
  organization_id: string;
  organization_name: string;
  org_type: OrgType;
  domains: ServiceDomain[];
  target_groups: TargetGroup[];
  resource_types: ResourceType[];
  region_code: string;
  amount_min: string | null;
  amount_max: string | null;
  expo_id: string | null;
  booth_id: string | null;
  created_at: Date;
  updated_at: Date;
}

const num = (v: string | null) => (v === null ? null : Number(v));

/** The zh and en labels of a listing's facets and the names of its region (province, city, district). */
function labelsOf(r: DocRow): string[] {
  const labels: string[] = [];
  for (const d of r.domains) labels.push(SERVICE_DOMAIN_LABELS[d].zh, SERVICE_DOMAIN_LABELS[d].en);
  for (const g of r.target_groups) labels.push(TARGET_GROUP_LABELS[g].zh, TARGET_GROUP_LABELS[g].en);
  for (const t of r.resource_types) labels.push(RESOURCE_TYPE_LABELS[t].zh, RESOURCE_TYPE_LABELS[t].en);
  labels.push(...new Set(regionNames(r.region_code)));
  return labels;
}

export function toListingSearchDoc(r: DocRow): ListingSearchDoc {
  const bodyText = listingBodyText(r.body_html);
  const amountMin = num(r.amount_min);
  const amountMax = num(r.amount_max);
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    title: r.title,
    summary: r.summary,
    bodyText,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    orgType: r.org_type,
    domains: r.domains,
    targetGroups: r.target_groups,
    resourceTypes: r.resource_types,
    regionCode: r.region_code,
    regionPath: regionCodePath(r.region_code),
    regionName: regionFullName(r.region_code),
    amountMin,
    amountMax,
    amountBand: amountBandOf(amountMin, amountMax),
    expoId: r.expo_id,
    boothId: r.booth_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    tokens: analyzeListingText({ title: r.title, summary: r.summary, bodyText, organizationName: r.organization_name, labels: labelsOf(r) }),
  };
}

/**
 * The search documents of the given listings in their CURRENT state (with their organisation), read
 * on `m`. Deleted or unknown ids have no document: the caller removes them from the engine.
 */
export async function buildListingSearchDocs(m: EntityManager, ids: readonly string[]): Promise<ListingSearchDoc[]> {
  if (ids.length === 0) return [];
  const rows: DocRow[] = await m.query(
    `SELECT l.id, l.kind, l.status, l.title, l.summary, l.body_html, l.organization_id, o.name AS organization_name, o.type AS org_type,
            l.domains, l.target_groups, l.resource_types, l.region_code, l.amount_min::text, l.amount_max::text,
            l.expo_id, l.booth_id, l.created_at, l.updated_at
       FROM listings l JOIN organizations o ON o.id = l.organization_id
      WHERE l.id = ANY($1::uuid[]) AND l.deleted_at IS NULL`,
    [ids],
  );
  return rows.map(toListingSearchDoc);
}

/**
 * Makes an engine reflect the current state of these listings: live ones upserted, deleted or missing
 * ones removed. Idempotent, so the outbox relay may apply the same ids twice.
 */
export async function syncListingsToEngine(m: EntityManager, engine: SearchEngine, ids: readonly string[]): Promise<{ upserted: number; removed: number }> {
  const docs = await buildListingSearchDocs(m, ids);
  const live = new Set(docs.map((d) => d.id));
  const gone = ids.filter((id) => !live.has(id));
  if (docs.length > 0) await engine.upsert(docs);
  if (gone.length > 0) await engine.remove(gone);
  return { upserted: docs.length, removed: gone.length };
}
