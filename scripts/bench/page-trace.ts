/**
 * A Chromium trace of one page while some steps run: how the bench's tools record what a page's
 * main thread did (interaction-cost.ts, class-dashboard.ts, load-blocking.ts).
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parseTrace, type TraceEvent } from './main-thread-time';

/** Tasks, the rendering pipeline and user-timing marks: what main-thread-time.ts reads. */
export const MAIN_THREAD_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
];

/**
 * Traces `page` while `steps` run, writes the trace to `file` (to open in Chromium's Performance
 * panel when a figure needs explaining), and returns its events.
 */
export async function tracePage(
  page: Page,
  file: string,
  steps: () => Promise<void>,
  categories: readonly string[] = MAIN_THREAD_CATEGORIES,
): Promise<TraceEvent[]> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: [...categories] });
  let trace: Buffer;
  try {
    await steps();
  } finally {
    trace = await browser.stopTracing();
  }
  writeFileSync(file, trace);
  return parseTrace(trace.toString('utf8'));
}
