/**
 * Browser tests: the production build (`next start`) and the static export, each served on a
 * free port of 127.0.0.1 chosen by `npm test` (scripts/test.ts), driven in Debian's Chromium.
 */
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS } from '../../../scripts/lib/chromium';

const appPort = Number(process.env.APP_PORT ?? 3100);
const exportPort = Number(process.env.EXPORT_PORT ?? 3101);
const webDir = join(__dirname, '..');

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results/browser',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json']],
  use: {
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_FLAGS,
    },
    trace: 'off',
  },
  projects: [
    {
      name: 'app',
      testIgnore: /static-export\.spec\.ts|lesson-errors\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${appPort}` },
    },
    {
      // Runs its own `next build` and `next dev` on a planted lesson: after the others, so it never slows them down.
      name: 'authoring',
      testMatch: /lesson-errors\.spec\.ts/,
      dependencies: ['app', 'static-export'],
    },
    {
      name: 'static-export',
      // The offline tests run against both builds: the service worker must work on a static host too.
      testMatch: /(static-export|offline)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${exportPort}` },
    },
  ],
  webServer: [
    {
      command: `npx next start -H 127.0.0.1 -p ${appPort}`,
      cwd: webDir,
      url: `http://127.0.0.1:${appPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
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
