import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against the production build (dist/), served by tools/serve.ts, in Debian's
 * Chromium (Playwright's own browser download cannot work here). `npm test` builds first and
 * sets CHROME_PATH.
 */
const executablePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const port = Number(process.env['E2E_PORT'] ?? 4399);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath,
      // No background traffic: this machine reaches no network beyond the package registries.
      args: [
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // Tests tagged @sweep set every viewport they measure (e2e/sweep.ts): once, at phone-360.
    { name: 'pixel-7', use: { ...devices['Pixel 7'] }, grepInvert: /@sweep/ },
    {
      name: 'phone-360',
      use: { ...devices['Pixel 7'], viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 },
      // Search recall, search timings and the base-path build do not depend on the screen: they
      // run once, in pixel-7 (never reported as skipped here).
      testIgnore: ['**/search-recall.spec.ts', '**/search-perf.spec.ts', '**/search-basepath.spec.ts'],
    },
  ],
  webServer: {
    command: `node tools/serve.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
