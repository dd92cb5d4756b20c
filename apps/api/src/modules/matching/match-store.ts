import type { DataSource, EntityManager } from 'typeorm';
import { isValidCreditCode, type ListingKind, type ListingStatus, type OrgType, type ResourceType, type ServiceDomain, type TargetGroup } from '@yiqia/domain';
import { regionCodePath } from '@yiqia/domain/regions';
import { type MatchProfile, buildProfile, facetBits } from './profile.js';

/** The outbox consumer that keeps `match_profiles` in step with listings. */
export const MATCHING_CONSUMER = 'matching';

interface SourceRow {
  id: string;
  kind: ListingKind;
  status: ListingStatus;
  organization_id: string;
  org_name: string;
  org_type: OrgType;
  credit_code: string;
  expo_id: string | null;
  booth_id: string | null;
  booth_approved: boolean;
  domains: ServiceDomain[];
  target_groups: TargetGroup[];
  resource_types: ResourceType[];
  region_code: string;
  amount_min: string | null;
  amount_max: string | null;
  title: string;
  summary: string;
  body_html: string;
}

const num = (v: string | number | null) => (v === null ? null : Number(v));

/**
 * The consumer's handler: rebuilds the profiles of these listings from their current state (the
 * relay holds their lock), or marks them gone. Idempotent; each write takes a new version.
 */
export async function refreshProfiles(m: EntityManager, ids: readonly string[]): Promise<{ upserted: number; removed: number }> {
  if (ids.length === 0) return { upserted: 0, removed: 0 };
  const rows: SourceRow[] = await m.query(
    `SELECT l.id, l.kind, l.status, l.organization_id, o.name AS org_name, o.type AS org_type, o.credit_code,
            l.expo_id, l.booth_id, COALESCE(b.status = 'approved', false) AS booth_approved,
            l.domains, l.target_groups, l.resource_types, l.region_code, l.amount_min::text, l.amount_max::text,
            l.title, l.summary, l.body_html
       FROM listings l JOIN organizations o ON o.id = l.organization_id LEFT JOIN booths b ON b.id = l.booth_id
      WHERE l.id = ANY($1::uuid[]) AND l.deleted_at IS NULL`,
    [ids],
  );
  const profiles = rows.map((r) =>
    buildProfile({
      id: r.id,
      kind: r.kind,
      status: r.status,
      organizationId: r.organization_id,
      orgName: r.org_name,
      orgType: r.org_type,
      creditVerified: isValidCreditCode(r.credit_code),
      expoId: r.expo_id,
      boothId: r.booth_id,
      boothApproved: r.booth_approved,
      domains: r.domains,
      targetGroups: r.target_groups,
      resourceTypes: r.resource_types,
      regionCode: r.region_code,
      amountMin: num(r.amount_min),
      amountMax: num(r.amount_max),
      title: r.title,
      summary: r.summary,
      bodyHtml: r.body_html,
    }),
  );
  if (profiles.length > 0) {
    await m.query(
      `INSERT INTO match_profiles (listing_id, live, kind, status, organization_id, org_name, org_type, credit_verified, expo_id, booth_id, booth_approved,
                                   domains, target_groups, resource_types, region_code, amount_min, amount_max, title, summary, terms)
       SELECT p.id, true, p.kind, p.status, p."organizationId", p."orgName", p."orgType", p."creditVerified", p."expoId", p."boothId", p."boothApproved",
              p.domains, p."targetGroups", p."resourceTypes", p."regionCode", p."amountMin", p."amountMax", p.title, p.summary, p.terms
         FROM jsonb_to_recordset($1::jsonb) AS p(id uuid, kind text, status text, "organizationId" uuid, "orgName" text, "orgType" text, "creditVerified" boolean,
              "expoId" uuid, "boothId" uuid, "boothApproved" boolean, domains text[], "targetGroups" text[], "resourceTypes" text[], "regionCode" text,
              "amountMin" bigint, "amountMax" bigint, title text, summary text, terms text[])
       ON CONFLICT (listing_id) DO UPDATE SET
         version = nextval('match_profiles_version_seq'), xid = pg_current_xact_id(), live = true, kind = EXCLUDED.kind, status = EXCLUDED.status,
         organization_id = EXCLUDED.organization_id, org_name = EXCLUDED.org_name, org_type = EXCLUDED.org_type, credit_verified = EXCLUDED.credit_verified,
         expo_id = EXCLUDED.expo_id, booth_id = EXCLUDED.booth_id, booth_approved = EXCLUDED.booth_approved, domains = EXCLUDED.domains,
         target_groups = EXCLUDED.target_groups, resource_types = EXCLUDED.resource_types, region_code = EXCLUDED.region_code,
         amount_min = EXCLUDED.amount_min, amount_max = EXCLUDED.amount_max, title = EXCLUDED.title, summary = EXCLUDED.summary, terms = EXCLUDED.terms`,
      [JSON.stringify(profiles.map(pgArrays))],
    );
  }
  const live = new Set(profiles.map((p) => p.id));
  const gone = ids.filter((id) => !live.has(id));
  if (gone.length > 0) {
    await m.query(
      `UPDATE match_profiles SET live = false, version = nextval('match_profiles_version_seq'), xid = pg_current_xact_id()
        WHERE listing_id = ANY($1::uuid[]) AND live`,
      [gone],
    );
  }
  return { upserted: profiles.length, removed: gone.length };
}

/** jsonb_to_recordset reads text[] from JSON arrays only as Postgres array literals. */
function pgArrays(p: MatchProfile) {
  const arr = (xs: readonly string[]) => `{${xs.map((x) => `"${x.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
  const { bits: _bits, ...row } = p;
  return { ...row, domains: arr(p.domains), targetGroups: arr(p.targetGroups), resourceTypes: arr(p.resourceTypes), terms: arr(p.terms) };
}

interface StoredRow {
  listing_id: string;
  version: string;
  live: boolean;
  kind: ListingKind;
  status: ListingStatus;
  organization_id: string;
  org_name: string;
  org_type: OrgType;
  credit_verified: boolean;
  expo_id: string | null;
  booth_id: string | null;
  booth_approved: boolean;
  domains: ServiceDomain[];
  target_groups: TargetGroup[];
  resource_types: ResourceType[];
  region_code: string;
  amount_min: string | number | null;
  amount_max: string | number | null;
  title: string;
  summary: string;
  terms: string[];
}

function fromRow(r: StoredRow): MatchProfile {
  return {
    id: r.listing_id,
    version: Number(r.version),
    live: r.live,
    kind: r.kind,
    status: r.status,
    organizationId: r.organization_id,
    orgName: r.org_name,
    orgType: r.org_type,
    creditVerified: r.credit_verified,
    expoId: r.expo_id,
    boothId: r.booth_id,
    boothApproved: r.booth_approved,
    domains: r.domains,
    targetGroups: r.target_groups,
    resourceTypes: r.resource_types,
    regionCode: r.region_code,
    regionPath: regionCodePath(r.region_code),
    amountMin: num(r.amount_min),
    amountMax: num(r.amount_max),
    title: r.title,
    summary: r.summary,
    terms: r.terms,
    bits: facetBits({ domains: r.domains, targetGroups: r.target_groups, resourceTypes: r.resource_types }),
  };
}

/**
 * Profiles written by transactions from `watermark` on (an xid8; '0' for all), and the next
 * watermark: the xmin of this statement's snapshot. Any transaction that commits later has an xid at
 * or above it, so a process that reads with the returned watermark never misses a write (and re-reads
 * a few, which `MatchIndex.apply` ignores by version).
 */
export async function loadProfilesSince(ds: DataSource | EntityManager, watermark: string): Promise<{ watermark: string; profiles: MatchProfile[] }> {
  const [row]: { xmin: string; rows: StoredRow[] | null }[] = await ds.query(
    `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,
            (SELECT json_agg(p) FROM match_profiles p WHERE p.xid >= $1::xid8) AS rows`,
    [watermark],
  );
  return { watermark: row.xmin, profiles: (row.rows ?? []).map(fromRow) };
}

/**
 * Queues listings whose profile no longer agrees with their booth's approval or their organisation's
 * name — changes made outside the listings service (a booth review, an organisation edit) that write
 * no listing outbox row. Returns how many were queued. Safe to run from several processes (a listing
 * already waiting is not queued twice by one run; a duplicate is harmless anyway).
 */
export async function queueStaleProfiles(ds: DataSource | EntityManager): Promise<number> {
  const rows: unknown[] = await ds.query(
    `INSERT INTO outbox (consumer, aggregate, aggregate_id)
     SELECT $1, 'listing', p.listing_id
       FROM match_profiles p JOIN organizations o ON o.id = p.organization_id LEFT JOIN booths b ON b.id = p.booth_id
      WHERE p.live
        AND (p.booth_approved IS DISTINCT FROM COALESCE(b.status = 'approved', false) OR p.org_name IS DISTINCT FROM o.name)
        AND NOT EXISTS (SELECT 1 FROM outbox w WHERE w.consumer = $1 AND w.aggregate_id = p.listing_id)
     RETURNING id`,
    [MATCHING_CONSUMER],
  );
  return rows.length;
}
