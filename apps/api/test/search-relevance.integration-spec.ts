import { EmbeddedSearchEngine } from '../src/modules/search/embedded/embedded-search-engine.js';
import { formatRelevanceReport, runRelevance } from '../src/modules/search/relevance/evaluate.js';
import { TestApp } from './support/test-app.js';

/**
 * Relevance of the embedded engine over the labelled queries (src/modules/search/relevance): prints
 * recall@10 and nDCG@10 per category and fails below recall@10 0.9 overall. Writes nothing to disk.
 */
describe('relevance of the embedded engine', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('finds what the labelled queries mean: recall@10 ≥ 0.9 overall', async () => {
    const report = await runRelevance(new EmbeddedSearchEngine(t.ds));
    console.log(formatRelevanceReport(report));
    expect(report.overall.queries).toBeGreaterThanOrEqual(60);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.9);
    // No category may collapse, even while the average holds.
    for (const c of report.byCategory) expect({ category: c.category, ok: c.recall >= 0.75 }).toEqual({ category: c.category, ok: true });
  }, 120_000);
});
