import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from '../src/migrations/index.js';
import { TestApp } from './support/test-app.js';

const dir = join(import.meta.dirname, '../src/migrations');

describe('migrations', () => {
  it('are named <13-digit timestamp>-<Name>.ts, all listed in order, each with up and down', () => {
    const files = readdirSync(dir).filter((f) => f !== 'index.ts');
    for (const f of files) expect(f).toMatch(/^\d{13}-[A-Z][A-Za-z0-9]+\.ts$/);
    expect(MIGRATIONS).toHaveLength(files.length);
    const names = MIGRATIONS.map((M) => new M().name);
    const stamps = names.map((n) => Number(/(\d{13})$/.exec(n)?.[1]));
    expect([...stamps].sort()).toEqual(stamps);
    for (const f of files) {
      const source = readFileSync(join(dir, f), 'utf8');
      expect(source).toMatch(/async up\(/);
      expect(source).toMatch(/async down\(/);
    }
  });

  it('can be reverted and applied again on a real database', async () => {
    const t = await TestApp.start();
    try {
      for (let i = 0; i < MIGRATIONS.length; i++) await t.ds.undoLastMigration({ transaction: 'all' });
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'booths'`);
      expect(n).toBe(0);
      const applied = await t.ds.runMigrations({ transaction: 'all' });
      expect(applied).toHaveLength(MIGRATIONS.length);
    } finally {
      await t.stop();
    }
  });
});

describe('startup under the advisory lock', () => {
  it('lets two replicas migrate the same empty database at once without error', async () => {
    const pg = (await import('pg')).default;
    const { createDataSource, migrate } = await import('../src/database/database.js');
    const admin = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const name = `yiqia_it_lock_${process.pid}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    const a = createDataSource(url.toString(), 2);
    const b = createDataSource(url.toString(), 2);
    try {
      await Promise.all([a.initialize(), b.initialize()]);
      await Promise.all([migrate(a), migrate(b)]);
      const rows = await a.query('SELECT name FROM migrations');
      expect(rows).toHaveLength(MIGRATIONS.length);
    } finally {
      await Promise.all([a.destroy(), b.destroy()]);
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    }
  });
});
