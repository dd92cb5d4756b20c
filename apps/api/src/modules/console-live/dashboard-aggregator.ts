import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DashboardDto, DashboardSection } from '@yiqia/contracts';
import { ORG_TYPES, type OrgType, SERVICE_DOMAINS, type ServiceDomain } from '@yiqia/domain';
import { regionNames } from '@yiqia/domain/regions';
import { PresenceReader } from './presence.js';

/** The fair's clock: "today" and per-day counters follow Beijing time. */
export const FAIR_TIMEZONE = 'Asia/Shanghai';
const ACTIVE_WINDOW_MINUTES = 30;
const LIST_LIMIT = 10;

export type DashboardSections = Pick<DashboardDto, DashboardSection>;

/** Units of recomputation, and the tables (names the change signal carries) whose writes can move them. */
export const SECTION_GROUPS = {
  online: ['presence'],
  // A message also updates its room (last_seq, last_message_at): that is what moves "active".
  rooms: ['rooms'],
  messages: ['messages'],
  meetings: ['meeting_requests'],
  intents: ['intent_versions'],
  listings: ['listings'],
  // Not `rooms`: every message updates its room row, and a new room always inserts its parties.
  funnel: ['booth_visits', 'listing_views', 'room_parties', 'intent_versions'],
  booths: ['booth_visits', 'booths'],
  unanswered: ['listings', 'room_listings'],
} as const satisfies Record<string, readonly string[]>;
export type SectionGroup = keyof typeof SECTION_GROUPS;
export const ALL_GROUPS: ReadonlySet<SectionGroup> = new Set(Object.keys(SECTION_GROUPS) as SectionGroup[]);

/** The groups a set of changed tables can move ('*' = everything). */
export function groupsFor(tables: Iterable<string>): Set<SectionGroup> {
  const changed = new Set(tables);
  if (changed.has('*')) return new Set(ALL_GROUPS);
  return new Set((Object.keys(SECTION_GROUPS) as SectionGroup[]).filter((g) => SECTION_GROUPS[g].some((t) => changed.has(t))));
}

/**
 * Computes every section of the live dashboard of one expo from the database (and online users from
 * the shared Socket.IO adapter). Called once per interval for all viewers by DashboardHub, never per
 * viewer. Queries run in parallel on the pool; each is an index range or a single scan of the expo's
 * rows (see docs/console-live.md for the plans).
 */
@Injectable()
export class DashboardAggregator {
  constructor(
    private readonly ds: DataSource,
    private readonly presence: PresenceReader,
  ) {}

  /**
   * Computes the sections of the given groups (all by default). Groups are the unit of work: one or two
   * queries each, run in parallel on the pool.
   */
  async compute(expoId: string, groups: ReadonlySet<SectionGroup> = ALL_GROUPS): Promise<Partial<DashboardSections>> {
    const want = (g: SectionGroup) => groups.has(g);
    const visits = want('funnel') || want('booths') ? this.boothVisits(expoId) : null;
    const skip = Promise.resolve(undefined);
    const [online, rooms, mpm, meetings, intents, listings, funnel, topBooths, unanswered] = await Promise.all([
      want('online') ? this.online() : skip,
      want('rooms') ? this.rooms(expoId) : skip,
      want('messages') ? this.messagesPerMinute(expoId) : skip,
      want('meetings') ? Promise.all([this.meetingsToday(expoId), this.pendingMeetings(expoId)]) : skip,
      want('intents') || want('funnel') ? this.intents(expoId) : skip,
      want('listings') ? this.listings(expoId) : skip,
      want('funnel') ? this.funnel(expoId, visits!) : skip,
      want('booths') ? this.topBooths(visits!) : skip,
      want('unanswered') ? this.unansweredNeeds(expoId) : skip,
    ]);
    const out: Partial<DashboardSections> = {};
    if (online) out.online = online;
    if (rooms) out.rooms = rooms;
    if (mpm) out.messagesPerMinute = mpm;
    if (meetings) [out.meetingsToday, out.pendingMeetings] = meetings;
    if (intents) out.intents = intents;
    if (listings) {
      out.listingsByDomain = listings.byDomain;
      out.listingsByProvince = listings.byProvince;
    }
    if (funnel && intents) out.funnel = { ...funnel, intentsSigned: intents.signed };
    if (topBooths) out.topBooths = topBooths;
    if (unanswered) out.unansweredNeeds = unanswered;
    return out;
  }

  /** Every section, for a new snapshot. */
  async computeAll(expoId: string): Promise<DashboardSections> {
    return (await this.compute(expoId, ALL_GROUPS)) as DashboardSections;
  }

  private async online(): Promise<DashboardDto['online']> {
    const byOrg = await this.presence.onlineUsersByOrg();
    const byOrgType = Object.fromEntries(ORG_TYPES.map((t) => [t, 0])) as Record<OrgType, number>;
    if (byOrg.size === 0) return { total: 0, byOrgType };
    const rows: { id: string; type: OrgType }[] = await this.ds.query(`SELECT id, type FROM organizations WHERE id = ANY($1::uuid[])`, [[...byOrg.keys()]]);
    let total = 0;
    for (const r of rows) {
      const n = byOrg.get(r.id) ?? 0;
      byOrgType[r.type] = (byOrgType[r.type] ?? 0) + n;
      total += n;
    }
    return { total, byOrgType };
  }

  private async rooms(expoId: string): Promise<DashboardDto['rooms']> {
    const [r]: { active: number; open: number; total: number }[] = await this.ds.query(
      `SELECT count(*) FILTER (WHERE last_message_at > now() - interval '${ACTIVE_WINDOW_MINUTES} minutes')::int AS active,
              count(*) FILTER (WHERE status = 'open')::int AS open,
              count(*)::int AS total
         FROM rooms WHERE expo_id = $1`,
      [expoId],
    );
    return r;
  }

  private async messagesPerMinute(expoId: string): Promise<DashboardDto['messagesPerMinute']> {
    // Index range on messages.created_at (the last 30 minutes), joined to the expo's rooms by primary key.
    const rows: { at: Date; count: number }[] = await this.ds.query(
      `WITH bounds AS (SELECT date_trunc('minute', now()) AS cur)
       SELECT m.at, coalesce(c.count, 0)::int AS count
         FROM bounds, generate_series(bounds.cur - interval '${ACTIVE_WINDOW_MINUTES - 1} minutes', bounds.cur, interval '1 minute') AS m(at)
         LEFT JOIN (
           SELECT date_trunc('minute', msg.created_at) AS at, count(*) AS count
             FROM messages msg JOIN rooms r ON r.id = msg.room_id
            WHERE msg.created_at >= date_trunc('minute', now()) - interval '${ACTIVE_WINDOW_MINUTES - 1} minutes' AND r.expo_id = $1
            GROUP BY 1
         ) c ON c.at = m.at
        ORDER BY m.at`,
      [expoId],
    );
    const series = rows.map((r) => ({ at: new Date(r.at).toISOString(), count: r.count }));
    return { series, current: series.at(-1)?.count ?? 0 };
  }

  private async meetingsToday(expoId: string): Promise<number> {
    const [r]: { n: number }[] = await this.ds.query(
      `SELECT count(*)::int AS n FROM meeting_requests
        WHERE expo_id = $1 AND status = 'accepted'
          AND (accepted_starts_at AT TIME ZONE '${FAIR_TIMEZONE}')::date = (now() AT TIME ZONE '${FAIR_TIMEZONE}')::date`,
      [expoId],
    );
    return r.n;
  }

  private async intents(expoId: string): Promise<DashboardDto['intents']> {
    const [r]: { signed: number; amount: string }[] = await this.ds.query(
      `SELECT count(*)::int AS signed, coalesce(sum((iv.terms->>'fundingAmount')::bigint), 0)::text AS amount
         FROM rooms r JOIN intent_versions iv ON iv.room_id = r.id AND iv.status = 'signed'
        WHERE r.expo_id = $1`,
      [expoId],
    );
    return { signed: r.signed, amountTotal: Number(r.amount) };
  }

  /**
   * Needs and offers by domain (a listing counts once in each of its domains) and by province (once:
   * its first domain's row only), in one index-only scan of ix_listings_expo_dashboard.
   */
  private async listings(expoId: string): Promise<{ byDomain: DashboardDto['listingsByDomain']; byProvince: DashboardDto['listingsByProvince'] }> {
    const grouped: { domain: string | null; province: string | null; needs: number; offers: number; needs1: number; offers1: number }[] = await this.ds.query(
      `SELECT d.domain, left(l.region_code, 2) || '0000' AS province,
              count(*) FILTER (WHERE l.kind = 'need')::int AS needs,
              count(*) FILTER (WHERE l.kind = 'offer')::int AS offers,
              count(*) FILTER (WHERE l.kind = 'need' AND d.ord = 1)::int AS needs1,
              count(*) FILTER (WHERE l.kind = 'offer' AND d.ord = 1)::int AS offers1
         FROM listings l CROSS JOIN LATERAL unnest(l.domains) WITH ORDINALITY AS d(domain, ord)
        WHERE l.expo_id = $1 AND l.expo_id IS NOT NULL AND l.deleted_at IS NULL
        GROUP BY GROUPING SETS ((d.domain), (left(l.region_code, 2) || '0000'))`,
      [expoId],
    );
    const rows = grouped.filter((r) => r.domain !== null).map((r) => ({ domain: r.domain!, needs: r.needs, offers: r.offers }));
    const provinces = grouped.filter((r) => r.domain === null && r.province !== null).map((r) => ({ province: r.province!, needs: r.needs1, offers: r.offers1 }));
    const domainCounts = new Map(rows.map((r) => [r.domain, r]));
    const byDomain = SERVICE_DOMAINS.map((domain: ServiceDomain) => ({
      domain,
      needs: domainCounts.get(domain)?.needs ?? 0,
      offers: domainCounts.get(domain)?.offers ?? 0,
    }));
    const byProvince = provinces
      .map((p) => ({ regionCode: p.province, name: provinceName(p.province), needs: p.needs, offers: p.offers }))
      .sort((a, b) => b.needs + b.offers - (a.needs + a.offers) || a.regionCode.localeCompare(b.regionCode));
    return { byDomain, byProvince };
  }

  /** Visits per booth of the expo (one scan of booth_visits, shared by the funnel and the top booths). */
  private boothVisits(expoId: string): Promise<{ booth_id: string; visits: number }[]> {
    return this.ds.query(
      `SELECT v.booth_id, sum(v.views)::int AS visits FROM booth_visits v JOIN booths b ON b.id = v.booth_id WHERE b.expo_id = $1 GROUP BY v.booth_id`,
      [expoId],
    );
  }

  /** Views (booth and listing pages, every day of the expo) and contacts (distinct organisation pairs in the expo's rooms). */
  private async funnel(expoId: string, boothVisits: Promise<{ visits: number }[]>): Promise<Omit<DashboardDto['funnel'], 'intentsSigned'>> {
    const [[r], visits]: [{ listing_views: number; contacts: number; rooms: number }[], { visits: number }[]] = await Promise.all([
      this.ds.query(
        `SELECT (SELECT coalesce(sum(views), 0)::int FROM listing_views WHERE expo_id = $1) AS listing_views,
                (SELECT count(DISTINCT (least(r.created_by_org, p.org_id), greatest(r.created_by_org, p.org_id)))::int
                   FROM rooms r JOIN room_parties p ON p.room_id = r.id AND p.org_id <> r.created_by_org WHERE r.expo_id = $1) AS contacts,
                (SELECT count(*)::int FROM rooms WHERE expo_id = $1 AND kind = 'negotiation') AS rooms`,
        [expoId],
      ),
      boothVisits,
    ]);
    const boothViews = visits.reduce((sum, v) => sum + v.visits, 0);
    return { views: boothViews + r.listing_views, contacts: r.contacts, rooms: r.rooms };
  }

  private async topBooths(boothVisits: Promise<{ booth_id: string; visits: number }[]>): Promise<DashboardDto['topBooths']> {
    const top = [...(await boothVisits)].sort((a, b) => b.visits - a.visits || a.booth_id.localeCompare(b.booth_id)).slice(0, LIST_LIMIT);
    if (top.length === 0) return [];
    const names: { id: string; title: string; org_name: string }[] = await this.ds.query(
      `SELECT b.id, b.title, o.name AS org_name FROM booths b JOIN organizations o ON o.id = b.organization_id WHERE b.id = ANY($1::uuid[])`,
      [top.map((t) => t.booth_id)],
    );
    const byId = new Map(names.map((n) => [n.id, n]));
    return top.map((t) => ({ boothId: t.booth_id, title: byId.get(t.booth_id)?.title ?? '', orgName: byId.get(t.booth_id)?.org_name ?? '', visits: t.visits }));
  }

  private async unansweredNeeds(expoId: string): Promise<DashboardDto['unansweredNeeds']> {
    const where = `l.expo_id = $1 AND l.deleted_at IS NULL AND l.kind = 'need' AND l.status = 'open'
                   AND NOT EXISTS (SELECT 1 FROM room_listings rl WHERE rl.listing_id = l.id)`;
    const [[{ total }], items]: [{ total: number }[], { id: string; title: string; org_name: string; created_at: Date }[]] = await Promise.all([
      this.ds.query(`SELECT count(*)::int AS total FROM listings l WHERE ${where}`, [expoId]),
      this.ds.query(
        `SELECT l.id, l.title, o.name AS org_name, l.created_at FROM listings l JOIN organizations o ON o.id = l.organization_id
          WHERE ${where} ORDER BY l.created_at, l.id LIMIT ${LIST_LIMIT}`,
        [expoId],
      ),
    ]);
    return { total, items: items.map((r) => ({ listingId: r.id, title: r.title, orgName: r.org_name, createdAt: new Date(r.created_at).toISOString() })) };
  }

  private async pendingMeetings(expoId: string): Promise<DashboardDto['pendingMeetings']> {
    const rows: { id: string; requester: string; invitee: string; created_at: Date; waiting: number; total: number }[] = await this.ds.query(
      `SELECT m.id, ro.name AS requester, io.name AS invitee, m.created_at,
              floor(extract(epoch FROM now() - m.created_at) / 60)::int AS waiting,
              count(*) OVER ()::int AS total
         FROM meeting_requests m
         JOIN organizations ro ON ro.id = m.requester_org_id JOIN organizations io ON io.id = m.invitee_org_id
        WHERE m.expo_id = $1 AND m.status = 'pending'
        ORDER BY m.created_at, m.id
        LIMIT ${LIST_LIMIT}`,
      [expoId],
    );
    return {
      total: rows[0]?.total ?? 0,
      items: rows.map((r) => ({
        meetingId: r.id,
        requesterOrg: r.requester,
        inviteeOrg: r.invitee,
        createdAt: new Date(r.created_at).toISOString(),
        waitingMinutes: r.waiting,
      })),
    };
  }
}

function provinceName(code: string): string {
  try {
    return regionNames(code)[0] ?? code;
  } catch {
    return code;
  }
}
