#!/usr/bin/env node
// Real-time benchmark: the real /rt gateway of the built API (handshake auth, validation, membership,
// group-committed persistence in PostgreSQL, fan-out) vs a bare Socket.IO relay (relay.js: no auth, no
// persistence), in the same run, with the same clients: N socket.io-client connections in rooms of 6.
//
// Phase 1, fixed rate: every client sends `--rate` messages/s (random phase) for `--duration` s →
//   ack latency (emit → ack) and delivery latency (emit → message:new at each of the 5 others), p50/p99.
// Phase 2, saturation: every client sends its next message as soon as the previous one is acknowledged
//   (`--window` outstanding per client) for `--saturation` s → acknowledged messages/s and deliveries/s.
//
// Needs `npx nx run api:build` and this machine's PostgreSQL (TEST_DATABASE_URL or
// postgres://postgres@127.0.0.1:5432/postgres, where it creates and drops a database). Exits non-zero
// on errors (a server that does not start, error acks, lost deliveries), never because of a figure.
//
//   node bench/realtime/run.js [--clients 1000] [--rate 0.5] [--duration 20] [--saturation 10] [--window 1] [--json]
import { fork, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import pg from 'pg';
import { io } from 'socket.io-client';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const API = join(ROOT, 'dist/apps/api/main.js');
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const GOALS = { deliveryP99Ms: 100, throughputRatio: 0.5 };

const { values: opts } = parseArgs({
  options: {
    clients: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '0.5' },
    duration: { type: 'string', default: '20' },
    saturation: { type: 'string', default: '10' },
    window: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  console.log('usage: node bench/realtime/run.js [--clients n] [--rate msgs/s per client] [--duration s] [--saturation s] [--window n] [--json]');
  process.exit(0);
}
const N = Math.max(6, Math.floor(Number(opts.clients) / 6) * 6);
const RATE = Number(opts.rate);
const DURATION = Number(opts.duration);
const SATURATION = Number(opts.saturation);
const WINDOW = Math.max(1, Number(opts.window));
const log = (...a) => (opts.json ? console.error(...a) : console.log(...a));

const children = new Set();
const cleanups = [];
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

async function freePort() {
  const srv = createServer();
  await new Promise((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

async function waitHealthy(url, child) {
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not answer within 30 s`);
}

// ---- the real API on a fresh database, seeded directly (no argon2 for 1,000 users) -----------------

async function startGateway() {
  if (!existsSync(API)) throw new Error(`${API} is missing: run npx nx run api:build first`);
  const dbName = `yiqia_bench_rt_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  cleanups.push(async () => {
    const a = new pg.Client({ connectionString: ADMIN_URL });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await a.end();
  });
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  const secret = randomBytes(32).toString('base64url');
  const port = await freePort();
  // BENCH_API_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=tmp/prof", profiles the API process.
  const child = spawn(process.execPath, [...(process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? []), API], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: join(os.tmpdir(), `yiqia-bench-rt-${process.pid}`),
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
  await waitHealthy(`http://127.0.0.1:${port}/api/health`, child);
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const users = await seed(db);
  await db.end();
  const key = new TextEncoder().encode(secret);
  for (const u of users) {
    u.token = await new SignJWT({ sid: u.sessionId }).setProtectedHeader({ alg: 'HS256' }).setSubject(u.userId).setIssuer('yiqia').setIssuedAt().setExpirationTime('2h').sign(key);
  }
  return { url: `http://127.0.0.1:${port}`, child, users };
}

/** N users: rooms of 6 = 3 organisations × 2 members. */
async function seed(db) {
  const orgs = N / 2;
  const orgIds = (
    await db.query(
      `INSERT INTO organizations (name, type, credit_code, region_code)
       SELECT '压测机构' || i, 'social_org', lpad(i::text, 18, '0'), '510104' FROM generate_series(1, $1) i RETURNING id`,
      [orgs],
    )
  ).rows.map((r) => r.id);
  const userRows = (
    await db.query(
      `INSERT INTO users (email, password_hash, display_name, organization_id, org_role)
       SELECT 'u' || n || '@bench.local', '!', '用户' || n, o, 'member' FROM unnest($1::uuid[]) WITH ORDINALITY AS t(o, n)
       RETURNING id, organization_id`,
      [orgIds.flatMap((o) => [o, o])],
    )
  ).rows;
  const sessions = (
    await db.query(
      `INSERT INTO sessions (user_id, refresh_hash, expires_at) SELECT unnest($1::uuid[]), 'bench', now() + interval '1 day' RETURNING id, user_id`,
      [userRows.map((u) => u.id)],
    )
  ).rows;
  const sessionOf = new Map(sessions.map((s) => [s.user_id, s.id]));
  const rooms = N / 6;
  const roomIds = (
    await db.query(
      `INSERT INTO rooms (kind, title, created_by_org) SELECT 'negotiation', '压测洽谈室' || i, ($1::uuid[])[(i - 1) * 3 + 1] FROM generate_series(1, $2) i RETURNING id`,
      [orgIds, rooms],
    )
  ).rows.map((r) => r.id);
  await db.query(
    `INSERT INTO room_parties (room_id, org_id) SELECT ($1::uuid[])[(o - 1) / 3 + 1], ($2::uuid[])[o] FROM generate_series(1, $3) o`,
    [roomIds, orgIds, orgs],
  );
  const roomOfOrg = new Map(orgIds.map((id, i) => [id, roomIds[Math.floor(i / 3)]]));
  return userRows.map((u) => ({ userId: u.id, sessionId: sessionOf.get(u.id), roomId: roomOfOrg.get(u.organization_id) }));
}

async function startRelay() {
  const child = fork(fileURLToPath(new URL('./relay.js', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  children.add(child);
  const port = await new Promise((resolveP, reject) => {
    child.once('message', (m) => resolveP(m.ready));
    child.once('exit', (code) => reject(new Error(`relay exited with ${code}`)));
  });
  const rooms = Array.from({ length: N / 6 }, () => randomUUID());
  return { url: `http://127.0.0.1:${port}`, child, users: Array.from({ length: N }, (_, i) => ({ token: 'none', roomId: rooms[Math.floor(i / 6)] })) };
}

// ---- clients --------------------------------------------------------------------------------------

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function connectAll(url, users) {
  const sockets = new Array(users.length);
  let next = 0;
  async function worker() {
    while (next < users.length) {
      const i = next++;
      const s = io(`${url}/rt`, { auth: { token: users[i].token }, transports: ['websocket'], reconnection: false, forceNew: true });
      await new Promise((r, reject) => {
        s.once('connect', r);
        s.once('connect_error', reject);
      });
      const a = await s.emitWithAck('room:join', { roomId: users[i].roomId });
      if (!a.ok) throw new Error(`join refused: ${JSON.stringify(a.error)}`);
      sockets[i] = s;
    }
  }
  await Promise.all(Array.from({ length: 25 }, worker));
  return sockets;
}

/** Tracks sends and deliveries of one phase. */
function tracker(sockets) {
  const sent = new Map(); // clientId → { t, from }
  const t = { ackMs: [], deliveryMs: [], acked: 0, delivered: 0, errors: 0, counting: true };
  sockets.forEach((s, i) =>
    s.on('message:new', (m) => {
      const x = sent.get(m.clientId);
      if (!x || x.from === i) return;
      t.delivered += 1;
      if (t.counting) t.deliveryMs.push(performance.now() - x.t);
    }),
  );
  t.send = async (s, i, roomId) => {
    const clientId = randomUUID();
    const t0 = performance.now();
    sent.set(clientId, { t: t0, from: i });
    const a = await s.emitWithAck('message:send', { roomId, clientId, body: `压测消息 ${i} ${t0.toFixed(1)}` });
    if (!a.ok) {
      t.errors += 1;
      return;
    }
    t.acked += 1;
    if (t.counting) t.ackMs.push(performance.now() - t0);
  };
  t.expectedDeliveries = () => t.acked * 5;
  return t;
}

async function fixedRate(sockets, users) {
  const t = tracker(sockets);
  const period = 1000 / RATE;
  const timers = [];
  const pending = new Set();
  const start = performance.now();
  sockets.forEach((s, i) => {
    const tick = () => {
      const p = t.send(s, i, users[i].roomId).finally(() => pending.delete(p));
      pending.add(p);
    };
    timers.push(
      setTimeout(() => {
        tick();
        timers.push(setInterval(tick, period));
      }, Math.random() * period),
    );
  });
  await new Promise((r) => setTimeout(r, DURATION * 1000));
  for (const x of timers) clearTimeout(x);
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  await settle(t);
  return summary(t, elapsed);
}

async function saturate(sockets, users) {
  const t = tracker(sockets);
  let stop = false;
  const start = performance.now();
  const loops = sockets.flatMap((s, i) =>
    Array.from({ length: WINDOW }, async () => {
      while (!stop) await t.send(s, i, users[i].roomId);
    }),
  );
  await new Promise((r) => setTimeout(r, SATURATION * 1000));
  stop = true;
  const ackedAtStop = t.acked;
  const deliveredAtStop = t.delivered;
  const elapsed = (performance.now() - start) / 1000;
  await Promise.all(loops);
  await settle(t);
  return { ...summary(t, elapsed), msgsPerSec: ackedAtStop / elapsed, deliveriesPerSec: deliveredAtStop / elapsed };
}

/** Waits until every acknowledged message reached the 5 others (or reports the shortfall). */
async function settle(t) {
  for (let i = 0; i < 200 && t.delivered < t.expectedDeliveries(); i += 1) await new Promise((r) => setTimeout(r, 50));
  t.lost = t.expectedDeliveries() - t.delivered;
}

function summary(t, elapsed) {
  const ack = [...t.ackMs].sort((a, b) => a - b);
  const del = [...t.deliveryMs].sort((a, b) => a - b);
  return {
    sent: t.acked + t.errors,
    acked: t.acked,
    errors: t.errors,
    lostDeliveries: t.lost,
    msgsPerSec: t.acked / elapsed,
    ackP50: percentile(ack, 50),
    ackP99: percentile(ack, 99),
    deliveryP50: percentile(del, 50),
    deliveryP99: percentile(del, 99),
  };
}

async function runTarget(name, starter) {
  log(`\n${name}: starting, connecting ${N} clients …`);
  const target = await starter();
  const t0 = performance.now();
  const sockets = await connectAll(target.url, target.users);
  log(`${name}: ${N} clients connected and joined in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const fixed = await fixedRate(sockets, target.users);
  log(`${name}: fixed rate done (${fixed.acked} messages)`);
  const sat = await saturate(sockets, target.users);
  log(`${name}: saturation done (${sat.msgsPerSec.toFixed(0)} msgs/s)`);
  for (const s of sockets) s.close();
  target.child.kill('SIGTERM');
  await new Promise((r) => (target.child.exitCode !== null ? r() : target.child.once('exit', r)));
  children.delete(target.child);
  return { fixed, saturation: sat };
}

const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '—');

try {
  log(`real-time bench: ${N} clients in rooms of 6, ${RATE} msg/s each for ${DURATION} s, then saturation ${SATURATION} s (window ${WINDOW}); ${os.cpus().length} cores, Node ${process.version}`);
  const relay = await runTarget('bare relay', startRelay);
  const gateway = await runTarget('gateway', startGateway);
  const ratio = gateway.saturation.msgsPerSec / relay.saturation.msgsPerSec;
  const result = { clients: N, rate: RATE, duration: DURATION, saturationSeconds: SATURATION, window: WINDOW, relay, gateway, throughputRatio: ratio, goals: GOALS };
  if (opts.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log('\n| target | fixed-rate msgs/s | ack p50 / p99 ms | delivery p50 / p99 ms | saturation msgs/s | deliveries/s | errors | lost |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const [label, r] of [
      ['bare Socket.IO relay', relay],
      ['/rt gateway (auth + PostgreSQL + fan-out)', gateway],
    ]) {
      console.log(
        `| ${label} | ${fmt(r.fixed.msgsPerSec, 0)} | ${fmt(r.fixed.ackP50)} / ${fmt(r.fixed.ackP99)} | ${fmt(r.fixed.deliveryP50)} / ${fmt(r.fixed.deliveryP99)} | ${fmt(r.saturation.msgsPerSec, 0)} | ${fmt(r.saturation.deliveriesPerSec, 0)} | ${r.fixed.errors + r.saturation.errors} | ${r.fixed.lostDeliveries + r.saturation.lostDeliveries} |`,
      );
    }
    console.log(`\nthroughput gateway / relay: ${fmt(ratio, 2)} (goal ≥ ${GOALS.throughputRatio}); gateway delivery p99 at ${RATE} msg/s per client: ${fmt(gateway.fixed.deliveryP99)} ms (goal ≤ ${GOALS.deliveryP99Ms} ms)`);
  }
  const bad = [relay, gateway].some((r) => r.fixed.errors + r.saturation.errors + r.fixed.lostDeliveries + r.saturation.lostDeliveries > 0);
  process.exitCode = bad ? 1 : 0;
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  for (const c of cleanups) await c().catch(() => undefined);
  for (const c of children) c.kill('SIGKILL');
}
