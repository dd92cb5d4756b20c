import { ORG_TYPES, RESOURCE_TYPES, SERVICE_DOMAINS, TARGET_GROUPS } from '@yiqia/domain';
import { ndcgAt, recallAt } from './evaluate.js';
import { FIXTURE_ORGS, RELEVANCE_FIXTURES } from './fixtures.js';
import { QUERY_CATEGORIES, RELEVANCE_QUERIES } from './queries.js';

describe('relevance measures', () => {
  // ranked a x b y; relevant a b c.
  const ranked = ['a', 'x', 'b', 'y'];
  const relevant = ['a', 'b', 'c'];

  it('recall@k: found among the top k over min(relevant, k)', () => {
    expect(recallAt(10, ranked, relevant)).toBeCloseTo(2 / 3, 10);
    expect(recallAt(2, ranked, relevant)).toBeCloseTo(1 / 2, 10); // top 2 = a x; at most 2 findable
    expect(recallAt(10, [], relevant)).toBe(0);
  });

  it('nDCG@k with binary gains: DCG 1/log2(2) + 1/log2(4) = 1.5 over ideal 1 + 1/log2(3) + 1/log2(4) ≈ 2.1309', () => {
    expect(ndcgAt(10, ranked, relevant)).toBeCloseTo(1.5 / (1 + 1 / Math.log2(3) + 0.5), 10);
    expect(ndcgAt(10, ['a', 'b', 'c'], relevant)).toBeCloseTo(1, 10);
    expect(ndcgAt(1, ['x', 'a'], relevant)).toBe(0);
  });
});

describe('the labelled set', () => {
  it('has at least 60 queries over 120–200 fixtures, in every category, naming existing fixtures', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(RELEVANCE_FIXTURES.length).toBeGreaterThanOrEqual(120);
    expect(RELEVANCE_FIXTURES.length).toBeLessThanOrEqual(200);
    for (const c of QUERY_CATEGORIES) expect(RELEVANCE_QUERIES.some((q) => q.category === c)).toBe(true);
    const keys = new Set(RELEVANCE_FIXTURES.map((f) => f.key));
    expect(keys.size).toBe(RELEVANCE_FIXTURES.length);
    for (const q of RELEVANCE_QUERIES) for (const k of q.relevant) expect(keys.has(k)).toBe(true);
  });

  it('covers every service domain, organisation type, resource type and target group', () => {
    const used = (pick: (f: (typeof RELEVANCE_FIXTURES)[number]) => string[]) => new Set(RELEVANCE_FIXTURES.flatMap(pick));
    expect([...used((f) => f.domains)].sort()).toEqual([...SERVICE_DOMAINS].sort());
    expect([...used((f) => f.resourceTypes)].sort()).toEqual([...RESOURCE_TYPES].sort());
    expect([...used((f) => f.targetGroups)].sort()).toEqual([...TARGET_GROUPS].sort());
    expect([...used((f) => [FIXTURE_ORGS[f.org].type])].sort()).toEqual([...ORG_TYPES].sort());
  });
});
