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

const round1 = (n: number) => Math.round(n * 10) / 10;

function intersect<T>(a: readonly T[], b: readonly T[]): T[] {
  return a.length === 0 || b.length === 0 ? [] : a.filter((x) => b.includes(x));
}

/** Mean of the shares of each side covered by the shared values (1 when both sides are the same set). */
function overlap(shared: number, a: number, b: number): number {
  return shared === 0 ? 0 : (shared / a + shared / b) / 2;
}

/** The amount a listing names: its maximum, else its minimum. */
const amountOf = (p: Pick<MatchProfile, 'amountMin' | 'amountMax'>) => p.amountMax ?? p.amountMin;

/** Sum of points (one decimal) of the given hits, strongest first; the score is exactly their sum. */
export function finish(hits: FeatureHit[]): ScoredPair {
  const kept = hits.map((h) => ({ ...h, points: round1(h.points) })).filter((h) => h.points !== 0);
  kept.sort((a, b) => b.points - a.points);
  const score = round1(Math.max(0, kept.reduce((s, h) => s + h.points, 0)));
  return { score, hits: kept };
}

/**
 * Scores a need/offer pair (either order; the trust signals are the candidate's). Every feature of
 * weights.ts is computed here and nowhere else.
 */
export function featureHits(subject: MatchProfile, candidate: MatchProfile, text: TextModel): FeatureHit[] {
  const need = subject.kind === 'need' ? subject : candidate;
  const offer = subject.kind === 'need' ? candidate : subject;
  const hits: FeatureHit[] = [];

  const domains = intersect(need.domains, offer.domains);
  if (domains.length > 0) hits.push({ code: 'shared_domains', points: W.sharedDomains * overlap(domains.length, need.domains.length, offer.domains.length), params: { domains } });

  const groups = intersect(need.targetGroups, offer.targetGroups);
  if (groups.length > 0) {
    hits.push({ code: 'shared_target_groups', points: W.sharedTargetGroups * overlap(groups.length, need.targetGroups.length, offer.targetGroups.length), params: { targetGroups: groups } });
  }

  // Region: the deepest common level of the two GB/T 2260 paths (province → city → district).
  let common = 0;
  while (common < need.regionPath.length && common < offer.regionPath.length && need.regionPath[common] === offer.regionPath[common]) common += 1;
  if (common >= 3) hits.push({ code: 'same_district', points: W.sameDistrict, params: { region: need.regionPath[2] } });
  else if (common === 2) hits.push({ code: 'same_city', points: W.sameCity, params: { region: need.regionPath[1] } });
  else if (common === 1) hits.push({ code: 'same_province', points: W.sameProvince, params: { region: need.regionPath[0] } });

  const offerAmount = amountOf(offer);
  const needAmount = amountOf(need);
  if (offerAmount != null && needAmount != null && needAmount > 0) {
    const needLow = need.amountMin ?? needAmount;
    if (offerAmount >= needAmount) hits.push({ code: 'amount_fit', points: W.amountFit, params: { offerAmount, needAmount } });
    else if (offerAmount >= needLow || offerAmount >= needAmount * 0.3) {
      hits.push({ code: 'amount_fit', points: W.amountFit / 2, params: { offerAmount, needAmount, partial: true } });
    }
  }

  const resources = intersect(need.resourceTypes, offer.resourceTypes);
  if (resources.length > 0) hits.push({ code: 'resources_answer', points: (W.resourcesAnswer * resources.length) / need.resourceTypes.length, params: { resourceTypes: resources } });

  const sim = text.similarity(subject, candidate);
  if (sim.cosine > 0) {
    hits.push({ code: 'similar_text', points: W.similarText * Math.min(1, sim.cosine / TEXT_FULL_AT), params: { words: sim.shared.slice(0, TEXT_REASON_WORDS) } });
  }

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
