import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join, resolve } from 'node:path';
import pg from 'pg';

/**
 * The BUILT API (`dist/apps/api`, `nx run api:build`) run as child processes, for fault tests that kill
 * and restart servers. The bundle is copied to a private folder under the repo (node_modules stays
 * resolvable), so a concurrent rebuild of dist/ does not change it under a running test.
 */
const ROOT = resolve(import.meta.dirname, '../../../..');
const BUILT = join(ROOT, 'dist/apps/api');
const ADMIN_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export interface Cluster {
  databaseUrl: string;
  bundle: string;
  dataDir: string;
  /** The same secret for every process: a token works on all of them and after restarts. */
  jwtSecret: string;
  /** A Redis channel prefix of this run only. */
  redisKey: string;
  cleanup(): Promise<void>;
}

export async function createCluster(): Promise<Cluster> {
  if (!existsSync(join(BUILT, 'main.js'))) throw new Error(`${BUILT}/main.js is missing: build the API first (npx nx run api:build)`);
  // tmp/ is git-ignored: a fresh clone has none.
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const work = mkdtempSync(join(ROOT, 'tmp', 'rt-fault-'));
  const bundle = join(work, 'api');
  cpSync(BUILT, bundle, { recursive: true });
  const dbName = `yiqia_rt_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  return {
    databaseUrl: url.toString(),
    bundle: join(bundle, 'main.js'),
    dataDir: join(work, 'data'),
    jwtSecret: randomBytes(32).toString('base64url'),
    redisKey: `yiqia-test-${randomBytes(4).toString('hex')}`,
    async cleanup() {
      const a = new pg.Client({ connectionString: ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await a.end();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

export class ApiProcess {
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output = '';

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the built API and resolves once /api/health answers. */
  static async start(cluster: Cluster, opts: { port?: number; redis?: boolean; env?: Record<string, string> } = {}): Promise<ApiProcess> {
    const port = opts.port ?? (await freePort());
    const child = spawn(process.execPath, [cluster.bundle], {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: cluster.dataDir,
        DATABASE_URL: cluster.databaseUrl,
        JWT_SECRET: cluster.jwtSecret,
        DEMO_DATA: '0',
        ORGANIZER_EMAIL: 'organizer@test.local',
        ORGANIZER_PASSWORD: 'Organizer2026',
        WEB_DIST_DIR: join(cluster.dataDir, 'no-web'),
        LOG_LEVEL: 'warn',
        RT_RATE_PER_SECOND: '1000',
        RT_RATE_BURST: '1000',
        ...(opts.redis ? { REDIS_URL, RT_REDIS_KEY: cluster.redisKey } : {}),
        ...opts.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const p = new ApiProcess(child, port);
    let exited = false;
    void p.exited.then(() => (exited = true));
    for (;;) {
      if (exited) throw new Error(`the API exited during start:\n${p.output}`);
      try {
        const res = await fetch(`${p.url}/api/health`);
        if (res.ok) return p;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

/** JSON over HTTP against a process. */
export async function http<T = any>(base: string, method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}
