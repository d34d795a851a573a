// End-to-end tests: the real server (embedded database, fresh per run) serving the built web app.
// Build the app first: `npm run build -w web`.
//
// Two servers, one per project:
// - `no-worker` (E2E_PORT, default 4310): no run worker, so queued runs stay PENDING until a test
//   changes them and what a page shows is certain;
// - `worker` (E2E_WORKER_PORT, default 4311): a worker that really trains (BUILTIN), for the pages
//   that follow runs and tuning jobs live. Its specs are named `*.live.spec.ts`.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4310);
const workerPort = Number(process.env.E2E_WORKER_PORT ?? 4311);
const baseURL = `http://127.0.0.1:${port}`;
const workerBaseURL = `http://127.0.0.1:${workerPort}`;
const webDist = path.resolve(import.meta.dirname, '../web/dist');

if (!existsSync(path.join(webDist, 'index.html'))) {
  throw new Error(`No built app in ${webDist}: run \`npm run build -w web\` before the e2e tests.`);
}

// Set once in the runner process; workers inherit it, so every process agrees on the folder.
// Each server has its own folder under it (the embedded database belongs to one process).
process.env.E2E_DATA_DIR ??= path.join(os.tmpdir(), `tunix-rt-e2e-${Date.now()}`);

const serverEnv = (serverPort: number, dataDir: string, worker: Record<string, string>) => ({
  PORT: String(serverPort),
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  WEB_DIST_DIR: webDist,
  LOG_LEVEL: 'warn',
  ...worker,
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
    { name: 'no-worker', testIgnore: /\.live\.spec\.ts$/, use: { baseURL } },
    { name: 'worker', testMatch: /\.live\.spec\.ts$/, use: { baseURL: workerBaseURL } },
  ],
  webServer: [
    {
      command: 'node ../server/bin/tunix-rt.js serve',
      url: `${baseURL}/healthz`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      // No worker: queued runs stay PENDING until a test changes them, so what the page shows is certain.
      env: serverEnv(port, path.join(process.env.E2E_DATA_DIR, 'no-worker'), { WORKER_ENABLED: 'false' }),
    },
    {
      command: 'node ../server/bin/tunix-rt.js serve',
      url: `${workerBaseURL}/healthz`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      // A worker that trains two runs at once: tuning jobs run trials side by side.
      env: serverEnv(workerPort, path.join(process.env.E2E_DATA_DIR, 'worker'), {
        WORKER_ENABLED: 'true',
        WORKER_CONCURRENCY: '2',
      }),
    },
  ],
});
