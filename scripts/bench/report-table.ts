/** The tables `npm run bench` prints: the same figures as bench/results.json, for a person. */
import { kB } from './budgets';
import type { FirstViewAfterStart, PageLoad } from './class-dashboard';
import type { MainThreadWindow } from './main-thread-time';
import type { BenchResults } from './results';

type Cell = string | number;

function table(title: string, headers: string[], rows: Cell[][], note?: string): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
  // Text columns (the first) align left, figures right.
  const line = (row: string[]) =>
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [
    `\n## ${title}`,
    line(cells[0]!),
    rule,
    ...cells.slice(1).map(line),
    ...(note ? [note] : []),
  ].join('\n');
}

const ms = (value: number) => `${Math.round(value)}`;
const seconds = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(1));

function pageWeightTable({ pageWeight }: BenchResults): string | null {
  if (!pageWeight) return null;
  const { baseline, pages, anchors } = pageWeight;
  const row = (label: string, kind: string, p: typeof baseline) => [
    label,
    kind,
    kB(p.js.raw),
    kB(p.js.gzip),
    kB(p.js.brotli),
    kB(p.css.gzip),
    kB(p.css.brotli),
    p.html ? kB(p.html.gzip) : '–',
    p === baseline ? '(baseline)' : `+${kB(p.jsExcessGzip ?? 0)}`,
  ];
  return table(
    'Page weight (production build; kB = 1,000 bytes)',
    [
      'page',
      'kind',
      'JS raw',
      'JS gzip',
      'JS br',
      'CSS gzip',
      'CSS br',
      'HTML gzip',
      'JS over empty',
    ],
    [
      row('empty App Router page', 'baseline', baseline),
      ...pages.map((p) => row(p.path, p.kind, p)),
      ...anchors.map((a) => [
        a.name,
        'anchor',
        '',
        kB(a.jsGzip),
        '',
        '',
        '',
        '',
        `+${kB(a.jsGzip - baseline.js.gzip)}`,
      ]),
    ],
  );
}

function lighthouseTable({ lighthouse }: BenchResults): string | null {
  if (!lighthouse) return null;
  const rows = [
    ...(lighthouse.baseline ? [{ ...lighthouse.baseline, path: 'empty App Router page' }] : []),
    ...lighthouse.pages,
  ];
  const problems = lighthouse.pages.flatMap((p) => [
    ...p.failedAudits.map((a) => `  ${p.path}: ${a}`),
    ...(p.runs > lighthouse.runsPerPage
      ? [
          `  ${p.path}: audited ${p.runs} times, CLS ${p.samples.map((s) => s.cls.toFixed(3)).join(', ')}`,
        ]
      : []),
  ]);
  return table(
    `Lighthouse 12, mobile, simulated throttling (median of ${lighthouse.runsPerPage} run${lighthouse.runsPerPage > 1 ? 's' : ''})`,
    ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'TBT ms', 'LCP s', 'CLS'],
    rows.map(({ path, median: m }) => [
      path,
      m.performance,
      m.accessibility,
      m.bestPractices,
      m.seo,
      ms(m.tbtMs),
      (m.lcpMs / 1000).toFixed(2),
      m.cls.toFixed(3),
    ]),
    problems.length
      ? `Failed accessibility / best-practices audits, layout shifts:\n${[...new Set(problems)].join('\n')}`
      : undefined,
  );
}

function interactionTable({ interaction }: BenchResults): string | null {
  if (!interaction?.figures) return null;
  const { runs, emptyPage } = interaction;
  const row = (label: string, m: MainThreadWindow, times: string) => [
    label,
    m.busyMs.toFixed(1),
    times,
    m.styleLayoutMs.toFixed(1),
    m.paintMs.toFixed(1),
    (m.busyMs - m.styleLayoutMs - m.paintMs).toFixed(1),
    m.longestTaskMs.toFixed(1),
    ms(m.wallMs),
  ];
  return [
    table(
      `Interaction cost: input → next paint, CPU slowed to benchmarkIndex ${interaction.referenceBenchmarkIndex} (median of ${runs.length} runs)`,
      [
        `${interaction.path}#${interaction.exerciseId} (${interaction.words} words)`,
        'main thread ms',
        '× empty',
        'style+layout',
        'paint',
        'script+other',
        'longest task',
        'wall ms',
      ],
      [
        row('empty Next page: one keypress (baseline)', emptyPage, '1.0'),
        ...interaction.figures.map((f) => row(f.label, f.median, f.timesEmptyPage.toFixed(1))),
      ],
      {
        lesson: 'A lesson’s Spot over the whole LA Times article.',
        'bench fixture':
          'No lesson has a Spot over the whole LA Times article: this is the bench’s fixture lesson (same component, whole article).',
        'stand-in':
          'The fixture lesson’s Spot was not found in the build: this is the largest Spot of any lesson.',
      }[interaction.origin],
    ),
    table(
      'Interaction runs: machine and CPU calibration (Lighthouse benchmarkIndex)',
      ['run', 'load (1 min)', 'benchmarkIndex', 'slowdown', 'index at slowdown'],
      runs.map((r, i) => [
        String(i + 1),
        r.loadAverage[0]!.toFixed(1),
        r.calibration.benchmarkIndex.toFixed(0),
        `${r.calibration.cpuSlowdown}×`,
        r.calibration.throttledIndex.toFixed(0),
      ]),
    ),
  ].join('\n');
}

function appBuildTable({ appBuild }: BenchResults): string | null {
  if (!appBuild) return null;
  return table(
    'Build measured (cold `next build` of a temporary copy, real lessons and the bench fixture)',
    ['build s', 'bundle s', 'typecheck s', 'generate s', 'static pages'],
    [
      [
        seconds(appBuild.seconds),
        seconds(appBuild.compileSeconds),
        seconds(appBuild.typecheckSeconds),
        seconds(appBuild.generateSeconds),
        appBuild.staticPages ?? '–',
      ],
    ],
  );
}

function buildScalingTable({ buildScaling }: BenchResults): string | null {
  if (!buildScaling) return null;
  const { builds, stepSlopes } = buildScaling;
  return table(
    'Build scaling (cold `next build` of a temporary copy)',
    [
      'lessons',
      'build s',
      'bundle s',
      'typecheck s',
      'rest s',
      'of which generate s',
      'static pages',
      's per extra lesson',
    ],
    builds.map((b, i) => [
      b.extraLessons ? `real + ${b.extraLessons}` : 'real',
      seconds(b.seconds),
      seconds(b.compileSeconds),
      seconds(b.typecheckSeconds),
      seconds(b.lessonSeconds),
      seconds(b.generateSeconds),
      b.staticPages ?? '–',
      i === 0 ? '' : stepSlopes[i - 1]!.toFixed(3),
    ]),
    `Per extra lesson, real → +${builds[builds.length - 1]!.extraLessons}: ${buildScaling.secondsPerExtraLesson.toFixed(3)} s ` +
      `on the lesson-dependent rest (${buildScaling.wallSecondsPerExtraLesson.toFixed(3)} s on wall time, bundling and type-checking noise included).`,
  );
}

function scoringTable({ scoring }: BenchResults): string | null {
  if (!scoring) return null;
  return table(
    `Scoring speed (packages/core/bench/score-bench.ts${scoring.loadAverage ? `, load ${scoring.loadAverage.map((l) => l.toFixed(1)).join(' ')}` : ''})`,
    ['figure', 'median'],
    scoring.figures.map((f) => [f.name, f.value < 10 ? f.value.toFixed(3) : f.value.toFixed(1)]),
  );
}

function classLoadTable({ classLoad }: BenchResults): string | null {
  if (!classLoad) return null;
  return table(
    `Class load (simulated students on loopback, ${classLoad.generatedAt})`,
    [
      'run',
      'students',
      'events',
      'events/s',
      'write p50',
      'p95',
      'p99 ms',
      'server RSS',
      'server CPU',
      'accept queue',
      'lost',
      'on device',
      'acked, missing',
      'twice',
      'stop s',
      'restart s',
      'load',
    ],
    classLoad.runs.map((r) => [
      r.scenario.name,
      r.scenario.students,
      r.made,
      r.eventsPerSecond.toFixed(1),
      ms(r.writeMs.p50),
      ms(r.writeMs.p95),
      ms(r.writeMs.p99),
      `${Math.round(r.serverRssPeakBytes / 1e6)} MB`,
      r.serverCpuCores === undefined ? '–' : r.serverCpuCores.toFixed(2),
      r.acceptQueuePeak ?? '–',
      r.lost,
      r.unsent,
      r.acknowledgedMissing,
      r.duplicates,
      r.stopSeconds === null ? '–' : r.stopSeconds.toFixed(1),
      r.restartSeconds === null ? '–' : r.restartSeconds.toFixed(1),
      r.loadAverage.before[0]!.toFixed(1),
    ]),
    'Write: one POST /api/class/events answered 200 (a batch, usually of one event). RSS: peak of the app servers. ' +
      'Server CPU: cores the app servers used over the run (one Node thread saturates at about 1); accept queue: ' +
      'most connections waiting to be accepted at once. ' +
      'Lost: made by a device and not in the export; on device: of those, still waiting on a device when the bench ' +
      'stopped waiting (2 minutes after its last event); acked, missing: answered recorded (or duplicate) ' +
      'and not in the export; twice: rows beyond one per event id. Stop: SIGTERM to exit; restart: SIGTERM to answering again.',
  );
}

function classDashboardTable({ classDashboard: d }: BenchResults): string | null {
  if (!d) return null;
  const load = (name: string, l: PageLoad) => [
    name,
    ms(l.serverMs),
    ms(l.firstContentfulPaintMs),
    ms(l.loadMs),
    `${kB(l.htmlBytes)} (${kB(l.htmlDecodedBytes)})`,
  ];
  const live = d.liveUpdate.median;
  const { classPage: firstClassPage, projector: firstProjector } = d.firstViewAfterStart;
  const warmed = (f: FirstViewAfterStart) =>
    `${f.warmUp ? `read ahead ${ms(f.warmUp.atMs)} ms after the start` : 'no warm-up line'}, ` +
    (f.quietAfterMs === null ? 'never quiet' : `quiet ${ms(f.quietAfterMs)} ms later`);
  return [
    table(
      `Class dashboard, ${d.students} students × ${d.events / d.students} events (medians of ${d.classPage.samples.length} first views, load ${d.loadAverage.before[0]!.toFixed(1)})`,
      ['page', 'server ms', 'FCP ms', 'load ms', 'HTML sent (parsed)'],
      [
        load('class page', d.classPage.median),
        load(`projector, ${d.projector.exercise}`, d.projector.median),
        load('class page, first after a start', firstClassPage),
        load('projector, first after a start', firstProjector),
      ],
      `First after a start: each on a freshly started server, once it answered (${ms(firstClassPage.answeredMs)} and ${ms(firstProjector.answeredMs)} ms after the start) and ` +
        `${warmed(firstClassPage)} (${warmed(firstProjector)} for the projector's).`,
    ),
    table(
      `Class dashboard: a live update (median of ${d.liveUpdate.samples.length} Checks)`,
      [
        'main thread ms',
        'style+layout',
        'paint',
        'longest task',
        'wall ms',
        'update fetched (parsed)',
      ],
      [
        [
          ms(live.busyMs),
          ms(live.styleLayoutMs),
          ms(live.paintMs),
          ms(live.longestTaskMs),
          ms(live.wallMs),
          `${kB(live.refreshBytes)} (${kB(live.refreshDecodedBytes)})`,
        ],
      ],
      'Wall: from the bench marking the page just before the device posts its Check to the frame after the roster shows it.',
    ),
  ].join('\n');
}

function budgetTable({ budgets, mode }: BenchResults): string {
  return table(
    `Budgets (${mode} mode)`,
    ['budget', 'status', 'measured'],
    budgets.map((b) => [b.budget, b.enforced ? b.status : `${b.status}, not enforced`, b.measured]),
  );
}

export function formatReport(results: BenchResults): string {
  const missing = Object.entries(results.notMeasured).map(
    ([part, why]) => `  ${part}: ${why.replaceAll('\n', '\n    ')}`,
  );
  const { machine } = results;
  return [
    `# npm run bench (${results.mode}) — ${results.generatedAt}, ${results.durationSeconds.toFixed(0)} s`,
    `Next ${machine.next}, Node ${machine.node}, ${machine.chromium}, ${machine.cpus} CPUs, load ${machine.loadAverage.map((l) => l.toFixed(1)).join(' ')}`,
    pageWeightTable(results),
    lighthouseTable(results),
    interactionTable(results),
    appBuildTable(results),
    buildScalingTable(results),
    scoringTable(results),
    classLoadTable(results),
    classDashboardTable(results),
    missing.length ? `\n## Not measured\n${missing.join('\n')}` : null,
    budgetTable(results),
  ]
    .filter(Boolean)
    .join('\n');
}
