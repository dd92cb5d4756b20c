#!/usr/bin/env node
// Cost of the mute check that MessageWriter adds to its per-group room lock query (console moderation):
// the same SELECT … FOR UPDATE with and without `array(SELECT user_id FROM room_mutes …)`, interleaved,
// each in its own transaction, on a room of 6 parties with `--mutes` active mutes. Reports p50/p99 (ms).
// Only the database part of a send; the full send path is measured by bench/realtime/run.js.
//
// Needs this machine's PostgreSQL (TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres;
// creates and drops a database). No build needed: the three tables involved are created here.
//
//   node bench/moderation/mute-check.js [--iterations 3000] [--mutes 20]
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values: opts } = parseArgs({ options: { iterations: { type: 'string', default: '3000' }, mutes: { type: 'string', default: '20' } } });
const N = Number(opts.iterations);
const MUTES = Number(opts.mutes);
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const db = `yiqia_bench_mute_${process.pid}`;

const WITHOUT = `SELECT r.id, r.status, r.last_seq, array(SELECT org_id FROM room_parties WHERE room_id = r.id) AS parties
  FROM rooms r WHERE r.id = ANY($1::uuid[]) ORDER BY r.id FOR UPDATE`;
const WITH = `SELECT r.id, r.status, r.last_seq, array(SELECT org_id FROM room_parties WHERE room_id = r.id) AS parties,
       array(SELECT user_id FROM room_mutes WHERE room_id = r.id AND (until IS NULL OR until > now())) AS muted
  FROM rooms r WHERE r.id = ANY($1::uuid[]) ORDER BY r.id FOR UPDATE`;

const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`CREATE DATABASE ${db}`);
const url = new URL(ADMIN_URL);
url.pathname = `/${db}`;
const c = new pg.Client({ connectionString: url.toString() });
try {
  await c.connect();
  // The shapes that matter for these queries (primary keys as in the migrations).
  await c.query(`CREATE TABLE rooms (id uuid PRIMARY KEY, status text NOT NULL DEFAULT 'open', last_seq int NOT NULL DEFAULT 0)`);
  await c.query(`CREATE TABLE room_parties (room_id uuid, org_id uuid, PRIMARY KEY (room_id, org_id))`);
  await c.query(`CREATE TABLE room_mutes (room_id uuid, user_id uuid, until timestamptz, PRIMARY KEY (room_id, user_id))`);
  const rooms = Array.from({ length: 1000 }, () => randomUUID());
  await c.query(`INSERT INTO rooms (id) SELECT unnest($1::uuid[])`, [rooms]);
  await c.query(`INSERT INTO room_parties SELECT r, gen_random_uuid() FROM unnest($1::uuid[]) r, generate_series(1, 6)`, [rooms]);
  await c.query(`INSERT INTO room_mutes SELECT r, gen_random_uuid(), CASE WHEN g % 2 = 0 THEN NULL ELSE now() + interval '1 hour' END FROM unnest($1::uuid[]) r, generate_series(1, $2::int) g`, [rooms, MUTES]);
  await c.query('ANALYZE');
  const times = { without: [], with: [] };
  for (let i = 0; i < N; i++) {
    const ids = [rooms[i % rooms.length]];
    for (const [name, sql] of i % 2 ? [['without', WITHOUT], ['with', WITH]] : [['with', WITH], ['without', WITHOUT]]) {
      const t0 = performance.now();
      await c.query('BEGIN');
      await c.query(sql, [ids]);
      await c.query('COMMIT');
      times[name].push(performance.now() - t0);
    }
  }
  const pct = (a, p) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(a.length * p))].toFixed(3);
  console.log(`| lock query (BEGIN + SELECT … FOR UPDATE + COMMIT), ${MUTES} mutes per room | p50 ms | p99 ms |`);
  console.log('|---|---|---|');
  for (const name of ['without', 'with']) console.log(`| ${name} mute check | ${pct(times[name], 0.5)} | ${pct(times[name], 0.99)} |`);
} finally {
  await c.end().catch(() => {});
  await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.end();
}
