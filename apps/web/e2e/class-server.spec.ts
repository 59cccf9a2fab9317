/**
 * Class mode's server inside the app (the suite's `next start`, with a fresh class data folder per
 * run): the CLI reaches the running server, a second server refuses the same folder in one line,
 * and the service worker keeps nothing of class mode. The class flows are B's and C's specs.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../../scripts/lib/free-port';
import { expect, test } from './fixtures';
import { addTeacher, classCli, classDataDir } from './helpers/class-server';

const webDir = join(__dirname, '..');

/** Runs `next start` on another port with the suite's class data folder; its exit and output. */
async function secondServer(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const port = await freePort();
  const server = spawn('npx', ['next', 'start', '--port', String(port)], {
    cwd: webDir,
    env: { ...process.env, SAYSWHO_DATA_DIR: classDataDir(), NEXT_TELEMETRY_DISABLED: '1' },
  });
  let stdout = '';
  let stderr = '';
  server.stdout.on('data', (chunk) => (stdout += chunk));
  server.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => server.on('exit', resolve));
  return { code, stdout, stderr };
}

test('npm run class reaches the running server, and a second server on its folder stops with one line', async () => {
  test.setTimeout(60_000);
  const { name, signInPath } = addTeacher();
  expect(signInPath).toMatch(/^\/api\/class\/teacher\/sign-in\?token=[\w-]{43}$/);
  const listed = classCli(['list-teachers']);
  expect(listed.status).toBe(0);
  expect(listed.stdout).toContain(`${name} — 0 classes`);

  const second = await secondServer();
  expect(second.code).toBe(1);
  const lines = second.stderr.trim().split('\n');
  expect(lines).toEqual([
    expect.stringMatching(
      /^Says Who: the class data in .+ is in use by the server running as pid \d+ on port \d+: stop it first, or set SAYSWHO_DATA_DIR$/,
    ),
  ]);
});

test('the service worker leaves every class address to the network and keeps none of them', async ({
  page,
}) => {
  await page.goto('/lessons/who-says-so');
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), {
      timeout: 20_000,
    })
    .toBe('activated');
  // Through the worker: a lesson is saved as before.
  const lesson = await page.goto('/lessons/who-says-so');
  expect(lesson!.fromServiceWorker()).toBe(true);

  for (const path of ['/join', '/teacher', '/class/0b4c8f1e-0000-4000-8000-000000000000']) {
    const response = await page.goto(path);
    expect(response!.fromServiceWorker(), `${path} went through the worker`).toBe(false);
  }
  await page.goto('/');
  const statuses = await page.evaluate(async () => {
    const me = await fetch('/api/class/me');
    const join = await fetch('/api/class/join', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: 'ZZZZZZ', name: 'Sam' }),
    });
    return [me.status, join.status, me.headers.get('cache-control')];
  });
  expect(statuses).toEqual([401, 404, 'no-store']);

  const kept = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      urls.push(...(await cache.keys()).map((r) => new URL(r.url).pathname));
    }
    return urls;
  });
  expect(kept).toContain('/lessons/who-says-so');
  expect(kept.filter((p) => /^\/(api\/class|class|teacher|join)(\/|$)/.test(p))).toEqual([]);
});
