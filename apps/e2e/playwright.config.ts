import { defineConfig } from '@playwright/test';

/**
 * The journeys run against the built platform exactly as `npm start` runs it: one process serving
 * the API, the shell and the remotes, on an embedded PostgreSQL with demo data, in a fresh data dir.
 */
const PORT = Number(process.env['E2E_PORT'] ?? 3310);
const DATA_DIR = process.env['E2E_DATA_DIR'] ?? 'tmp/e2e-data';

export default defineConfig({
  testDir: './src',
  outputDir: '../../tmp/e2e-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env['CI'] ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '../../tmp/e2e-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `rm -rf ${DATA_DIR} && node dist/apps/api/main.js`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 120_000,
    // E2E_REUSE_SERVER=1 runs against an API already listening on E2E_PORT (quick iterations only).
    reuseExistingServer: process.env['E2E_REUSE_SERVER'] === '1',
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR,
      DEMO_DATA: '1',
      LOGIN_RATE_LIMIT: '50',
      LOG_LEVEL: 'warn',
    },
  },
});
