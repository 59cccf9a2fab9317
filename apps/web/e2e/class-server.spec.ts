/**
 * Class mode's server inside the app (the suite's `next start`, with a fresh class data folder per
 * run): the CLI reaches the running server, a second server refuses the same folder in one line,
 * the service worker keeps nothing of class mode, and class mode works on a school's plain-http
 * address. The class flows are the students' and teachers' specs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { JOIN_RULES, type RateRule } from '../../../packages/classroom/src/services/rate-limits';
import { CHROMIUM_FLAGS } from '../../../scripts/lib/chromium';
import { freePort } from '../../../scripts/lib/free-port';
import { expect, test } from './fixtures';
import { joinClass } from './helpers/class-student';
import { workerActive } from './helpers/service-worker';
import {
  addTeacher,
  addTeacherWithCli,
  classCli,
  classDataDir,
  startServer,
  untilClassModeIsUp,
} from './helpers/class-server';

test('npm run class reaches the running server, and a second server on its folder stops with one line', async () => {
  // A second next start boots and reads its folder's lock: 15–50 s on a busy 2-core machine.
  test.setTimeout(150_000);
  const { name, signInPath } = addTeacherWithCli();
  expect(signInPath).toMatch(/^\/api\/class\/teacher\/sign-in\?token=[\w-]{43}$/);
  const listed = classCli(['list-teachers']);
  expect(listed.status).toBe(0);
  expect(listed.stdout).toContain(`${name} — 0 classes`);

  // A second next start on the suite's class data folder.
  const second = startServer(await freePort(), { SAYSWHO_DATA_DIR: classDataDir() });
  expect(await second.exited).toBe(1);
  const lines = second.output.stderr.trim().split('\n');
  expect(lines).toEqual([
    expect.stringMatching(
      /^Says Who: the class data in .+ is in use by the server running as pid \d+ on port \d+: stop it first, or set SAYSWHO_DATA_DIR$/,
    ),
  ]);
});

test('the service worker leaves every class address to the network and keeps none of them', async ({
  page,
}) => {
  // The worker saves the whole kit first: 10 s on a quiet machine.
  test.setTimeout(60_000);
  await page.goto('/lessons/who-says-so');
  await workerActive(page);
  // Through the worker: a lesson is saved as before.
  const lesson = await page.goto('/lessons/who-says-so');
  expect(lesson!.fromServiceWorker()).toBe(true);

  // A student's class pages pass through the worker, network only (offline they get its "class
  // pages need the network" page); the teacher's never do. Neither is kept (below).
  for (const path of ['/join', '/teacher', '/class/0b4c8f1e-0000-4000-8000-000000000000']) {
    const response = await page.goto(path);
    expect(response!.fromServiceWorker(), `${path} and the worker`).toBe(path !== '/teacher');
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

/** A wrong join code sent from `localAddress`, as a script would send it; the answer's status. */
function guessCode(
  port: number,
  origin: string,
  headers: Record<string, string>,
  localAddress = '127.0.0.1',
): Promise<number> {
  const body = JSON.stringify({ code: 'ZZZZZZ', name: 'Mallory' });
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      {
        host: '127.0.0.1',
        port,
        localAddress,
        method: 'POST',
        path: '/api/class/join',
        headers: {
          'Content-Type': 'application/json',
          Origin: origin,
          'Sec-Fetch-Site': 'same-origin',
          ...headers,
        },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

/**
 * A script's run of wrong codes, one more than the limit, each claiming another address in
 * X-Forwarded-For; the statuses. Limits count in fixed windows (rate-limits.ts): a run that
 * straddles a window's end is counted in two windows and never reaches the limit. Server and test
 * share this machine's clock, so a run that straddled one is sent again from the next loopback
 * address, whose count starts at nothing, instead of waiting beforehand for a window to begin.
 */
async function guessPastTheLimit(port: number, origin: string, rule: RateRule) {
  const size = rule.minutes * 60_000;
  // Not 127.0.0.2: the test's other device.
  for (const localAddress of ['127.0.0.1', '127.0.0.3', '127.0.0.4']) {
    const began = Date.now();
    const statuses: number[] = [];
    for (let n = 0; n <= rule.max; n += 1)
      statuses.push(
        await guessCode(port, origin, { 'X-Forwarded-For': `198.51.100.${n}` }, localAddress),
      );
    if (Math.floor(began / size) === Math.floor(Date.now() / size)) return statuses;
  }
  throw new Error('three runs of guesses each straddled a rate-limit window');
}

test('class mode works on a plain-http school address (not a secure context), takes writes only from PUBLIC_URL, and counts wrong codes per connection whatever X-Forwarded-For claims', async () => {
  // Its own server on a fresh data folder (PGlite's initdb): 80 s measured on a busy 2-core machine.
  test.setTimeout(240_000);
  const port = await freePort();
  const origin = `http://class.school.test:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'sayswho-e2e-lan-'));
  const server = startServer(port, { SAYSWHO_DATA_DIR: dataDir, PUBLIC_URL: origin });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      ...CHROMIUM_FLAGS,
      '--host-resolver-rules=MAP class.school.test 127.0.0.1, MAP other.school.test 127.0.0.1',
    ],
  });
  try {
    await untilClassModeIsUp(`http://127.0.0.1:${port}`, 150_000);
    const { signInPath } = await addTeacher('Ms Rivera', dataDir);

    const teacher = await (await browser.newContext()).newPage();
    await teacher.goto(`${origin}${signInPath}`);
    const cookie = (await teacher.context().cookies(origin)).find(
      (c) => c.name === 'sayswho_teacher',
    );
    expect(cookie).toMatchObject({ httpOnly: true, secure: false, sameSite: 'Lax' });
    const endsOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const klass = await teacher.evaluate(async (endsOn) => {
      const response = await fetch('/api/class/teacher/classes', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: '8B Media', lessons: ['who-says-so'], endsOn }),
      });
      return { status: response.status, ...(await response.json()) };
    }, endsOn);
    expect(klass).toMatchObject({ status: 201, joinCode: expect.stringMatching(/^[A-Z0-9]{6}$/) });

    // A student joins by code and opens the lesson as in class. The class bar, which says who is
    // signed in, comes only once the page has hydrated: there, the lesson page once crashed on the
    // missing service worker (components/offline/network-status.ts), after a quicker test had read it.
    const { page: student } = await joinClass(await browser.newContext({ baseURL: origin }), {
      joinCode: klass.joinCode as string,
      name: 'Ana',
      keyboard: false,
      lesson: { slug: 'who-says-so', title: 'Who says so?' },
    });
    await expect(student.getByRole('heading', { level: 1 })).toHaveText('Who says so?');
    const lesson = {
      slug: 'who-says-so',
      fingerprint: await student
        .locator('article[data-fingerprint]')
        .first()
        .getAttribute('data-fingerprint'),
    };
    const exerciseId = await student.locator('section.exercise').first().getAttribute('id');
    const sent = await student.evaluate(
      async ({ code, lesson, exerciseId }) => {
        const json = (body: unknown, token?: string) => ({
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(body),
        });
        const joined = await fetch('/api/class/join', json({ code, name: 'Sam' }));
        const { deviceToken } = await joined.json();
        // No crypto.randomUUID outside a secure context: an id from getRandomValues, as devices make them.
        const bytes = crypto.getRandomValues(new Uint8Array(16));
        bytes[6] = (bytes[6]! & 0x0f) | 0x40;
        bytes[8] = (bytes[8]! & 0x3f) | 0x80;
        const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
        const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
        const event = {
          v: 1,
          id,
          kind: 'hint',
          lesson,
          exerciseId,
          at: new Date().toISOString(),
        };
        const events = await fetch(
          '/api/class/events',
          json({ events: [event, event] }, deviceToken),
        );
        return {
          secureContext: window.isSecureContext,
          randomUUID: typeof crypto.randomUUID,
          joined: joined.status,
          results: ((await events.json()).results as { status: string }[]).map((r) => r.status),
        };
      },
      { code: klass.joinCode as string, lesson, exerciseId },
    );
    expect(sent).toEqual({
      secureContext: false,
      randomUUID: 'undefined',
      joined: 200,
      results: ['recorded', 'duplicate'],
    });

    // The same server under another name is another origin: its pages may not write.
    const elsewhere = await (await browser.newContext()).newPage();
    await elsewhere.goto(`http://other.school.test:${port}/`);
    const refused = await elsewhere.evaluate(async (code) => {
      const response = await fetch('/api/class/join', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code, name: 'Mallory' }),
      });
      return { status: response.status, ...(await response.json()) };
    }, klass.joinCode as string);
    expect(refused).toMatchObject({ status: 403, code: 'forbidden' });
    const roster = await teacher.evaluate(
      async (id) => (await fetch(`/api/class/teacher/classes/${id}/students`)).json(),
      klass.id as string,
    );
    expect(roster.map((s: { name: string }) => s.name).sort()).toEqual(['Ana', 'Sam']);

    // A script guessing codes cannot claim a new address per guess (no proxy is trusted here),
    // and its limit is its own: a device on another address (127.0.0.2) still gets an answer.
    const statuses = await guessPastTheLimit(port, origin, JOIN_RULES.wrongCodesPerAddress);
    expect(statuses.at(-2)).toBe(404);
    expect(statuses.at(-1)).toBe(429);
    expect(await guessCode(port, origin, {}, '127.0.0.2')).toBe(404);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
