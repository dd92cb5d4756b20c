import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { buildDemoFair } from '../src/modules/demo/demo-content.js';

/**
 * The real start-up of the built server (`node dist/apps/api/main.js`, built by the integration
 * target's dependency on api:build): configuration checked first, migrations, the organizer account,
 * demo data created once and only when asked for.
 */
const MAIN = resolve(import.meta.dirname, '../../../dist/apps/api/main.js');
const ADMIN_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

interface Running {
  url: string;
  stop(): Promise<void>;
}

async function start(env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, NODE_OPTIONS: '', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

function runToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, NODE_OPTIONS: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => done({ code, output }));
  });
}

describe('start-up of the built server', () => {
  const dbName = `yiqia_it_startup_${process.pid}`;
  let databaseUrl: string;
  let dataDir: string;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
    dataDir = mkdtempSync(join(tmpdir(), 'yiqia-startup-'));
  });

  afterAll(async () => {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses to start on bad configuration, naming each bad variable', async () => {
    const { code, output } = await runToExit({ PORT: 'eighty', DATABASE_URL: 'mysql://nope', DATA_DIR: dataDir });
    expect(code).toBe(78);
    expect(output).toContain('Invalid configuration');
    expect(output).toContain('PORT');
    expect(output).toContain('DATABASE_URL');
  });

  it('starts without demo data when DEMO_DATA=0, with the configured organizer; creates the demo fair once when asked', async () => {
    const env = { DATABASE_URL: databaseUrl, DATA_DIR: dataDir, ORGANIZER_EMAIL: 'boss@fair.example', ORGANIZER_PASSWORD: 'Boss2026pass' };
    let server = await start({ ...env, DEMO_DATA: '0' });
    try {
      expect(await (await fetch(`${server.url}/api/expos`)).json()).toEqual([]);
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'boss@fair.example', password: 'Boss2026pass' }),
      });
      expect(login.status).toBe(200);
      expect((await login.json()).user.role).toBe('organizer');
    } finally {
      await server.stop();
    }

    for (let run = 0; run < 2; run++) {
      server = await start({ ...env, DEMO_DATA: '1' });
      try {
        const expos = (await (await fetch(`${server.url}/api/expos`)).json()) as { slug: string; approvedBoothCount: number }[];
        expect(expos.map((e) => e.slug)).toEqual(['2026-chengdu-sanshe']);
        expect(expos[0].approvedBoothCount).toBeGreaterThanOrEqual(150);
        const home = await fetch(`${server.url}/api/health`);
        expect((await home.json()).database).toMatchObject({ status: 'up', mode: 'external' });
      } finally {
        await server.stop();
      }
    }
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM organizations`)).rows;
    await db.end();
    expect(n).toBe(buildDemoFair(new Date()).organizations.length); // seeded once, not twice
    // Three real starts, the first with the whole demo fair and its 1,200 listings indexed: generous on a busy machine.
  }, 180_000);
});
