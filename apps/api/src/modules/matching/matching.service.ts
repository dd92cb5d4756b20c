import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MatchDto, MatchListingDto, MatchesResponse, RecommendationsResponse, StrongPairsResponse, TriadDto } from '@yiqia/contracts';
import type { Lang, ResourceType } from '@yiqia/domain';
import { regionFullName } from '@yiqia/domain/regions';
import { ApiException, badRequest, forbidden, notFound } from '../../common/api.exception.js';
import { uuidPattern } from '../../common/zod-validation.js';
import type { AuthContext } from '../auth/auth-context.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { MatchIndex, type Ranked } from './match-index.js';
import { MATCHING_CONSUMER, loadProfilesSince, queueStaleProfiles, refreshProfiles } from './match-store.js';
import type { MatchProfile } from './profile.js';
import { type FeatureHit, type ScoredPair, finish } from './scorer.js';
import { toReasons } from './reasons.js';
import { FEEDBACK_PENALTY, FEEDBACK_SIMILARITY_MIN, PAST_CONVERSATION_POINTS, SIMILAR_CONVERSATION_POINTS, TRIAD_WEIGHTS } from './weights.js';

/** Resource types an implementer delivers and a pure funder does not. */
const DELIVERY: readonly ResourceType[] = ['expertise', 'volunteers'];
/** Three-way suggestions returned with recommendations. */
export const TRIAD_LIMIT = 6;

export function toMatchListing(p: MatchProfile): MatchListingDto {
  return {
    id: p.id,
    kind: p.kind,
    title: p.title,
    summary: p.summary,
    domains: p.domains,
    targetGroups: p.targetGroups,
    resourceTypes: p.resourceTypes,
    regionCode: p.regionCode,
    regionName: regionFullName(p.regionCode),
    amountMin: p.amountMin,
    amountMax: p.amountMax,
    status: p.status,
    expoId: p.expoId,
    boothId: p.boothId,
    organization: { id: p.organizationId, name: p.orgName, type: p.orgType, creditCodeVerified: p.creditVerified },
  };
}

/** An offer that funds but does not deliver: it needs an implementer. */
export const isFunderOffer = (p: MatchProfile) => p.kind === 'offer' && p.resourceTypes.includes('funding') && !p.resourceTypes.some((r) => DELIVERY.includes(r));
/** A social organisation's offer of expertise or volunteers. */
export const isImplementerOffer = (p: MatchProfile) => p.kind === 'offer' && p.orgType === 'social_org' && p.resourceTypes.some((r) => DELIVERY.includes(r));

const jaccard = <T>(a: readonly T[], b: readonly T[]) => {
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : a.filter((x) => b.includes(x)).length / union;
};

/** How like a hidden suggestion a candidate is (weights.ts explains the rule). */
export function feedbackSimilarity(candidate: MatchProfile, hidden: MatchProfile): number {
  if (candidate.organizationId === hidden.organizationId) return 1;
  if (candidate.kind !== hidden.kind) return 0;
  return 0.6 * jaccard(candidate.domains, hidden.domains) + 0.4 * jaccard(candidate.resourceTypes, hidden.resourceTypes);
}

interface OrgFeedback {
  /** "listing|counterpart" in both orders. */
  pairs: Set<string>;
  counterparts: MatchProfile[];
}

/** How often booth approvals and organisation names are checked against the profiles. */
export const RECONCILE_INTERVAL_MS = 60_000;

@Injectable()
export class MatchingService implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Matching');
  readonly index = new MatchIndex();
  private watermark = '0';
  private syncing: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private reconcileTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    this.outbox.handle(MATCHING_CONSUMER, (m, ids) => refreshProfiles(m, ids).then(() => undefined));
  }

  onApplicationBootstrap(): void {
    // Load every profile in the background so the first request does not pay for it.
    this.sync().catch((e: unknown) => this.log.warn(`initial load of match profiles failed: ${String(e)}`));
    this.reconcileTimer = setInterval(() => {
      this.reconcile().catch((e: unknown) => this.log.warn(`match profile check failed: ${String(e)}`));
    }, RECONCILE_INTERVAL_MS);
    this.reconcileTimer.unref();
  }

  onApplicationShutdown(): void {
    if (this.reconcileTimer) clearInterval(this.reconcileTimer);
  }

  /**
   * Booth approvals and organisation renames write no listing outbox row: queue the listings whose
   * profile disagrees, and nudge the consumer (its poller would pick them up anyway).
   */
  async reconcile(): Promise<number> {
    const queued = await queueStaleProfiles(this.ds);
    if (queued > 0) await this.outbox.drain(MATCHING_CONSUMER);
    return queued;
  }

  /**
   * Brings this process's index up to the stored profiles (one indexed query when nothing changed).
   * Requests arriving while a load runs share ONE next load that starts after it, so every request
   * sees the writes committed before it arrived.
   */
  sync(): Promise<void> {
    if (!this.syncing) {
      this.syncing = this.load().finally(() => {
        this.syncing = null;
      });
      return this.syncing;
    }
    this.queued ??= this.syncing.catch(() => undefined).then(() => {
      this.queued = null;
      return this.sync();
    });
    return this.queued;
  }

  private async load(): Promise<void> {
    const { watermark, profiles } = await loadProfilesSince(this.ds, this.watermark);
    for (const p of profiles) this.index.apply(p);
    this.watermark = watermark;
  }

  // ---- listing page ---------------------------------------------------------------------------

  async matches(id: string, caller: AuthContext | undefined, limit: number, lang: Lang): Promise<MatchesResponse> {
    if (!uuidPattern.test(id)) throw notFound();
    const orgId = caller?.organizationId ?? null;
    const synced = this.sync();
    const feedback = orgId ? await this.feedbackOf(orgId, synced) : null;
    await synced;
    const subject = await this.subject(id);
    if (subject.status !== 'open') throw new ApiException('MATCH_LISTING_NOT_OPEN', 409);
    const ranked = this.index.rank(subject, {
      limit,
      excludeOrg: orgId,
      hidden: feedback ? hiddenFor(feedback, id) : undefined,
      extra: feedback ? (c) => this.penalty(c, feedback) : undefined,
    });
    return { matches: ranked.map((r) => this.toMatch(r, lang)) };
  }

  /** The profile of a live listing: from the index, or built now when the consumer has not caught up. */
  private async subject(id: string): Promise<MatchProfile> {
    const held = this.index.get(id);
    if (held) return held;
    const [row]: { deleted: boolean }[] = await this.ds.query(`SELECT deleted_at IS NOT NULL AS deleted FROM listings WHERE id = $1`, [id]);
    if (!row || row.deleted) throw notFound();
    // Not profiled yet (written a moment ago): refresh it now, in its own transaction.
    await this.ds.transaction((m) => refreshProfiles(m, [id]));
    await this.sync();
    const now = this.index.get(id);
    if (!now) throw notFound();
    return now;
  }

  // ---- recommendations --------------------------------------------------------------------------

  async recommendations(caller: AuthContext, limit: number, lang: Lang): Promise<RecommendationsResponse> {
    const orgId = caller.organizationId;
    if (!orgId) throw forbidden();
    const [feedback, talked] = await Promise.all([this.feedbackOf(orgId, this.sync()), this.talkedWith(orgId)]);
    const own: MatchProfile[] = [];
    // Domains (bit sets) per organisation type of the organisations it talked with: "a similar one".
    const talkedLike = new Map<string, number>();
    for (const p of this.index.profiles.values()) {
      if (p.organizationId === orgId && p.status === 'open') own.push(p);
      if (talked.has(p.organizationId)) talkedLike.set(p.orgType, (talkedLike.get(p.orgType) ?? 0) | p.bits.domains);
    }
    const conversation = (c: MatchProfile): FeatureHit[] => {
      if (talked.has(c.organizationId)) return [{ code: 'past_conversation', points: PAST_CONVERSATION_POINTS, params: {} }];
      if (((talkedLike.get(c.orgType) ?? 0) & c.bits.domains) !== 0) return [{ code: 'past_conversation', points: SIMILAR_CONVERSATION_POINTS, params: { similar: true } }];
      return [];
    };
    const extra = (c: MatchProfile): FeatureHit[] => [...conversation(c), ...this.penalty(c, feedback)];
    const best = new Map<string, { ranked: Ranked; forListing: MatchProfile }>();
    for (const mine of own) {
      for (const r of this.index.rank(mine, { limit, excludeOrg: orgId, hidden: hiddenFor(feedback, mine.id), extra })) {
        const held = best.get(r.profile.id);
        if (!held || held.ranked.score < r.score) best.set(r.profile.id, { ranked: r, forListing: mine });
      }
    }
    const matches: MatchDto[] = [...best.values()]
      .sort((a, b) => b.ranked.score - a.ranked.score || (a.ranked.profile.id < b.ranked.profile.id ? -1 : 1))
      .slice(0, limit)
      .map(({ ranked, forListing }) => ({ ...this.toMatch(ranked, lang), forListing: { id: forListing.id, kind: forListing.kind, title: forListing.title } }));
    return { matches, triads: this.triads(own, orgId, feedback, lang) };
  }

  /**
   * Three-way suggestions around the organisation's own listings: a need gets a funder that only funds
   * plus a social organisation that delivers; a funder's offer gets needs and, for each, an
   * implementer; an implementer's offer gets needs and, for each, a funder.
   */
  private triads(own: MatchProfile[], orgId: string, feedback: OrgFeedback, lang: Lang): TriadDto[] {
    const out = new Map<string, TriadDto>();
    const rank = (subject: MatchProfile, filter: (c: MatchProfile) => boolean, limit: number) =>
      this.index.rank(subject, { limit, excludeOrg: orgId, hidden: hiddenFor(feedback, subject.id), filter });
    const add = (need: MatchProfile, funder: MatchProfile, implementer: MatchProfile) => {
      if (funder.organizationId === implementer.organizationId || need.organizationId === implementer.organizationId || need.organizationId === funder.organizationId) return;
      const key = `${need.id}|${funder.id}|${implementer.id}`;
      if (out.has(key)) return;
      out.set(key, this.triad(need, funder, implementer, lang));
    };
    for (const mine of own) {
      if (mine.kind === 'need') {
        const funders = rank(mine, isFunderOffer, 2);
        const implementers = rank(mine, isImplementerOffer, 2);
        for (const f of funders) for (const i of implementers) add(mine, f.profile, i.profile);
      } else if (isFunderOffer(mine)) {
        for (const n of rank(mine, () => true, 3)) {
          for (const i of this.index.rank(n.profile, { limit: 1, excludeOrg: orgId, filter: (c) => isImplementerOffer(c) && c.organizationId !== n.profile.organizationId })) add(n.profile, mine, i.profile);
        }
      } else if (isImplementerOffer(mine)) {
        for (const n of rank(mine, () => true, 3)) {
          for (const f of this.index.rank(n.profile, { limit: 1, excludeOrg: orgId, filter: (c) => isFunderOffer(c) && c.organizationId !== n.profile.organizationId })) add(n.profile, f.profile, mine);
        }
      }
    }
    return [...out.values()].sort((a, b) => b.score - a.score).slice(0, TRIAD_LIMIT);
  }

  triad(need: MatchProfile, funder: MatchProfile, implementer: MatchProfile, lang: Lang): TriadDto {
    const nf = this.index.score(need, funder);
    const ni = this.index.score(need, implementer);
    const merged = new Map<string, FeatureHit>();
    // Same code from both pairs: one reason, points added, the stronger one's words. The three region
    // codes count as one (a need near its funder and far from its implementer shows its best region).
    const keyOf = (code: string) => (code.startsWith('same_') ? 'region' : code);
    const fold = (pair: ScoredPair, share: number) => {
      for (const h of pair.hits) {
        const key = keyOf(h.code);
        const held = merged.get(key);
        const points = h.points * share;
        if (!held) merged.set(key, { ...h, points });
        else merged.set(key, { ...(held.points >= points ? held : h), points: held.points + points });
      }
    };
    fold(nf, TRIAD_WEIGHTS.funderShare);
    fold(ni, TRIAD_WEIGHTS.implementerShare);
    const delivers = implementer.resourceTypes.filter((r) => DELIVERY.includes(r));
    const scored = finish([{ code: 'implementer_delivers', points: TRIAD_WEIGHTS.implementerDelivers, params: { orgName: implementer.orgName, resourceTypes: delivers } }, ...merged.values()]);
    return { need: toMatchListing(need), funder: toMatchListing(funder), implementer: toMatchListing(implementer), score: scored.score, reasons: toReasons(scored.hits, lang) };
  }

  // ---- feedback -----------------------------------------------------------------------------------

  async addFeedback(caller: AuthContext, input: { listingId: string; counterpartId: string; reason?: string | undefined }): Promise<void> {
    const orgId = caller.organizationId;
    if (!orgId) throw forbidden();
    if (input.listingId === input.counterpartId) throw badRequest('BAD_REQUEST');
    const found: { n: number }[] = await this.ds.query(`SELECT count(*)::int AS n FROM listings WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`, [[input.listingId, input.counterpartId]]);
    if (found[0].n !== 2) throw notFound();
    await this.ds.query(
      `INSERT INTO match_feedback (org_id, listing_id, counterpart_id, verdict, reason, created_by) VALUES ($1, $2, $3, 'not_fit', $4, $5)
       ON CONFLICT (org_id, listing_id, counterpart_id) DO UPDATE SET reason = EXCLUDED.reason, created_by = EXCLUDED.created_by, created_at = now()`,
      [orgId, input.listingId, input.counterpartId, input.reason ?? null, caller.userId],
    );
  }

  async removeFeedback(caller: AuthContext, key: { listingId: string; counterpartId: string }): Promise<void> {
    const orgId = caller.organizationId;
    if (!orgId) throw forbidden();
    await this.ds.query(`DELETE FROM match_feedback WHERE org_id = $1 AND listing_id = $2 AND counterpart_id = $3`, [orgId, key.listingId, key.counterpartId]);
  }

  /** The organisation's "not a fit" pairs; read alongside the index sync, resolved to profiles after it. */
  private async feedbackOf(orgId: string, synced: Promise<void>): Promise<OrgFeedback> {
    const [rows]: [{ listing_id: string; counterpart_id: string }[], void] = await Promise.all([
      this.ds.query(`SELECT listing_id, counterpart_id FROM match_feedback WHERE org_id = $1`, [orgId]),
      synced,
    ]);
    const pairs = new Set<string>();
    for (const r of rows) {
      pairs.add(`${r.listing_id}|${r.counterpart_id}`);
      pairs.add(`${r.counterpart_id}|${r.listing_id}`);
    }
    return { pairs, counterparts: rows.map((r) => this.index.get(r.counterpart_id)).filter((p): p is MatchProfile => !!p) };
  }

  private penalty(candidate: MatchProfile, feedback: OrgFeedback): FeatureHit[] {
    let sim = 0;
    for (const h of feedback.counterparts) sim = Math.max(sim, feedbackSimilarity(candidate, h));
    return sim >= FEEDBACK_SIMILARITY_MIN ? [{ code: 'feedback_penalty', points: -FEEDBACK_PENALTY * sim, params: {} }] : [];
  }

  /** Organisations that share a conversation (room) with this one. */
  private async talkedWith(orgId: string): Promise<Set<string>> {
    const rows: { org_id: string }[] = await this.ds.query(
      `SELECT DISTINCT other.org_id FROM room_parties me JOIN room_parties other ON other.room_id = me.room_id AND other.org_id <> me.org_id WHERE me.org_id = $1`,
      [orgId],
    );
    return new Set(rows.map((r) => r.org_id));
  }

  // ---- console --------------------------------------------------------------------------------------

  async strongPairs(expoId: string, limit: number, lang: Lang): Promise<StrongPairsResponse> {
    if (!uuidPattern.test(expoId)) throw notFound();
    const [expo]: unknown[] = await this.ds.query(`SELECT 1 FROM expos WHERE id = $1`, [expoId]);
    if (!expo) throw notFound();
    const [, connected] = await Promise.all([this.sync(), this.connectedPairs()]);
    const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    const pairs: { need: MatchProfile; r: Ranked }[] = [];
    for (const need of this.index.profiles.values()) {
      if (need.kind !== 'need' || need.status !== 'open' || need.expoId !== expoId) continue;
      const ranked = this.index.rank(need, { limit, filter: (c) => c.expoId === expoId && !connected.has(key(need.organizationId, c.organizationId)) });
      for (const r of ranked) pairs.push({ need, r });
    }
    pairs.sort((a, b) => b.r.score - a.r.score || (a.need.id + a.r.profile.id < b.need.id + b.r.profile.id ? -1 : 1));
    return {
      pairs: pairs.slice(0, limit).map(({ need, r }) => ({ need: toMatchListing(need), offer: toMatchListing(r.profile), score: r.score, reasons: toReasons(r.hits, lang) })),
    };
  }

  /** Organisation pairs that already have a room together (any room: they are connected). */
  private async connectedPairs(): Promise<Set<string>> {
    const rows: { a: string; b: string }[] = await this.ds.query(
      `SELECT DISTINCT LEAST(x.org_id, y.org_id)::text AS a, GREATEST(x.org_id, y.org_id)::text AS b
         FROM room_parties x JOIN room_parties y ON y.room_id = x.room_id AND y.org_id > x.org_id`,
    );
    return new Set(rows.map((r) => `${r.a}|${r.b}`));
  }

  private toMatch(r: Ranked, lang: Lang): MatchDto {
    return { listing: toMatchListing(r.profile), score: r.score, reasons: toReasons(r.hits, lang) };
  }
}

function hiddenFor(feedback: OrgFeedback, listingId: string): Set<string> {
  const out = new Set<string>();
  for (const k of feedback.pairs) {
    const [l, c] = k.split('|');
    if (l === listingId) out.add(c);
  }
  return out;
}
