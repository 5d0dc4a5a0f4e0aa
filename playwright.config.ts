import { chromium, defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * End-to-end tests against the production build, on a fresh seeded SQLite database.
 * The browser is Debian's Chromium when it is installed (Playwright's own download is not
 * possible offline), any other Chromium named by CHROMIUM_PATH, or Playwright's own.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
/**
 * Specs that write (sign in, import, edit) run against a second server with its own
 * database, so the read-only journeys always see the seed exactly as shipped.
 */
const WRITES_PORT = PORT + 1;
const WRITING_SPECS = /(editor|hostile|records)\.spec\.ts$/;
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
if (executablePath ? !existsSync(executablePath) : !existsSync(chromium.executablePath())) {
  throw new Error(
    `No Chromium for the end-to-end tests${executablePath ? ` at ${executablePath}` : ''}: install Debian's (apt-get install -y chromium) or name one with CHROMIUM_PATH.`,
  );
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  // CI shares two cores between two servers and two browsers, and a journey that runs two
  // accessibility scans once took more than the default 30 s there: the same assertions, more time.
  ...(process.env.CI && { timeout: 60_000, expect: { timeout: 10_000 } }),
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath && { executablePath }),
      // Without these, Chromium keeps calling home, which this network refuses.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: WRITING_SPECS },
    { name: 'phone', use: { ...devices['Pixel 5'], viewport: { width: 360, height: 780 } }, testIgnore: WRITING_SPECS },
    {
      name: 'writes',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${WRITES_PORT}` },
      testMatch: WRITING_SPECS,
      // Sign-in is throttled per address (a few tries in ten seconds); these journeys sign in
      // often and wait the throttle out, so a test may take longer than the default 30 s.
      timeout: 120_000,
    },
  ],
  webServer: [PORT, WRITES_PORT].map((port) => ({
    command: `node scripts/e2e-server.mjs ${port}`,
    url: `http://127.0.0.1:${port}/api/v1/missions`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
  })),
});
