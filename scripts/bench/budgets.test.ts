import {
  CLASS_LOAD_P95_BUDGET_MS,
  failedBudgets,
  judgeBudgets,
  LESSON_JS_ALLOWANCE,
} from './budgets';
import type { ClassDashboardResult } from './class-dashboard';
import { CLASS_LOAD_SCENARIOS, type ClassLoadRun } from './class-load-scenarios';
import type { LighthouseFigures, LighthouseResult } from './lighthouse-audit';
import type { PageKind } from './build-output';
import type { PageWeight } from './page-weight';
import type { InteractionResult } from './interaction-cost';
import { INPUTS, type InputId } from './interaction-figures';
import type { BenchResults } from './results';
import { COLD_AGGREGATE_FIGURE, SCORE_ONE_FIGURE, type ScoreSpeedResult } from './score-speed';
import { parseBuildOutput } from './next-build';

const EMPTY_PAGE_JS = 134_904;

function page(path: string, kind: PageKind, excess: number): PageWeight {
  const bytes = (gzip: number) => ({ raw: gzip * 3, gzip, brotli: gzip - 1000 });
  return {
    path,
    route: path,
    kind,
    js: bytes(EMPTY_PAGE_JS + excess),
    css: bytes(4000),
    jsExcessGzip: excess,
  };
}

const GOOD: LighthouseFigures = {
  performance: 99,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  tbtMs: 60,
  lcpMs: 1800,
  cls: 0,
};

function audited(path: string, change: Partial<LighthouseFigures> = {}): LighthouseResult {
  const median = { ...GOOD, ...change };
  return { path, runs: 1, median, samples: [median], failedAudits: [] };
}

function scoring(scoreOneMs: number | null, coldAggregateMs: number | null): ScoreSpeedResult {
  const figures = [
    ...(scoreOneMs === null ? [] : [{ name: SCORE_ONE_FIGURE, value: scoreOneMs }]),
    { name: 'aggregate › medianMs', value: 20 },
    ...(coldAggregateMs === null ? [] : [{ name: COLD_AGGREGATE_FIGURE, value: coldAggregateMs }]),
  ];
  return { figures, loadAverage: [6.4, 7.6, 8.9], raw: {} };
}

/** A class load run that lost nothing and wrote within budget; each test changes what it is about. */
function loadRun(scenarioIndex: number, change: Partial<ClassLoadRun> = {}): ClassLoadRun {
  return {
    scenario: CLASS_LOAD_SCENARIOS[scenarioIndex]!,
    lesson: 'who-says-so',
    made: 9000,
    held: 9000,
    lost: 0,
    duplicates: 0,
    strangers: 0,
    acknowledgedMissing: 0,
    eventsPerSecond: 150,
    writeMs: { p50: 20, p95: 90, p99: 150, max: 400 },
    writes: 8800,
    failedRequests: {},
    joinRetries: 0,
    answersReplaced: 0,
    duplicateAnswers: 0,
    rejected: [],
    unsent: 0,
    serverRssPeakBytes: 400e6,
    restartSeconds: null,
    stopSeconds: null,
    client: { cpuCores: 0.3, loopDelayP99Ms: 20 },
    seconds: 62,
    loadAverage: { before: [3.2, 3, 3], after: [3.5, 3, 3] },
    ...change,
  };
}
const [PGLITE, PGLITE_RESTARTED, POSTGRES] = [0, 1, 2];

/** A run where every budget is met; each test breaks or removes the part it is about. */
function dashboard(classPageFcpMs = 600, liveBusyMs = 120, firstFcpMs = 700): ClassDashboardResult {
  const load = (fcp: number) => ({
    serverMs: 300,
    firstContentfulPaintMs: fcp,
    loadMs: fcp + 100,
    htmlBytes: 90_000,
    htmlDecodedBytes: 900_000,
  });
  const live = {
    busyMs: liveBusyMs,
    styleLayoutMs: 40,
    paintMs: 10,
    longestTaskMs: 80,
    wallMs: 450,
    refreshBytes: 80_000,
    refreshDecodedBytes: 800_000,
  };
  return {
    generatedAt: '2026-11-23T12:00:00.000Z',
    students: 300,
    events: 9000,
    lessons: ['a', 'b', 'c'],
    fillSeconds: 60,
    classPage: { median: load(classPageFcpMs), samples: [] },
    projector: { exercise: 'a/spot', median: load(400), samples: [] },
    firstViewAfterStart: {
      classPage: { ...load(firstFcpMs), answeredMs: 900, warmUp: null, quietAfterMs: 1000 },
      projector: { ...load(500), answeredMs: 900, warmUp: null, quietAfterMs: 1000 },
    },
    liveUpdate: { median: live, samples: [] },
    loadAverage: { before: [2.5, 2, 2], after: [3, 2, 2] },
  };
}

/** The interaction figures of a run where input `id` took `ms(id)` ms (the empty page 8 ms). */
function interaction(ms: (id: InputId) => number, longestTaskMs = 30): InteractionResult {
  const window = (busyMs: number) => ({
    busyMs,
    styleLayoutMs: 2,
    paintMs: 2,
    longestTaskMs: Math.min(busyMs, longestTaskMs),
    wallMs: busyMs,
  });
  return {
    path: '/lessons/bench-full-article-spot',
    exerciseId: 'every-cue',
    words: 860,
    origin: 'bench fixture',
    referenceBenchmarkIndex: 264,
    emptyPage: window(8),
    figures: INPUTS.map(({ id, kind, label }) => ({
      id,
      kind,
      label,
      median: window(ms(id)),
      timesEmptyPage: ms(id) / 8,
    })),
    runs: [],
  };
}

function results(change: Partial<BenchResults> = {}): BenchResults {
  return {
    generatedAt: '2026-11-23T12:00:00.000Z',
    mode: 'quick',
    machine: { cpus: 2, loadAverage: [1, 1, 1], node: 'v20', next: '16', chromium: '156' },
    durationSeconds: 100,
    appBuild: parseBuildOutput('✓ Compiled successfully in 40s', 60),
    pageWeight: {
      baseline: page('/', 'home', 0),
      pages: [page('/lessons/a', 'lesson', 14_000), page('/lessons/b', 'lesson', 12_000)],
      anchors: [],
    },
    lighthouse: { runsPerPage: 1, pages: [audited('/lessons/a'), audited('/lessons/b')] },
    interaction: interaction(() => 12),
    buildScaling: {
      builds: [],
      stepSlopes: [0.1, 0.11],
      secondsPerExtraLesson: 0.1,
      wallSecondsPerExtraLesson: 0.1,
      slopeChange: 0.1,
    },
    scoring: scoring(0.05, 30),
    classLoad: {
      generatedAt: '2026-11-23T12:00:00.000Z',
      runs: [loadRun(PGLITE), loadRun(PGLITE_RESTARTED), loadRun(POSTGRES)],
    },
    classDashboard: dashboard(),
    notMeasured: {},
    budgets: [],
    ...change,
  };
}

const failing = (r: BenchResults, mode: 'quick' | 'full') =>
  failedBudgets(judgeBudgets(r, mode)).map((b) => b.id);

describe('the bench budgets', () => {
  it('passes a run that meets every budget, in both modes', () => {
    expect(failing(results(), 'quick')).toEqual([]);
    expect(failing(results(), 'full')).toEqual([]);
  });

  it('judges lesson JS on the heaviest lesson, with its figures, and ignores other pages', () => {
    const over = LESSON_JS_ALLOWANCE + 200;
    const r = results({
      pageWeight: {
        baseline: page('/', 'home', 0),
        pages: [
          page('/lessons/a', 'lesson', 14_000),
          page('/lessons/b', 'lesson', over),
          page('/lessons/b/hand-in', 'other', 40_000),
          page('/lessons/b/teacher', 'teacher', 40_000),
        ],
        anchors: [],
      },
    });
    const [lessonJs] = judgeBudgets(r, 'quick');
    expect(lessonJs).toMatchObject({ id: 'lesson-js', status: 'broken', enforced: true });
    expect(lessonJs!.measured).toBe('largest: +15.2 kB (/lessons/b: 150.1 kB vs 134.9 kB)');
    expect(failing(r, 'quick')).toEqual(['lesson-js']);
  });

  it('in quick mode fails only on figures that do not vary: a slow machine never fails CI', () => {
    const slow = results({
      lighthouse: {
        runsPerPage: 1,
        pages: [audited('/lessons/a', { performance: 90, tbtMs: 400 }), audited('/lessons/b')],
      },
      interaction: interaction(() => 170),
    });
    expect(failing(slow, 'quick')).toEqual([]);
    expect(failing(slow, 'full')).toEqual([
      'lh-performance',
      'lh-tbt',
      'interaction-mark',
      'interaction-move',
      'interaction-check',
      'interaction-first-check',
    ]);

    const inaccessible = results({
      lighthouse: {
        runsPerPage: 1,
        pages: [audited('/lessons/a', { accessibility: 96, cls: 0.02 })],
      },
    });
    expect(failing(inaccessible, 'quick')).toEqual(['lh-accessibility', 'lh-cls']);
  });

  it('judges each row of the interaction table on its slowest input, against its own budget', () => {
    const ms = {
      click: 9,
      space: 12,
      'shift-right': 19,
      'space-marked': 14,
      right: 8,
      left: 8,
      'tab-in': 16,
      'right-marked': 9,
    };
    const r = results({
      interaction: interaction((id) => ms[id as keyof typeof ms] ?? 90),
    });
    const judged = judgeBudgets(r, 'full').filter((b) => b.id.startsWith('interaction-'));
    expect(judged.map((b) => [b.id, b.status, b.measured])).toEqual([
      [
        'interaction-mark',
        'broken',
        'Shift+→ (stretches a mark by a word): 19.0 ms (2.4× the empty page); 1 of 4 inputs over',
      ],
      [
        'interaction-move',
        'met',
        'Tab into the text: 16.0 ms (2.0× the empty page); 0 of 4 inputs over',
      ],
      [
        'interaction-check',
        'met',
        'Check after Try again (both cached): 90.0 ms (11.3× the empty page), longest task 30.0 ms',
      ],
      [
        'interaction-first-check',
        'met',
        'first Check (key and judging code fetched since the first mark): 90.0 ms (11.3× the empty page)',
      ],
    ]);
  });

  it('breaks the cached Check on a task of 50 ms or more, even within 100 ms in all', () => {
    const checkTakes90 = (longestTaskMs: number) =>
      results({ interaction: interaction((id) => (id === 'check' ? 90 : 12), longestTaskMs) });
    expect(failing(checkTakes90(50), 'full')).toEqual(['interaction-check']);
    expect(failing(checkTakes90(49.9), 'full')).toEqual([]);
  });

  it('says why the interactions were not measured', () => {
    const r = results({
      interaction: undefined,
      notMeasured: { interaction: 'No feedback appeared in every-cue within 60 s of Check.' },
    });
    expect(judgeBudgets(r, 'full').find((b) => b.id === 'interaction-first-check')).toMatchObject({
      status: 'not measured',
      measured: 'No feedback appeared in every-cue within 60 s of Check.',
    });
    expect(failing(r, 'quick')).toEqual([]);
  });

  it('judges a committed results.json from before the per-input figures as not measured, without stopping', () => {
    // What `--class-load` alone merges into when the last full run measured one sequence.
    const old = { ...interaction(() => 12), figures: undefined, median: { busyMs: 166 } };
    const r = results({ interaction: old as unknown as InteractionResult });
    expect(judgeBudgets(r, 'full').find((b) => b.id === 'interaction-mark')).toMatchObject({
      status: 'not measured',
      measured: 'measured as one sequence: run the full bench',
    });
  });

  it('fails a build that prints a warning, in both modes, and quotes the first one', () => {
    const log = [
      '✓ Compiled successfully in 40s',
      ' ⚠ Dynamic filesystem access causes tracing of the whole project',
      ' ⚠ Dynamic filesystem access causes tracing of the whole project',
    ].join('\n');
    const r = results({ appBuild: parseBuildOutput(log, 60) });
    expect(failing(r, 'quick')).toEqual(['build-warnings']);
    const ciNotice =
      ' ⚠ No build cache found. Please configure build caching for faster rebuilds. Read more: https://nextjs.org/docs/messages/no-cache';
    expect(failing(results({ appBuild: parseBuildOutput(ciNotice, 60) }), 'quick')).toEqual([]);
    expect(failing(r, 'full')).toEqual(['build-warnings']);
    expect(judgeBudgets(r, 'quick').find((b) => b.id === 'build-warnings')!.measured).toBe(
      '2: ⚠ Dynamic filesystem access causes tracing of the whole project',
    );
  });

  it('counts a measurement that went missing as a failure, and says why', () => {
    const r = results({
      lighthouse: undefined,
      notMeasured: { lighthouse: 'Lighthouse failed on /lessons/a (exit 1):\nstack…' },
    });
    const judged = judgeBudgets(r, 'quick');
    expect(judged.find((b) => b.id === 'lh-accessibility')).toMatchObject({
      status: 'not measured',
      measured: 'Lighthouse failed on /lessons/a (exit 1):',
    });
    expect(failing(r, 'quick')).toEqual(['lh-accessibility', 'lh-best-practices', 'lh-cls']);
  });

  it('judges scoring on one selection and on the cold aggregate, with the load they were taken at, in full mode only', () => {
    const slow = results({ scoring: scoring(0.47, 240) });
    expect(failing(slow, 'quick')).toEqual([]);
    expect(failing(slow, 'full')).toEqual(['score-one', 'aggregate-cold']);
    expect(judgeBudgets(slow, 'full').find((b) => b.id === 'aggregate-cold')).toMatchObject({
      status: 'broken',
      measured: '240.0 ms median at load 6.4',
    });
    const justIn = results({ scoring: scoring(0.1, 50) });
    expect(failing(justIn, 'full')).toEqual([]);
  });

  it('counts a scoring figure the bench did not report as not measured, in full mode', () => {
    const r = results({ scoring: scoring(0.05, null) });
    expect(failing(r, 'quick')).toEqual([]);
    expect(failing(r, 'full')).toEqual(['aggregate-cold']);
    expect(judgeBudgets(r, 'full').find((b) => b.id === 'aggregate-cold')!.measured).toContain(
      `reported no “${COLD_AGGREGATE_FIGURE}”`,
    );
  });

  it('judges build scaling on the cost per extra lesson and how much it grows', () => {
    const steeper = results({
      buildScaling: { ...results().buildScaling!, stepSlopes: [0.1, 0.15], slopeChange: 0.5 },
    });
    expect(failing(steeper, 'full')).toEqual(['build-linear']);
    expect(failing(steeper, 'quick')).toEqual([]);
  });

  it('fails the class load on any event lost or recorded twice, in any run, naming the run', () => {
    const lostInRestart = results({
      classLoad: {
        generatedAt: '',
        runs: [
          loadRun(PGLITE),
          loadRun(PGLITE_RESTARTED, { held: 8996, lost: 4, unsent: 1, acknowledgedMissing: 2 }),
          loadRun(POSTGRES),
        ],
      },
    });
    expect(failing(lostInRestart, 'full')).toEqual(['class-load-lost']);
    expect(
      judgeBudgets(lostInRestart, 'full').find((b) => b.id === 'class-load-lost')!.measured,
    ).toBe('PGlite, restarted halfway: 2 acknowledged and missing, 3 gone, 0 twice of 9000');
    const twice = results({
      classLoad: { generatedAt: '', runs: [loadRun(PGLITE), loadRun(POSTGRES, { duplicates: 1 })] },
    });
    expect(failing(twice, 'full')).toEqual(['class-load-lost']);
  });

  it('counts events still waiting on a device as kept, not lost: the device sends them later', () => {
    const waiting = results({
      classLoad: {
        generatedAt: '',
        runs: [loadRun(PGLITE), loadRun(PGLITE_RESTARTED, { held: 8806, lost: 194, unsent: 194 })],
      },
    });
    expect(failing(waiting, 'full')).toEqual([]);
    expect(judgeBudgets(waiting, 'full').find((b) => b.id === 'class-load-lost')!.measured).toBe(
      '18000 events in 2 runs, none lost or twice (194 still on devices)',
    );
  });

  it('judges write p95 on the PGlite run without a restart: a restart’s slow writes do not count', () => {
    const slowRestart = results({
      classLoad: {
        generatedAt: '',
        runs: [
          loadRun(PGLITE),
          loadRun(PGLITE_RESTARTED, { writeMs: { p50: 30, p95: 900, p99: 2000, max: 5000 } }),
        ],
      },
    });
    expect(failing(slowRestart, 'full')).toEqual([]);
    const slow = results({
      classLoad: {
        generatedAt: '',
        runs: [
          loadRun(PGLITE, {
            writeMs: { p50: 60, p95: CLASS_LOAD_P95_BUDGET_MS + 1, p99: 400, max: 900 },
          }),
        ],
      },
    });
    expect(failing(slow, 'full')).toEqual(['class-load-p95']);
    expect(judgeBudgets(slow, 'full').find((b) => b.id === 'class-load-p95')!.measured).toBe(
      'p95 201 ms (p50 60, p99 400) at load 3.2',
    );
  });

  it('never fails quick mode on the class load, which it does not run; the full run must measure it', () => {
    const skipped = results({
      classLoad: undefined,
      notMeasured: { classLoad: 'skipped in quick mode (each run takes a minute or more)' },
    });
    expect(failing(skipped, 'quick')).toEqual([]);
    expect(failing(skipped, 'full')).toEqual(['class-load-lost', 'class-load-p95']);
  });

  it('judges the class dashboard’s first view on the slowest of its two pages, warm or just after a start, and its live update on main-thread time', () => {
    const slowPage = results({ classDashboard: dashboard(1001, 120) });
    expect(failing(slowPage, 'full')).toEqual(['class-dashboard-first-view']);
    expect(
      judgeBudgets(slowPage, 'full').find((b) => b.id === 'class-dashboard-first-view')!.measured,
    ).toBe(
      'class page 1001 ms (load 1101), projector 400 ms (load 500); first after a start: class page 700 ms, projector 500 ms at load 2.5',
    );
    const slowAfterStart = results({ classDashboard: dashboard(600, 120, 2600) });
    expect(failing(slowAfterStart, 'full')).toEqual(['class-dashboard-first-view']);
    const slowUpdate = results({ classDashboard: dashboard(600, 201) });
    expect(failing(slowUpdate, 'full')).toEqual(['class-dashboard-live']);
    expect(
      judgeBudgets(slowUpdate, 'full').find((b) => b.id === 'class-dashboard-live')!.measured,
    ).toBe('201 ms (longest task 80 ms), shown 450 ms after the post');
    expect(failing(slowUpdate, 'quick')).toEqual([]);
  });
});
