import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig, ConfigError } from './config/app-config.js';
import { createApp } from './create-app.js';
import { createDataSource, migrate, withStartupLock } from './database/database.js';
import { type RunningEmbeddedPostgres, startEmbeddedPostgres } from './database/embedded-postgres.js';
import { seedDemoData } from './modules/demo/demo-seeder.js';
import { ensureOrganizer } from './modules/users/ensure-organizer.js';

async function main(): Promise<void> {
  const log = new Logger('Yiqia');
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78); // EX_CONFIG
    }
    throw e;
  }

  let embedded: RunningEmbeddedPostgres | null = null;
  if (!config.databaseUrl) embedded = await startEmbeddedPostgres(config.dataDir);
  const ds = createDataSource(config.databaseUrl ?? embedded!.url);
  await ds.initialize();
  await migrate(ds);
  await withStartupLock(ds, async () => {
    if (config.organizer) await ensureOrganizer(ds, config.organizer.email, config.organizer.password);
    if (config.demoData) await seedDemoData(ds, config);
  });

  const app = await createApp(config, ds);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.log(`${signal}: closing`);
    // app.close() drains first: the /rt gateway refuses new work, lets running handlers ack, closes sockets.
    setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 30_000).unref();
    await app.close().catch((e: unknown) => log.error(`close: ${(e as Error).message}`));
    await ds.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  // Importing embedded-postgres installs async-exit-hook's SIGINT/SIGTERM handlers, which exit with 128+signal
  // as soon as their own hook is done — cutting the drain short. This process stops PostgreSQL itself (above).
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const shownHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  log.log(`Yiqia 益洽 is running: http://${shownHost}:${config.port}/  (API docs: /api/docs)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
