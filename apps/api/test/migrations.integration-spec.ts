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
