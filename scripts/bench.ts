/**
 * `npm run bench`: measures the built kit side by side with an empty App Router page of the same
 * Next version, prints tables a person can read and writes the same figures to
 * bench/results.json. bench/README.md explains every figure and budget.
 *   1. page weight of every route (JS, CSS, HTML; raw, gzip, brotli) and its excess over the empty page;
 *   2. Lighthouse (mobile, simulated throttling) on every lesson and the compare view;
 *   3. interaction cost: each input of a Spot over a whole article, input to next paint, with the
 *      CPU slowed to one reference device (calibrated every run), beside the empty page's keypress;
 *   4. build scaling with +50 and +500 generated lessons (full mode only);
 *   5. the quiz logic's scoring benchmark;
 *   6. the class server under 300 simulated students, on PGlite and PostgreSQL, each also with a
 *      restart halfway (full mode; `--class-load` runs this part alone and adds it to the
 *      committed results; `--class-load-full` adds 3,000 students on two instances, 5 minutes);
 *   7. the teacher's dashboard with a class of 300 students: first views and a live update (full
 *      mode; `--class-dashboard` runs this part alone and adds it to the committed results).
 * Both modes build a temporary copy of the working tree (bench/tmp/repo), so the bench never
 * touches the real lessons or the `.next` others serve. `--quick` (for CI) runs Lighthouse once a
 * page and the interaction twice, and skips build scaling. `--check` exits 1 when a budget it
 * enforces is broken or could not be measured; quick mode enforces only the figures that do not
 * vary from run to run (bytes, accessibility, best practices, CLS).
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './lib/chromium';
import { benchDir, benchTmp, repoRoot } from './bench/bench-paths';
import { addFixtureLesson } from './bench/bench-fixture';
import { readBuiltPages, type BuiltPage } from './bench/build-output';
import { appBuildCommand, measureBuildScaling } from './bench/build-scaling';
import { failedBudgets, judgeBudgets } from './bench/budgets';
import { measureClassDashboard } from './bench/class-dashboard';
import { benchLesson, measureClassLoad } from './bench/class-load';
import { CLASS_LOAD_FULL, CLASS_LOAD_SCENARIOS } from './bench/class-load-scenarios';
import { buildEmptyApp, emptyAppDir } from './bench/empty-app';
import { measureInteraction } from './bench/interaction-cost';
import { auditPages } from './bench/lighthouse-audit';
import { buildNextApp, type BuildTiming } from './bench/next-build';
import { startNextServer } from './bench/next-server';
import { weighPage } from './bench/page-weight';
import { progress, secondsSince } from './bench/progress';
import { copyWorkingTree } from './bench/repo-copy';
import { formatReport } from './bench/report-table';
import type { BenchResults, BudgetResult, Mode } from './bench/results';
import { measureScoreSpeed } from './bench/score-speed';
import { findSpotTarget } from './bench/spot-target';

const args = new Set(process.argv.slice(2));
const mode: Mode = args.has('--quick') ? 'quick' : 'full';
/** Only the class load part, added to the committed results.json (the rest takes ten minutes). */
const classLoadOnly = args.has('--class-load');
/** Only the class dashboard part, added the same way. */
const classDashboardOnly = args.has('--class-dashboard');
const RUNS = { full: { lighthouse: 3, interaction: 5 }, quick: { lighthouse: 1, interaction: 2 } }[
  mode
];
const copyDir = join(benchTmp, 'repo');
const logDir = join(benchTmp, 'logs');
const ANCHORS = [
  { name: 'H5P Mark the Words (one exercise)', jsGzip: 246_000 },
  { name: 'LiaScript', jsGzip: 1_069_000 },
];

const results: BenchResults = {
  generatedAt: new Date().toISOString(),
  mode,
  machine: {
    cpus: cpus().length,
    loadAverage: loadavg(),
    node: process.version,
    next: (
      JSON.parse(readFileSync(join(repoRoot, 'node_modules/next/package.json'), 'utf8')) as {
        version: string;
      }
    ).version,
    chromium: '',
  },
  durationSeconds: 0,
  notMeasured: {},
  budgets: [],
};

/** Runs one part; a failure is recorded (and shown) instead of losing the parts that worked. */
async function part(name: keyof BenchResults & string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    results.notMeasured[name] = (error as Error).message;
    progress(`✗ ${name} not measured: ${(error as Error).message.split('\n')[0]}`);
  }
}

/**
 * A cold production build of a temporary copy of the working tree, with the bench's fixture
 * lesson: isolated from the real `lessons/` and from any `.next` someone else is rebuilding.
 */
async function buildApp(): Promise<{ appDir: string; lessonsDir: string; build: BuildTiming }> {
  const { files } = copyWorkingTree(copyDir);
  addFixtureLesson(join(copyDir, 'lessons'));
  progress(`Copied the working tree (${files} files) to bench/tmp/repo; cold production build…`);
  const build = await buildNextApp(join(copyDir, 'apps/web'), appBuildCommand, {
    label: 'app build',
    logFile: join(logDir, 'app-build.log'),
  });
  progress(`  built in ${build.seconds.toFixed(1)} s`);
  return { appDir: join(copyDir, 'apps/web'), lessonsDir: join(copyDir, 'lessons'), build };
}

/** Each class load run in turn; a run that fails is recorded and the others still run. */
async function measureClassLoadRuns(appDir: string, lessonsDir: string): Promise<void> {
  const scenarios = [
    ...CLASS_LOAD_SCENARIOS,
    ...(args.has('--class-load-full') ? [CLASS_LOAD_FULL] : []),
  ];
  const lesson = benchLesson(lessonsDir);
  results.classLoad = { generatedAt: new Date().toISOString(), runs: [] };
  for (const scenario of scenarios) {
    await part('classLoad', async () => {
      progress(
        `Class load: ${scenario.name}, ${scenario.students} students × ${scenario.eventsPerStudent} events in ${scenario.seconds} s (${lesson.slug})…`,
      );
      const run = await measureClassLoad(appDir, lesson, scenario).catch((error: Error) => {
        throw new Error(`${scenario.name}: ${error.message}`);
      });
      results.classLoad!.runs.push(run);
      progress(
        `  ${run.eventsPerSecond} events/s, write p95 ${run.writeMs.p95} ms, ${run.lost} not on the server (${run.unsent} still on devices, ${run.acknowledgedMissing} acknowledged), ${run.duplicates} twice`,
      );
    });
  }
}

async function measureClassDashboardPart(appDir: string, lessonsDir: string): Promise<void> {
  await part('classDashboard', async () => {
    progress('Class dashboard: one class of 300 students, its teacher’s pages in Chromium…');
    results.classDashboard = await measureClassDashboard(appDir, lessonsDir);
    const { classPage, liveUpdate } = results.classDashboard;
    progress(
      `  class page FCP ${Math.round(classPage.median.firstContentfulPaintMs)} ms, live update ${Math.round(liveUpdate.median.busyMs)} ms main thread`,
    );
  });
}

/**
 * `--class-load` or `--class-dashboard`: that part alone, written into the committed results of
 * the last full run (`key`: its figures; `budgetPrefix`: the ids of its budgets).
 */
async function partAlone(
  started: number,
  key: 'classLoad' | 'classDashboard',
  budgetPrefix: string,
  measure: (appDir: string, lessonsDir: string) => Promise<void>,
) {
  const app = await buildApp();
  await measure(app.appDir, app.lessonsDir);
  const committed = JSON.parse(
    readFileSync(join(benchDir, 'results.json'), 'utf8'),
  ) as BenchResults;
  const { [key]: _, ...why } = committed.notMeasured;
  const merged: BenchResults = {
    ...committed,
    [key]: results[key],
    notMeasured: { ...why, ...results.notMeasured },
  };
  // The other budgets stay as the last full run judged them (budgets added since would judge its old figures).
  const isPart = (b: BudgetResult) => b.id.startsWith(budgetPrefix);
  const partBudgets = judgeBudgets(merged, merged.mode).filter(isPart);
  merged.budgets = [...committed.budgets.filter((b) => !isPart(b)), ...partBudgets];
  writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(merged, null, 2)}\n`);
  const duration = secondsSince(started);
  console.log(formatReport({ ...results, durationSeconds: duration, budgets: partBudgets }));
  console.log(
    `\n${key} figures written into bench/results.json (the other parts are the last full run’s).`,
  );
  return partBudgets;
}

async function main() {
  const started = Date.now();
  if (classLoadOnly) {
    progress('npm run bench -- --class-load');
    return checkBudgets(await partAlone(started, 'classLoad', 'class-load', measureClassLoadRuns));
  }
  if (classDashboardOnly) {
    progress('npm run bench -- --class-dashboard');
    return checkBudgets(
      await partAlone(started, 'classDashboard', 'class-dashboard', measureClassDashboardPart),
    );
  }
  const chromePath = ensureChromium();
  results.machine.chromium = execFileSync(chromePath, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  progress(`npm run bench — ${mode} mode`);

  const app = await buildApp();
  progress('Building the empty App Router page (the baseline)…');
  await buildEmptyApp();
  const [emptyPage] = readBuiltPages(emptyAppDir).filter((p) => p.path === '/');
  if (!emptyPage) throw new Error(`The empty app in ${emptyAppDir} built no “/” page.`);

  let pages: BuiltPage[] = [];
  await part('pageWeight', async () => {
    progress('Page weight: compressing every page’s JS, CSS and HTML…');
    pages = readBuiltPages(app.appDir);
    const baseline = weighPage(emptyPage);
    results.pageWeight = {
      baseline,
      pages: pages
        .filter((p) => p.kind !== 'bench fixture')
        .map((page) => weighPage(page, baseline.js.gzip)),
      anchors: ANCHORS,
    };
  });

  const server = await startNextServer(app.appDir);
  try {
    await part('lighthouse', async () => {
      const targets = pages.filter((p) => p.kind === 'lesson' || p.kind === 'compare');
      progress(
        `Lighthouse: ${targets.length} pages × ${RUNS.lighthouse} runs${mode === 'full' ? ', and the empty page' : ''}…`,
      );
      const audited = await auditPages(
        targets.map((p) => ({ path: p.path, url: `${server.origin}${p.path}` })),
        RUNS.lighthouse,
      );
      results.lighthouse = { runsPerPage: RUNS.lighthouse, pages: audited };
      if (mode === 'full') {
        const emptyServer = await startNextServer(emptyAppDir);
        try {
          [results.lighthouse.baseline] = await auditPages(
            [{ path: '/', url: `${emptyServer.origin}/` }],
            RUNS.lighthouse,
          );
        } finally {
          await emptyServer.stop();
        }
      }
    });
    await part('interaction', async () => {
      const target = findSpotTarget(pages, app.lessonsDir);
      if (!target) throw new Error('no lesson page has a Spot exercise');
      progress(
        `Interaction cost: ${RUNS.interaction} runs, the CPU slowed to the reference device in each…`,
      );
      const emptyServer = await startNextServer(emptyAppDir);
      try {
        results.interaction = await measureInteraction(
          { lesson: server.origin, emptyPage: emptyServer.origin },
          target,
          RUNS.interaction,
        );
      } finally {
        await emptyServer.stop();
      }
    });
  } finally {
    await server.stop();
  }

  await part('scoring', async () => {
    progress('Scoring speed: packages/core/bench/score-bench.ts --json…');
    results.scoring = await measureScoreSpeed();
  });

  results.appBuild = app.build;
  if (mode === 'quick') {
    results.notMeasured.classLoad = 'skipped in quick mode (each run takes a minute or more)';
    results.notMeasured.classDashboard = 'skipped in quick mode (filling the class takes a minute)';
  } else {
    await measureClassLoadRuns(app.appDir, app.lessonsDir);
    await measureClassDashboardPart(app.appDir, app.lessonsDir);
  }

  if (mode === 'quick') {
    results.notMeasured.buildScaling = 'skipped in quick mode (two more cold builds take minutes)';
  } else {
    await part('buildScaling', async () => {
      results.buildScaling = await measureBuildScaling(copyDir, logDir);
    });
  }

  results.durationSeconds = secondsSince(started);
  results.budgets = judgeBudgets(results, mode);
  console.log(formatReport(results));
  writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nFigures written to bench/results.json (${results.durationSeconds.toFixed(0)} s).`);

  checkBudgets(results.budgets);
}

function checkBudgets(budgets: BudgetResult[]): void {
  const failed = failedBudgets(budgets);
  if (args.has('--check') && failed.length) {
    console.log(`\n--check: ${failed.length} budget(s) not met:`);
    for (const b of failed) console.log(`  ✗ ${b.budget}: ${b.status}, ${b.measured}`);
    process.exitCode = 1;
  }
}

main().catch((error: Error) => {
  console.error(`\nnpm run bench stopped: ${error.message}`);
  process.exitCode = 1;
});
