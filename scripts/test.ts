/**
 * `npm test`: every kind of test, in one command, with one summary line at the end.
 *   1. unit tests (Jest) of the pure packages, and 2. component tests (Jest + jsdom) of the app,
 *      both through Turborepo (cached while nothing they read has changed);
 *   3. browser tests: the production build served by `next start` on a free port, and the static
 *      export, driven in Chromium. Never replayed from a cache.
 * Flags: --browser-only, --no-browser.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './lib/chromium';
import { freePort } from './lib/free-port';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));

interface LayerResult {
  name: string;
  /** Wall time of the layer's steps, e.g. `builds 86 s, tests 385 s`. */
  took?: string;
  passed: number;
  failed: number;
  skipped: number;
  problem?: string;
  /** The failed tests by file and name, so the end of the output (all CI shows) says what failed. */
  failures?: string[];
}

const JEST_LAYERS = [
  {
    name: 'unit',
    workspaces: ['packages/core', 'packages/lessons', 'packages/classroom', 'scripts'],
  },
  { name: 'component', workspaces: ['apps/web'] },
];

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = {}): number {
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
}

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

function hasTestScript(workspace: string): boolean {
  const manifest = readJson(join(root, workspace, 'package.json')) as {
    scripts?: Record<string, string>;
  } | null;
  return Boolean(manifest?.scripts?.test);
}

const seconds = (since: number) => `${Math.round((Date.now() - since) / 1000)} s`;

function runJestLayers(): LayerResult[] {
  const resultFiles = JEST_LAYERS.flatMap((l) => l.workspaces).map((w) =>
    join(root, w, 'test-results.json'),
  );
  for (const file of resultFiles) rmSync(file, { force: true });
  const started = Date.now();
  run('npx', ['turbo', 'run', 'test', '--continue', '--output-logs=errors-only']);
  // Turborepo runs the workspaces side by side, so the layers share one wall time.
  const took = `unit and component together ${seconds(started)}`;

  return JEST_LAYERS.map(({ name, workspaces }, index) => {
    const layer: LayerResult = { name, passed: 0, failed: 0, skipped: 0 };
    if (index === 0) layer.took = took;
    for (const workspace of workspaces) {
      if (!hasTestScript(workspace)) continue;
      const report = readJson(join(root, workspace, 'test-results.json')) as {
        numPassedTests: number;
        numFailedTests: number;
        numPendingTests: number;
        numRuntimeErrorTestSuites: number;
        testResults: {
          name: string;
          status: string;
          assertionResults: { fullName: string; status: string }[];
        }[];
      } | null;
      if (!report) {
        layer.failed += 1;
        layer.problem = `${workspace}: Jest did not report (it crashed or was not run)`;
        continue;
      }
      layer.passed += report.numPassedTests;
      layer.failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
      layer.skipped += report.numPendingTests;
      for (const file of report.testResults) {
        const path = file.name.slice(root.length);
        const failed = file.assertionResults.filter((a) => a.status === 'failed');
        if (file.status === 'failed' && failed.length === 0) {
          (layer.failures ??= []).push(`${path} (the file did not run)`);
        }
        for (const a of failed) (layer.failures ??= []).push(`${path} › ${a.fullName}`);
      }
    }
    return layer;
  });
}

interface BrowserReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: { message?: string }[];
  suites: ReportSuite[];
}
interface ReportSuite {
  title: string;
  suites?: ReportSuite[];
  specs?: {
    title: string;
    tests: {
      projectName: string;
      /** expected, unexpected, flaky or skipped. */
      status: string;
      annotations: { type: string; description?: string }[];
      results: { duration: number }[];
    }[];
  }[];
}

interface ReportTest {
  file: string;
  title: string;
  project: string;
  /** The last run's duration in ms (retries are off: the only run). */
  duration: number;
  /** The test's own timeout in ms, 0 when the report does not say. */
  timeout: number;
  status: string;
}

/** Every test of the report with the spec file it is in. */
function reportTests(report: BrowserReport): ReportTest[] {
  const tests: ReportTest[] = [];
  const walk = (suite: ReportSuite, file: string) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const timeout = Number(test.annotations.find((a) => a.type === 'timeout')?.description);
        tests.push({
          file,
          title: spec.title,
          project: test.projectName,
          duration: test.results.at(-1)?.duration ?? 0,
          timeout: timeout > 0 ? timeout : 0,
          status: test.status,
        });
      }
    }
    for (const child of suite.suites ?? []) walk(child, file);
  };
  for (const suite of report.suites) walk(suite, suite.title);
  return tests;
}

/** Where the browser layer's time goes: the test time of each spec file, longest first. */
function timePerSpecFile(tests: readonly ReportTest[]): string[] {
  const perFile = new Map<string, number>();
  for (const { file, project, duration } of tests) {
    const key = `[${project}] ${file}`;
    perFile.set(key, (perFile.get(key) ?? 0) + duration);
  }
  return [...perFile]
    .sort((a, b) => b[1] - a[1])
    .map(([file, ms]) => `  ${String(Math.round(ms / 1000)).padStart(4)} s  ${file}`);
}

/**
 * Tests that used more than a third of their own timeout: on a busy machine they are the next to
 * fail, so their timeout should follow what they do (a longer one, or less work).
 */
function greedyTests(tests: readonly ReportTest[]): string[] {
  return tests
    .filter((t) => t.timeout > 0 && t.duration > t.timeout / 3)
    .map((t) => ({ ...t, share: t.duration / t.timeout }))
    .sort((a, b) => b.share - a.share)
    .map(
      (t) =>
        `  ${Math.round(t.share * 100)}% of its ${t.timeout / 1000} s timeout: [${t.project}] ${t.file} › ${t.title}`,
    );
}

async function runBrowserLayer(): Promise<LayerResult> {
  const layer: LayerResult = { name: 'browser', passed: 0, failed: 0, skipped: 0 };
  const chromePath = ensureChromium();
  // Debian's Chromium updates on its own schedule: say which one these results are for.
  const chromium = execFileSync(chromePath, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`Browser tests in ${chromium} (${chromePath})`);
  // The builds may come from Turborepo's cache; the tests that drive them never do. The export
  // runs after the build (turbo.json): both compile in apps/web/.next (see scripts/export.ts).
  const buildsStarted = Date.now();
  if (run('npx', ['turbo', 'run', 'export', '--filter=@sayswho/web']) !== 0) {
    return { ...layer, failed: 1, problem: 'the production build failed' };
  }
  const builds = seconds(buildsStarted);
  const testsStarted = Date.now();
  const reportFile = join(root, 'apps/web/test-results/browser-results.json');
  rmSync(reportFile, { force: true });
  run('npx', ['playwright', 'test', '--config', 'apps/web/e2e/playwright.config.ts'], {
    CHROME_PATH: chromePath,
    APP_PORT: String(await freePort()),
    EXPORT_PORT: String(await freePort()),
    PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile,
  });
  layer.took = `builds ${builds}, tests ${seconds(testsStarted)} (two workers)`;
  const report = readJson(reportFile) as BrowserReport | null;
  if (!report) return { ...layer, failed: 1, problem: 'Playwright did not report' };
  const tests = reportTests(report);
  console.log('\nBrowser test time per spec file (summed over its tests):');
  console.log(timePerSpecFile(tests).join('\n'));
  const greedy = greedyTests(tests);
  if (greedy.length > 0) {
    console.log(`\n${greedy.length} browser tests used more than a third of their timeout:`);
    console.log(greedy.join('\n'));
  }
  layer.name = `browser (${chromium})`;
  layer.passed = report.stats.expected;
  // Retries are off; should a config turn them on, a test that passed only on a retry is flaky and fails the run.
  layer.failed = report.stats.unexpected + report.stats.flaky + (report.errors?.length ?? 0);
  layer.skipped = report.stats.skipped;
  layer.failures = tests
    .filter((t) => t.status !== 'expected' && t.status !== 'skipped')
    .map((t) => `[${t.project}] ${t.file} › ${t.title} (${t.status})`);
  return layer;
}

async function main() {
  const started = Date.now();
  const layers: LayerResult[] = [];
  if (!args.has('--browser-only')) layers.push(...runJestLayers());
  if (!args.has('--no-browser')) {
    try {
      layers.push(await runBrowserLayer());
    } catch (error) {
      layers.push({
        name: 'browser',
        passed: 0,
        failed: 1,
        skipped: 0,
        problem: (error as Error).message,
      });
    }
  }

  console.log('');
  for (const l of layers.filter((l) => l.failures?.length)) {
    console.log(`${l.name}, failed:\n${l.failures!.map((f) => `  ${f}`).join('\n')}`);
  }
  for (const l of layers.filter((l) => l.took)) console.log(`time, ${l.name}: ${l.took}`);
  console.log(`time, npm test: ${seconds(started)}`);
  for (const l of layers) {
    const skipped = l.skipped ? `, ${l.skipped} skipped` : '';
    console.log(
      `${l.name}: ${l.passed} passed, ${l.failed} failed${skipped}${l.problem ? ` (${l.problem})` : ''}`,
    );
  }
  const passed = layers.reduce((n, l) => n + l.passed, 0);
  const failed = layers.reduce((n, l) => n + l.failed, 0);
  console.log(`total: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

void main();
