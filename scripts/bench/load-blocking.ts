/**
 * How long pages block the main thread while they load, traced in Chromium at the reference
 * device's CPU (cpu-calibration.ts), before and after their first contentful paint. Lighthouse's
 * TBT is a simulation from an unthrottled load; this is the throttled load itself, to say where a
 * page's blocking time is and how it compares with another page's (the first URL is the one the
 * others are compared with). Not part of `npm run bench`: a tool for finding where time goes.
 *
 *   npx tsx scripts/bench/load-blocking.ts [--runs N] [--slowdown X] URL...
 *
 * Each run loads every URL once, in order, each in a fresh browser (no cache, no compiled code
 * kept), and traces it until 5 s after its load event. Prints each run and the medians.
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from '../lib/chromium';
import { benchTmp } from './bench-paths';
import { calibrateCpu } from './cpu-calibration';
import { blockingAroundFirstPaint, type LoadBlocking } from './main-thread-time';
import { tracePage } from './page-trace';
import { medianOf } from './stats';

// `loading` holds the first contentful paint.
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading'];
/** The last load's trace, to open in Chromium's Performance panel. */
const TRACE_FILE = join(benchTmp, 'load-blocking-trace.json');
const SETTLE_MS = 5_000;

function parseArgs(argv: string[]): { runs: number; slowdown: number | null; urls: string[] } {
  let runs = 5;
  let slowdown: number | null = null;
  const urls: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--runs') runs = Number(argv[(i += 1)]);
    else if (arg === '--slowdown') slowdown = Number(argv[(i += 1)]);
    else urls.push(arg);
  }
  if (!urls.length || !(runs >= 1) || (slowdown !== null && !(slowdown >= 1)))
    throw new Error(
      'Usage: npx tsx scripts/bench/load-blocking.ts [--runs N] [--slowdown X] URL... (N ≥ 1, X ≥ 1)',
    );
  return { runs, slowdown, urls };
}

async function calibratedSlowdown(): Promise<number> {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_FLAGS });
  try {
    const calibration = await calibrateCpu(await browser.newPage());
    console.log(
      `benchmarkIndex ${calibration.benchmarkIndex} → ${calibration.cpuSlowdown}× (${calibration.throttledIndex} at that slowdown)`,
    );
    return calibration.cpuSlowdown;
  } finally {
    await browser.close();
  }
}

async function tracedLoad(url: string, slowdown: number): Promise<LoadBlocking> {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    const events = await tracePage(
      page,
      TRACE_FILE,
      async () => {
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForTimeout(SETTLE_MS);
      },
      TRACE_CATEGORIES,
    );
    return blockingAroundFirstPaint(events, page.url());
  } finally {
    await browser.close();
  }
}

const ms = (n: number) => `${Math.round(n)} ms`;
const described = (b: LoadBlocking) =>
  `blocking ${ms(b.beforePaintMs)} before the first paint, ${ms(b.afterPaintMs)} after (longest task after ${ms(b.longestAfterPaintMs)}; ` +
  `long tasks after ${ms(b.longTasksAfterPaintMs)}: style and layout ${ms(b.longTasksStyleLayoutMs)}, paint ${ms(b.longTasksPaintMs)}, the rest script and parsing)`;

async function main(): Promise<void> {
  const { runs, slowdown: given, urls } = parseArgs(process.argv.slice(2));
  const slowdown = given ?? (await calibratedSlowdown());
  const results = new Map(urls.map((url) => [url, [] as LoadBlocking[]]));
  for (let run = 1; run <= runs; run += 1) {
    for (const url of urls) {
      const result = await tracedLoad(url, slowdown);
      results.get(url)!.push(result);
      console.log(`run ${run}, ${url}: ${described(result)}`);
    }
  }
  console.log(
    `\nMedians of ${runs} at ${slowdown}× CPU slowdown (× the first URL's blocking after the paint):`,
  );
  const baseline = medianOf(results.get(urls[0]!)!).afterPaintMs;
  for (const [url, samples] of results) {
    const medians = medianOf(samples);
    const ratio = baseline > 0 ? (medians.afterPaintMs / baseline).toFixed(2) : '–';
    console.log(`  ${url}: ${described(medians)}, ${ratio}×`);
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
