#!/usr/bin/env node
// Search benchmark: GET /api/search/listings on the built API (embedded PostgreSQL engine) against the
// very same SQL run directly through `pg`, in the same run, over a mixed query set, plus the outbox
// relay's indexing throughput.
//
//   1. a fresh database on the machine's PostgreSQL (DATABASE_URL's server, default 127.0.0.1:5432);
//   2. the built API starts once to migrate it, and stops;
//   3. N realistic listings (+ organisations) are inserted with their outbox rows, as the listings
//      service writes them; the API starts again and its relay indexes them: listings/s;
//   4. for each query, the embedded engine's own code records the SQL it runs (typo lookup, search
//      statement, fallback) — that recorded SQL is the direct baseline;
//   5. rounds alternate: API under autocannon, the recorded SQL on a pg pool, the engine in-process,
//      each with the same number of concurrent clients, the same duration and query order;
//   6. prints p50/p95 and throughput per side and per query category, API/SQL throughput, the goals;
//      the database is dropped at the end (unless --keep).
//
// Exits non-zero only on errors (a failed start, a non-200 answer, an API total that differs from the
// engine's), never because a goal is missed.
//
//   node bench/search/run.js [--listings 100000] [--organizations n] [--connections 8] [--duration 10]
//                            [--rounds 2] [--warmup 3] [--seed n] [--reindex] [--explain] [--keep] [--json]
//                            [--api-dir dist/apps/api]   (a copy of the build, so a rebuild meanwhile cannot interfere)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { register } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { generateListing, generateOrganizations, regionPool, rng } from './generate.js';
import { QUERIES, label, queryString } from './queries.js';

register('./ts-hooks.js', import.meta.url);

const GOALS = { p95Ms: 30, ratio: 0.5, relayPerSecond: 1000 };
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let API_MAIN = join(ROOT, 'dist/apps/api/main.js');
let REINDEX_MAIN = join(ROOT, 'dist/apps/api/reindex.js');
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const { values: opts } = parseArgs({
  options: {
    listings: { type: 'string', default: '100000' },
    organizations: { type: 'string' },
    connections: { type: 'string', default: '8' },
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '3' },
    seed: { type: 'string', default: '20261123' },
    explain: { type: 'boolean', default: false },
    reindex: { type: 'boolean', default: false },
    'api-dir': { type: 'string' },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  console.log(
    'usage: node bench/search/run.js [--listings 100000] [--organizations n] [--connections 8] [--duration s] [--rounds n] [--warmup s] [--seed n] [--reindex] [--explain] [--keep] [--json] [--api-dir dir]',
  );
  process.exit(0);
}
const int = (name, min) => {
  const n = Number(opts[name]);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
  return n;
};

const log = opts.json ? () => {} : (...a) => console.log(...a);
const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '–');
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Nearest-rank percentile of unsorted samples. */
function percentile(samples, p) {
  if (samples.length === 0) return NaN;
  const s = Float64Array.from(samples).sort();
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
const median = (xs) => percentile(xs, 50);

// ---- processes and the database -----------------------------------------------------------------

const cleanup = [];
async function runCleanup() {
  while (cleanup.length) await cleanup.pop()().catch((e) => console.error(`cleanup: ${e.message}`));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function adminQuery(sql) {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}

/** Starts dist/apps/api/main.js on a free port; resolves once /api/health answers. */
async function startApi(dbUrl, dataDir) {
  const port = await freePort();
  const env = { ...process.env };
  for (const k of ['MEILI_URL', 'MEILI_MASTER_KEY', 'REDIS_URL', 'PORT', 'HOST', 'DEMO_DATA', 'ORGANIZER_EMAIL', 'ORGANIZER_PASSWORD']) delete env[k];
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: dbUrl, DEMO_DATA: '0', DATA_DIR: dataDir, WEB_DIST_DIR: join(dataDir, 'no-web'), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let exited = null;
  child.once('exit', (code, signal) => (exited = { code, signal }));
  const stop = async () => {
    if (exited) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    if ((await Promise.race([gone, sleep(15_000).then(() => 'timeout')])) === 'timeout') child.kill('SIGKILL');
  };
  cleanup.push(stop);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited) throw new Error(`the API exited before it was ready (code ${exited.code}, signal ${exited.signal})`);
    if (Date.now() > deadline) throw new Error('the API did not answer /api/health within 180 s');
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  return { base, stop, child };
}

/** Inserts organisations, listings and one outbox row per listing for the embedded engine's consumer. */
async function insertData(db, n, orgCount, seed, domainLib) {
  const R = rng(seed);
  const regions = regionPool(domainLib.regionTree());
  const orgs = generateOrganizations(orgCount, R, regions, domainLib.creditCodeCheckChar);
  await db.query(
    `INSERT INTO organizations (id, name, type, credit_code, region_code)
     SELECT id, name, type, "creditCode", "regionCode" FROM jsonb_to_recordset($1::jsonb) AS o(id uuid, name text, type text, "creditCode" text, "regionCode" text)`,
    [JSON.stringify(orgs)],
  );
  const now = Date.now();
  const BATCH = 5000;
  for (let i = 0; i < n; i += BATCH) {
    const rows = [];
    for (let j = i; j < Math.min(n, i + BATCH); j++) rows.push(generateListing(R, orgs, regions, now));
    await db.query(
      `INSERT INTO listings (id, organization_id, kind, title, summary, body_html, domains, target_groups, resource_types, region_code,
                             amount_min, amount_max, status, created_at, updated_at)
       SELECT id, organization_id, kind, title, summary, body_html, domains, target_groups, resource_types, region_code,
              amount_min, amount_max, status, created_at, created_at
         FROM jsonb_to_recordset($1::jsonb) AS l(id uuid, organization_id uuid, kind text, title text, summary text, body_html text,
              domains text[], target_groups text[], resource_types text[], region_code text, amount_min bigint, amount_max bigint,
              status text, created_at timestamptz)`,
      [JSON.stringify(rows)],
    );
  }
  // What the listings service writes in the same transaction: one row per consumer (here: the embedded engine).
  await db.query(`INSERT INTO outbox (consumer, aggregate, aggregate_id) SELECT 'search:embedded', 'listing', id FROM listings ORDER BY created_at, id`);
  return orgs.length;
}

/** Runs dist/apps/api/reindex.js --engine embedded on the bench database; resolves with its stderr. */
function runReindex(dbUrl, dataDir) {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, DATABASE_URL: dbUrl, DATA_DIR: dataDir, DEMO_DATA: '0' };
    delete env.MEILI_URL;
    const child = spawn(process.execPath, [REINDEX_MAIN, '--engine', 'embedded'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(err.replace(/\r/g, '\n')) : reject(new Error(`reindex exited with ${code}: ${err.slice(-500)}`))));
  });
}

// ---- load ---------------------------------------------------------------------------------------

function summarize(samples, seconds) {
  const all = samples.map((s) => s.ms);
  const byCategory = {};
  for (const s of samples) (byCategory[s.category] ??= []).push(s.ms);
  return {
    requests: all.length,
    rps: all.length / seconds,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
    byCategory: Object.fromEntries(Object.entries(byCategory).map(([c, xs]) => [c, { n: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95) }])),
  };
}

async function loadApi(base, queries, connections, seconds) {
  const samples = [];
  const instance = autocannon({
    url: base,
    connections,
    pipelining: 1,
    duration: seconds,
    requests: queries.map((q) => ({ method: 'GET', path: q.path, benchIndex: q.index })),
  });
  instance.on('response', (client, status, _bytes, ms) => {
    // pipelining 1: the request that just completed is still the iterator's current one
    const q = queries[client.requestIterator.currentRequest?.benchIndex];
    if (q) samples.push({ ms, category: q.category, index: q.index });
  });
  const result = await instance;
  const problems = [];
  if (result.errors) problems.push(`${result.errors} errors`);
  if (result.timeouts) problems.push(`${result.timeouts} timeouts`);
  if (result.non2xx) problems.push(`${result.non2xx} non-2xx answers`);
  if (problems.length) throw new Error(`API: ${problems.join(', ')}`);
  return summarize(samples, seconds);
}

/** `connections` workers, each running the queries in order, back to back, for `seconds`. */
async function loadLoop(queries, connections, seconds, runOne) {
  const samples = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      for (let i = 0; performance.now() < end; i = (i + 1) % queries.length) {
        const q = queries[i];
        const t = performance.now();
        await runOne(q);
        samples.push({ ms: performance.now() - t, category: q.category, index: q.index });
      }
    }),
  );
  return summarize(samples, seconds);
}

// ---- main ---------------------------------------------------------------------------------------

async function main() {
  const n = int('listings', 100);
  const orgCount = opts.organizations ? int('organizations', 7) : Math.max(70, Math.round(n / 50));
  const connections = int('connections', 1);
  const duration = int('duration', 1);
  const rounds = int('rounds', 1);
  const warmup = int('warmup', 0);
  const seed = int('seed', 0);
  if (opts['api-dir']) {
    API_MAIN = join(opts['api-dir'], 'main.js');
    REINDEX_MAIN = join(opts['api-dir'], 'reindex.js');
  }
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build the API first (npx nx run api:build)`);

  const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
  const loadStart = os.loadavg()[0];
  log(`Search benchmark: GET /api/search/listings (embedded engine) vs the same SQL through pg`);
  log(`node ${process.version}, ${os.cpus().length} CPUs (${cpu}), ${os.platform()} ${os.release()}, ${new Date().toISOString()}`);
  log(`${fmt(n)} listings, ${fmt(orgCount)} organisations; ${QUERIES.length} queries; ${connections} concurrent clients, ${rounds} round(s) of ${duration} s, ${warmup} s warm-up`);
  log(`goals: p95 ≤ ${GOALS.p95Ms} ms, API/SQL throughput ≥ ${GOALS.ratio}, relay ≥ ${fmt(GOALS.relayPerSecond)} listings/s`);
  log(`load average (1 min) at start: ${loadStart.toFixed(2)}${loadStart > os.cpus().length * 0.5 ? '  ⚠ the machine is busy: figures will be noisy' : ''}\n`);

  const { searchListingsQuery } = await import('@yiqia/contracts');
  const domainLib = { ...(await import('@yiqia/domain')), ...(await import('@yiqia/domain/regions')) };
  const { EmbeddedSearchEngine } = await import('../../apps/api/src/modules/search/embedded/embedded-search-engine.ts');
  const { ResultCache } = await import('../../apps/api/src/modules/search/embedded/result-cache.ts');

  const dbName = `yiqia_bench_search_${process.pid}`;
  const dbUrl = new URL(ADMIN_URL);
  dbUrl.pathname = `/${dbName}`;
  await adminQuery(`CREATE DATABASE ${dbName}`);
  if (!opts.keep) cleanup.push(() => adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
  const dataDir = mkdtempSync(join(os.tmpdir(), 'yiqia-bench-search-'));
  cleanup.push(async () => rmSync(dataDir, { recursive: true, force: true }));

  // 1. migrate (the API migrates at start), 2. insert while no relay runs
  let t = performance.now();
  let api = await startApi(dbUrl.toString(), dataDir);
  await api.stop();
  log(`database ${dbName} migrated by the API in ${fmt((performance.now() - t) / 1000, 1)} s`);

  const db = new pg.Client({ connectionString: dbUrl.toString() });
  await db.connect();
  cleanup.push(() => db.end());
  t = performance.now();
  await insertData(db, n, orgCount, seed, domainLib);
  log(`inserted ${fmt(n)} listings and their outbox rows in ${fmt((performance.now() - t) / 1000, 1)} s`);

  // 3. the relay indexes them
  const pending = async () => (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE consumer = 'search:embedded'`)).rows[0].n;
  const spawnedAt = performance.now();
  api = await startApi(dbUrl.toString(), dataDir);
  const samples = [];
  let progressAt = performance.now();
  for (;;) {
    const left = await pending();
    const now = performance.now();
    if (samples.length === 0 || left < samples.at(-1).left) progressAt = now;
    samples.push({ t: now, left });
    if (left === 0) break;
    if (now - progressAt > 30_000) throw new Error(`the relay made no progress for 30 s (${left} rows left)`);
    await sleep(200);
  }
  // From the last moment nothing was delivered yet (or the spawn, if the relay was quicker than the
  // first sample) to the first moment nothing was left; samples are 200 ms apart.
  const untouched = samples.findLast((s) => s.left === n);
  const relaySeconds = (samples.at(-1).t - (untouched?.t ?? spawnedAt)) / 1000;
  const relayPerSecond = n / relaySeconds;
  const indexed = (await db.query(`SELECT count(*)::int AS n FROM listing_search`)).rows[0].n;
  if (indexed !== n) throw new Error(`listing_search has ${indexed} rows, expected ${n}`);
  log(`relay: ${fmt(n)} listings indexed in ${fmt(relaySeconds, 1)} s = ${fmt(relayPerSecond)} listings/s (goal ≥ ${fmt(GOALS.relayPerSecond)})`);
  let reindex = null;
  if (opts.reindex) {
    // The other indexing path: the reindex command rebuilds the embedded engine from the listings.
    await api.stop();
    t = performance.now();
    const out = await runReindex(dbUrl.toString(), dataDir);
    const seconds = (performance.now() - t) / 1000;
    reindex = { seconds: Math.round(seconds * 10) / 10, listingsPerSecond: Math.round(n / seconds), report: out.trim().split('\n').at(-1) };
    log(`reindex command: ${fmt(n)} listings in ${fmt(seconds, 1)} s = ${fmt(n / seconds)} listings/s, process start included (${reindex.report})`);
    api = await startApi(dbUrl.toString(), dataDir);
  }
  t = performance.now();
  await db.query(`VACUUM ANALYZE listing_search`);
  await db.query(`VACUUM ANALYZE listing_search_terms`);
  log(`VACUUM ANALYZE of the index tables: ${fmt((performance.now() - t) / 1000, 1)} s\n`);

  // 4. the queries, their recorded SQL, and a smoke check that API and engine agree
  const pool = new pg.Pool({ connectionString: dbUrl.toString(), max: connections, application_name: 'yiqia-bench-sql' });
  cleanup.push(() => pool.end());
  const direct = { query: async (sql, params) => (await pool.query(sql, params)).rows };
  const engine = new EmbeddedSearchEngine(direct);
  // Categories interleaved (one of each in turn), so that even a short round covers every kind of query.
  const byCategory = new Map();
  for (const entry of QUERIES) byCategory.set(entry.category, [...(byCategory.get(entry.category) ?? []), entry]);
  const order = [];
  for (let i = 0; order.length < QUERIES.length; i++) for (const list of byCategory.values()) if (list[i]) order.push(list[i]);
  const queries = [];
  for (const [index, entry] of order.entries()) {
    const path = `/api/search/listings${queryString(entry.params)}`;
    const parsed = searchListingsQuery.parse(entry.params);
    const statements = [];
    const recorder = { query: (sql, params) => (statements.push({ sql, params }), direct.query(sql, params)) };
    const viaEngine = await new EmbeddedSearchEngine(recorder).search(parsed);
    const res = await fetch(api.base + path);
    const body = await res.text();
    if (res.status !== 200) throw new Error(`GET ${path} → ${res.status} ${body.slice(0, 300)}`);
    const viaApi = JSON.parse(body);
    if (viaApi.total !== viaEngine.total || viaApi.hits.length !== viaEngine.hits.length) {
      throw new Error(`GET ${path}: the API found ${viaApi.total} (${viaApi.hits.length} hits), the engine ${viaEngine.total} (${viaEngine.hits.length})`);
    }
    queries.push({ index, category: entry.category, label: label(entry.params), path, parsed, statements, total: viaApi.total, engine: viaApi.engine });
  }
  const cacheable = queries.filter((q) => q.total >= ResultCache.MIN_TOTAL).length;
  log(
    `${queries.length} queries; ${cacheable} are broad (total ≥ ${fmt(ResultCache.MIN_TOTAL)}): the engine keeps their answers for ${ResultCache.TTL_MS / 1000} s, ` +
      `so the API and the in-process engine compute them once per ${ResultCache.TTL_MS / 1000} s; direct SQL always runs them\n`,
  );
  const engineNames = [...new Set(queries.map((q) => q.engine))];
  if (engineNames.join() !== 'embedded') throw new Error(`the API answered with ${engineNames.join(', ')}, expected embedded`);

  const runSql = async (q) => {
    for (const s of q.statements) await pool.query(s.sql, s.params);
  };
  const runEngine = (q) => engine.search(q.parsed);

  // 5. warm-up, then alternating rounds
  if (warmup > 0) {
    await loadApi(api.base, queries, connections, warmup);
    await loadLoop(queries, connections, warmup, runSql);
    await loadLoop(queries, connections, warmup, runEngine);
  }
  const sides = { api: [], sql: [], engine: [] };
  log(`${pad('round', 6)} ${pad('side', 22)} ${padL('req/s', 8)} ${padL('p50 ms', 8)} ${padL('p95 ms', 8)} ${padL('p99 ms', 8)} ${padL('requests', 9)}`);
  const show = (r, side, m) => log(`${pad(r, 6)} ${pad(side, 22)} ${padL(fmt(m.rps), 8)} ${padL(fmt(m.p50, 1), 8)} ${padL(fmt(m.p95, 1), 8)} ${padL(fmt(m.p99, 1), 8)} ${padL(fmt(m.requests), 9)}`);
  for (let r = 1; r <= rounds; r++) {
    const order = r % 2 === 1 ? ['api', 'sql', 'engine'] : ['engine', 'sql', 'api'];
    for (const side of order) {
      const m =
        side === 'api'
          ? await loadApi(api.base, queries, connections, duration)
          : await loadLoop(queries, connections, duration, side === 'sql' ? runSql : runEngine);
      sides[side].push(m);
      show(r, { api: 'API (HTTP)', sql: 'SQL direct (pg)', engine: 'engine in-process' }[side], m);
    }
  }

  // 6. summary
  const agg = (side) => {
    const ms = sides[side];
    const all = { rps: median(ms.map((m) => m.rps)), p50: median(ms.map((m) => m.p50)), p95: median(ms.map((m) => m.p95)) };
    const cats = {};
    for (const m of ms) for (const [c, v] of Object.entries(m.byCategory)) (cats[c] ??= []).push(v);
    all.byCategory = Object.fromEntries(Object.entries(cats).map(([c, vs]) => [c, { p50: median(vs.map((v) => v.p50)), p95: median(vs.map((v) => v.p95)) }]));
    return all;
  };
  const api_ = agg('api');
  const sql_ = agg('sql');
  const eng_ = agg('engine');
  const ratio = api_.rps / sql_.rps;
  const loadEnd = os.loadavg()[0];

  log(`\nper query category (median of rounds), ms:`);
  log(`${pad('category', 14)} ${padL('API p50', 8)} ${padL('API p95', 8)} ${padL('SQL p50', 8)} ${padL('SQL p95', 8)} ${padL('eng p95', 8)}`);
  for (const c of Object.keys(api_.byCategory)) {
    const a = api_.byCategory[c];
    const s = sql_.byCategory[c] ?? {};
    const e = eng_.byCategory[c] ?? {};
    log(`${pad(c, 14)} ${padL(fmt(a.p50, 1), 8)} ${padL(fmt(a.p95, 1), 8)} ${padL(fmt(s.p50, 1), 8)} ${padL(fmt(s.p95, 1), 8)} ${padL(fmt(e.p95, 1), 8)}`);
  }

  // The slowest queries, direct SQL, one at a time (what to look at first).
  const single = [];
  for (const q of queries) {
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await runSql(q);
      times.push(performance.now() - t0);
    }
    single.push({ q, ms: median(times) });
  }
  single.sort((a, b) => b.ms - a.ms);
  log(`\nslowest queries, direct SQL alone (median of 5), with their totals:`);
  for (const { q, ms } of single.slice(0, 8)) log(`  ${padL(fmt(ms, 1), 7)} ms  ${pad(q.category, 13)} ${q.label}  → ${fmt(q.total)} (${q.statements.length} statement${q.statements.length > 1 ? 's' : ''})`);
  if (opts.explain) {
    for (const { q } of single.slice(0, 3)) {
      const main = q.statements.at(-1);
      const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS, TIMING) ${main.sql}`, main.params);
      log(`\nEXPLAIN ANALYZE — ${q.label}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
  }

  const met = { p95: api_.p95 <= GOALS.p95Ms, ratio: ratio >= GOALS.ratio, relay: relayPerSecond >= GOALS.relayPerSecond };
  const summary = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpu,
    listings: n,
    organizations: orgCount,
    queries: queries.length,
    connections,
    durationSeconds: duration,
    rounds,
    loadAverage: { start: Math.round(loadStart * 100) / 100, end: Math.round(loadEnd * 100) / 100 },
    relay: { seconds: Math.round(relaySeconds * 10) / 10, listingsPerSecond: Math.round(relayPerSecond) },
    reindex,
    api: { rps: Math.round(api_.rps), p50: +api_.p50.toFixed(1), p95: +api_.p95.toFixed(1), byCategory: api_.byCategory },
    sql: { rps: Math.round(sql_.rps), p50: +sql_.p50.toFixed(1), p95: +sql_.p95.toFixed(1), byCategory: sql_.byCategory },
    engineInProcess: { rps: Math.round(eng_.rps), p50: +eng_.p50.toFixed(1), p95: +eng_.p95.toFixed(1) },
    ratio: Math.round(ratio * 1000) / 1000,
    goals: GOALS,
    goalsMet: met,
    resultCache: { minTotal: ResultCache.MIN_TOTAL, ttlMs: ResultCache.TTL_MS, broadQueries: cacheable },
    totals: Object.fromEntries(queries.map((q) => [q.label, q.total])),
  };
  if (opts.json) console.log(JSON.stringify(summary, null, 2));
  else {
    log(`\nmedian of ${rounds} round(s):`);
    log(`  API (HTTP)          ${padL(fmt(api_.rps), 7)} req/s   p50 ${padL(fmt(api_.p50, 1), 6)} ms   p95 ${padL(fmt(api_.p95, 1), 6)} ms`);
    log(`  SQL direct (pg)     ${padL(fmt(sql_.rps), 7)} req/s   p50 ${padL(fmt(sql_.p50, 1), 6)} ms   p95 ${padL(fmt(sql_.p95, 1), 6)} ms`);
    log(`  engine in-process   ${padL(fmt(eng_.rps), 7)} req/s   p50 ${padL(fmt(eng_.p50, 1), 6)} ms   p95 ${padL(fmt(eng_.p95, 1), 6)} ms`);
    log(`load average (1 min) at end: ${loadEnd.toFixed(2)}`);
    log(`API p95 = ${fmt(api_.p95, 1)} ms — goal ≤ ${GOALS.p95Ms} ms: ${met.p95 ? 'met' : 'NOT met'}`);
    log(`API/SQL throughput = ${ratio.toFixed(3)} — goal ≥ ${GOALS.ratio}: ${met.ratio ? 'met' : 'NOT met'}`);
    log(`relay = ${fmt(relayPerSecond)} listings/s — goal ≥ ${fmt(GOALS.relayPerSecond)}: ${met.relay ? 'met' : 'NOT met'}`);
    if (opts.keep) log(`database kept: ${dbUrl.toString()}`);
  }
}

let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    if (interrupted) return;
    interrupted = true;
    await runCleanup();
    process.exit(130);
  });
}

try {
  await main();
  await runCleanup();
} catch (err) {
  console.error(`bench:search failed: ${err instanceof Error ? err.message : err}`);
  await runCleanup();
  process.exitCode = 1;
}
