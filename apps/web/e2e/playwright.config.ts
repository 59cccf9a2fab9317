/**
 * Browser tests: the production build (`next start`) and the static export, each served on a
 * free port of 127.0.0.1 chosen by `npm test` (scripts/test.ts), driven in Debian's Chromium.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS } from '../../../scripts/lib/chromium';

const appPort = Number(process.env.APP_PORT ?? 3100);
const exportPort = Number(process.env.EXPORT_PORT ?? 3101);
const webDir = join(__dirname, '..');
// The app server's class data: a fresh folder each run (helpers/class-server.ts reads it too).
// Set once by the runner; its workers inherit it. Not SAYSWHO_DATA_DIR itself, which the
// servers that specs start of their own would inherit and then find locked.
process.env.E2E_CLASS_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'sayswho-e2e-class-'));

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results/browser',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // Every test on its own, across the workers: a long spec file no longer ends the run alone.
  fullyParallel: true,
  workers: Number(process.env.BROWSER_WORKERS ?? 2),
  // A test that passes only on a second try is a flaky test: it fails the run instead of hiding.
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json']],
  globalTeardown: './class-data-teardown.ts',
  use: {
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_FLAGS,
    },
    trace: 'off',
  },
  projects: [
    // The longest tests first (a next build and a next dev of their own; the crawl of the
    // export), so the short ones fill in around them instead of ending the run one by one.
    {
      // Runs its own `next build` and `next dev` on a planted lesson (one after the other, see the spec).
      name: 'authoring',
      testMatch: /lesson-errors\.spec\.ts/,
    },
    {
      name: 'static-export',
      // The service worker must work on a static host too: the offline tests tagged for it run here.
      testMatch: /(static-export|offline)\.spec\.ts/,
      grep: /static-export\.spec|@static-host/,
      use: { baseURL: `http://127.0.0.1:${exportPort}` },
    },
    {
      name: 'app',
      testIgnore: /static-export\.spec\.ts|lesson-errors\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${appPort}` },
    },
  ],
  webServer: [
    {
      // The documented form a school uses for another port (README), so it cannot regress.
      command: `npm start -- --port ${appPort}`,
      cwd: join(webDir, '..', '..'),
      env: { SAYSWHO_DATA_DIR: process.env.E2E_CLASS_DATA_DIR },
      url: `http://127.0.0.1:${appPort}/`,
      reuseExistingServer: false,
      // `npm test` builds first, so npm start finds Turborepo's cached build; run on its own after
      // a change, it builds (a minute or two on a small machine).
      timeout: 240_000,
    },
    {
      command: `npx tsx ../../scripts/serve-static.ts ${exportPort}`,
      cwd: webDir,
      url: `http://127.0.0.1:${exportPort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
