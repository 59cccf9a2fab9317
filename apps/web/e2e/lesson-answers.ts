/**
 * What must never be in a student's lesson page: for each exercise key linked from the page, the
 * lesson-written explanation, each option's feedback, and any `correct` flag.
 */
import type { APIRequestContext } from '@playwright/test';

export interface LessonPageKeys {
  /** The page's HTML as text (entities and JSON escapes undone). */
  readonly html: string;
  readonly keyUrls: string[];
  /** Text from the keys that would give an answer away, each at least a few words long. */
  readonly secrets: string[];
}

const KEY_URL = /\/keys\/[a-z0-9-]+\/[a-z0-9-]+\.json/g;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The paragraphs of text in a string of HTML, long enough that finding one in a page is no
 * coincidence. Whole paragraphs, not lines: an explanation may quote a line of the article.
 */
function phrases(html: string | null | undefined): string[] {
  if (!html) return [];
  return html
    .replace(/<\/?(strong|em|code|a|span|dfn|del|q)\b[^>]*>/g, '')
    .split(/<[^>]+>/)
    .map(squash)
    .filter((s) => s.split(' ').length >= 5);
}

/** The page as text: HTML entities and the RSC payload's JSON escapes undone, so any copy of a text is found. */
function pageText(html: string): string {
  return squash(
    html
      .replace(/\\u003c/g, '<')
      .replace(/\\u003e/g, '>')
      .replace(/\\u0026/g, '&')
      .replace(/\\+n/g, ' ')
      .replace(/\\+"/g, '"')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

export async function readLessonPage(
  request: APIRequestContext,
  path: string,
): Promise<LessonPageKeys> {
  const html = pageText(await (await request.get(path)).text());
  const keyUrls = [...new Set(html.match(KEY_URL) ?? [])];
  const secrets: string[] = [];
  for (const url of keyUrls) {
    const key = (await (await request.get(url)).json()) as {
      explanationHtml: string | null;
      key?: { options?: { feedback: string }[] };
      keys?: { choice?: { options: { feedback: string }[] } }[];
    };
    secrets.push(...phrases(key.explanationHtml));
    for (const option of key.key?.options ?? []) secrets.push(...phrases(option.feedback));
    for (const part of key.keys ?? [])
      for (const option of part.choice?.options ?? []) secrets.push(...phrases(option.feedback));
  }
  return { html, keyUrls, secrets };
}

export async function lessonPaths(request: APIRequestContext): Promise<string[]> {
  const home = await (await request.get('/')).text();
  return [...new Set([...home.matchAll(/href="(\/lessons\/[a-z0-9-]+)\/?"/g)].map((m) => m[1]!))];
}
