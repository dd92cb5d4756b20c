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

export const round1 = (n: number) => Math.round(n * 10) / 10;

function intersect<T>(a: readonly T[], b: readonly T[]): T[] {
  return a.length === 0 || b.length === 0 ? [] : a.filter((x) => b.includes(x));
}

function countShared<T>(a: readonly T[], b: readonly T[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n += 1;
  return n;
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
 * weights.ts is computed here and nowhere else. Returns the sum of the features' points (each rounded
 * to one decimal, as shown); with `hits`, also records each feature with what its reason says. Ranking
 * calls it without `hits` for every candidate (no allocation) and with them for the ones it returns,
 * so the reasons are the very terms of the score.
 */
export function scoreFeatures(subject: MatchProfile, candidate: MatchProfile, text: TextModel, hits?: FeatureHit[]): number {
  const need = subject.kind === 'need' ? subject : candidate;
  const offer = subject.kind === 'need' ? candidate : subject;
  let total = 0;
  const add = (code: FeatureHit['code'], points: number, params: () => ReasonParams) => {
    total += round1(points);
    hits?.push({ code, points, params: params() });
  };

  const domains = countShared(need.domains, offer.domains);
  if (domains > 0) add('shared_domains', W.sharedDomains * overlap(domains, need.domains.length, offer.domains.length), () => ({ domains: intersect(need.domains, offer.domains) }));

  const groups = countShared(need.targetGroups, offer.targetGroups);
  if (groups > 0) {
    add('shared_target_groups', W.sharedTargetGroups * overlap(groups, need.targetGroups.length, offer.targetGroups.length), () => ({ targetGroups: intersect(need.targetGroups, offer.targetGroups) }));
  }

  // Region: the deepest common level of the two GB/T 2260 paths (province → city → district).
  let common = 0;
  while (common < need.regionPath.length && common < offer.regionPath.length && need.regionPath[common] === offer.regionPath[common]) common += 1;
  if (common >= 3) add('same_district', W.sameDistrict, () => ({ region: need.regionPath[2] }));
  else if (common === 2) add('same_city', W.sameCity, () => ({ region: need.regionPath[1] }));
  else if (common === 1) add('same_province', W.sameProvince, () => ({ region: need.regionPath[0] }));

  const offerAmount = amountOf(offer);
  const needAmount = amountOf(need);
  if (offerAmount != null && needAmount != null && needAmount > 0) {
    const needLow = need.amountMin ?? needAmount;
    if (offerAmount >= needAmount) add('amount_fit', W.amountFit, () => ({ offerAmount, needAmount }));
    else if (offerAmount >= needLow || offerAmount >= needAmount * 0.3) add('amount_fit', W.amountFit / 2, () => ({ offerAmount, needAmount, partial: true }));
  }

  const resources = countShared(need.resourceTypes, offer.resourceTypes);
  if (resources > 0) add('resources_answer', (W.resourcesAnswer * resources) / need.resourceTypes.length, () => ({ resourceTypes: intersect(need.resourceTypes, offer.resourceTypes) }));

  const cosine = text.cosine(subject, candidate);
  if (cosine > 0) add('similar_text', W.similarText * Math.min(1, cosine / TEXT_FULL_AT), () => ({ words: text.sharedWords(subject, candidate).slice(0, TEXT_REASON_WORDS) }));

  if (candidate.creditVerified) add('verified_org', W.verifiedOrg, () => ({}));
  if (candidate.boothApproved) add('approved_booth', W.approvedBooth, () => ({}));
  return total;
}

export function featureHits(subject: MatchProfile, candidate: MatchProfile, text: TextModel): FeatureHit[] {
  const hits: FeatureHit[] = [];
  scoreFeatures(subject, candidate, text, hits);
  return hits;
}

export function scorePair(subject: MatchProfile, candidate: MatchProfile, text: TextModel): ScoredPair {
  return finish(featureHits(subject, candidate, text));
}

/** Whether two listings can be matched at all: a need with an offer, of different organisations. */
export function counterparts(a: MatchProfile, b: MatchProfile): boolean {
  return a.kind !== b.kind && a.organizationId !== b.organizationId;
}
