import type { MatchReasonCode } from '@yiqia/contracts';
import type { ResourceType, ServiceDomain, TargetGroup } from '@yiqia/domain';
import type { MatchProfile } from './profile.js';
import type { TextModel } from './text-model.js';
import { MATCH_WEIGHTS as W, TEXT_FULL_AT, TEXT_REASON_WORDS } from './weights.js';

/** What a reason says, as data; reasons.ts turns it into text of the caller's language. */
export interface ReasonParams {
  domains?: ServiceDomain[];
  targetGroups?: TargetGroup[];
  resourceTypes?: ResourceType[];
  /** The region code both share (district, city or province). */
  region?: string;
  words?: string[];
  /** amount_fit: what the offer gives (its maximum) and what the need asks; `partial` when it covers only part. */
  offerAmount?: number;
  needAmount?: number;
  partial?: boolean;
  /** implementer_delivers: the implementer's organisation name. */
  orgName?: string;
  /** past_conversation: with an organisation like the counterpart's, not the counterpart's itself. */
  similar?: boolean;
}

/** One feature that contributed to a score: the reason and the score come from the same object. */
export interface FeatureHit {
  code: MatchReasonCode;
  points: number;
  params: ReasonParams;
}

export interface ScoredPair {
  score: number;
  hits: FeatureHit[];
}

export const round1 = (n: number) => Math.round(n * 10) / 10;

function intersect<T>(a: readonly T[], b: readonly T[]): T[] {
  return a.length === 0 || b.length === 0 ? [] : a.filter((x) => b.includes(x));
}

/** Set bits of a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Mean of the shares of each side covered by the shared values (1 when both sides are the same set). */
function overlap(shared: number, a: number, b: number): number {
  return shared === 0 ? 0 : (shared / a + shared / b) / 2;
}

/** Sum of points (one decimal) of the given hits, strongest first; the score is exactly their sum. */
export function finish(hits: FeatureHit[]): ScoredPair {
  const kept = hits.map((h) => ({ ...h, points: round1(h.points) })).filter((h) => h.points !== 0);
  kept.sort((a, b) => b.points - a.points);
  const score = round1(Math.max(0, kept.reduce((s, h) => s + h.points, 0)));
  return { score, hits: kept };
}

// ---- one function per feature: points only (no allocation), used by ranking and by the reasons ----

/**
 * The facts of a listing the structural features read, as numbers: ranking keeps one per open
 * listing, allocated together (reading them does not wander over the heap — at 10,000 listings that
 * mattered more than the arithmetic).
 */
export interface Facts {
  organizationId: string;
  domains: number;
  domainCount: number;
  targetGroups: number;
  targetGroupCount: number;
  resourceTypes: number;
  resourceTypeCount: number;
  /** GB/T 2260 codes of the path as numbers (0: no such level). */
  province: number;
  city: number;
  district: number;
  /** Its maximum, else its minimum; NaN when it names none. */
  amount: number;
  amountMin: number;
  /** Trust points when it is the candidate. */
  trust: number;
}

export function factsOf(p: MatchProfile): Facts {
  return {
    organizationId: p.organizationId,
    domains: p.bits.domains,
    domainCount: p.domains.length,
    targetGroups: p.bits.targetGroups,
    targetGroupCount: p.targetGroups.length,
    resourceTypes: p.bits.resourceTypes,
    resourceTypeCount: p.resourceTypes.length,
    province: Number(p.regionPath[0] ?? 0),
    city: Number(p.regionPath[1] ?? 0),
    district: Number(p.regionPath[2] ?? 0),
    amount: p.amountMax ?? p.amountMin ?? NaN,
    amountMin: p.amountMin ?? NaN,
    trust: (p.creditVerified ? W.verifiedOrg : 0) + (p.boothApproved ? W.approvedBooth : 0),
  };
}

function domainPoints(need: Facts, offer: Facts): number {
  const n = popcount(need.domains & offer.domains);
  return n === 0 ? 0 : round1(W.sharedDomains * overlap(n, need.domainCount, offer.domainCount));
}

function groupPoints(need: Facts, offer: Facts): number {
  const n = popcount(need.targetGroups & offer.targetGroups);
  return n === 0 ? 0 : round1(W.sharedTargetGroups * overlap(n, need.targetGroupCount, offer.targetGroupCount));
}

/** Depth of the common GB/T 2260 path: 3 same district, 2 same city, 1 same province, 0 none. */
function commonRegionDepth(a: Facts, b: Facts): number {
  if (a.province === 0 || a.province !== b.province) return 0;
  if (a.city === 0 || a.city !== b.city) return 1;
  if (a.district === 0 || a.district !== b.district) return 2;
  return 3;
}
const REGION_POINTS = [0, W.sameProvince, W.sameCity, W.sameDistrict] as const;
const REGION_CODES = [null, 'same_province', 'same_city', 'same_district'] as const;

/** 2 when the offer's amount covers the need's, 1 when it reaches the need's minimum or 30 % of its amount, else 0. */
function amountFit(need: Facts, offer: Facts): 0 | 1 | 2 {
  if (!(need.amount > 0) || Number.isNaN(offer.amount)) return 0;
  if (offer.amount >= need.amount) return 2;
  const low = Number.isNaN(need.amountMin) ? need.amount : need.amountMin;
  return offer.amount >= low || offer.amount >= need.amount * 0.3 ? 1 : 0;
}
const AMOUNT_POINTS = [0, W.amountFit / 2, W.amountFit] as const;

function resourcePoints(need: Facts, offer: Facts): number {
  const n = popcount(need.resourceTypes & offer.resourceTypes);
  return n === 0 ? 0 : round1((W.resourcesAnswer * n) / need.resourceTypeCount);
}

function textPoints(cosine: number): number {
  return cosine > 0 ? round1(W.similarText * Math.min(1, cosine / TEXT_FULL_AT)) : 0;
}

/** The most text similarity can add: ranking skips the text of candidates that cannot reach its current top. */
export const MAX_TEXT_POINTS = W.similarText;

/** Every feature but text similarity, summed (points rounded to one decimal each). No allocation. */
export function structuralScore(subjectKind: MatchProfile['kind'], subject: Facts, candidate: Facts): number {
  const need = subjectKind === 'need' ? subject : candidate;
  const offer = subjectKind === 'need' ? candidate : subject;
  return domainPoints(need, offer) + groupPoints(need, offer) + REGION_POINTS[commonRegionDepth(need, offer)] + AMOUNT_POINTS[amountFit(need, offer)] + resourcePoints(need, offer) + candidate.trust;
}

export function textScore(subject: MatchProfile, candidate: MatchProfile, text: TextModel): number {
  return textPoints(text.cosine(subject, candidate));
}

/**
 * The features of a need/offer pair (either order; trust signals are the candidate's) with what each
 * reason says — from the same per-feature functions as structuralScore and textScore, so a pair's
 * score is the sum of its reasons' points. Every feature of weights.ts is computed in this file only.
 */
export function featureHits(subject: MatchProfile, candidate: MatchProfile, text: TextModel): FeatureHit[] {
  const needP = subject.kind === 'need' ? subject : candidate;
  const offerP = subject.kind === 'need' ? candidate : subject;
  const need = factsOf(needP);
  const offer = factsOf(offerP);
  const hits: FeatureHit[] = [];
  const d = domainPoints(need, offer);
  if (d > 0) hits.push({ code: 'shared_domains', points: d, params: { domains: intersect(needP.domains, offerP.domains) } });
  const g = groupPoints(need, offer);
  if (g > 0) hits.push({ code: 'shared_target_groups', points: g, params: { targetGroups: intersect(needP.targetGroups, offerP.targetGroups) } });
  const depth = commonRegionDepth(need, offer);
  const regionCode = REGION_CODES[depth];
  if (regionCode) hits.push({ code: regionCode, points: REGION_POINTS[depth], params: { region: needP.regionPath[depth - 1] } });
  const fit = amountFit(need, offer);
  if (fit > 0) hits.push({ code: 'amount_fit', points: AMOUNT_POINTS[fit], params: { offerAmount: offer.amount, needAmount: need.amount, ...(fit === 1 ? { partial: true } : {}) } });
  const r = resourcePoints(need, offer);
  if (r > 0) hits.push({ code: 'resources_answer', points: r, params: { resourceTypes: intersect(needP.resourceTypes, offerP.resourceTypes) } });
  const t = textScore(subject, candidate, text);
  if (t > 0) hits.push({ code: 'similar_text', points: t, params: { words: text.sharedWords(subject, candidate).slice(0, TEXT_REASON_WORDS) } });
  if (candidate.creditVerified) hits.push({ code: 'verified_org', points: W.verifiedOrg, params: {} });
  if (candidate.boothApproved) hits.push({ code: 'approved_booth', points: W.approvedBooth, params: {} });
  return hits;
}

export function scorePair(subject: MatchProfile, candidate: MatchProfile, text: TextModel): ScoredPair {
  return finish(featureHits(subject, candidate, text));
}

/** Whether two listings can be matched at all: a need with an offer, of different organisations. */
export function counterparts(a: MatchProfile, b: MatchProfile): boolean {
  return a.kind !== b.kind && a.organizationId !== b.organizationId;
}
