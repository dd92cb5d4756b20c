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
//   5. the engine caches broad answers for a few seconds, so the API runs twice: as deployed (broad
//      answers mostly come from the cache) and a second process with SEARCH_CACHE=0 (all computed);
//   6. rounds alternate: both APIs under autocannon, the engine in-process (cache off) and the
//      recorded SQL on a pg pool, same concurrency, duration and query mix;
//   7. prints p50/p95 and throughput per side and per query category, API/SQL throughput with the
//      cache off (the API's own cost) and as deployed, the goals; the database is dropped (unless --keep).
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
/** Median (the mean of the two middle values for an even count). */
function median(xs) {
  if (xs.length === 0) return NaN;
  const s = Float64Array.from(xs).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

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
async function startApi(dbUrl, dataDir, extraEnv = {}) {
  const port = await freePort();
  const env = { ...process.env };
  for (const k of ['MEILI_URL', 'MEILI_MASTER_KEY', 'REDIS_URL', 'PORT', 'HOST', 'DEMO_DATA', 'ORGANIZER_EMAIL', 'ORGANIZER_PASSWORD', 'SEARCH_CACHE']) delete env[k];
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: dbUrl, DEMO_DATA: '0', DATA_DIR: dataDir, WEB_DIST_DIR: join(dataDir, 'no-web'), LOG_LEVEL: 'warn', ...extraEnv },
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
  const broad = samples.filter((s) => s.broad && s.cached !== undefined);
  return {
    requests: all.length,
    rps: all.length / seconds,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
    /** Share of broad answers that came from the engine's result cache (API only; null elsewhere). */
    cacheHits: broad.length ? broad.filter((s) => s.cached).length / broad.length : null,
    byCategory: Object.fromEntries(Object.entries(byCategory).map(([c, xs]) => [c, { n: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95) }])),
  };
}

/**
 * autocannon against the API, each connection going through `cycle` from its own starting point (so
 * the connections do not ask the same thing at the same moment). A broad answer with
 * processingTimeMs 0 came from the engine's result cache (computing one takes milliseconds).
 */
async function loadApi(base, cycle, connections, seconds) {
  const samples = [];
  let nextConnection = 0;
  let steps = 0;
  const stride = Math.max(1, Math.floor(cycle.length / connections));
  const start = cycle.cursor ?? 0;
  // autocannon walks the request list per connection and starts each pass with a fresh context:
  // each pass takes the next starting point (so connections spread over the cycle).
  const instance = autocannon({
    url: base,
    connections,
    pipelining: 1,
    duration: seconds,
    requests: cycle.map((_, i) => ({
      method: 'GET',
      setupRequest: (req, context) => {
        context.offset ??= start + (nextConnection++ % connections) * stride;
        context.position = (i + context.offset) % cycle.length;
        steps = Math.max(steps, i + 1);
        return { ...req, path: cycle[context.position].path };
      },
      onResponse: (_status, body, context) => {
        const m = /"processingTimeMs":(\d+)/.exec(body);
        context.lastCached = m ? m[1] === '0' : undefined;
      },
    })),
  });
  instance.on('response', (client, _status, _bytes, ms) => {
    // pipelining 1: the context still describes the request that just completed
    const { position, lastCached } = client.requestIterator.context;
    const q = cycle[position];
    if (q) samples.push({ ms, category: q.category, broad: q.broad, cached: q.broad ? lastCached : undefined });
  });
  const result = await instance;
  // The next run goes on where this one stopped: nothing it asks was asked seconds ago (the cache).
  cycle.cursor = (start + steps) % cycle.length;
  const problems = [];
  if (result.errors) problems.push(`${result.errors} errors`);
  if (result.timeouts) problems.push(`${result.timeouts} timeouts`);
  if (result.non2xx) problems.push(`${result.non2xx} non-2xx answers`);
  if (problems.length) throw new Error(`API: ${problems.join(', ')}`);
  return summarize(samples, seconds);
}

/** `connections` workers going through `cycle` back to back from their own starting points, for `seconds`. */
async function loadLoop(cycle, connections, seconds, runOne) {
  const samples = [];
  const end = performance.now() + seconds * 1000;
  const stride = Math.max(1, Math.floor(cycle.length / connections));
  const start = cycle.loopCursor ?? 0;
  let steps = 0;
  await Promise.all(
    Array.from({ length: connections }, async (_, w) => {
      for (let k = 0; performance.now() < end; k++) {
        const q = cycle[(start + w * stride + k) % cycle.length];
        const t = performance.now();
        await runOne(q);
        samples.push({ ms: performance.now() - t, category: q.category });
        steps = Math.max(steps, k + 1);
      }
    }),
  );
  cycle.loopCursor = (start + steps) % cycle.length;
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
  /** The engine's own SQL for a query: run it once through a recording connection. */
  const record = async (params) => {
    const statements = [];
    const recorder = { query: (sql, p) => (statements.push({ sql, params: p }), direct.query(sql, p)) };
    const result = await new EmbeddedSearchEngine(recorder).search(searchListingsQuery.parse(params));
    return { statements, result };
  };
  // Categories interleaved (one of each in turn), so that even a short round covers every kind of query.
  const byCategory = new Map();
  for (const entry of QUERIES) byCategory.set(entry.category, [...(byCategory.get(entry.category) ?? []), entry]);
  const order = [];
  for (let i = 0; order.length < QUERIES.length; i++) for (const list of byCategory.values()) if (list[i]) order.push(list[i]);
  const queries = [];
  for (const entry of order) {
    const path = `/api/search/listings${queryString(entry.params)}`;
    const { statements, result: viaEngine } = await record(entry.params);
    const res = await fetch(api.base + path);
    const body = await res.text();
    if (res.status !== 200) throw new Error(`GET ${path} → ${res.status} ${body.slice(0, 300)}`);
    const viaApi = JSON.parse(body);
    if (viaApi.total !== viaEngine.total || viaApi.hits.length !== viaEngine.hits.length) {
      throw new Error(`GET ${path}: the API found ${viaApi.total} (${viaApi.hits.length} hits), the engine ${viaEngine.total} (${viaEngine.hits.length})`);
    }
    if (viaApi.engine !== 'embedded') throw new Error(`GET ${path} was answered by ${viaApi.engine}, expected embedded`);
    const broad = viaApi.total >= ResultCache.MIN_TOTAL;
    queries.push({ entry, category: entry.category, label: label(entry.params), path, parsed: searchListingsQuery.parse(entry.params), statements, total: viaApi.total, broad });
  }
  const broadCount = queries.filter((q) => q.broad).length;

  log(
    `${queries.length} queries; ${broadCount} broad (total ≥ ${fmt(ResultCache.MIN_TOTAL)}), whose answers the engine caches for ${ResultCache.TTL_MS / 1000} s ` +
      `(at most ${ResultCache.MAX_ENTRIES}); a second API process runs with SEARCH_CACHE=0 for the cache-off side\n`,
  );
  // The same build on the same database with the result cache off: every answer is computed.
  const apiNoCache = await startApi(dbUrl.toString(), dataDir, { SEARCH_CACHE: '0' });

  const runSql = async (q) => {
    for (const st of q.statements) await pool.query(st.sql, st.params);
  };
  const engine = new EmbeddedSearchEngine(direct, { cache: false });
  const runEngine = (q) => engine.search(q.parsed);

  // 5. warm-up, then alternating rounds
  const SIDES = {
    api: { label: 'API, as deployed', run: (sec) => loadApi(api.base, queries, connections, sec) },
    apiMiss: { label: 'API, cache off', run: (sec) => loadApi(apiNoCache.base, queries, connections, sec) },
    engine: { label: 'engine in-process', run: (sec) => loadLoop(queries, connections, sec, runEngine) },
    sql: { label: 'SQL direct (pg)', run: (sec) => loadLoop(queries, connections, sec, runSql) },
  };
  if (warmup > 0) for (const side of Object.values(SIDES)) await side.run(warmup);
  const sides = Object.fromEntries(Object.keys(SIDES).map((k) => [k, []]));
  log(`${pad('round', 6)} ${pad('side', 20)} ${padL('req/s', 8)} ${padL('p50 ms', 8)} ${padL('p95 ms', 8)} ${padL('p99 ms', 8)} ${padL('requests', 9)} ${padL('cached', 7)}`);
  const show = (r, label, m) =>
    log(
      `${pad(r, 6)} ${pad(label, 20)} ${padL(fmt(m.rps), 8)} ${padL(fmt(m.p50, 1), 8)} ${padL(fmt(m.p95, 1), 8)} ${padL(fmt(m.p99, 1), 8)} ${padL(fmt(m.requests), 9)} ${padL(m.cacheHits === null ? '' : `${Math.round(m.cacheHits * 100)} %`, 7)}`,
    );
  for (let r = 1; r <= rounds; r++) {
    const names = Object.keys(SIDES);
    for (const name of r % 2 === 1 ? names : [...names].reverse()) {
      const m = await SIDES[name].run(duration);
      sides[name].push(m);
      show(r, SIDES[name].label, m);
    }
  }

  // 6. summary
  const agg = (side) => {
    const ms = sides[side];
    const hits = ms.map((m) => m.cacheHits).filter((h) => h !== null);
    const all = { rps: median(ms.map((m) => m.rps)), p50: median(ms.map((m) => m.p50)), p95: median(ms.map((m) => m.p95)), cacheHits: hits.length ? median(hits) : null };
    const cats = {};
    for (const m of ms) for (const [c, v] of Object.entries(m.byCategory)) (cats[c] ??= []).push(v);
    all.byCategory = Object.fromEntries(Object.entries(cats).map(([c, vs]) => [c, { p50: median(vs.map((v) => v.p50)), p95: median(vs.map((v) => v.p95)) }]));
    return all;
  };
  const res = Object.fromEntries(Object.keys(SIDES).map((k) => [k, agg(k)]));
  const ratio = res.apiMiss.rps / res.sql.rps;
  const ratioDeployed = res.api.rps / res.sql.rps;
  const loadEnd = os.loadavg()[0];

  log(`\nper query category (median of rounds), ms:`);
  log(`${pad('category', 14)} ${padL('API p50', 8)} ${padL('API p95', 8)} ${padL('off p50', 9)} ${padL('off p95', 9)} ${padL('eng p95', 8)} ${padL('SQL p50', 8)} ${padL('SQL p95', 8)}`);
  for (const c of Object.keys(res.api.byCategory)) {
    const [a, am, e, q] = ['api', 'apiMiss', 'engine', 'sql'].map((k) => res[k].byCategory[c] ?? {});
    log(
      `${pad(c, 14)} ${padL(fmt(a.p50, 1), 8)} ${padL(fmt(a.p95, 1), 8)} ${padL(fmt(am.p50, 1), 9)} ${padL(fmt(am.p95, 1), 9)} ${padL(fmt(e.p95, 1), 8)} ${padL(fmt(q.p50, 1), 8)} ${padL(fmt(q.p95, 1), 8)}`,
    );
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
  for (const { q, ms } of single.slice(0, 10)) log(`  ${padL(fmt(ms, 1), 7)} ms  ${pad(q.category, 13)} ${q.label}  → ${fmt(q.total)} (${q.statements.length} statement${q.statements.length > 1 ? 's' : ''})`);
  if (opts.explain) {
    for (const { q } of single.slice(0, 3)) {
      const main = q.statements.at(-1);
      const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS, TIMING) ${main.sql}`, main.params);
      log(`\nEXPLAIN ANALYZE — ${q.label}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
  }

  const met = { p95: res.api.p95 <= GOALS.p95Ms, p95Misses: res.apiMiss.p95 <= GOALS.p95Ms, ratio: ratio >= GOALS.ratio, relay: relayPerSecond >= GOALS.relayPerSecond };
  const brief = (k) => ({ rps: Math.round(res[k].rps), p50: +res[k].p50.toFixed(1), p95: +res[k].p95.toFixed(1), ...(res[k].cacheHits !== null ? { cacheHits: +res[k].cacheHits.toFixed(2) } : {}), byCategory: res[k].byCategory });
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
    api: brief('api'),
    apiMisses: brief('apiMiss'),
    engineInProcess: brief('engine'),
    sql: brief('sql'),
    ratio: Math.round(ratio * 1000) / 1000,
    ratioDeployed: Math.round(ratioDeployed * 1000) / 1000,
    goals: GOALS,
    goalsMet: met,
    resultCache: { minTotal: ResultCache.MIN_TOTAL, ttlMs: ResultCache.TTL_MS, maxEntries: ResultCache.MAX_ENTRIES, broadQueries: broadCount },
    totals: Object.fromEntries(queries.map((q) => [q.label, q.total])),
  };
  if (opts.json) console.log(JSON.stringify(summary, null, 2));
  else {
    const line = (k) =>
      log(
        `  ${pad(SIDES[k].label, 20)} ${padL(fmt(res[k].rps), 7)} req/s   p50 ${padL(fmt(res[k].p50, 1), 6)} ms   p95 ${padL(fmt(res[k].p95, 1), 6)} ms${res[k].cacheHits !== null ? `   broad answers from the cache: ${Math.round(res[k].cacheHits * 100)} %` : ''}`,
      );
    log(`\nmedian of ${rounds} round(s):`);
    for (const k of Object.keys(SIDES)) line(k);
    log(`load average (1 min) at end: ${loadEnd.toFixed(2)}`);
    log(`API p95 = ${fmt(res.api.p95, 1)} ms as deployed, ${fmt(res.apiMiss.p95, 1)} ms with the cache off — goal ≤ ${GOALS.p95Ms} ms: ${met.p95 ? 'met' : 'NOT met'} / ${met.p95Misses ? 'met' : 'NOT met'}`);
    log(`API/SQL throughput = ${ratio.toFixed(3)} with the cache off (${ratioDeployed.toFixed(3)} as deployed) — goal ≥ ${GOALS.ratio}: ${met.ratio ? 'met' : 'NOT met'}`);
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
