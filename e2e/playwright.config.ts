// End-to-end tests: the real server (embedded database, fresh per run) serving the built web app.
// Build the app first: `npm run build -w web`.
//
// Two servers, one per project:
// - `no-worker` (E2E_PORT, default 4310): no run worker, so queued runs stay PENDING until a test
//   changes them and what a page shows is certain;
// - `worker` (E2E_WORKER_PORT, default 4311): a worker that really trains (BUILTIN), for the pages
//   that follow runs and tuning jobs live. Its specs are named `*.live.spec.ts`;
// - `auth` (E2E_AUTH_PORT, default 4312): AUTH_REQUIRED=true with an ADMIN_TOKEN made for the run
//   (E2E_ADMIN_TOKEN) and TRUSTED_DOCUMENTS_ONLY=true, no worker, for signing in to the dashboard. Its specs are named `*.auth.spec.ts`.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4310);
const workerPort = Number(process.env.E2E_WORKER_PORT ?? 4311);
const baseURL = `http://127.0.0.1:${port}`;
const workerBaseURL = `http://127.0.0.1:${workerPort}`;
const authPort = Number(process.env.E2E_AUTH_PORT ?? 4312);
const authBaseURL = `http://127.0.0.1:${authPort}`;
const webDist = path.resolve(import.meta.dirname, '../web/dist');

if (!existsSync(path.join(webDist, 'index.html'))) {
  throw new Error(`No built app in ${webDist}: run \`npm run build -w web\` before the e2e tests.`);
}

// Set once in the runner process; workers inherit it, so every process agrees on the folder.
// Each server has its own folder under it (the embedded database belongs to one process).
process.env.E2E_DATA_DIR ??= path.join(os.tmpdir(), `tunix-rt-e2e-${Date.now()}`);
// Likewise the auth server's admin secret, which the specs use to create tokens.
process.env.E2E_ADMIN_TOKEN ??= `e2e-admin-${randomBytes(12).toString('hex')}`;

/** One server, on its own port and data folder, serving the built app. */
const server = (serverPort: number, name: string, env: Record<string, string>) => ({
  command: 'node ../server/bin/tunix-rt.js serve',
  url: `http://127.0.0.1:${serverPort}/healthz`,
  timeout: 120_000,
  reuseExistingServer: false,
  stdout: 'pipe' as const,
  stderr: 'pipe' as const,
  env: {
    PORT: String(serverPort),
    HOST: '127.0.0.1',
    DATA_DIR: path.join(process.env.E2E_DATA_DIR as string, name),
    WEB_DIST_DIR: webDist,
    LOG_LEVEL: 'warn',
    ...env,
  },
});

export default defineConfig({
  testDir: './tests',
  globalTeardown: './global-teardown.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's chromium: Playwright never downloads a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'no-worker', testIgnore: /\.(live|auth)\.spec\.ts$/, use: { baseURL } },
    { name: 'worker', testMatch: /\.live\.spec\.ts$/, use: { baseURL: workerBaseURL } },
    { name: 'auth', testMatch: /\.auth\.spec\.ts$/, use: { baseURL: authBaseURL } },
  ],
  webServer: [
    // No worker: queued runs stay PENDING until a test changes them, so what the page shows is certain.
    server(port, 'no-worker', { WORKER_ENABLED: 'false' }),
    // A worker that trains two runs at once: tuning jobs run trials side by side.
    server(workerPort, 'worker', { WORKER_ENABLED: 'true', WORKER_CONCURRENCY: '2' }),
    // Tokens required; no worker, so a queued run stays PENDING and can be cancelled.
    // Only the dashboard's trusted documents run there (the specs' own API calls use the ADMIN token).
    server(authPort, 'auth', {
      WORKER_ENABLED: 'false',
      AUTH_REQUIRED: 'true',
      ADMIN_TOKEN: process.env.E2E_ADMIN_TOKEN as string,
      TRUSTED_DOCUMENTS_ONLY: 'true',
    }),
  ],
});
