import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium';

/**
 * End-to-end tests run in real Chromium against the built site served by `astro preview`.
 * Playwright cannot download its own browser everywhere, so CHROMIUM_PATH (or Debian's headless
 * shell or full Chromium when present, scripts/lib/chromium.ts) points at an installed one;
 * otherwise Playwright's own is used.
 */
const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Ceilings for a test or a wait that hangs, not measures of speed: on a busy machine Playwright's
  // defaults (30 s a test, 5 s an expectation) could fail correct tests.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['./tests/support/spec-timing-reporter.ts'], ...(process.env.CI ? [] : [['html', { open: 'never' }] as const])],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'only-on-failure',
    // A trace of every test slows the whole suite (docs/testing.md); to debug a
    // failure, run it again with `--trace retain-on-failure`.
    trace: 'off',
  },
  projects: [
    // The corpus and site suite: this repository's texts, built by `npm run build` into dist/.
    {
      name: 'corpus',
      testDir: 'tests/e2e',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(),
      },
    },
    // The engine suite: a small fixture site in three languages (tests/fixtures/site/), built in a
    // copy of the project by the setup project and served on a port of its own.
    { name: 'engine-setup', testDir: 'tests/engine', testMatch: /build\.setup\.ts$/ },
    {
      name: 'engine',
      testDir: 'tests/engine',
      dependencies: ['engine-setup'],
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(),
      },
    },
  ],
  webServer: {
    command: `astro preview --force --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    // Never a server that is already running: it may serve another checkout's build (a preview left
    // open elsewhere), and the tests would pass or fail on a site they did not build.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
