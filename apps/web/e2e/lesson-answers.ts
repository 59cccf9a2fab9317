/**
 * What must never be in a student's lesson page: for each exercise key linked from the page, the
 * lesson-written explanation, each option's feedback, and any `correct` flag.
 */
import type { APIRequestContext } from '@playwright/test';

export interface LessonPageKeys {
  readonly html: string;
  readonly keyUrls: string[];
  /** Text from the keys that would give an answer away, each at least a few words long. */
  readonly secrets: string[];
}

const KEY_URL = /\/keys\/[a-z0-9-]+\/[a-z0-9-]+\.json/g;

/** Plain-text runs of a string of HTML long enough that finding one in a page is no coincidence. */
function phrases(html: string | null | undefined): string[] {
  if (!html) return [];
  return html
    .replace(/<[^>]+>/g, '\n')
    .split(/[\n&<>"'“”‘’]+/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 5);
}

export async function readLessonPage(request: APIRequestContext, path: string): Promise<LessonPageKeys> {
  const html = await (await request.get(path)).text();
  const keyUrls = [...new Set(html.match(KEY_URL) ?? [])];
  const secrets: string[] = [];
  for (const url of keyUrls) {
    const key = (await (await request.get(url)).json()) as {
      explanationHtml: string | null;
      key?: { options?: { feedback: string }[] };
    };
    secrets.push(...phrases(key.explanationHtml));
    for (const option of key.key?.options ?? []) secrets.push(...phrases(option.feedback));
  }
  return { html, keyUrls, secrets };
}

export async function lessonPaths(request: APIRequestContext): Promise<string[]> {
  const home = await (await request.get('/')).text();
  return [...new Set([...home.matchAll(/href="(\/lessons\/[a-z0-9-]+)\/?"/g)].map((m) => m[1]!))];
}
