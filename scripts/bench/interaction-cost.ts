/**
 * Interaction cost: each input of a Spot exercise over the whole article timed on its own, as a
 * student feels it (main-thread-time.ts `inputToPaint`: from the task that dispatches the input event
 * to the end of the task that paints the next frame showing its result), in Chromium with the
 * CPU slowed to the reference device (cpu-calibration.ts), beside a keypress on the empty Next
 * page in the same run.
 *
 * Per run, in a fresh browser context: calibrate the CPU on a blank page; on the empty page, one
 * keypress whose handler (added by the bench) outlines the heading; then the lesson, hydrated, in
 * one Chromium trace: Tab into the passage, →, ←, a click on a word (marks it), Space (unmarks
 * it), Shift+→ stretching a mark, the first Check (fetching the key and the judging code), Try
 * again, and Check again (both already loaded); then the lesson loaded again, with a student's
 * whole answer marked (25 phrases over the article, untimed), in a second trace: → and Space.
 * Before each timed input the bench sets a user-timing mark to find it in the trace; after it the
 * bench leaves the page alone (no script run in it) long enough for the frame to paint.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from '../lib/chromium';
import { benchTmp } from './bench-paths';
import { calibrateCpu, REFERENCE_BENCHMARK_INDEX, type CpuCalibration } from './cpu-calibration';
import {
  interactionFigures,
  type InputId,
  type InteractionFigure,
  type InteractionRun,
} from './interaction-figures';
import { inputToPaint, type InputSpan, type MainThreadWindow } from './main-thread-time';
import { tracePage } from './page-trace';
import { progress } from './progress';
import type { SpotTarget } from './spot-target';

/** The last run's traces, to open in Chromium's Performance panel when a figure needs explaining. */
export const TRACE_FILE = join(benchTmp, 'interaction-trace.json');
const EMPTY_PAGE_TRACE_FILE = join(benchTmp, 'interaction-empty-page-trace.json');
const MARKED_TRACE_FILE = join(benchTmp, 'interaction-marked-trace.json');
/**
 * A whole answer's phrases, marked before the marked inputs: a page costs more per frame with more
 * drawn on it (CSS Custom Highlights cost each frame twice as much with 25 phrases as with one).
 */
const MARKED_PHRASES = 25;
/** Time left to the page after an input for its frame (generous: the machine is shared). */
const SETTLE_MS = 600;
const SHOWN_MARK = 'bench:feedback-shown';
const before = (id: string) => `bench:before-${id}`;

export interface InteractionResult extends SpotTarget {
  /** The CPU's reference: Lighthouse benchmarkIndex the slowdown aims at in every run. */
  referenceBenchmarkIndex: number;
  emptyPage: MainThreadWindow;
  figures: InteractionFigure[];
  runs: InteractionRun[];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function throttle(page: Page, rate: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

async function mark(page: Page, name: string): Promise<void> {
  await page.evaluate(`performance.mark(${JSON.stringify(name)})`);
  await pause(50);
}

/** The floor: a keypress that changes one element's outline on the empty Next page. */
async function emptyPageKeypress(
  page: Page,
  origin: string,
  rate: number,
): Promise<MainThreadWindow> {
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  await page.evaluate(`(() => {
    const h1 = document.querySelector('h1');
    document.addEventListener('keydown', () => { h1.style.outline = h1.style.outline ? '' : '2px solid'; });
  })()`);
  const cdp = await throttle(page, rate);
  const events = await tracePage(page, EMPTY_PAGE_TRACE_FILE, async () => {
    await mark(page, before('empty'));
    await page.keyboard.press('ArrowRight');
    await pause(SETTLE_MS);
  });
  await cdp.detach();
  return inputToPaint(events, { after: before('empty'), input: 'keydown' });
}

// Page scripts are strings: functions compiled by tsx carry a `__name` helper the page lacks.
function hydratedScript(exerciseId: string): string {
  return `(() => {
    const box = document.getElementById(${JSON.stringify(exerciseId)})?.querySelector('[role="listbox"]');
    return Boolean(box && Object.keys(box).some((key) => key.startsWith('__reactProps')));
  })()`;
}

/** Marks SHOWN_MARK and tells the bench (an exposed binding, no polling in the page) when the feedback is in the DOM. */
function watchFeedbackScript(exerciseId: string): string {
  return `(() => {
    const section = document.getElementById(${JSON.stringify(exerciseId)});
    const observer = new MutationObserver(() => {
      if (!section.querySelector(':scope > .exercise__feedback')) return;
      observer.disconnect();
      performance.mark(${JSON.stringify(SHOWN_MARK)});
      window.benchFeedbackShown();
    });
    observer.observe(section, { childList: true });
  })()`;
}

async function openHydrated(page: Page, url: string, target: SpotTarget): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(hydratedScript(target.exerciseId), undefined, { timeout: 30_000 });
}

type InputSpans = Partial<Record<InputId, InputSpan>>;
type InputWindows = Partial<Record<InputId, MainThreadWindow>>;

/** Times `act` as input `id`: marked before it, then left alone while its frame paints. */
function timer(page: Page, spans: InputSpans) {
  return async (id: InputId, input: InputSpan['input'], act: () => Promise<void>) => {
    await mark(page, before(id));
    await act();
    await pause(SETTLE_MS);
    spans[id] = { after: before(id), input };
  };
}

async function lessonInputs(
  page: Page,
  url: string,
  target: SpotTarget,
  rate: number,
): Promise<InputWindows> {
  let shown: () => void = () => undefined;
  await page.exposeFunction('benchFeedbackShown', () => shown());
  await openHydrated(page, url, target);
  const cdp = await throttle(page, rate);
  const section = `[id="${target.exerciseId}"]`;
  const passage = page.locator(`${section} [role="listbox"]`);
  const spans: InputSpans = {};
  const timed = timer(page, spans);
  const primaryButton = page.locator(`${section} > .exercise__actions > .ex-button--primary`);
  const check = async (id: InputId) => {
    await primaryButton.focus();
    const feedback = new Promise<void>((resolve) => (shown = resolve));
    await page.evaluate(watchFeedbackScript(target.exerciseId));
    await mark(page, before(id));
    await page.keyboard.press('Enter');
    await Promise.race([
      feedback,
      pause(60_000).then(() => {
        throw new Error(
          `No feedback appeared in ${target.exerciseId} on ${url} within 60 s of Check.`,
        );
      }),
    ]);
    await pause(SETTLE_MS);
    spans[id] = { after: before(id), input: 'keydown', shownMark: SHOWN_MARK };
  };

  const events = await tracePage(page, TRACE_FILE, async () => {
    await passage.focus();
    await page.keyboard.press('Shift+Tab');
    await timed('tab-in', 'keydown', () => page.keyboard.press('Tab'));
    await timed('right', 'keydown', () => page.keyboard.press('ArrowRight'));
    await timed('left', 'keydown', () => page.keyboard.press('ArrowLeft'));
    // Into the article's third block, then a click on a word a few words on (on screen).
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const word = (await page.evaluate(
      `Number(document.getElementById(document.querySelector('${section} [role="listbox"]').getAttribute('aria-activedescendant')).getAttribute('data-w')) + 3`,
    )) as number;
    const box = (await passage.locator(`[data-w="${word}"]`).boundingBox())!;
    // The pointer moves onto the word first, untimed: hovering is not the click.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await pause(SETTLE_MS);
    await timed('click', 'pointerdown', async () => {
      await page.mouse.down();
      await page.mouse.up();
    });
    await timed('space', 'keydown', () => page.keyboard.press(' '));
    await page.keyboard.down('Shift');
    await page.keyboard.press('ArrowRight');
    await timed('shift-right', 'keydown', () => page.keyboard.press('ArrowRight'));
    await page.keyboard.up('Shift');
    // Check is pressed with Enter on the focused button; Try again is the same button, clicked
    // (focus leaves the button while it is disabled during a Check).
    await check('first-check');
    await primaryButton.click();
    await page.locator(`${section} > .exercise__feedback`).waitFor({ state: 'detached' });
    await check('check');
  });
  await cdp.detach();
  return windows(events, spans);
}

/** → and Space on the lesson loaded again, a whole answer marked first at full speed (untimed). */
async function markedInputs(
  page: Page,
  url: string,
  target: SpotTarget,
  rate: number,
): Promise<InputWindows> {
  await openHydrated(page, url, target);
  const passage = page.locator(`[id="${target.exerciseId}"] [role="listbox"]`);
  await passage.focus();
  // One three-word phrase per paragraph, from its second word: as many paragraphs as phrases.
  for (let i = 0; i < MARKED_PHRASES; i += 1) {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
  }
  // Onto an unmarked word: the phrase's third word, then two on.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await pause(SETTLE_MS);
  const marked = await passage.locator('[aria-selected="true"]').count();
  if (marked !== MARKED_PHRASES * 3)
    throw new Error(
      `${target.exerciseId} on ${url}: ${marked} words marked before the marked inputs, not ${MARKED_PHRASES * 3}.`,
    );
  const cdp = await throttle(page, rate);
  const spans: InputSpans = {};
  const timed = timer(page, spans);
  const events = await tracePage(page, MARKED_TRACE_FILE, async () => {
    await timed('right-marked', 'keydown', () => page.keyboard.press('ArrowRight'));
    await timed('space-marked', 'keydown', () => page.keyboard.press(' '));
  });
  await cdp.detach();
  return windows(events, spans);
}

function windows(events: Parameters<typeof inputToPaint>[0], spans: InputSpans): InputWindows {
  return Object.fromEntries(
    Object.entries(spans).map(([id, span]) => [id, inputToPaint(events, span)]),
  );
}

async function measureRun(
  browser: Browser,
  origins: { lesson: string; emptyPage: string },
  target: SpotTarget,
): Promise<InteractionRun> {
  const newContext = () => browser.newContext({ viewport: { width: 1366, height: 768 } });
  const context = await newContext();
  // The marked inputs start from a device with nothing saved: the first page's checked answer
  // would come back on the second, and a checked answer cannot be marked.
  const markedContext = await newContext();
  try {
    const loadAverage = loadavg();
    const calibration: CpuCalibration = await calibrateCpu(await context.newPage());
    const rate = calibration.cpuSlowdown;
    const emptyPage = await emptyPageKeypress(await context.newPage(), origins.emptyPage, rate);
    const url = `${origins.lesson}${target.path}`;
    const inputs = {
      ...(await lessonInputs(await context.newPage(), url, target, rate)),
      ...(await markedInputs(await markedContext.newPage(), url, target, rate)),
    } as Record<InputId, MainThreadWindow>;
    return { loadAverage, calibration, emptyPage, inputs };
  } finally {
    await context.close();
    await markedContext.close();
  }
}

export async function measureInteraction(
  origins: { lesson: string; emptyPage: string },
  target: SpotTarget,
  runs: number,
): Promise<InteractionResult> {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_FLAGS });
  const measured: InteractionRun[] = [];
  try {
    for (let run = 1; run <= runs; run += 1) {
      progress(
        `  interaction run ${run}/${runs}: ${target.path}#${target.exerciseId} (${target.words} words), load ${loadavg()[0]!.toFixed(1)}`,
      );
      const result = await measureRun(browser, origins, target);
      const { benchmarkIndex, cpuSlowdown, throttledIndex } = result.calibration;
      progress(
        `    benchmarkIndex ${benchmarkIndex} → ${cpuSlowdown}× (${throttledIndex} at that slowdown)`,
      );
      measured.push(result);
    }
  } finally {
    await browser.close();
  }
  return {
    ...target,
    referenceBenchmarkIndex: REFERENCE_BENCHMARK_INDEX,
    ...interactionFigures(measured),
    runs: measured,
  };
}
