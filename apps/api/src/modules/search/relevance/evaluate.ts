import { searchListingsQuery } from '@yiqia/contracts';
import type { SearchEngine } from '../search-engine.js';
import { fixtureDocs, fixtureKeyOf } from './fixtures.js';
import { QUERY_CATEGORIES, type QueryCategory, RELEVANCE_QUERIES, type RelevanceQuery } from './queries.js';

/**
 * Recall@k and nDCG@k (binary relevance) of an engine over the labelled queries.
 *
 * recall@k = relevant found in the top k / min(relevant, k) — capped, so a query with more than k
 * relevant listings can still reach 1.
 * nDCG@k = DCG / ideal DCG with DCG = Σ rel(i) / log2(i + 2) over the top k (i from 0).
 */

export const K = 10;

export function recallAt(k: number, ranked: string[], relevant: string[]): number {
  if (relevant.length === 0) return 1;
  const wanted = new Set(relevant);
  const found = ranked.slice(0, k).filter((id) => wanted.has(id)).length;
  return found / Math.min(wanted.size, k);
}

export function ndcgAt(k: number, ranked: string[], relevant: string[]): number {
  const wanted = new Set(relevant);
  if (wanted.size === 0) return 1;
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    if (wanted.has(id)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(wanted.size, k); i++) ideal += 1 / Math.log2(i + 2);
  return dcg / ideal;
}

export interface QueryResult {
  query: RelevanceQuery;
  /** Fixture keys of the top k, best first. */
  ranked: string[];
  recall: number;
  ndcg: number;
}

export interface RelevanceReport {
  engine: string;
  results: QueryResult[];
  byCategory: { category: QueryCategory; queries: number; recall: number; ndcg: number }[];
  overall: { queries: number; recall: number; ndcg: number };
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Replaces whatever the engine holds with the fixture listings. */
export async function indexRelevanceFixtures(engine: SearchEngine): Promise<void> {
  await engine.clear();
  await engine.upsert(fixtureDocs());
}

/** Runs every labelled query (page 1, k per page) against an engine that holds the fixtures. */
export async function evaluateRelevance(engine: SearchEngine, queries: RelevanceQuery[] = RELEVANCE_QUERIES): Promise<RelevanceReport> {
  const results: QueryResult[] = [];
  for (const query of queries) {
    const params = searchListingsQuery.parse({ ...query.params, ...(query.q !== undefined ? { q: query.q } : {}), page: 1, perPage: K });
    const { hits } = await engine.search(params);
    const ranked = hits.map((h) => fixtureKeyOf(h.id));
    results.push({ query, ranked, recall: recallAt(K, ranked, query.relevant), ndcg: ndcgAt(K, ranked, query.relevant) });
  }
  const byCategory = QUERY_CATEGORIES.map((category) => {
    const inCategory = results.filter((r) => r.query.category === category);
    return { category, queries: inCategory.length, recall: mean(inCategory.map((r) => r.recall)), ndcg: mean(inCategory.map((r) => r.ndcg)) };
  }).filter((c) => c.queries > 0);
  return {
    engine: engine.name,
    results,
    byCategory,
    overall: { queries: results.length, recall: mean(results.map((r) => r.recall)), ndcg: mean(results.map((r) => r.ndcg)) },
  };
}

/** Indexes the fixtures, then evaluates: what the relevance specs of each engine call. */
export async function runRelevance(engine: SearchEngine): Promise<RelevanceReport> {
  await indexRelevanceFixtures(engine);
  return evaluateRelevance(engine);
}

/** A plain-text table: one row per category and the overall figures, then the queries below 1.0 recall. */
export function formatRelevanceReport(report: RelevanceReport): string {
  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (x: number) => x.toFixed(3);
  const lines = [`relevance of the ${report.engine} engine (recall@${K}, nDCG@${K})`, `${pad('category', 17)}${pad('queries', 9)}${pad('recall', 8)}nDCG`];
  for (const c of report.byCategory) lines.push(`${pad(c.category, 17)}${pad(String(c.queries), 9)}${pad(num(c.recall), 8)}${num(c.ndcg)}`);
  lines.push(`${pad('overall', 17)}${pad(String(report.overall.queries), 9)}${pad(num(report.overall.recall), 8)}${num(report.overall.ndcg)}`);
  const misses = report.results.filter((r) => r.recall < 1);
  if (misses.length > 0) {
    lines.push('', 'queries below full recall:');
    for (const r of misses) {
      const filters = r.query.params ? ` ${JSON.stringify(r.query.params)}` : '';
      const missing = r.query.relevant.filter((k) => !r.ranked.includes(k));
      lines.push(`  [${r.query.category}] ${JSON.stringify(r.query.q ?? '')}${filters}: recall ${num(r.recall)}, missing ${missing.join(' ')}, got ${r.ranked.join(' ')}`);
    }
  }
  return lines.join('\n');
}
