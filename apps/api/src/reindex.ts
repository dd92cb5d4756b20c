import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { type AppConfig, ConfigError, loadConfig, persistentSecret } from './config/app-config.js';
import { createDataSource, migrate } from './database/database.js';
import { type RunningEmbeddedPostgres, startEmbeddedPostgres } from './database/embedded-postgres.js';
import { ProgressBar } from './modules/listings/progress-bar.js';
import { reindexListings } from './modules/listings/reindex-listings.js';
import type { SearchEngine } from './modules/search/search-engine.js';
import { createSearchEngines } from './modules/search/search.module.js';

/**
 * Rebuilds search engines from PostgreSQL:
 *   node dist/apps/api/reindex.js [--engine embedded|meilisearch|all]
 * Same configuration as the API (DATABASE_URL or the embedded PostgreSQL in DATA_DIR, MEILI_URL).
 * Progress goes to stderr; exit 0 on success, 1 on failure, 2 on bad usage, 78 on bad configuration.
 */
const USAGE = `Usage: node dist/apps/api/reindex.js [--engine embedded|meilisearch|all]

Rebuilds a search engine from the listings in PostgreSQL (clears it first).
  --engine embedded     the PostgreSQL search index (always present)
  --engine meilisearch  Meilisearch at MEILI_URL
  --engine all          every engine this deployment uses (default)
Configuration comes from the same environment variables as the API (DATABASE_URL or DATA_DIR, MEILI_URL, MEILI_MASTER_KEY).`;

class UsageError extends Error {}

function parse(argv: string[]): { engine: 'embedded' | 'meilisearch' | 'all' } {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { engine: { type: 'string', default: 'all' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const engine = values.engine;
  if (engine !== 'embedded' && engine !== 'meilisearch' && engine !== 'all') throw new UsageError(`unknown engine "${engine}" (use embedded, meilisearch or all)`);
  return { engine };
}

/**
 * The database the API uses. With the embedded PostgreSQL, an API that is running already owns the
 * server: connect to it (its port is in postmaster.pid) instead of starting a second one.
 */
async function database(config: AppConfig): Promise<{ url: string; started: RunningEmbeddedPostgres | null }> {
  if (config.databaseUrl) return { url: config.databaseUrl, started: null };
  const pidFile = join(config.dataDir, 'postgres', 'postmaster.pid');
  if (existsSync(pidFile)) {
    const lines = readFileSync(pidFile, 'utf8').split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = pid > 0;
    } catch {
      alive = false;
    }
    if (alive && port > 0) {
      const password = persistentSecret(config.dataDir, 'postgres-password', 24);
      return { url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/yiqia`, started: null };
    }
  }
  const started = await startEmbeddedPostgres(config.dataDir);
  return { url: started.url, started };
}

/** The engines the API would use (same factory), narrowed to the one asked for. */
function engines(config: AppConfig, ds: DataSource, which: 'embedded' | 'meilisearch' | 'all'): SearchEngine[] {
  if (which === 'meilisearch' && !config.meiliUrl) throw new UsageError('--engine meilisearch needs MEILI_URL (and MEILI_MASTER_KEY when the server has one)');
  const { embedded, all } = createSearchEngines(config, ds);
  if (which === 'embedded') return [embedded];
  if (which === 'meilisearch') return all.filter((e) => e.name === 'meilisearch');
  return all;
}

async function main(): Promise<number> {
  Logger.overrideLogger(['error', 'warn']);
  let args;
  let config;
  try {
    args = parse(process.argv.slice(2));
    config = loadConfig();
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`reindex: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      return 78;
    }
    throw e;
  }

  const { url, started } = await database(config);
  const ds = createDataSource(url, 4);
  try {
    await ds.initialize();
    await migrate(ds);
    let selected;
    try {
      selected = engines(config, ds, args.engine);
    } catch (e) {
      if (e instanceof UsageError) {
        process.stderr.write(`reindex: ${e.message}\n`);
        return 2;
      }
      throw e;
    }
    for (const engine of selected) {
      const bar = new ProgressBar(engine.name, process.stderr);
      const result = await reindexListings(ds, engine, (p) => bar.update(p.done, p.total));
      bar.finish(result.done, result.total);
      const rate = Math.round(result.done / Math.max(result.seconds, 1e-3));
      process.stderr.write(`${engine.name}: ${result.done.toLocaleString('en-US')} listings in ${result.seconds.toFixed(1)} s (${rate.toLocaleString('en-US')}/s); the engine holds ${result.indexed.toLocaleString('en-US')} documents\n`);
    }
    return 0;
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? ` (${e.cause.message})` : '';
    process.stderr.write(`\nreindex failed: ${e instanceof Error ? e.message : String(e)}${cause}\n`);
    return 1;
  } finally {
    await ds.destroy().catch(() => undefined);
    await started?.stop().catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`reindex failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
