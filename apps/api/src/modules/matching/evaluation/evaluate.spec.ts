import { RELEVANCE_FIXTURES } from '../../search/relevance/fixtures.js';
import { MATCH_JUDGEMENTS } from './labels.js';
import { K, evaluateMatcher, formatReport, hitAt, ndcgAt, randomMetrics, reciprocalRank } from './evaluate.js';

describe('matching evaluation', () => {
  it('computes the metrics as defined (hand-worked example)', () => {
    // Good offers at ranks 2 and 5 of the list.
    expect(hitAt(K, [2, 5])).toBe(1);
    expect(hitAt(K, [11])).toBe(0);
    expect(reciprocalRank([5, 2])).toBe(0.5);
    expect(ndcgAt(K, [2, 5], 2)).toBeCloseTo((1 / Math.log2(3) + 1 / Math.log2(6)) / (1 + 1 / Math.log2(3)), 10);
    // Random: 20 candidates, 1 good → hit@10 = 0.5, MRR = H(20)/20.
    const r = randomMetrics(20, 1);
    expect(r.hitAt10).toBeCloseTo(0.5, 10);
    let h = 0;
    for (let i = 1; i <= 20; i++) h += 1 / i;
    expect(r.mrr).toBeCloseTo(h / 20, 10);
  });

  it('has at least 100 judged pairs over real need/offer fixtures', () => {
    const kinds = new Map(RELEVANCE_FIXTURES.map((f) => [f.key, f.kind]));
    let pairs = 0;
    for (const [need, good, bad] of MATCH_JUDGEMENTS) {
      expect(kinds.get(need)).toBe('need');
      for (const o of [...good, ...bad]) expect(kinds.get(o)).toBe('offer');
      expect(good.length).toBeGreaterThan(0);
      pairs += good.length + bad.length;
    }
    expect(pairs).toBeGreaterThanOrEqual(100);
  });

  it('ranks judged good offers far above random (hit@10 ≥ 5 × random)', () => {
    const report = evaluateMatcher();
    console.log(`matching evaluation\n${formatReport(report)}`);
    expect(report.matcher.hitAt10).toBeGreaterThanOrEqual(5 * report.random.hitAt10);
    expect(report.matcher.mrr).toBeGreaterThan(report.random.mrr);
    expect(report.matcher.ndcgAt10).toBeGreaterThan(report.random.ndcgAt10);
    // Judged bad offers rank below the good ones of the same need.
    expect(report.matcher.pairwise).toBeGreaterThan(0.8);
  });
});
