/**
 * Class mode at a school's scale, and when its server dies: two app instances (`next start`) on
 * one PostgreSQL, as behind a load balancer. A teacher watches the class's live stream on one
 * instance while a student works on the other (the events cross through PostgreSQL's
 * LISTEN/NOTIFY, not one process's memory); then the student's instance is killed mid-work and
 * started again, and the device's outbox sends what waited: every event the device made is on the
 * server exactly once, and the teacher heard of each exactly once. And a server stops when told
 * to, even with class pages open on it.
 */
import type { BrowserContext } from '@playwright/test';
import { Client } from 'pg';
import { freePort } from '../../../scripts/lib/free-port';
import {
  startTestPostgres,
  withDatabase,
} from '../../../packages/classroom/src/testing/postgres-server';
import { classText } from '../lib/ui-text/class';
import { exerciseText } from '../lib/ui-text/exercise';
import { expect, test } from './fixtures';
import {
  addTeacherWithCli,
  startServer,
  untilClassModeIsUp,
  type OwnServer,
} from './helpers/class-server';
import { joinClass, readExport } from './helpers/class-student';

const LESSON = { slug: 'who-says-so', title: 'Who says so?' };
const EXERCISE = 'us-officials';

/** What the teacher's page heard on the class's live stream: the event ids it was told of. */
declare global {
  interface Window {
    heardEventIds?: string[];
  }
}

async function openTeacherStream(context: BrowserContext, classId: string) {
  const page = await context.newPage();
  await page.goto('/teacher');
  // EventSource, as a dashboard reads it: the teacher's session cookie goes with it.
  await page.evaluate(
    (url) =>
      new Promise<void>((resolve, reject) => {
        window.heardEventIds = [];
        const source = new EventSource(url);
        source.onmessage = (message) => {
          const data = JSON.parse(message.data) as { kind: string; eventIds?: string[] };
          if (data.kind === 'events') window.heardEventIds!.push(...data.eventIds!);
        };
        source.onopen = () => resolve();
        source.onerror = () => reject(new Error(`The live stream ${url} did not open.`));
      }),
    `/api/class/teacher/classes/${classId}/live`,
  );
  return async () => (await page.evaluate(() => window.heardEventIds!)).slice().sort();
}

test('a student on one instance reaches the teacher on another through PostgreSQL, and a server killed mid-class loses nothing', async ({
  browser,
}) => {
  // Three next start boots (two at once) and a CLI run: 58–96 s measured on the shared 2-core
  // machine while other builds ran.
  test.setTimeout(300_000);
  // Fails (as the classroom's own PostgreSQL tests do) with how to run it when it cannot start one.
  const postgres = await startTestPostgres();
  const servers: OwnServer[] = [];
  const contexts: BrowserContext[] = [];
  const newContext = async (baseURL: string) => {
    const context = await browser.newContext({ baseURL });
    contexts.push(context);
    return context;
  };
  const database = `sayswho_e2e_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: postgres.url });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    const settings = { DATABASE_URL: withDatabase(postgres.url, database) };
    const [portA, portB] = [await freePort(), await freePort()];
    const originA = `http://127.0.0.1:${portA}`;
    const originB = `http://127.0.0.1:${portB}`;
    // Both at once, as a school starts them: the first migrates, the other waits on its lock.
    let instanceA = startServer(portA, settings);
    const instanceB = startServer(portB, settings);
    servers.push(instanceA, instanceB);
    // The CLI opens the database itself (and migrates under the same lock), so the teacher is
    // added while the servers boot: the two take 4–6 s each, and one after the other they added up.
    const { signInPath } = addTeacherWithCli('Ms Rivera', settings);
    await Promise.all([untilClassModeIsUp(originA, 150_000), untilClassModeIsUp(originB, 150_000)]);

    const teacherContext = await newContext(originB);
    const teacher = await teacherContext.newPage();
    await teacher.goto(signInPath);
    await expect(teacher).toHaveURL(/\/teacher$/);
    const endsOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const created = await teacher.request.post('/api/class/teacher/classes', {
      data: { name: 'Period 3', lessons: [LESSON.slug], endsOn },
      headers: { Origin: originB },
    });
    expect(created.status(), await created.text()).toBe(201);
    const klass = (await created.json()) as { id: string; joinCode: string };
    const heardOnB = await openTeacherStream(teacherContext, klass.id);

    const studentContext = await newContext(originA);
    const { page, sent } = await joinClass(studentContext, {
      joinCode: klass.joinCode,
      name: 'Sam',
      keyboard: false,
      lesson: LESSON,
    });
    const exercise = page.locator(`section#${EXERCISE}`);
    const status = (text: string) => page.getByRole('status').filter({ hasText: text });
    await exercise.locator('input').first().click();
    await exercise.getByRole('button', { name: exerciseText.check }).click();
    await expect(exercise.locator('.exercise__summary')).toBeVisible();
    await expect(status(classText.status.sent)).toBeVisible();
    // Sent to A, heard on B.
    await expect.poll(heardOnB).toEqual([...sent].sort());

    // A dies while the student works: an answer change may be on its way when it goes.
    await exercise.getByRole('button', { name: exerciseText.tryAgain }).click();
    await exercise.locator('input').nth(1).click();
    await instanceA.stop('SIGKILL');
    await exercise.getByRole('button', { name: exerciseText.check }).click();
    await expect(
      exercise.locator('.exercise__note', { hasText: classText.checkWaits }),
    ).toBeVisible();
    await expect(status(classText.status.waiting)).toBeVisible();
    await exercise.getByRole('button', { name: exerciseText.hint }).click();
    await expect(exercise.locator('.exercise__hints li')).toHaveCount(1);

    // A comes back on the same port; the device sends what waited, and the Check is judged.
    instanceA = startServer(portA, settings);
    servers.push(instanceA);
    await untilClassModeIsUp(originA, 150_000);
    await expect(status(classText.status.sent)).toBeVisible({ timeout: 90_000 });
    await expect(exercise.locator('.exercise__summary')).toBeVisible();

    const exported = await teacher.request.get(`/api/class/teacher/classes/${klass.id}/export`);
    expect(exported.status()).toBe(200);
    expect(readExport(await exported.text()).eventIdsOf('Sam')).toEqual([...sent].sort());
    expect(sent.size).toBeGreaterThanOrEqual(5);
    // The teacher on B heard of each event once: a resent event the server had is not news.
    await expect.poll(heardOnB).toEqual([...sent].sort());

    // The student's live channel is back too: a lock made on B reaches the device on A.
    const locked = await teacher.request.post(`/api/class/teacher/classes/${klass.id}/locks`, {
      data: { lessonSlug: LESSON.slug, exerciseId: EXERCISE, locked: true },
      headers: { Origin: originB },
    });
    expect(locked.status()).toBe(200);
    await exercise.getByRole('button', { name: exerciseText.tryAgain }).click();
    await expect(exercise.getByText(classText.locked)).toBeVisible({ timeout: 90_000 });

    // Stopping a server (Ctrl-C, systemd, docker stop) with class pages open: each instance
    // ends its live streams and stops, rather than waiting for pages that never hang up.
    expect(await Promise.all([instanceA.stop(), instanceB.stop()])).toEqual([143, 143]);
  } finally {
    // The pages first: their live streams would hold each server's graceful stop open.
    await Promise.all(contexts.map((context) => context.close()));
    await Promise.all(servers.map((server) => server.stop()));
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
    postgres.stop();
  }
});
