import { EmbeddedSearchEngine } from '../src/modules/search/embedded/embedded-search-engine.js';
import { RANK_WINDOW } from '../src/modules/search/embedded/search-sql.js';
import { fixtureDocs, fixtureId } from '../src/modules/search/relevance/fixtures.js';
import { SearchEngineUnavailableError } from '../src/modules/search/search-engine.js';
import { analyzeListingText } from '../src/modules/search/text/analyze.js';
import { contractDocs, describeSearchEngineContract, params } from './support/search-engine-contract.js';
import { TestApp } from './support/test-app.js';

/** The embedded (PostgreSQL) engine: the shared contract, then what is its own. */
describe('embedded search engine', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  describeSearchEngineContract('embedded', async () => new EmbeddedSearchEngine(t.ds));

  describe('embedded only', () => {
    let engine: EmbeddedSearchEngine;
    const docs = contractDocs();
    const id = fixtureId;

    beforeAll(async () => {
      engine = new EmbeddedSearchEngine(t.ds);
      await engine.clear();
      await engine.upsert(docs);
    });

    it('never lets an older version of a listing overwrite a newer one (the relay may deliver out of order)', async () => {
      const doc = docs.find((d) => d.id === id('L068'))!;
      const stale = { ...doc, title: '过期的标题', updatedAt: new Date(doc.updatedAt.getTime() - 60_000), tokens: analyzeListingText({ title: '过期的标题', summary: '', bodyText: '', organizationName: '', labels: [] }) };
      await engine.upsert([stale]);
      const hits = (await engine.search(params({ q: '花园共建' }))).hits;
      expect(hits.find((h) => h.id === doc.id)?.title).toBe('玉林社区花园共建');
      expect((await engine.search(params({ q: '过期' }))).total).toBe(0);
    });

    it('keeps one row per id when a batch repeats an id (the last one wins)', async () => {
      const doc = docs.find((d) => d.id === id('L069'))!;
      const later = { ...doc, updatedAt: new Date(doc.updatedAt.getTime() + 1000), status: 'matched' as const };
      await engine.upsert([doc, later]);
      expect(await engine.count()).toBe(docs.length);
      const r = await engine.search(params({ q: '参与式规划', status: 'matched' }));
      expect(r.hits.map((h) => h.id)).toContain(doc.id);
      await engine.upsert([{ ...doc, updatedAt: new Date(doc.updatedAt.getTime() + 2000) }]);
    });

    it('answers with listings that have some of the words when none has them all', async () => {
      const all = await engine.search(params({ q: '垃圾分类 孤独症' }));
      expect(all.total).toBeGreaterThan(0);
      const found = all.hits.map((h) => h.id);
      expect(found).toEqual(expect.arrayContaining([id('L013'), id('L049')]));
    });

    it('ranks title matches above matches elsewhere, and exact words above bigram look-alikes', async () => {
      const r = await engine.search(params({ q: '留守儿童' }));
      const titled = r.hits.slice(0, 2).map((h) => h.id).sort();
      expect(titled).toEqual([id('L027'), id('L029')].sort());
      const yanglao = await engine.search(params({ q: 'yanglao' }));
      const titleHits = new Set(['L001', 'L002', 'L007', 'L010', 'L098', 'L112', 'L113'].map(id));
      // Listings with 养老 in the title come before the one that has it only in its organisation's name (L004).
      const firstOrgOnly = yanglao.hits.findIndex((h) => h.id === id('L004'));
      expect(yanglao.hits.slice(0, firstOrgOnly).every((h) => titleHits.has(h.id))).toBe(true);
    });

    it('corrects only unknown words: a correct word is not widened with look-alikes', async () => {
      // "stem" is in the index: it must not also match e.g. "system" or "steam" through a correction.
      const stem = await engine.search(params({ q: 'stem' }));
      expect(stem.hits.map((h) => h.id).sort()).toEqual([id('L030'), id('L081')].sort());
      const typo = await engine.search(params({ q: 'marketting' }));
      expect(typo.hits.map((h) => h.id)).toEqual([id('L085')]);
    });

    it('scores at most RANK_WINDOW matches; deeper pages continue newest first', async () => {
      expect(RANK_WINDOW).toBeGreaterThanOrEqual(100);
      const r = await engine.search(params({ q: '社区', perPage: 100 }));
      expect(r.total).toBeLessThan(RANK_WINDOW); // the fixtures are all ranked exactly
    });

    it('forgets cached answers when it writes', async () => {
      const cached = new EmbeddedSearchEngine(t.ds, { cacheMinTotal: 1 });
      const before = await cached.search(params({ q: '冰箱' }));
      expect(before.total).toBe(0);
      const doc = fixtureDocs().find((d) => d.id === id('L121'))!;
      const title = '社区共享冰箱';
      await cached.upsert([{ ...doc, title, updatedAt: new Date(doc.updatedAt.getTime() + 5000), tokens: analyzeListingText({ title, summary: doc.summary, bodyText: '', organizationName: doc.organizationName, labels: [] }) }]);
      expect((await cached.search(params({ q: '冰箱' }))).total).toBe(1);
      const again = await cached.search(params({ q: '社区' }));
      await cached.remove([doc.id]);
      expect((await cached.search(params({ q: '社区' }))).total).toBe(again.total - 1);
    });

    it('reports itself unavailable (not a crash) when the database fails', async () => {
      const broken = new EmbeddedSearchEngine({ query: () => Promise.reject(new Error('connection refused')) });
      await expect(broken.search(params({ q: '养老' }))).rejects.toBeInstanceOf(SearchEngineUnavailableError);
      expect(await broken.healthy()).toBe(false);
    });
  });
});
