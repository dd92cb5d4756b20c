#!/usr/bin/env node
// HTTP benchmark: NestJS 12 (FastifyAdapter) vs bare Fastify 5 on the same route, GET /api/ping.
//
// Each server runs in its own child process on a free loopback port; autocannon runs here, against one
// server at a time. After a smoke check and a warm-up, rounds alternate (F,N then N,F …) so drift of
// the machine hits both alike. Prints requests/s per round, both medians and the ratio Nest/Fastify.
// Exits non-zero only on errors (a server that does not start or answers wrongly, request errors,
// timeouts, non-2xx answers), never because of the ratio.
//
//   node bench/http/run.js [--duration 5] [--connections 10] [--rounds 3] [--warmup 2] [--pipelining 1] [--json]
import { fork } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const GOAL = 0.85;
const ROUTE = '/api/ping';

const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '2' },
    pipelining: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  console.log('usage: node bench/http/run.js [--duration s] [--connections n] [--rounds n] [--warmup s] [--pipelining n] [--json]');
  process.exit(0);
}
const positiveInt = (name) => {
  const n = Number(opts[name]);
  if (!Number.isInteger(n) || n < (name === 'warmup' ? 0 : 1)) throw new Error(`--${name} must be a whole number${name === 'warmup' ? '' : ' ≥ 1'}`);
  return n;
};

const SERVERS = [
  { name: 'fastify', label: 'Fastify 5 (bare)', file: fileURLToPath(new URL('./servers/fastify.js', import.meta.url)) },
  { name: 'nest', label: 'NestJS 12 + FastifyAdapter', file: fileURLToPath(new URL('./servers/nest.js', import.meta.url)) },
];

const children = new Set();

function start(server) {
  return new Promise((resolve, reject) => {
    const child = fork(server.file, [], { env: { ...process.env, PORT: '0', NODE_ENV: 'production' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    children.add(child);
    const timer = setTimeout(() => reject(new Error(`${server.name}: no "ready" within 30 s`)), 30_000);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('exit', (code, signal) => {
      children.delete(child);
      clearTimeout(timer);
      reject(new Error(`${server.name}: exited before it was ready (code ${code}, signal ${signal})`));
    });
    child.on('message', (m) => {
      if (m?.type !== 'ready') return;
      clearTimeout(timer);
      resolve({ ...server, child, url: `http://127.0.0.1:${m.port}${ROUTE}` });
    });
  });
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (child.connected) child.send({ type: 'stop' });
  else child.kill('SIGTERM');
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 5_000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL');
}

async function stopAll() {
  await Promise.all([...children].map(stop));
}

/** The route must answer 200 with JSON { ok: true, time: <ISO date> } on both servers. */
async function smokeCheck(server) {
  const res = await fetch(server.url);
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${server.name}: GET ${ROUTE} → ${res.status} ${body.slice(0, 200)}`);
  if (!/^application\/json/.test(res.headers.get('content-type') ?? '')) throw new Error(`${server.name}: content-type ${res.headers.get('content-type')}`);
  const json = JSON.parse(body);
  if (json.ok !== true || Number.isNaN(Date.parse(json.time)) || Object.keys(json).sort().join() !== 'ok,time') {
    throw new Error(`${server.name}: unexpected body ${body}`);
  }
}

async function load(server, duration) {
  const result = await autocannon({
    url: server.url,
    connections: Number(opts.connections),
    pipelining: Number(opts.pipelining),
    duration,
  });
  const problems = [];
  if (result.errors) problems.push(`${result.errors} errors`);
  if (result.timeouts) problems.push(`${result.timeouts} timeouts`);
  if (result.non2xx) problems.push(`${result.non2xx} non-2xx answers`);
  if (result.requests.total === 0) problems.push('no requests completed');
  if (problems.length) throw new Error(`${server.name}: ${problems.join(', ')}`);
  return { rps: result.requests.average, total: result.requests.total, p50: result.latency.p50, p99: result.latency.p99 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);

async function main() {
  const duration = positiveInt('duration');
  const rounds = positiveInt('rounds');
  const warmup = positiveInt('warmup');
  positiveInt('connections');
  positiveInt('pipelining');

  const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
  const log = opts.json ? () => {} : (...a) => console.log(...a);
  log(`HTTP benchmark: GET ${ROUTE} — NestJS 12 (FastifyAdapter) vs bare Fastify 5`);
  log(`node ${process.version}, ${os.cpus().length} CPUs (${cpu}), ${os.platform()} ${os.release()}`);
  log(`autocannon: ${opts.connections} connections, pipelining ${opts.pipelining}, ${duration} s per round, ${rounds} alternating round${rounds === 1 ? '' : 's'}, ${warmup} s warm-up per server`);
  log(`goal: Nest/Fastify ≥ ${GOAL}`);
  const loadBefore = os.loadavg()[0];
  const busy = loadBefore > os.cpus().length * 0.5;
  log(`load average (1 min) at start: ${loadBefore.toFixed(2)}${busy ? '  ⚠ the machine is busy: figures will be noisy, run again when it is idle' : ''}\n`);

  const servers = [];
  for (const s of SERVERS) servers.push(await start(s));
  for (const s of servers) await smokeCheck(s);
  if (warmup > 0) for (const s of servers) await load(s, warmup);

  const rows = [];
  log(`${pad('round', 6)} ${pad('server', 8)} ${padL('req/s', 9)} ${padL('p50 ms', 7)} ${padL('p99 ms', 7)} ${padL('requests', 10)}`);
  for (let r = 1; r <= rounds; r++) {
    const order = r % 2 === 1 ? servers : [...servers].reverse();
    for (const s of order) {
      const m = await load(s, duration);
      rows.push({ round: r, server: s.name, ...m });
      log(`${pad(r, 6)} ${pad(s.name, 8)} ${padL(fmt(m.rps), 9)} ${padL(m.p50, 7)} ${padL(m.p99, 7)} ${padL(fmt(m.total), 10)}`);
    }
  }

  const medians = Object.fromEntries(servers.map((s) => [s.name, median(rows.filter((x) => x.server === s.name).map((x) => x.rps))]));
  const spread = Object.fromEntries(
    servers.map((s) => {
      const xs = rows.filter((x) => x.server === s.name).map((x) => x.rps);
      return [s.name, { min: Math.round(Math.min(...xs)), max: Math.round(Math.max(...xs)) }];
    }),
  );
  const loadAfter = os.loadavg()[0];
  const ratio = medians.nest / medians.fastify;
  const met = ratio >= GOAL;
  const summary = {
    route: ROUTE,
    node: process.version,
    cpus: os.cpus().length,
    cpu,
    connections: Number(opts.connections),
    pipelining: Number(opts.pipelining),
    durationSeconds: duration,
    rounds,
    warmupSeconds: warmup,
    loadAverage: { start: Math.round(loadBefore * 100) / 100, end: Math.round(loadAfter * 100) / 100 },
    medianRps: { fastify: Math.round(medians.fastify), nest: Math.round(medians.nest) },
    spreadRps: spread,
    ratio: Math.round(ratio * 1000) / 1000,
    goal: GOAL,
    goalMet: met,
    runs: rows.map((x) => ({ ...x, rps: Math.round(x.rps) })),
  };
  if (opts.json) console.log(JSON.stringify(summary, null, 2));
  else {
    log('');
    for (const s of servers) log(`median ${pad(s.name, 8)} ${padL(fmt(medians[s.name]), 9)} req/s   (rounds: ${fmt(spread[s.name].min)}–${fmt(spread[s.name].max)})`);
    log(`load average (1 min) at end: ${loadAfter.toFixed(2)}`);
    log(`ratio Nest/Fastify = ${ratio.toFixed(3)} — goal ≥ ${GOAL}: ${met ? 'met' : 'NOT met'}`);
  }
}

let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    if (interrupted) return;
    interrupted = true;
    await stopAll();
    process.exit(130);
  });
}

try {
  await main();
  await stopAll();
} catch (err) {
  console.error(`bench:http failed: ${err instanceof Error ? err.message : err}`);
  await stopAll();
  process.exitCode = 1;
}
