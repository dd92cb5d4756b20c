import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ExpoResultsDto, ResultsRow } from '@yiqia/contracts';
import { type Lang, ORG_TYPES, ORG_TYPE_LABELS, type OrgType, SERVICE_DOMAINS, SERVICE_DOMAIN_LABELS, type ServiceDomain, pickLabel } from '@yiqia/domain';
import { regionFullName, regionLevel } from '@yiqia/domain/regions';
import { notFound } from '../../common/api.exception.js';

type Dimension = 'domain' | 'orgType' | 'district';

/** How each dimension keys booths, listings and rooms (a room counts once per key it touches). */
const KEYS: Record<Dimension, { booth: string; listing: string; room: string }> = {
  domain: {
    booth: `SELECT unnest(b.domain_codes) AS key, b.id FROM booths b`,
    listing: `SELECT unnest(l.domains) AS key, l.kind FROM listings l`,
    room: `SELECT DISTINCT unnest(li.domains) AS key, r.id, r.kind FROM rooms r JOIN room_listings rl ON rl.room_id = r.id JOIN listings li ON li.id = rl.listing_id`,
  },
  orgType: {
    booth: `SELECT o.type AS key, b.id FROM booths b JOIN organizations o ON o.id = b.organization_id`,
    listing: `SELECT o.type AS key, l.kind FROM listings l JOIN organizations o ON o.id = l.organization_id`,
    room: `SELECT DISTINCT o.type AS key, r.id, r.kind FROM rooms r JOIN room_parties p ON p.room_id = r.id JOIN organizations o ON o.id = p.org_id`,
  },
  district: {
    booth: `SELECT o.region_code AS key, b.id FROM booths b JOIN organizations o ON o.id = b.organization_id`,
    listing: `SELECT l.region_code AS key, l.kind FROM listings l`,
    room: `SELECT DISTINCT o.region_code AS key, r.id, r.kind FROM rooms r JOIN room_parties p ON p.room_id = r.id JOIN organizations o ON o.id = p.org_id`,
  },
};

interface Counts {
  booths: number;
  needs: number;
  offers: number;
  rooms: number;
  intentsSigned: number;
  intendedAmount: number;
}

/**
 * 成果统计 of an expo. Booths are the approved ones; listings the live ones; rooms the negotiation
 * rooms; an intent is a room's signed version and its `fundingAmount` (元). A room or intent counts
 * under every domain of its listings, every organisation type and district of its parties.
 */
@Injectable()
export class ResultsService {
  constructor(private readonly ds: DataSource) {}

  async results(expoId: string, lang: Lang): Promise<ExpoResultsDto> {
    const [expo]: { id: string; name: string; starts_at: Date; ends_at: Date }[] = await this.ds.query(
      `SELECT id, name, starts_at, ends_at FROM expos WHERE id = $1`,
      [expoId],
    );
    if (!expo) throw notFound();
    const [totals, byDomain, byOrgType, byDistrict] = await Promise.all([
      this.totals(expoId),
      this.by('domain', expoId),
      this.by('orgType', expoId),
      this.by('district', expoId),
    ]);
    const row = <K extends string>(key: K, label: string, c: Counts | undefined): ResultsRow<K> => ({
      key,
      label,
      booths: c?.booths ?? 0,
      needs: c?.needs ?? 0,
      offers: c?.offers ?? 0,
      rooms: c?.rooms ?? 0,
      intentsSigned: c?.intentsSigned ?? 0,
      intendedAmount: c?.intendedAmount ?? 0,
    });
    const districts = [...byDistrict.entries()]
      .filter(([code]) => regionLevel(code) === 'district')
      .map(([code, c]) => row(code, districtName(code), c))
      .sort((a, b) => b.intendedAmount - a.intendedAmount || b.needs + b.offers - (a.needs + a.offers) || a.key.localeCompare(b.key));
    return {
      expo: { id: expo.id, name: expo.name, startsAt: new Date(expo.starts_at).toISOString(), endsAt: new Date(expo.ends_at).toISOString() },
      generatedAt: new Date().toISOString(),
      totals,
      byDomain: SERVICE_DOMAINS.map((d: ServiceDomain) => row(d, pickLabel(SERVICE_DOMAIN_LABELS[d], lang), byDomain.get(d))),
      byOrgType: ORG_TYPES.map((t: OrgType) => row(t, pickLabel(ORG_TYPE_LABELS[t], lang), byOrgType.get(t))),
      byDistrict: districts,
    };
  }

  private async totals(expoId: string): Promise<ExpoResultsDto['totals']> {
    const [r]: Record<string, string | number>[] = await this.ds.query(
      `SELECT
         (SELECT count(*) FROM booths WHERE expo_id = $1 AND status = 'approved')::int AS booths,
         (SELECT count(*) FROM (SELECT organization_id FROM booths WHERE expo_id = $1 AND status = 'approved'
                                UNION SELECT organization_id FROM listings WHERE expo_id = $1 AND deleted_at IS NULL) x)::int AS organizations,
         (SELECT count(*) FROM listings WHERE expo_id = $1 AND deleted_at IS NULL AND kind = 'need')::int AS needs,
         (SELECT count(*) FROM listings WHERE expo_id = $1 AND deleted_at IS NULL AND kind = 'offer')::int AS offers,
         (SELECT count(DISTINCT (least(r.created_by_org, p.org_id), greatest(r.created_by_org, p.org_id)))
            FROM rooms r JOIN room_parties p ON p.room_id = r.id AND p.org_id <> r.created_by_org WHERE r.expo_id = $1)::int AS contacts,
         (SELECT count(*) FROM rooms WHERE expo_id = $1 AND kind = 'negotiation')::int AS rooms,
         (SELECT count(*) FROM meeting_requests WHERE expo_id = $1 AND status = 'accepted')::int AS meetings,
         (SELECT count(*) FROM intent_versions iv JOIN rooms r ON r.id = iv.room_id WHERE r.expo_id = $1 AND iv.status = 'signed')::int AS intents_signed,
         (SELECT coalesce(sum((iv.terms->>'fundingAmount')::bigint), 0) FROM intent_versions iv JOIN rooms r ON r.id = iv.room_id
           WHERE r.expo_id = $1 AND iv.status = 'signed')::text AS intended_amount`,
      [expoId],
    );
    return {
      booths: Number(r['booths']),
      organizations: Number(r['organizations']),
      needs: Number(r['needs']),
      offers: Number(r['offers']),
      contacts: Number(r['contacts']),
      rooms: Number(r['rooms']),
      meetings: Number(r['meetings']),
      intentsSigned: Number(r['intents_signed']),
      intendedAmount: Number(r['intended_amount']),
    };
  }

  private async by(dim: Dimension, expoId: string): Promise<Map<string, Counts>> {
    const k = KEYS[dim];
    const rows: { key: string; booths: number; needs: number; offers: number; rooms: number; intents: number; amount: string }[] = await this.ds.query(
      `WITH bk AS (${k.booth} WHERE b.expo_id = $1 AND b.status = 'approved'),
            lk AS (${k.listing} WHERE l.expo_id = $1 AND l.deleted_at IS NULL),
            rk AS (${k.room} WHERE r.expo_id = $1),
            b AS (SELECT key, count(DISTINCT id)::int AS booths FROM bk GROUP BY key),
            l AS (SELECT key, count(*) FILTER (WHERE kind = 'need')::int AS needs, count(*) FILTER (WHERE kind = 'offer')::int AS offers FROM lk GROUP BY key),
            r AS (SELECT key, count(*) FILTER (WHERE kind = 'negotiation')::int AS rooms FROM rk GROUP BY key),
            i AS (SELECT rk.key, count(*)::int AS intents, coalesce(sum((iv.terms->>'fundingAmount')::bigint), 0) AS amount
                    FROM rk JOIN intent_versions iv ON iv.room_id = rk.id AND iv.status = 'signed' GROUP BY rk.key)
       SELECT key, coalesce(b.booths, 0) AS booths, coalesce(l.needs, 0) AS needs, coalesce(l.offers, 0) AS offers,
              coalesce(r.rooms, 0) AS rooms, coalesce(i.intents, 0) AS intents, coalesce(i.amount, 0)::text AS amount
         FROM b FULL JOIN l USING (key) FULL JOIN r USING (key) FULL JOIN i USING (key)`,
      [expoId],
    );
    return new Map(
      rows.map((r) => [
        r.key,
        { booths: r.booths, needs: r.needs, offers: r.offers, rooms: r.rooms, intentsSigned: r.intents, intendedAmount: Number(r.amount) },
      ]),
    );
  }
}

function districtName(code: string): string {
  try {
    return regionFullName(code);
  } catch {
    return code;
  }
}
