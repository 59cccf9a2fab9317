/**
 * Class mode from the students' side when things go wrong, against the real class server of
 * `npm start`: a teacher (added as the CLI adds one) makes a class; two students join it by code
 * on their own devices, one whose browser refuses IndexedDB; each answers, has a Check judged by
 * the server and takes a hint; one loses the network, keeps working, reloads the lesson offline
 * (the kit's "class pages need the network" page), and gets it back (the last Check's verdict
 * redrawn). Every event either device made is then on the server exactly once, under the
 * student who made it; a rename and a removal reach the devices. The whole class working by
 * mouse, keyboard and phone, and a lock reaching a device, are class-dashboard.spec.ts.
 */
import type { BrowserContext } from '@playwright/test';
import { classText } from '../lib/ui-text/class';
import { exerciseText } from '../lib/ui-text/exercise';
import { offlineText } from '../lib/ui-text/offline';
import { expect, expectAccessible, test } from './fixtures';
import { makeClass } from './helpers/class-server';
import { workerActive } from './helpers/service-worker';
import { joinClass, readExport } from './helpers/class-student';

const LESSON = 'who-says-so';
const TITLE = 'Who says so?';
const EXERCISE = 'us-officials';
// What the server sends a device (live stream, class bar) arrives in under a second quietly and
// in several on a busy 2-core machine.
const PUSHED = { timeout: 15_000 };

test('two students join by code, their Checks are judged by the server, every event reaches it once (offline or not, IndexedDB refused or not), and renames and removal reach the devices', async ({
  page: teacher,
  browser,
  baseURL,
}) => {
  // 32–66 s measured on the shared 2-core machine at load 8–16.
  test.setTimeout(240_000);
  const klass = await makeClass(teacher, baseURL!, [LESSON]);

  const adaContext = await browser.newContext({ baseURL });
  const boContext = await browser.newContext({ baseURL });
  // Ada's browser refuses IndexedDB (as a locked-down or private browser can): her outbox lives
  // in the page, she is told to keep the tab open until her work is sent, and it still arrives.
  await adaContext.addInitScript(() => {
    indexedDB.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  const join = async (context: BrowserContext, name: string) => {
    const joined = await joinClass(context, {
      joinCode: klass.joinCode,
      name,
      keyboard: false,
      lesson: { slug: LESSON, title: TITLE },
    });
    return { ...joined, exercise: joined.page.locator(`section#${EXERCISE}`) };
  };
  const ada = await join(adaContext, 'Ada');
  await expect(
    ada.page.getByRole('status').filter({ hasText: classText.status.memoryOnly }),
  ).toBeVisible();
  const bo = await join(boContext, 'Bo');
  await expectAccessible(bo.page);

  for (const { page, exercise } of [ada, bo]) {
    await exercise.locator('input').first().click();
    await exercise.getByRole('button', { name: exerciseText.check }).click();
    // The server's verdict, drawn as a local one is: the summary and a verdict per chosen option.
    await expect(exercise.locator('.exercise__summary')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: classText.status.sent })).toBeVisible();
    await exercise.getByRole('button', { name: exerciseText.hint }).click();
    await expect(exercise.locator('.exercise__hints li')).toHaveCount(1);
  }

  // The service worker must be active before Bo's network first goes: one still saving the
  // kit when the network goes fails to install, and Bo's offline reload below would then get
  // the browser's error page instead of the kit's (seen on a busy machine).
  await workerActive(bo.page);

  // Bo's network goes: the work waits on the device, and says so.
  await boContext.setOffline(true);
  await bo.exercise.getByRole('button', { name: exerciseText.tryAgain }).click();
  await bo.exercise.locator('input').nth(1).click();
  await bo.exercise.getByRole('button', { name: exerciseText.check }).click();
  await expect(
    bo.exercise.locator('.exercise__note', { hasText: classText.checkWaits }),
  ).toBeVisible();
  await expect(
    bo.page.getByRole('status').filter({ hasText: classText.status.waiting }),
  ).toBeVisible();
  await boContext.setOffline(false);
  await expect(bo.page.getByRole('status').filter({ hasText: classText.status.sent })).toBeVisible({
    timeout: 15_000,
  });
  await expect(bo.exercise.locator('.exercise__summary')).toBeVisible();
  await expectAccessible(bo.page);

  // Offline, a reloaded class lesson gets the kit's "class pages need the network" page instead
  // of the browser's error; back online, Try again opens the lesson with the server's verdict on
  // the last Check redrawn (in a class the key is not public: the device kept the verdict).
  const lessonUrl = bo.page.url();
  await boContext.setOffline(true);
  await bo.page.reload();
  await expect(bo.page.getByRole('heading', { name: classText.offlinePage.title })).toBeVisible();
  await expect(bo.page).toHaveURL(lessonUrl);
  await boContext.setOffline(false);
  await bo.page.getByRole('link', { name: offlineText.notYet.tryAgain }).click();
  await expect(bo.page.getByText(classText.signedInAs('Bo'))).toBeVisible(PUSHED);
  await expect(bo.exercise.locator('.exercise__summary')).toBeVisible();

  // The teacher's export: every event each device sent, once, under the student who made it.
  const exported = await teacher.request.get(`/api/class/teacher/classes/${klass.id}/export`);
  expect(exported.status()).toBe(200);
  const { students, eventIdsOf } = readExport(await exported.text());
  expect(eventIdsOf('Ada')).toEqual([...ada.sent].sort());
  expect(eventIdsOf('Bo')).toEqual([...bo.sent].sort());
  expect(ada.sent.size).toBeGreaterThanOrEqual(3);
  expect(bo.sent.size).toBeGreaterThanOrEqual(5);

  // The channel back: the teacher renames Bo and removes Ada; each device shows it without a reload.
  const write = (method: 'PATCH' | 'DELETE', path: string, data?: unknown) =>
    teacher.request.fetch(`/api/class/teacher/classes/${klass.id}${path}`, {
      method,
      data,
      headers: { Origin: baseURL! },
    });
  expect((await write('PATCH', `/students/${students.get('Bo')}`, { name: 'Bob' })).status()).toBe(
    200,
  );
  await expect(bo.page.getByText(classText.signedInAs('Bob'))).toBeVisible(PUSHED);
  expect((await write('DELETE', `/students/${students.get('Ada')}`)).status()).toBe(200);
  await expect(ada.page.getByText(classText.removed)).toBeVisible(PUSHED);

  await adaContext.close();
  await boContext.close();
});

test('a wrong class code is refused without telling which classes exist, and /join passes axe', async ({
  page,
}) => {
  await page.goto('/join');
  await expectAccessible(page);
  await page.getByLabel(classText.codeLabel).first().fill('NOPE00');
  await page.getByLabel(classText.nameLabel).fill('Cy');
  await page.getByRole('button', { name: classText.join }).click();
  await expect(page.getByRole('alert').first()).not.toBeEmpty();
  await expect(page).toHaveURL(/\/join/);
});

test('before the page’s script runs, the join forms send nothing: no name or rejoin code goes into the address', async ({
  browser,
  baseURL,
}) => {
  // A slow device, the form shown and the script not yet run: the same HTML, with no script.
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const documents: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(request.url());
  });
  await page.goto('/join?code=ABC123');
  await page.getByLabel(classText.nameLabel).fill('Ada');
  await page.getByLabel(classText.nameLabel).press('Enter');
  await page.getByLabel(classText.rejoinLabel).fill('SECRET1');
  await page.getByLabel(classText.rejoinLabel).press('Enter');
  await expect(page.getByRole('button', { name: classText.join })).toBeDisabled();
  await expect(page.getByRole('button', { name: classText.rejoin })).toBeDisabled();
  expect(documents).toEqual([`${baseURL}/join?code=ABC123`]);
  await expect(page.getByLabel(classText.nameLabel)).toHaveValue('Ada');
  await context.close();
});
