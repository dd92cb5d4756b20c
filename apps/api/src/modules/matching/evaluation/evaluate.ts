import { buildDemoFair } from '../../demo/demo-content.js';
import { buildDemoListings } from '../../demo/demo-listings.js';
import { FIXTURE_ORGS, RELEVANCE_FIXTURES, fixtureId, fixtureOrgId } from '../../search/relevance/fixtures.js';
import { MatchIndex } from '../match-index.js';
import { type MatchProfile, buildProfile } from '../profile.js';
import { MATCH_JUDGEMENTS } from './labels.js';

/**
 * Offline evaluation of the matcher. Each judged need ranks every open offer of the pool — the 130
 * search fixtures plus the ≈ 1,150 generated demo listings as distractors (unjudged, so counted as
 * not good) — and the ranks of its good offers give:
 *
 * hit@10  share of needs with a good offer in the top 10;
 * MRR     mean of 1 / rank of the first good offer;
 * nDCG@10 binary gains, DCG = Σ rel(i) / log2(i + 1) over ranks 1…10, over the ideal DCG;
 * pairwise share of judged (good, bad) pairs of a need where the good one scores higher.
 *
 * The random baseline is the exact expectation of each metric under a uniformly random order of the
 * same candidates (no sampling, so it does not move between runs).
 */

export const K = 10;

export interface Metrics {
  hitAt10: number;
  mrr: number;
  ndcgAt10: number;
}

export interface EvaluationReport {
  needs: number;
  judgedPairs: number;
  goodPairs: number;
  /** Offers ranked per need (mean). */
  candidates: number;
  matcher: Metrics & { pairwise: number };
  random: Metrics;
}

const fixtureKey = (id: string) => `L${String(Number(id.slice(-12))).padStart(3, '0')}`;

/** The pool: fixtures (keys by id) and demo listings, as matcher profiles. */
export function evaluationProfiles(withDistractors = true): MatchProfile[] {
  const out: MatchProfile[] = RELEVANCE_FIXTURES.map((f) => {
    const org = FIXTURE_ORGS[f.org];
    const [amountMin, amountMax] = f.amount ?? [null, null];
    return buildProfile({
      id: fixtureId(f.key),
      kind: f.kind,
      status: f.status ?? 'open',
      organizationId: fixtureOrgId(f.org),
      orgName: org.name,
      orgType: org.type,
      creditVerified: true,
      expoId: null,
      boothId: null,
      boothApproved: false,
      domains: f.domains,
      targetGroups: f.targetGroups,
      resourceTypes: f.resourceTypes,
      regionCode: f.region ?? org.region,
      amountMin,
      amountMax,
      title: f.title,
      summary: f.summary,
      bodyHtml: f.body ?? '',
    });
  });
  if (withDistractors) {
    // A fixed date: the demo generator is deterministic for it.
    const fair = buildDemoFair(new Date('2026-11-01T00:00:00Z'));
    const orgs = new Map(fair.organizations.map((o) => [o.key, o]));
    for (const l of buildDemoListings(fair.organizations)) {
      const org = orgs.get(l.orgKey)!;
      out.push(
        buildProfile({
          id: l.id, kind: l.kind, status: l.status, organizationId: `demo:${org.key}`, orgName: org.name, orgType: org.type, creditVerified: true,
          expoId: null, boothId: null, boothApproved: false, domains: l.domains, targetGroups: l.targetGroups, resourceTypes: l.resourceTypes,
          regionCode: l.regionCode, amountMin: l.amountMin, amountMax: l.amountMax, title: l.title, summary: l.summary, bodyHtml: l.body,
        }),
      );
    }
  }
  return out;
}

export function hitAt(k: number, ranks: number[]): number {
  return ranks.some((r) => r <= k) ? 1 : 0;
}

export function reciprocalRank(ranks: number[]): number {
  return ranks.length === 0 ? 0 : 1 / Math.min(...ranks);
}

export function ndcgAt(k: number, ranks: number[], relevant: number): number {
  const dcg = ranks.filter((r) => r <= k).reduce((s, r) => s + 1 / Math.log2(r + 1), 0);
  let ideal = 0;
  for (let r = 1; r <= Math.min(k, relevant); r++) ideal += 1 / Math.log2(r + 1);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** C(n, k) / C(m, k) as a product (no overflow). */
function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** Expected metrics of a random order of n candidates of which g are good. */
export function randomMetrics(n: number, g: number, k = K): Metrics {
  const hit = 1 - choose(n - g, k) / choose(n, k);
  let mrr = 0;
  for (let r = 1; r <= n - g + 1; r++) mrr += (choose(n - r, g - 1) / choose(n, g)) / r;
  let dcg = 0;
  for (let r = 1; r <= Math.min(k, n); r++) dcg += g / n / Math.log2(r + 1);
  let ideal = 0;
  for (let r = 1; r <= Math.min(k, g); r++) ideal += 1 / Math.log2(r + 1);
  return { hitAt10: hit, mrr, ndcgAt10: ideal === 0 ? 0 : dcg / ideal };
}

export function evaluateMatcher(profiles: MatchProfile[] = evaluationProfiles()): EvaluationReport {
  const index = new MatchIndex();
  profiles.forEach((p, i) => index.apply({ ...p, version: i + 1 }));
  const sum = { hit: 0, mrr: 0, ndcg: 0, rHit: 0, rMrr: 0, rNdcg: 0, candidates: 0, pairsRight: 0, pairs: 0 };
  let needs = 0;
  let judged = 0;
  let good = 0;
  for (const [needKey, goodKeys, badKeys] of MATCH_JUDGEMENTS) {
    const need = index.get(fixtureId(needKey));
    if (!need) throw new Error(`unknown need ${needKey}`);
    const ranked = index.rank(need, { limit: Number.MAX_SAFE_INTEGER, minScore: -Infinity });
    const rankOf = new Map(ranked.map((r, i) => [fixtureKey(r.profile.id) + (r.profile.id.startsWith('00000000-0000-4000-8000-') ? '' : '?'), i + 1]));
    const scoreOf = new Map(ranked.map((r) => [r.profile.id, r.score]));
    const goodRanks = goodKeys.map((k) => rankOf.get(k)).filter((r): r is number => r !== undefined);
    if (goodRanks.length !== goodKeys.length) throw new Error(`a good offer of ${needKey} is not a candidate`);
    needs += 1;
    judged += goodKeys.length + badKeys.length;
    good += goodKeys.length;
    sum.hit += hitAt(K, goodRanks);
    sum.mrr += reciprocalRank(goodRanks);
    sum.ndcg += ndcgAt(K, goodRanks, goodKeys.length);
    const rnd = randomMetrics(ranked.length, goodKeys.length);
    sum.rHit += rnd.hitAt10;
    sum.rMrr += rnd.mrr;
    sum.rNdcg += rnd.ndcgAt10;
    sum.candidates += ranked.length;
    for (const g of goodKeys) {
      for (const b of badKeys) {
        sum.pairs += 1;
        if ((scoreOf.get(fixtureId(g)) ?? 0) > (scoreOf.get(fixtureId(b)) ?? 0)) sum.pairsRight += 1;
      }
    }
  }
  return {
    needs,
    judgedPairs: judged,
    goodPairs: good,
    candidates: Math.round(sum.candidates / needs),
    matcher: { hitAt10: sum.hit / needs, mrr: sum.mrr / needs, ndcgAt10: sum.ndcg / needs, pairwise: sum.pairsRight / sum.pairs },
    random: { hitAt10: sum.rHit / needs, mrr: sum.rMrr / needs, ndcgAt10: sum.rNdcg / needs },
  };
}

export function formatReport(r: EvaluationReport): string {
  const f = (n: number) => n.toFixed(3);
  return [
    `${r.needs} needs, ${r.judgedPairs} judged pairs (${r.goodPairs} good), ${r.candidates} candidate offers per need`,
    `            hit@10  MRR    nDCG@10  pairwise`,
    `matcher     ${f(r.matcher.hitAt10)}   ${f(r.matcher.mrr)}  ${f(r.matcher.ndcgAt10)}    ${f(r.matcher.pairwise)}`,
    `random      ${f(r.random.hitAt10)}   ${f(r.random.mrr)}  ${f(r.random.ndcgAt10)}    0.500`,
  ].join('\n');
}
