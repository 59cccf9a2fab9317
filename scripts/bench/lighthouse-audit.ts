/**
 * Lighthouse 12 (mobile form factor, simulated throttling: its defaults) on each page, several
 * runs interleaved across the pages so a burst of load on the shared machine does not land on one
 * page's runs only; each figure is the median of its runs, taken figure by figure.
 *
 * Lighthouse runs as its own CLI process against one shared Chromium: loaded through tsx, its
 * in-page functions would carry esbuild's `__name` helper into the page and fail there.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Result as Lhr } from 'lighthouse';
import { repoRoot } from './bench-paths';
import { launchDebuggableChromium } from './chromium-debug';
import { progress } from './progress';
import { median } from './stats';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  tbtMs: number;
  lcpMs: number;
  cls: number;
}

export interface LighthouseResult {
  path: string;
  runs: number;
  median: LighthouseFigures;
  /** Every run's figures, so a reader can see the spread behind a median. */
  samples: LighthouseFigures[];
  /**
   * Accessibility and best-practices audits that failed in any run, and the elements any run saw
   * shift: why a score is below 100 or CLS above 0.
   */
  failedAudits: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const lighthouseCli = join(repoRoot, 'node_modules/lighthouse/cli/index.js');

function runLighthouse(url: string, chromiumPort: number): Lhr {
  const run = spawnSync(
    process.execPath,
    [
      lighthouseCli,
      url,
      `--port=${chromiumPort}`,
      '--hostname=127.0.0.1',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
    ],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.status !== 0)
    throw new Error(`Lighthouse failed on ${url} (exit ${run.status}):\n${run.stderr}`);
  const lhr = JSON.parse(run.stdout) as Lhr;
  if (lhr.runtimeError)
    throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  return lhr;
}

function figuresOf(lhr: Lhr): LighthouseFigures {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    tbtMs: value('total-blocking-time'),
    lcpMs: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
  };
}

/** The first thing an audit's details name (an error message, an element), so the table says why. */
function firstItem(details: unknown): string {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const first = items[0];
  if (!first) return '';
  const node = first.node as { snippet?: string } | undefined;
  const text = String(first.description ?? node?.snippet ?? first.url ?? '').split('\n')[0]!;
  const more = items.length > 1 ? ` (+${items.length - 1} more)` : '';
  return text ? `: ${text.length > 140 ? `${text.slice(0, 140)}…` : text}${more}` : '';
}

function failedAuditsOf(lhr: Lhr): string[] {
  return ['accessibility', 'best-practices'].flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => `${category}: ${audit!.id} (${audit!.title})${firstItem(audit!.details)}`),
  );
}

/** What moved when a run's CLS is above 0, so the table names the element to fix. */
function layoutShiftsOf(lhr: Lhr): string[] {
  if ((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0) === 0) return [];
  const audit = lhr.audits['layout-shifts'];
  return audit
    ? [
        `layout shift: CLS ${lhr.audits['cumulative-layout-shift']!.numericValue!.toFixed(3)}${firstItem(audit.details)}`,
      ]
    : [];
}

function medianFigures(samples: LighthouseFigures[]): LighthouseFigures {
  const of = (key: keyof LighthouseFigures) => median(samples.map((s) => s[key]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    seo: of('seo'),
    tbtMs: of('tbtMs'),
    lcpMs: of('lcpMs'),
    cls: of('cls'),
  };
}

/**
 * A page whose CLS is above 0 in fewer than this many runs is audited again up to it, and judged
 * on the median like every other figure. In CI's one-run quick mode a lesson once showed CLS 0.013
 * that 15 later runs of that page (alone, after the compare view, and under CPU load) never showed
 * again: a shift the page makes every time still fails, a one-off does not turn CI red, and either
 * way the table names the element that moved.
 */
const RUNS_WHEN_SHIFTED = 3;

/** `pages` maps a label (the path shown in the table) to the URL Lighthouse loads. */
export async function auditPages(
  pages: { path: string; url: string }[],
  runs: number,
): Promise<LighthouseResult[]> {
  const samples = new Map(pages.map((p) => [p.path, [] as LighthouseFigures[]]));
  const failed = new Map(pages.map((p) => [p.path, new Set<string>()]));
  const chromium = await launchDebuggableChromium();
  const audit = (page: { path: string; url: string }) => {
    const lhr = runLighthouse(page.url, chromium.port);
    samples.get(page.path)!.push(figuresOf(lhr));
    for (const problem of [...failedAuditsOf(lhr), ...layoutShiftsOf(lhr)])
      failed.get(page.path)!.add(problem);
  };
  try {
    for (let run = 1; run <= runs; run += 1) {
      for (const [index, page] of pages.entries()) {
        progress(
          `  Lighthouse run ${run}/${runs}, page ${index + 1}/${pages.length}: ${page.path}`,
        );
        audit(page);
      }
    }
    for (const page of pages) {
      const pageSamples = samples.get(page.path)!;
      if (!pageSamples.some((s) => s.cls > 0)) continue;
      for (let run = pageSamples.length + 1; run <= RUNS_WHEN_SHIFTED; run += 1) {
        progress(`  Lighthouse run ${run}/${RUNS_WHEN_SHIFTED} (CLS above 0 before): ${page.path}`);
        audit(page);
      }
    }
  } finally {
    await chromium.stop();
  }
  return pages.map(({ path }) => ({
    path,
    runs: samples.get(path)!.length,
    median: medianFigures(samples.get(path)!),
    samples: samples.get(path)!,
    failedAudits: [...failed.get(path)!].sort(),
  }));
}
