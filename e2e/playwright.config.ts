// End-to-end tests: the real server (embedded database, fresh per run) serving the built web app.
// Build the app first: `npm run build -w web`.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4310);
const baseURL = `http://127.0.0.1:${port}`;
const webDist = path.resolve(import.meta.dirname, '../web/dist');

if (!existsSync(path.join(webDist, 'index.html'))) {
  throw new Error(`No built app in ${webDist}: run \`npm run build -w web\` before the e2e tests.`);
}

// Set once in the runner process; workers inherit it, so every process agrees on the folder.
process.env.E2E_DATA_DIR ??= path.join(os.tmpdir(), `tunix-rt-e2e-${Date.now()}`);

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
    baseURL,
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
  webServer: {
    command: 'node ../server/bin/tunix-rt.js serve',
    url: `${baseURL}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: process.env.E2E_DATA_DIR,
      WEB_DIST_DIR: webDist,
      // No worker: queued runs stay PENDING until a test changes them, so what the page shows is certain.
      WORKER_ENABLED: 'false',
      LOG_LEVEL: 'warn',
    },
  },
});
