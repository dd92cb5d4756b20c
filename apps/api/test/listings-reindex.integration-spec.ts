import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { searchListingsQuery } from '@yiqia/contracts';
import { SERVICE_DOMAINS } from '@yiqia/domain';
import { type NewListing, insertListings } from '../src/modules/listings/listing-writes.js';
import { type ReindexProgress, reindexListings } from '../src/modules/listings/reindex-listings.js';
import { OutboxService } from '../src/modules/outbox/outbox.service.js';
import { EmbeddedSearchEngine } from '../src/modules/search/embedded/embedded-search-engine.js';
import { TestApp } from './support/test-app.js';

/** The reindex command (built by the integration target's dependency on api:build). */
const REINDEX = resolve(import.meta.dirname, '../../../dist/apps/api/reindex.js');

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [REINDEX, ...args], { env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => done({ code, stdout, stderr }));
  });
}

describe('reindex: rebuild a search engine from PostgreSQL', () => {
  let t: TestApp;
  let engine: EmbeddedSearchEngine;
  let orgId: string;
  const LIVE = 1234;

  beforeAll(async () => {
    t = await TestApp.start();
    const org = await t.registerOrg({ orgName: '成都市武侯区社区发展基金会', orgType: 'foundation' });
    orgId = org.organization!.id;
    engine = new EmbeddedSearchEngine(t.ds);
    const rows: NewListing[] = Array.from({ length: LIVE + 66 }, (_, i) => ({
      organizationId: orgId,
      createdBy: null,
      kind: i % 2 ? 'need' : 'offer',
      title: `重建索引测试项目第 ${i} 号`,
      summary: '用来检验重建索引命令会把数据库里的全部有效供需写入搜索引擎。',
      domains: [SERVICE_DOMAINS[i % SERVICE_DOMAINS.length]],
      regionCode: i % 3 ? '510107' : '440606',
      amountMin: i * 100,
    }));
    const outbox = t.app.get(OutboxService);
    await outbox.stopPolling(); // this file drives indexing itself
    await t.ds.transaction((m) => insertListings(m, outbox.consumers('listing'), rows));
    await outbox.drain('search:embedded');
    // 66 deleted behind the relay's back (no outbox rows): the engine still has them until a reindex.
    await t.ds.query(`UPDATE listings SET deleted_at = now() WHERE id IN (SELECT id FROM listings ORDER BY id LIMIT 66)`);
  });
  afterAll(() => t.stop());

  it('clears the engine and writes every live listing, reporting progress', async () => {
    expect(await engine.count()).toBe(LIVE + 66);
    const events: ReindexProgress[] = [];
    const result = await reindexListings(t.ds, engine, (p) => events.push(p), 500);
    expect(result).toMatchObject({ done: LIVE, total: LIVE, indexed: LIVE });
    expect(await engine.count()).toBe(LIVE);
    expect(events[0]).toEqual({ done: 0, total: LIVE });
    expect(events.map((e) => e.done)).toEqual([0, 500, 1000, LIVE]);
    const deleted: { id: string }[] = await t.ds.query(`SELECT id FROM listings WHERE deleted_at IS NOT NULL`);
    const found = await engine.search(searchListingsQuery.parse({ organizationId: orgId, perPage: 100, status: ['open', 'matched', 'closed'] }));
    expect(found.total).toBe(LIVE);
    expect(found.hits.some((h) => deleted.some((d) => d.id === h.id))).toBe(false);
    // Idempotent: a second run ends in the same state.
    expect((await reindexListings(t.ds, engine)).indexed).toBe(LIVE);
  });

  it('runs as a command with a progress line per 10 % and a clear exit status', async () => {
    expect(existsSync(REINDEX)).toBe(true);
    const env = { DATABASE_URL: t.config.databaseUrl!, DATA_DIR: t.config.dataDir, DEMO_DATA: '0' };
    await t.ds.query(`DELETE FROM listing_search`);
    const ok = await run(['--engine', 'embedded'], env);
    expect(ok.stderr).toMatch(/embedded 100% 1,234\/1,234/);
    expect(ok.stderr).toMatch(/embedded: 1,234 listings in [\d.]+ s \([\d,]+\/s\); the engine holds 1,234 documents/);
    const progressLines = ok.stderr.split('\n').filter((l) => /^embedded +\d+%/.test(l));
    expect(progressLines.length).toBeGreaterThanOrEqual(2);
    expect(progressLines.length).toBeLessThanOrEqual(11);
    expect(ok.code).toBe(0);
    expect(await engine.count()).toBe(LIVE);

    const noMeili = await run(['--engine', 'meilisearch'], env);
    expect(noMeili.code).toBe(2);
    expect(noMeili.stderr).toContain('--engine meilisearch needs MEILI_URL');
    const bogus = await run(['--engine', 'solr'], env);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('unknown engine "solr"');
    const badConfig = await run([], { ...env, DATABASE_URL: 'mysql://nope' });
    expect(badConfig.code).toBe(78);
    expect(badConfig.stderr).toContain('DATABASE_URL');
    const help = await run(['--help'], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--engine embedded|meilisearch|all');
  });

  it('fails with a message and a non-zero status when the engine cannot be written', async () => {
    const down = await run(['--engine', 'meilisearch'], { DATABASE_URL: t.config.databaseUrl!, DATA_DIR: t.config.dataDir, DEMO_DATA: '0', MEILI_URL: 'http://127.0.0.1:9' });
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/reindex failed: .+/);
  });
});
