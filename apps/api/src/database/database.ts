import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../migrations/index.js';
import { ENTITIES } from './entities.js';

const log = new Logger('Database');

export function createDataSource(url: string, poolSize = 20): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'all',
    synchronize: false,
    // Failed queries surface as errors in the exception filter (expected ones, like unique violations, as 409s).
    logging: false,
    extra: { max: poolSize, application_name: 'yiqia-api' },
  });
}

/** The same 64-bit key in every replica: only one of them migrates (or seeds) at a time. */
const STARTUP_LOCK_KEY = 726_019_2026;

/**
 * Runs `work` while holding a PostgreSQL session-level advisory lock on a dedicated connection, so
 * two API replicas starting together never run migrations or seeding twice.
 */
export async function withStartupLock<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

export async function migrate(ds: DataSource): Promise<void> {
  await withStartupLock(ds, async () => {
    const applied = await ds.runMigrations({ transaction: 'all' });
    for (const m of applied) log.log(`applied migration ${m.name}`);
  });
}
