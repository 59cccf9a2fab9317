/**
 * Interaction cost: in Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate, a
 * cheap Chromebook), the main-thread time from the last keypress of a selection to the rendered
 * feedback after Check, in a Spot exercise.
 *
 * Method, per run (a fresh browser context each time, so the first Check also loads the key):
 * load the lesson, wait for hydration, mark two phrases with the keyboard, then record a Chromium
 * trace across the last Shift+→ of the selection, Tab to “Check my answer” and Enter. A
 * MutationObserver sees the feedback enter the DOM and, after the next frame has been produced
 * (requestAnimationFrame, then a task), sets a `performance.mark`. The figure is the summed
 * duration of the renderer main thread's top-level tasks from the keydown's task to that mark
 * (main-thread-time.ts): idle and network time do not count.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from '../lib/chromium';
import { benchTmp } from './bench-paths';
import { mainThreadWindow, parseTrace, type MainThreadWindow } from './main-thread-time';
import { progress } from './progress';
import type { SpotTarget } from './spot-target';
import { medianOf } from './stats';

export const CPU_SLOWDOWN = 4;
const END_MARK = 'bench:feedback-painted';
/** The last run's trace, to open in Chromium's Performance panel when a figure needs explaining. */
export const TRACE_FILE = join(benchTmp, 'interaction-trace.json');
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
];

export interface InteractionResult extends SpotTarget {
  runs: number;
  median: MainThreadWindow;
  samples: MainThreadWindow[];
}

// Page scripts are strings: functions compiled by tsx carry a `__name` helper the page lacks.
function hydratedScript(exerciseId: string): string {
  return `(() => {
    const box = document.getElementById(${JSON.stringify(exerciseId)})?.querySelector('[role="listbox"]');
    return Boolean(box && Object.keys(box).some((key) => key.startsWith('__reactProps')));
  })()`;
}

function watchFeedbackScript(exerciseId: string): string {
  return `(() => {
    const section = document.getElementById(${JSON.stringify(exerciseId)});
    window.__benchFeedback = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!section.querySelector('.exercise__feedback')) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => {
          performance.mark(${JSON.stringify(END_MARK)});
          resolve(true);
        }, 0));
      });
      observer.observe(section, { childList: true, subtree: true });
    });
  })()`;
}

async function measureOnce(page: Page, url: string, target: SpotTarget): Promise<MainThreadWindow> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(hydratedScript(target.exerciseId), undefined, { timeout: 30_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

  // The passage's one tab stop: the listbox itself (aria-activedescendant) or its active word.
  const passage = page
    .locator(`[id="${target.exerciseId}"] :is([role="listbox"], [role="option"])[tabindex="0"]`)
    .first();
  await passage.focus();
  // Two phrases in different paragraphs: ↓ moves by paragraph, Shift+→ stretches a mark.
  for (const key of [
    'ArrowDown',
    'ArrowRight',
    'Shift+ArrowRight',
    'Shift+ArrowRight',
    'ArrowDown',
    'ArrowDown',
    'ArrowRight',
  ]) {
    await page.keyboard.press(key);
  }
  await page.keyboard.down('Shift');
  await page.keyboard.press('ArrowRight');
  await page.evaluate(watchFeedbackScript(target.exerciseId));

  await page.context().browser()!.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.keyboard.press('ArrowRight'); // the last keypress of the selection
  await page.keyboard.up('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const shown = await Promise.race([
    page.evaluate('window.__benchFeedback'),
    new Promise((resolve) => setTimeout(() => resolve(false), 60_000)),
  ]);
  const trace = await page.context().browser()!.stopTracing();
  if (!shown) {
    throw new Error(
      `No feedback appeared in ${target.exerciseId} on ${url} within 60 s after Tab and Enter: ` +
        'is “Check my answer” still the next tab stop after the passage?',
    );
  }
  await cdp.detach();
  writeFileSync(TRACE_FILE, trace);
  return mainThreadWindow(parseTrace(trace.toString('utf8')), 'keydown', END_MARK);
}

export async function measureInteraction(
  origin: string,
  target: SpotTarget,
  runs: number,
): Promise<InteractionResult> {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_FLAGS });
  const samples: MainThreadWindow[] = [];
  try {
    for (let run = 1; run <= runs; run += 1) {
      progress(
        `  interaction run ${run}/${runs}: ${target.path}#${target.exerciseId} (${target.words} words)`,
      );
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      try {
        samples.push(await measureOnce(await context.newPage(), `${origin}${target.path}`, target));
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return {
    ...target,
    runs,
    median: medianOf(samples),
    samples,
  };
}
