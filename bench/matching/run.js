#!/usr/bin/env node
// Matching benchmark (issue 6): GET /api/listings/:id/matches with 10,000 listings, against a baseline
// measured in the same run (GET /api/listings/:id on the same ids: one listing read through the same
// HTTP/Nest stack), the time until a listing change is visible to ranking, and the numbers behind
// "precomputed or on-demand" (docs/matching.md).
//
//   1. a fresh database on DATABASE_URL's server (default 127.0.0.1:5432); the API is started from its
//      TypeScript sources in this process (bench/search/ts-hooks.js), listening on a local port;
//   2. organisations and N listings (bench/search/generate.js, seeded) are inserted with one `matching`
//      outbox row each, as the listings service writes them; the relay builds the profiles: listings/s;
//   3. rounds alternate matches / baseline with C concurrent keep-alive clients over random open ids;
//   4. recomputation: a listing is changed in a transaction with its outbox row, then delivered the way
//      the write path does it (kick) or left to the poller; timed until ranking sees the new version;
//   5. precomputation alternative: ranking every listing (top 10) in-process, storing those rows, and
//      reading one listing's precomputed top 10 with pg.
//
// Exits non-zero only on errors, never because a goal is missed.
//
//   node bench/matching/run.js [--listings 10000] [--connections 4] [--requests 2000] [--rounds 2] [--changes 30] [--seed n] [--json]
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { register } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { generateListing, generateOrganizations, regionPool, rng } from '../search/generate.js';

register('../search/ts-hooks.js', import.meta.url);

const GOALS = { p95Ms: 50, recomputeMs: 1000 };
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const { values: opts } = parseArgs({
  options: {
    listings: { type: 'string', default: '10000' },
    connections: { type: 'string', default: '4' },
    requests: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '2' },
    changes: { type: 'string', default: '30' },
    seed: { type: 'string', default: '20261124' },
    json: { type: 'boolean', default: false },
  },
});
const N = Number(opts.listings);
const C = Number(opts.connections);
const REQUESTS = Number(opts.requests);
const log = opts.json ? () => {} : (...a) => console.log(...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : '–');

const loadStart = os.loadavg()[0];
const dbName = `yiqia_bench_matching_${process.pid}`;
const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(ADMIN_URL);
url.pathname = `/${dbName}`;
const dataDir = mkdtempSync(join(os.tmpdir(), 'yiqia-bench-matching-'));
let app;
let ds;
const cleanup = async () => {
  await app?.close().catch(() => {});
  await ds?.destroy().catch(() => {});
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
  await admin.end().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
};
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));

try {
  const { loadConfig } = await import('../../apps/api/src/config/app-config.ts');
  const { createApp } = await import('../../apps/api/src/create-app.ts');
  const { createDataSource, migrate } = await import('../../apps/api/src/database/database.ts');
  const { MatchingService } = await import('../../apps/api/src/modules/matching/matching.service.ts');
  const { OutboxService } = await import('../../apps/api/src/modules/outbox/outbox.service.ts');
  const { MATCHING_CONSUMER } = await import('../../apps/api/src/modules/matching/match-store.ts');
  const domainLib = { ...(await import('@yiqia/domain')), ...(await import('@yiqia/domain/regions')) };

  const config = loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir, DATABASE_URL: url.toString(), DEMO_DATA: '0', LOG_LEVEL: 'warn', WEB_DIST_DIR: join(dataDir, 'no-web') });
  ds = createDataSource(config.databaseUrl, 10);
  await ds.initialize();
  await migrate(ds);

  // ---- data ------------------------------------------------------------------------------------
  const R = rng(Number(opts.seed));
  const regions = regionPool(domainLib.regionTree());
  const orgs = generateOrganizations(Math.max(20, Math.round(N / 50)), R, regions, domainLib.creditCodeCheckChar);
  await ds.query(
    `INSERT INTO organizations (id, name, type, credit_code, region_code)
     SELECT id, name, type, "creditCode", "regionCode" FROM jsonb_to_recordset($1::jsonb) AS o(id uuid, name text, type text, "creditCode" text, "regionCode" text)`,
    [JSON.stringify(orgs)],
  );
  const now = Date.now();
  const listings = [];
  for (let i = 0; i < N; i++) listings.push(generateListing(R, orgs, regions, now));
  for (let i = 0; i < N; i += 5000) {
    const rows = listings.slice(i, i + 5000);
    await ds.query(
      `INSERT INTO listings (id, organization_id, kind, title, summary, body_html, domains, target_groups, resource_types, region_code, amount_min, amount_max, status, created_at, updated_at)
       SELECT id, organization_id, kind, title, summary, body_html, domains, target_groups, resource_types, region_code, amount_min, amount_max, status, created_at, created_at
         FROM jsonb_to_recordset($1::jsonb) AS l(id uuid, organization_id uuid, kind text, title text, summary text, body_html text, domains text[], target_groups text[],
              resource_types text[], region_code text, amount_min bigint, amount_max bigint, status text, created_at timestamptz)`,
      [JSON.stringify(rows)],
    );
    await ds.query(`INSERT INTO outbox (consumer, aggregate, aggregate_id) SELECT $1, 'listing', id FROM unnest($2::uuid[]) AS id`, ['matching', rows.map((r) => r.id)]);
  }
  log(`${N.toLocaleString('en-US')} listings, ${orgs.length} organisations inserted`);

  // ---- API, relay --------------------------------------------------------------------------------
  app = await createApp(config, ds);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = app.getHttpServer().address().port;
  const outbox = app.get(OutboxService);
  const matching = app.get(MatchingService);
  const t0 = performance.now();
  for (;;) {
    const b = await outbox.backlog();
    if ((b[MATCHING_CONSUMER]?.pending ?? 0) === 0) break;
    await sleep(100);
  }
  const relaySeconds = (performance.now() - t0) / 1000;
  await matching.sync();
  log(`relay: ${N} profiles in ${relaySeconds.toFixed(1)} s = ${Math.round(N / relaySeconds)} listings/s`);

  const open = listings.filter((l) => l.status === 'open').map((l) => l.id);
  const agent = new http.Agent({ keepAlive: true, maxSockets: C });
  const get = (path) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      http
        .get({ host: '127.0.0.1', port, path, agent, headers: { 'accept-language': 'zh' } }, (res) => {
          res.resume();
          res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`${path} → ${res.statusCode}`))));
        })
        .on('error', reject);
    });
  async function load(pathOf, requests) {
    const times = [];
    let next = 0;
    const started = performance.now();
    const cpu0 = process.cpuUsage();
    await Promise.all(
      Array.from({ length: C }, async () => {
        while (next < requests) {
          const i = next++;
          times.push(await get(pathOf(open[(i * 7919) % open.length])));
        }
      }),
    );
    const cpu = process.cpuUsage(cpu0);
    // CPU of this process (API + clients) per request: unlike latency, hardly moved by other processes.
    return { times, rps: requests / ((performance.now() - started) / 1000), cpuMs: (cpu.user + cpu.system) / 1000 / requests };
  }
  const sides = { matches: (id) => `/api/listings/${id}/matches?limit=10`, baseline: (id) => `/api/listings/${id}` };
  await load(sides.matches, 200);
  await load(sides.baseline, 200);
  const results = { matches: [], baseline: [], rpsMatches: [], rpsBaseline: [], cpuMatches: [], cpuBaseline: [] };
  for (let r = 0; r < Number(opts.rounds); r++) {
    const m = await load(sides.matches, REQUESTS);
    const b = await load(sides.baseline, REQUESTS);
    results.matches.push(...m.times);
    results.baseline.push(...b.times);
    results.rpsMatches.push(m.rps);
    results.rpsBaseline.push(b.rps);
    results.cpuMatches.push(m.cpuMs);
    results.cpuBaseline.push(b.cpuMs);
  }
  // In-process ranking alone (no HTTP, no database): the compute share of a request.
  const rankTimes = [];
  for (let i = 0; i < 500; i++) {
    const p = matching.index.get(open[(i * 104729) % open.length]);
    const s = performance.now();
    matching.index.rank(p, { limit: 10 });
    rankTimes.push(performance.now() - s);
  }

  // ---- recomputation ---------------------------------------------------------------------------------
  async function change(i) {
    const id = open[(i * 31337) % open.length];
    const title = `基准测试修改标题 ${i} 社区助老服务`;
    const rows = await ds.transaction(async (m) => {
      await m.query(`UPDATE listings SET title = $2, updated_at = now() WHERE id = $1`, [id, title]);
      return outbox.enqueue(m, 'listing', [id]);
    });
    return { id, title, rows, at: performance.now() };
  }
  async function visible({ id, title, at }) {
    for (;;) {
      await get(`/api/listings/${id}/matches?limit=10`); // a request syncs this process's index
      if (matching.index.get(id)?.title === title) return performance.now() - at;
      await sleep(5);
    }
  }
  const kicked = [];
  for (let i = 0; i < Number(opts.changes); i++) {
    const c = await change(i);
    outbox.kick(MATCHING_CONSUMER, c.rows); // what ListingsService does after the commit
    kicked.push(await visible(c));
  }
  const polled = [];
  for (let i = 0; i < Math.min(10, Number(opts.changes)); i++) polled.push(await visible(await change(1000 + i)));

  // ---- precomputation alternative --------------------------------------------------------------------
  const s0 = performance.now();
  const pre = [];
  for (const p of matching.index.profiles.values()) {
    if (p.status !== 'open') continue;
    matching.index.rank(p, { limit: 10 }).forEach((r, k) => pre.push([p.id, r.profile.id, k + 1, r.score]));
  }
  const precomputeAllSeconds = (performance.now() - s0) / 1000;
  await ds.query(`CREATE TABLE bench_precomputed (listing_id uuid, counterpart_id uuid, rank int, score real, PRIMARY KEY (listing_id, rank))`);
  const w0 = performance.now();
  for (let i = 0; i < pre.length; i += 20000) {
    await ds.query(`INSERT INTO bench_precomputed SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::real[])`, [
      pre.slice(i, i + 20000).map((x) => x[0]), pre.slice(i, i + 20000).map((x) => x[1]), pre.slice(i, i + 20000).map((x) => x[2]), pre.slice(i, i + 20000).map((x) => x[3]),
    ]);
  }
  const precomputeWriteSeconds = (performance.now() - w0) / 1000;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  const readTimes = [];
  for (let i = 0; i < 1000; i++) {
    const s = performance.now();
    await pool.query(`SELECT counterpart_id, score FROM bench_precomputed WHERE listing_id = $1 ORDER BY rank`, [open[(i * 7919) % open.length]]);
    readTimes.push(performance.now() - s);
  }
  await pool.end();
  // One change under precomputation: rank the listing (its own list) and rescore it against every
  // counterpart (to update theirs) = two full passes; without a limit, the second one is measured.
  const fanout = [];
  for (let i = 0; i < 50; i++) {
    const p = matching.index.get(open[(i * 7919) % open.length]);
    const s = performance.now();
    matching.index.rank(p, { limit: 10 });
    matching.index.rank(p, { limit: Number.MAX_SAFE_INTEGER, minScore: -Infinity });
    fanout.push(performance.now() - s);
  }

  const summary = {
    listings: N,
    openCounterpartsPerListing: Math.round(open.length / 2),
    relayPerSecond: Math.round(N / relaySeconds),
    loadAverage: { start: loadStart, end: os.loadavg()[0] },
    matches: { p50: pct(results.matches, 50), p95: pct(results.matches, 95), rps: Math.min(...results.rpsMatches), cpuMs: Math.min(...results.cpuMatches) },
    baseline: { p50: pct(results.baseline, 50), p95: pct(results.baseline, 95), rps: Math.min(...results.rpsBaseline), cpuMs: Math.min(...results.cpuBaseline) },
    ratioP95: pct(results.matches, 95) / pct(results.baseline, 95),
    rankInProcess: { p50: pct(rankTimes, 50), p95: pct(rankTimes, 95) },
    recomputeKicked: { p50: pct(kicked, 50), p95: pct(kicked, 95), max: Math.max(...kicked) },
    recomputePolled: { p50: pct(polled, 50), p95: pct(polled, 95), max: Math.max(...polled) },
    precompute: { allSeconds: precomputeAllSeconds, rows: pre.length, writeSeconds: precomputeWriteSeconds, readP50: pct(readTimes, 50), readP95: pct(readTimes, 95), perChangeP95: pct(fanout, 95) },
  };
  if (opts.json) console.log(JSON.stringify(summary, null, 2));
  log('');
  log(`GET /api/listings/:id/matches?limit=10   p50 ${f1(summary.matches.p50)} ms  p95 ${f1(summary.matches.p95)} ms  ${Math.round(summary.matches.rps)} req/s  (${C} clients)`);
  log(`baseline GET /api/listings/:id          p50 ${f1(summary.baseline.p50)} ms  p95 ${f1(summary.baseline.p95)} ms  ${Math.round(summary.baseline.rps)} req/s`);
  log(`ratio matches/baseline (p95)            ${summary.ratioP95.toFixed(2)}`);
  log(`CPU per request (API + client)          matches ${summary.matches.cpuMs.toFixed(2)} ms, baseline ${summary.baseline.cpuMs.toFixed(2)} ms, ratio ${(summary.matches.cpuMs / summary.baseline.cpuMs).toFixed(2)}`);
  log(`ranking in-process (no HTTP)            p50 ${f1(summary.rankInProcess.p50)} ms  p95 ${f1(summary.rankInProcess.p95)} ms  over ≈ ${summary.openCounterpartsPerListing} open counterparts`);
  log(`change → visible, write path (kick)     p50 ${f1(summary.recomputeKicked.p50)} ms  p95 ${f1(summary.recomputeKicked.p95)} ms  max ${f1(summary.recomputeKicked.max)} ms`);
  log(`change → visible, poller only           p50 ${f1(summary.recomputePolled.p50)} ms  p95 ${f1(summary.recomputePolled.p95)} ms  max ${f1(summary.recomputePolled.max)} ms`);
  log(`precompute all top-10 lists             ${summary.precompute.allSeconds.toFixed(1)} s compute + ${summary.precompute.writeSeconds.toFixed(1)} s write (${summary.precompute.rows} rows)`);
  log(`precomputed read (pg, one listing)      p50 ${f1(summary.precompute.readP50)} ms  p95 ${f1(summary.precompute.readP95)} ms`);
  log(`precomputed: compute per change         p95 ${f1(summary.precompute.perChangeP95)} ms (own list + rescoring every counterpart's), before writes`);
  log(`load average (1 min) at start / end    ${summary.loadAverage.start.toFixed(1)} / ${summary.loadAverage.end.toFixed(1)} on ${os.cpus().length} cores (other processes share them)`);
  log('');
  log(`goals: p95 ≤ ${GOALS.p95Ms} ms: ${summary.matches.p95 <= GOALS.p95Ms ? 'met' : 'NOT met'}; recomputation ≤ ${GOALS.recomputeMs} ms (p95 / max, write path): ${summary.recomputeKicked.max <= GOALS.recomputeMs ? 'met' : 'NOT met'}`);
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await cleanup();
}
