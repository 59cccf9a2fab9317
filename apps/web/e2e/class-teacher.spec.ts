/**
 * A teacher's whole class, in one run: signed in by the link add-teacher makes (the line the CLI
 * prints), a class made by keyboard alone, the code, link and QR code to project, students
 * joining from another device, the roster and its changes, the export, and deleting it, while a
 * second teacher sees none of it. axe checks each teacher page; E2E_SCREENSHOTS=<folder> keeps
 * a picture of each at 1280 and 390 px wide, to look at.
 */
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Browser } from '@playwright/test';
import { expect, test } from './fixtures';
import { addTeacher } from './helpers/class-server';
import { tabTo } from './helpers/keyboard';
import { DESKTOP, lookAt } from './helpers/look-at';

// Navigations wait with waitForURL (bounded by the test's timeout), not expect's 5 s: a
// server-rendered page on a busy 2-core machine has taken longer than that to load.

async function signedIn(browser: Browser, baseURL: string, signInPath: string) {
  const context = await browser.newContext({ baseURL, viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto(signInPath);
  return { context, page };
}

/** A student joining from their own device, as the join page does. */
async function join(request: APIRequestContext, origin: string, code: string, name: string) {
  const response = await request.post('/api/class/join', {
    data: { code, name },
    headers: { origin },
  });
  expect(response.status(), await response.text()).toBe(200);
}

test('a teacher signs in, makes a class by keyboard, sees students join, changes the roster, exports and deletes it', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  // 40 s on this 2-core machine while three other builds ran: more than 3× that.
  test.setTimeout(150_000);
  const origin = new URL(baseURL!).origin;
  // Names are unique on a server: a repeat (--repeat-each, to catch a flaky test) adds its own.
  const repeat = test.info().repeatEachIndex;
  const rivera = await addTeacher(repeat ? `Ms Rivera ${repeat + 1}` : 'Ms Rivera');
  const okafor = await addTeacher(repeat ? `Mr Okafor ${repeat + 1}` : 'Mr Okafor');

  // Signed out, /teacher says how to get a link.
  await page.goto('/teacher');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Teachers: sign in to class mode',
  );
  await expect(page.locator('main code').first()).toHaveText(
    'npm run class -- add-teacher "Your Name"',
  );
  await lookAt(page, 'signed-out');

  // The link signs in: an HttpOnly, SameSite=Lax cookie, and the teacher's classes.
  await page.goto(rivera.signInPath);
  await page.waitForURL(/\/teacher$/);
  await expect(page.getByText(`Signed in as ${rivera.name}`)).toBeVisible();
  const [cookie] = await page.context().cookies();
  expect(cookie).toMatchObject({
    name: 'sayswho_teacher',
    httpOnly: true,
    sameSite: 'Lax',
    secure: false,
  });
  await lookAt(page, 'no-classes');

  // A new class, by keyboard alone: an empty form first says what is missing, next to the field.
  await tabTo(page, page.getByRole('link', { name: 'New class' }));
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/teacher\/classes\/new$/);
  const name = page.getByLabel('Class name');
  const create = page.getByRole('button', { name: 'Create the class' });
  // Enabled, and reachable by Tab, once the page's script runs (components/use-hydrated.ts).
  await expect(create).toBeEnabled();
  await tabTo(page, create);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Error: Write a name for the class.')).toBeVisible();
  await expect(name).toBeFocused();
  await page.keyboard.type('8B Media');
  await tabTo(page, page.getByRole('checkbox', { name: 'Who says so?' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('checkbox', { name: /Battered or clobbered/ }));
  await page.keyboard.press('Space');
  await lookAt(page, 'new-class');
  await tabTo(page, create);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/teacher\/classes\/[0-9a-f-]{36}$/);
  const classUrl = new URL(page.url()).pathname;
  const classId = classUrl.split('/').pop()!;

  // The code, the link and the QR code of the link, to project.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('8B Media');
  const code = (await page.getByTestId('join-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  const link = `${origin}/join?code=${code}`;
  await expect(page.getByRole('link', { name: link })).toHaveAttribute('href', link);
  const qr = page.getByRole('img', { name: `QR code of the join link ${link}` });
  await expect(qr).toHaveAttribute('data-qr-text', link);
  expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d/);
  await expect(page.getByText('Nobody has joined yet.')).toBeVisible();

  // The second teacher sees none of it, on the pages or through the routes.
  const second = await signedIn(browser, baseURL!, okafor.signInPath);
  await expect(second.page.getByText('You have no classes yet.', { exact: false })).toBeVisible();
  expect(await (await second.page.request.get('/api/class/teacher/classes')).json()).toEqual([]);
  expect((await second.page.request.get(`/api/class/teacher/classes/${classId}`)).status()).toBe(
    404,
  );
  expect((await second.page.goto(classUrl))!.status()).toBe(404);
  await second.context.close();

  // Two students called Sam join from their own devices; the open page shows them, told apart.
  await join(request, origin, code, 'Sam');
  await join(request, origin, code, 'Sam');
  const roster = page.getByRole('list', { name: 'Students' });
  await expect(roster.getByRole('heading', { level: 3 })).toHaveText(['Sam', 'Sam (2)']);

  // A rejoin code only when asked for; a rename, said in the status line.
  await page.getByRole('button', { name: 'Show Sam (2)’s rejoin code' }).click();
  await expect(roster.locator('.teacher-student__code')).toHaveText(/^[A-Z0-9]{4,}$/);
  await page.getByRole('button', { name: 'Rename Sam (2)' }).click();
  const newName = page.getByLabel('New name for Sam (2)');
  await expect(newName).toBeFocused();
  await newName.fill('Samira');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Sam (2) is now called Samira.' }),
  ).toBeVisible();
  await expect(roster.getByRole('heading', { level: 3 })).toHaveText(['Sam', 'Samira']);
  await expect(page.getByRole('button', { name: 'Rename Sam (2)' })).toHaveCount(0);
  await lookAt(page, 'class');

  // The projector view: code and QR code alone.
  await page.getByRole('link', { name: 'Show the code full screen, to project' }).click();
  await expect(page.getByTestId('join-code')).toHaveText(code);
  await expect(page.getByRole('img', { name: `QR code of the join link ${link}` })).toBeVisible();
  await expect(page.getByText('Samira')).toHaveCount(0);
  await lookAt(page, 'project');
  await page.goBack();

  // Export: a JSON lines file that holds the class and both students.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the class’s data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^sayswho-8b-media-\d{4}-\d{2}-\d{2}\.jsonl$/);
  const lines = readFileSync((await download.path())!, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(lines.find((l) => l.table === 'classes')?.row).toMatchObject({
    id: classId,
    name: '8B Media',
  });
  expect(
    lines
      .filter((l) => l.table === 'students')
      .map((l) => l.row.display_name)
      .sort(),
  ).toEqual(['Sam', 'Samira']);

  // The list of classes shows it with its students and end date.
  await page.goto('/teacher');
  await expect(page.getByRole('listitem').filter({ hasText: '8B Media' })).toContainText(
    '2 students',
  );
  await lookAt(page, 'classes');
  await page.goto(classUrl);

  // Delete, once the name is typed: the class is gone, from the page and the routes.
  const confirm = page.getByLabel('To delete, type the class name: 8B Media');
  await confirm.fill('8B');
  await page.getByRole('button', { name: 'Delete the class' }).click();
  await expect(page.getByText('Type the class name exactly as shown to delete it.')).toBeVisible();
  await confirm.fill('8B Media');
  await page.getByRole('button', { name: 'Delete the class' }).click();
  await page.waitForURL(/\/teacher\?deleted=1$/);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'The class and everything in it were deleted from the server.' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: '8B Media' })).toHaveCount(0);
  expect((await page.request.get(`/api/class/teacher/classes/${classId}`)).status()).toBe(404);
  expect((await page.goto(classUrl))!.status()).toBe(404);

  // Signing out ends it; the used link says so.
  await page.goto('/teacher');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Teachers: sign in to class mode',
  );
  expect(await page.context().cookies()).toEqual([]);
  await page.goto(rivera.signInPath);
  await page.waitForURL(/\/teacher\?signin=expired$/);
  await expect(
    page.getByRole('alert').filter({ hasText: 'That sign-in link has been used or has expired.' }),
  ).toBeVisible();
  await lookAt(page, 'expired');
});
