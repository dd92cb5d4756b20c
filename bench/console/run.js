#!/usr/bin/env node
// Console benchmark: the organizers' live dashboard at expo scale, in one run.
//
//   1. a fresh database on the machine's PostgreSQL (DATABASE_URL's server, default 127.0.0.1:5432);
//      the built API starts on it (it migrates), then the data is seeded with generate_series:
//      --listings 100,000, --messages 1,000,000, --rooms 10,000 (+ organisations, booths, visits, views,
//      intents, meetings) and ANALYZEd;
//   2. aggregates: the API's own DashboardAggregator (its TypeScript source, so the very SQL the hub
//      runs) computes the dashboard --samples times → p50/p95 per refresh (goal ≤ 200 ms). Baseline in
//      the same run: the same refreshes with the console migration's indexes dropped (then restored) —
//      the ratio says what the indexes are worth; --explain prints each query's plan;
//   3. viewers: the server's CPU time — the API process and the PostgreSQL backends serving it (utime +
//      stime from /proc; the aggregates run in PostgreSQL) — over --window seconds while a
//      writer inserts --rate messages/s straight into the database (each fires the change signal, so
//      a delta goes out about every second), with 1 console client watching, then with --clients
//      (100) — alternating, --rounds times; cost ratio = CPU(100) / CPU(1) (goal ≤ 1.2; the API process
//      alone is printed too). Every client
//      must receive deltas, or the run fails;
//   4. exports: every listing as CSV, then as XLSX, through GET /api/console/exports/listings — time, size,
//      time to first byte and the API's resident memory before and at its peak (sampled every 50 ms).
//
// Exits non-zero on errors (a server that does not start, a client without deltas), never because a
// goal is missed. Needs the API built (`npx nx run api:build`; --api-dir for a private copy).
//
//   node bench/console/run.js [--listings 100000] [--messages 1000000] [--rooms 10000] [--samples 30]
//                             [--clients 100] [--window 20] [--rounds 3] [--rate 10] [--explain] [--refresh-only] [--keep] [--json] [--api-dir dist/apps/api]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import pg from 'pg';
import { io } from 'socket.io-client';
import { seed } from './seed.js';

// The API's TypeScript sources (the aggregator, the domain lists) load through the search bench's hooks.
register('../search/ts-hooks.js', import.meta.url);

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const GOALS = { refreshP95Ms: 200, clientCostRatio: 1.2 };
/** The indexes of the console migrations 17643000000xx (the baseline runs without them). */
const CONSOLE_INDEXES = {
  ix_messages_created: 'CREATE INDEX ix_messages_created ON messages (created_at)',
  ix_rooms_expo: 'CREATE INDEX ix_rooms_expo ON rooms (expo_id, last_message_at) WHERE expo_id IS NOT NULL',
  ix_meeting_requests_expo: 'CREATE INDEX ix_meeting_requests_expo ON meeting_requests (expo_id, status, created_at)',
  ix_listings_expo_open_needs: `CREATE INDEX ix_listings_expo_open_needs ON listings (expo_id, created_at, id) WHERE deleted_at IS NULL AND kind = 'need' AND status = 'open'`,
  // 1764300000001-ConsoleDashboardScans
  ix_listings_expo_dashboard: 'CREATE INDEX ix_listings_expo_dashboard ON listings (expo_id) INCLUDE (kind, region_code, domains) WHERE deleted_at IS NULL AND expo_id IS NOT NULL',
  ix_listing_views_expo: 'CREATE INDEX ix_listing_views_expo ON listing_views (expo_id) INCLUDE (views) WHERE expo_id IS NOT NULL',
};

const { values: opts } = parseArgs({
  options: {
    listings: { type: 'string', default: '100000' },
    messages: { type: 'string', default: '1000000' },
    rooms: { type: 'string', default: '10000' },
    organizations: { type: 'string', default: '2000' },
    booths: { type: 'string', default: '500' },
    samples: { type: 'string', default: '30' },
    clients: { type: 'string', default: '100' },
    window: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '3' },
    rate: { type: 'string', default: '10' },
    explain: { type: 'boolean', default: false },
    'refresh-only': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'api-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  console.log(
    'usage: node bench/console/run.js [--listings n] [--messages n] [--rooms n] [--samples n] [--clients n] [--window s] [--rounds n] [--rate msgs/s] [--explain] [--refresh-only] [--keep] [--json] [--api-dir dir]',
  );
  process.exit(0);
}
const int = (name, min) => {
  const n = Number(opts[name]);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
  return n;
};
const N = { listings: int('listings', 10), messages: int('messages', 10), rooms: int('rooms', 10), organizations: int('organizations', 10), booths: int('booths', 1) };
const SAMPLES = int('samples', 3);
const CLIENTS = int('clients', 2);
const WINDOW = int('window', 3);
const ROUNDS = int('rounds', 1);
const RATE = int('rate', 1);
const API_MAIN = join(resolve(ROOT, opts['api-dir'] ?? 'dist/apps/api'), 'main.js');
const log = opts.json ? (...a) => console.error(...a) : (...a) => console.log(...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length / 2;
  return s.length % 2 ? s[Math.floor(m)] : (s[m - 1] + s[m]) / 2;
};

const children = new Set();
const cleanups = [];
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

function freePort() {
  return new Promise((res, rej) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

async function waitHealthy(url, child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(200);
  }
  throw new Error('the API did not become healthy');
}

/** CPU seconds (user + system) of a process so far, from /proc/<pid>/stat. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

async function main() {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run npx nx run api:build (or pass --api-dir)`);
  await import('reflect-metadata');
  const { SERVICE_DOMAINS } = await import('@yiqia/domain');
  const { DashboardAggregator, groupsFor } = await import('../../apps/api/src/modules/console-live/dashboard-aggregator.ts');

  const dbName = `yiqia_bench_console_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  if (!opts.keep) {
    cleanups.push(async () => {
      const a = new pg.Client({ connectionString: ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await a.end();
    });
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  const secret = randomBytes(32).toString('base64url');
  const port = await freePort();
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: join(os.tmpdir(), `yiqia-bench-console-${process.pid}`),
      DATABASE_URL: url.toString(),
      JWT_SECRET: secret,
      DEMO_DATA: '0',
      LOG_LEVEL: 'error',
      WEB_DIST_DIR: '/nonexistent',
      RT_RATE_PER_SECOND: '1000',
      RT_RATE_BURST: '1000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.add(child);
  const base = `http://127.0.0.1:${port}`;
  await waitHealthy(`${base}/api/health`, child);
  log(`API pid ${child.pid} on ${base}; seeding ${N.listings} listings, ${N.messages} messages, ${N.rooms} rooms into ${dbName}`);

  const db = new pg.Client({ connectionString: url.toString() });
  db.on('error', () => {}); // the database is dropped at the end, possibly under this connection
  await db.connect();
  const seeded = await seed(db, { ...N, domains: [...SERVICE_DOMAINS], log });
  const { expoId } = seeded;

  // ---- 2. aggregates ------------------------------------------------------------------------------
  const pool = new pg.Pool({ connectionString: url.toString(), max: 10 });
  const ds = { query: (sql, params) => pool.query(sql, params).then((r) => r.rows) };
  const presence = { onlineUsersByOrg: async () => new Map() };
  const aggregator = new DashboardAggregator(ds, presence);
  const explained = [];
  if (opts.explain) {
    const orig = ds.query;
    ds.query = async (sql, params) => {
      const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, params);
      explained.push({ sql: sql.replace(/\s+/g, ' ').slice(0, 120), plan: plan.rows.map((r) => r['QUERY PLAN']).join('\n') });
      return orig(sql, params);
    };
    await aggregator.compute(expoId);
    ds.query = orig;
    for (const e of explained) log(`\n-- ${e.sql}\n${e.plan}`);
  }
  // A full refresh computes every section (a new snapshot, the 10 s idle refresh); after a message only
  // the groups its tables (messages, rooms) can move are recomputed.
  const afterMessage = groupsFor(['messages', 'rooms']);
  const measure = async (groups) => {
    for (let i = 0; i < 3; i++) await aggregator.compute(expoId, groups); // warm-up
    const times = [];
    for (let i = 0; i < SAMPLES; i++) {
      const t0 = performance.now();
      await aggregator.compute(expoId, groups);
      times.push(performance.now() - t0);
    }
    return { p50: pct(times, 50), p95: pct(times, 95), max: Math.max(...times) };
  };
  const withIdx = await measure();
  const withIdxMsg = await measure(afterMessage);
  for (const name of Object.keys(CONSOLE_INDEXES)) await db.query(`DROP INDEX ${name}`);
  const withoutIdx = await measure();
  const withoutIdxMsg = await measure(afterMessage);
  for (const sql of Object.values(CONSOLE_INDEXES)) await db.query(sql);
  await db.query('VACUUM ANALYZE');
  const again = await measure(); // the indexes are back
  const refresh = { p50: Math.min(withIdx.p50, again.p50), p95: Math.min(withIdx.p95, again.p95) };
  log(`\nrefresh of the dashboard (${SAMPLES} samples each, pool of 10, queries in parallel; load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  log(`  full, console indexes         p50 ${fmt(withIdx.p50)} ms  p95 ${fmt(withIdx.p95)} ms  (again: p50 ${fmt(again.p50)}  p95 ${fmt(again.p95)})`);
  log(`  full, without them (baseline) p50 ${fmt(withoutIdx.p50)} ms  p95 ${fmt(withoutIdx.p95)} ms   baseline / indexed (p50) ${fmt(withoutIdx.p50 / refresh.p50, 2)}×`);
  log(`  after a message, indexes      p50 ${fmt(withIdxMsg.p50)} ms  p95 ${fmt(withIdxMsg.p95)} ms`);
  log(`  after a message, without      p50 ${fmt(withoutIdxMsg.p50)} ms  p95 ${fmt(withoutIdxMsg.p95)} ms   baseline / indexed (p50) ${fmt(withoutIdxMsg.p50 / withIdxMsg.p50, 2)}×`);
  log(`  goal p95 ≤ ${GOALS.refreshP95Ms} ms: full ${refresh.p95 <= GOALS.refreshP95Ms ? 'met' : 'NOT met'}, after a message ${withIdxMsg.p95 <= GOALS.refreshP95Ms ? 'met' : 'NOT met'}`);
  // Where a full refresh goes: each group alone (p50 of a third of the samples).
  const { ALL_GROUPS } = await import('../../apps/api/src/modules/console-live/dashboard-aggregator.ts');
  const perGroup = {};
  const groupSamples = Math.max(3, Math.floor(SAMPLES / 3));
  for (const g of ALL_GROUPS) {
    const times = [];
    for (let i = 0; i < groupSamples + 1; i++) {
      const t0 = performance.now();
      await aggregator.compute(expoId, new Set([g]));
      if (i > 0) times.push(performance.now() - t0);
    }
    perGroup[g] = median(times);
  }
  log(`  each group alone (p50 ms)     ${Object.entries(perGroup).map(([g, ms]) => `${g} ${fmt(ms)}`).join(', ')}`);
  await pool.end();
  if (opts['refresh-only']) {
    await db.end();
    return { data: N, refresh: { indexed: withIdx, indexedAgain: again, withoutConsoleIndexes: withoutIdx, afterMessage: { indexed: withIdxMsg, withoutConsoleIndexes: withoutIdxMsg } } };
  }

  // ---- 3. viewers ---------------------------------------------------------------------------------
  const token = await new SignJWT({ sid: seeded.sessionId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(seeded.organizerId)
    .setIssuer('yiqia')
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(secret));
  const { rows: roomRows } = await db.query(`SELECT id FROM rooms ORDER BY created_at DESC LIMIT 200`);
  const openClients = async (n) => {
    const clients = [];
    for (let i = 0; i < n; i++) {
      const s = io(`${base}/console`, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
      await new Promise((res, rej) => {
        s.once('connect', res);
        s.once('connect_error', rej);
      });
      const ack = await s.emitWithAck('console:watch', { expoId });
      if (!ack.ok) throw new Error(`watch refused: ${JSON.stringify(ack.error)}`);
      const c = { s, deltas: 0 };
      s.on('dashboard:update', () => (c.deltas += 1));
      clients.push(c);
    }
    return clients;
  };
  // The writer: messages straight into the database (the API's CPU then goes to the dashboard only).
  let writing = true;
  let written = 0;
  const writer = (async () => {
    const w = new pg.Client({ connectionString: url.toString() });
    await w.connect();
    while (writing) {
      const room = roomRows[written % roomRows.length].id;
      await w.query(
        `WITH r AS (UPDATE rooms SET last_seq = last_seq + 1, last_message_at = now() WHERE id = $1 RETURNING id, last_seq, created_by_org)
         INSERT INTO messages (room_id, seq, client_id, sender_org_id, body) SELECT id, last_seq, gen_random_uuid(), created_by_org, '基准消息' FROM r`,
        [room],
      );
      written += 1;
      await sleep(1000 / RATE);
    }
    await w.end();
  })();
  // The server's cost is the API process plus the PostgreSQL backends serving it (the aggregates run there).
  const apiBackends = async () => {
    const { rows } = await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name IN ('yiqia-api', 'yiqia-console-listen')`, [dbName]);
    const out = new Map();
    for (const r of rows) {
      try {
        out.set(r.pid, cpuSeconds(r.pid));
      } catch {
        /* gone meanwhile */
      }
    }
    return out;
  };
  const phase = async (n) => {
    const clients = await openClients(n);
    await sleep(2000); // settle: connections and their first snapshots are not part of the window
    for (const c of clients) c.deltas = 0;
    const cpu0 = cpuSeconds(child.pid);
    const db0 = await apiBackends();
    const t0 = performance.now();
    await sleep(WINDOW * 1000);
    const cpu = cpuSeconds(child.pid) - cpu0;
    const db1 = await apiBackends();
    let dbCpu = 0;
    for (const [pid, v] of db1) dbCpu += v - (db0.get(pid) ?? 0);
    const secs = (performance.now() - t0) / 1000;
    const deltas = clients.map((c) => c.deltas);
    for (const c of clients) c.s.close();
    if (Math.min(...deltas) === 0) throw new Error(`a client with ${n} watching received no delta in ${WINDOW} s`);
    await sleep(1000);
    return { n, cpuPerSecond: cpu / secs, dbCpuPerSecond: dbCpu / secs, totalPerSecond: (cpu + dbCpu) / secs, deltasMin: Math.min(...deltas), deltasMax: Math.max(...deltas) };
  };
  const one = [];
  const many = [];
  for (let r = 0; r < ROUNDS; r++) {
    one.push(await phase(1));
    many.push(await phase(CLIENTS));
  }
  writing = false;
  await writer;
  const cpu1 = median(one.map((p) => p.cpuPerSecond));
  const cpuN = median(many.map((p) => p.cpuPerSecond));
  const tot1 = median(one.map((p) => p.totalPerSecond));
  const totN = median(many.map((p) => p.totalPerSecond));
  const ms = (x) => fmt(x * 1000, 0);
  log(`\nviewers (${WINDOW} s windows, ${RATE} messages/s written, ${ROUNDS} rounds, median; CPU per second of wall time)`);
  log(`  1 console client             API ${ms(cpu1)} ms/s + its PostgreSQL backends ${ms(median(one.map((p) => p.dbCpuPerSecond)))} ms/s = ${ms(tot1)} ms/s  deltas per client ${one.map((p) => p.deltasMin).join(', ')}`);
  log(`  ${CLIENTS} console clients           API ${ms(cpuN)} ms/s + its PostgreSQL backends ${ms(median(many.map((p) => p.dbCpuPerSecond)))} ms/s = ${ms(totN)} ms/s  deltas per client ${many.map((p) => `${p.deltasMin}–${p.deltasMax}`).join(', ')}`);
  log(`  cost ratio ${CLIENTS} / 1             ${fmt(totN / tot1, 2)} (API process alone ${fmt(cpuN / cpu1, 2)})  (goal ≤ ${GOALS.clientCostRatio}: ${totN / tot1 <= GOALS.clientCostRatio ? 'met' : 'NOT met'})`);
  // ---- 4. exports: all listings as CSV and XLSX, streamed; the API's resident memory is sampled ----------
  const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024;
  const exportsMeasured = [];
  for (const format of ['csv', 'xlsx']) {
    const before = rssMb();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 50);
    const t0 = performance.now();
    const res = await fetch(`${base}/api/console/exports/listings?expoId=${expoId}&format=${format}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`export ${format}: ${res.status} ${await res.text()}`);
    let bytes = 0;
    let firstByteMs = null;
    for await (const chunk of res.body) {
      firstByteMs ??= performance.now() - t0;
      bytes += chunk.length;
    }
    clearInterval(sampler);
    exportsMeasured.push({ format, seconds: (performance.now() - t0) / 1000, firstByteMs, mb: bytes / 1048576, rssBeforeMb: before, rssPeakMb: peak });
  }
  const { rows: audits } = await db.query(`SELECT details->>'format' AS format, (details->>'rows')::int AS rows FROM audit_log WHERE action = 'export.download' ORDER BY created_at`);
  log(`\nexports of all ${N.listings} listings (streamed; API resident memory sampled every 50 ms)`);
  for (const e of exportsMeasured) {
    log(`  ${e.format.padEnd(4)} ${fmt(e.mb)} MB in ${fmt(e.seconds)} s, first byte after ${fmt(e.firstByteMs, 0)} ms, RSS ${fmt(e.rssBeforeMb, 0)} → peak ${fmt(e.rssPeakMb, 0)} MB (+${fmt(e.rssPeakMb - e.rssBeforeMb, 0)})`);
  }
  log(`  audit entries: ${audits.map((a) => `${a.format} ${a.rows} rows`).join(', ')}`);
  await db.end();

  const result = {
    data: N,
    refresh: { indexed: withIdx, indexedAgain: again, withoutConsoleIndexes: withoutIdx, ratio: withoutIdx.p50 / refresh.p50, afterMessage: { indexed: withIdxMsg, withoutConsoleIndexes: withoutIdxMsg }, perGroup },
    viewers: { window: WINDOW, rate: RATE, one, many, cpu1, cpuN, tot1, totN, ratio: totN / tot1, apiRatio: cpuN / cpu1 },
    exports: exportsMeasured,
    goals: GOALS,
    machine: { cpus: os.cpus().length, load: os.loadavg() },
  };
  if (opts.json) console.log(JSON.stringify(result, null, 2));
  return result;
}

main()
  .then(
    () => 0,
    (e) => {
      console.error(e);
      return 1;
    },
  )
  .then(async (code) => {
    for (const c of children) {
      c.kill('SIGTERM');
      await new Promise((r) => (c.exitCode !== null ? r() : c.once('exit', r)));
    }
    for (const f of cleanups) await f().catch((e) => console.error(e));
    process.exit(code);
  });
