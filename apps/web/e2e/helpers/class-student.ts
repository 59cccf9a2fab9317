/**
 * A student in a class, in the browser: joins by code on their own device (a browser context
 * whose baseURL is the class server), opens the class's lesson, and every event id the device
 * sends is recorded, so a test can check what reached the server. And the teacher's export,
 * read back as each student's id and event ids.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { classText } from '../../lib/ui-text/class';
import { tabTo } from './keyboard';

/** Every event id a page sent to the class server (retries included: a set). */
export function recordEventIds(page: Page): Set<string> {
  const ids = new Set<string>();
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/class/events')) return;
    const body = JSON.parse(request.postData() ?? '{}') as { events?: { id: string }[] };
    for (const event of body.events ?? []) ids.add(event.id);
  });
  return ids;
}

/** Joins the class by code as `name` (mouse, or keyboard only) and opens its lesson `lesson`. */
export async function joinClass(
  context: BrowserContext,
  {
    joinCode,
    name,
    keyboard,
    lesson,
  }: { joinCode: string; name: string; keyboard: boolean; lesson: { slug: string; title: string } },
) {
  const page = await context.newPage();
  const sent = recordEventIds(page);
  await page.goto(`/join?code=${encodeURIComponent(joinCode)}`);
  await expect(page.getByLabel(classText.codeLabel).first()).toHaveValue(joinCode);
  // Join is enabled once the page's script runs (components/use-hydrated.ts); Enter waits for it.
  await expect(page.getByRole('button', { name: classText.join })).toBeEnabled();
  const nameField = page.getByLabel(classText.nameLabel);
  if (keyboard) {
    await tabTo(page, nameField);
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  } else {
    await nameField.fill(name);
    await page.getByRole('button', { name: classText.join }).click();
  }
  // A server's first join loads the lesson kit: seconds on a busy machine.
  await expect(page.getByText(classText.signedInAs(name))).toBeVisible({ timeout: 15_000 });
  const link = page.getByRole('link', { name: lesson.title });
  if (keyboard) {
    await tabTo(page, link);
    await page.keyboard.press('Enter');
  } else await link.click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${lesson.slug}$`));
  // The class bar loads after the lesson (class code only on class pages), asks the server, and a
  // long lesson's page hydrates in more than 5 s on a busy machine.
  await expect(page.getByText(classText.signedInAs(name))).toBeVisible({ timeout: 15_000 });
  return { page, sent };
}

/** A class's export (JSON lines) as a test reads it: each student's id and event ids, by display name. */
export function readExport(exported: string): {
  students: Map<string, string>;
  eventIdsOf(name: string): string[];
} {
  const rows = exported
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { table?: string; row?: Record<string, unknown> });
  const students = new Map(
    rows
      .filter((r) => r.table === 'students')
      .map((r) => [String(r.row!.display_name), String(r.row!.id)]),
  );
  const events = rows.filter((r) => r.table === 'events').map((r) => r.row!);
  return {
    students,
    eventIdsOf: (name) =>
      events
        .filter((e) => e.student_id === students.get(name))
        .map((e) => String(e.id))
        .sort(),
  };
}
