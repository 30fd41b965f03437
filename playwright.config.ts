import { defineConfig, devices } from '@playwright/test';
import { join } from 'node:path';
import { e2eDatabaseUrl, e2eDataDir } from './e2e/core/data-dir';

// The browser tests drive the built app in Debian's Chromium: test tools cannot download browsers here.
// scripts/test.mjs finds (or installs) a Chromium and passes its path in CHROMIUM_PATH.
const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${port}`;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// One folder for the server and the CLI that seeds each test's accounts (e2e/core/accounts.ts).
const dataDir = e2eDataDir();
const databaseUrl = e2eDatabaseUrl();

const launchOptions = {
  ...(executablePath === 'playwright' ? {} : { executablePath }),
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};

// HTTP-only checks of the running server; they need no browser.
const apiSpecs = /(^|\/)api-[^/]*\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e/specs',
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  // Every test has its own browser context and the answers live in the browser, so tests can run in any order.
  fullyParallel: true,
  // Whole journeys with axe-core runs take 10–20 s when two browsers share two CPUs; leave room, not hide hangs.
  timeout: 60_000,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e-results.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
    launchOptions,
  },
  projects: [
    { name: 'api', testMatch: apiSpecs },
    {
      name: 'desktop-chromium',
      testIgnore: apiSpecs,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      // The journeys tagged @mobile again on a 375 px wide phone, with touch.
      name: 'mobile',
      testIgnore: apiSpecs,
      grep: /@mobile/,
      use: { ...devices['Pixel 5'], viewport: { width: 375, height: 740 }, launchOptions },
    },
  ],
  webServer: {
    // The log is also kept in DATA_DIR: without SMTP, invitation links go to the development outbox (the log),
    // and the admin journey follows the link from there (e2e/core/outbox.ts).
    command: `node e2e/core/serve.mjs 2>&1 | tee -a "${join(dataDir, 'server.log')}"`,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      // Empty means SQLite in DATA_DIR; with DATABASE_URL set, this run's own PostgreSQL schema.
      DATABASE_URL: databaseUrl ?? '',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      // The browser's Origin must be the public one for the CSRF check.
      PUBLIC_URL: baseURL,
      // Each account test sends its own X-Forwarded-For, so parallel tests keep separate per-IP limits.
      TRUSTED_PROXY: '127.0.0.1',
    },
  },
});
