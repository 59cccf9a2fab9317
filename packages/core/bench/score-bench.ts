/**
 * Scoring benchmark (a measurement, not a timed test):
 *  1. scoring one student's selection against the gold of a full article (every attribution cue
 *     in the LA Times version of the seed story), and
 *  2. aggregating 10,000 submissions into a per-word heatmap of the same article, warm (the
 *     same process, after warm-up calls) and cold (the first call in a fresh process each time,
 *     as after a deploy: bench/cold-aggregate.ts).
 * Prints medians and the machine's load average (the machine is shared: a figure means little
 * without it); with --json prints only a JSON object on stdout (for scripts/bench.ts).
 *
 *   npx tsx bench/score-bench.ts [--json] [--runs N] [--cold-runs N]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus/load-corpus';
import type { Article, Span } from '../src/corpus/types';
import { aggregateSpans, buildSpotKey, scoreSpot } from '../src/quiz';
import { seededRandom } from './seeded-random';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runsArg = args.indexOf('--runs');
// Scoring one selection takes about 0.05 ms: 200 calls were 10 ms, before V8 had finished
// optimizing the code, and three runs at load 1.8 gave medians of 0.045, 0.090 and 0.226 ms. The
// steady figure needs thousands of calls after a thousand to warm up: 0.013-0.020 ms in three runs.
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 2000;
const coldRunsArg = args.indexOf('--cold-runs');
const COLD_RUNS = coldRunsArg >= 0 ? Number(args[coldRunsArg + 1]) : 7;
const SUBMISSIONS = 10_000;
const ARTICLE_ID = 'ap-landmines-latimes';

const loadBefore = loadavg();
const { corpus } = loadCorpus();
const article: Article | undefined = corpus.articles.find((a) => a.id === ARTICLE_ID);
if (!article) throw new Error(`The benchmark needs the seed article ${ARTICLE_ID} in packages/core/corpus.`);
const text = article.text;
const key = buildSpotKey(article, { kinds: ['attribution'], role: 'cue' });
const gold = key.gold.filter((g) => !g.borderline);

const random = seededRandom(20241120);

/** A plausible student answer: most cues (some with their source), a few wrong words, raw offsets. */
function studentAnswer(): Span[] {
  const spans: Span[] = [];
  for (const g of gold) {
    if (random() < 0.8) spans.push(random() < 0.5 ? g.span : g.extent);
  }
  const { start, end } = key.passage;
  for (let i = 0; i < 3; i += 1) {
    const at = start + Math.floor(random() * (end - start - 20));
    spans.push({ start: at, end: at + 1 + Math.floor(random() * 20) });
  }
  return spans;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time(run: () => void, runs: number, warmup = Math.min(1000, runs)): number[] {
  for (let i = 0; i < warmup; i += 1) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times;
}

const answers = Array.from({ length: RUNS }, studentAnswer);
let next = 0;
const scoreTimes = time(() => {
  scoreSpot(text, key, answers[next++ % answers.length]!);
}, RUNS);

const submissions = Array.from({ length: SUBMISSIONS }, studentAnswer);
const aggregateRuns = Math.max(5, Math.round(RUNS / 20));
const aggregateTimes = time(() => {
  aggregateSpans(text, key.passage, submissions);
}, aggregateRuns, 2);

/**
 * The first call of `aggregateSpans` in a fresh Node process, once per process: what a cold
 * server pays before the JIT has seen the code. Each process checks it counted what this one did.
 */
function coldAggregateTimes(expectedSelectedWords: number): { wall: number; cpu: number }[] {
  const dir = mkdtempSync(join(tmpdir(), 'score-bench-'));
  try {
    const input = join(dir, 'input.json');
    writeFileSync(input, JSON.stringify({ text, passage: key.passage, submissions }));
    const script = fileURLToPath(new URL('./cold-aggregate.ts', import.meta.url));
    return Array.from({ length: COLD_RUNS }, () => {
      const out = execFileSync(process.execPath, ['--import', 'tsx', script, input], { encoding: 'utf8' });
      const { firstCallMs, firstCallCpuMs, selectedWords } = JSON.parse(out) as {
        firstCallMs: number;
        firstCallCpuMs: number;
        selectedWords: number;
      };
      if (selectedWords !== expectedSelectedWords) {
        throw new Error(`A cold aggregate counted ${selectedWords} selected words, the warm one ${expectedSelectedWords}.`);
      }
      return { wall: firstCallMs, cpu: firstCallCpuMs };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const warmSelectedWords = aggregateSpans(text, key.passage, submissions).counts.reduce((a, b) => a + b, 0);
const cold = coldAggregateTimes(warmSelectedWords);
const coldTimes = cold.map((c) => c.wall);
const loadAfter = loadavg();

const round = (ms: number) => Math.round(ms * 1000) / 1000;
const result = {
  article: ARTICLE_ID,
  passageWords: aggregateSpans(text, key.passage, []).tokens.length,
  goldItems: gold.length,
  scoreOneSelection: { runs: RUNS, medianMs: round(median(scoreTimes)), p95Ms: round(percentile(scoreTimes, 95)) },
  aggregate: {
    submissions: SUBMISSIONS,
    runs: aggregateRuns,
    medianMs: round(median(aggregateTimes)),
    p95Ms: round(percentile(aggregateTimes, 95)),
  },
  coldAggregate: {
    submissions: SUBMISSIONS,
    processes: COLD_RUNS,
    medianMs: round(median(coldTimes)),
    maxMs: round(Math.max(...coldTimes)),
    /** The process's CPU time over the same call: less bent by a busy machine than the wall clock. */
    cpuMedianMs: round(median(cold.map((c) => c.cpu))),
  },
  /** 1, 5 and 15 minute load averages before and after the run. */
  loadAverage: { before: loadBefore.map(round), after: loadAfter.map(round) },
  node: process.version,
};

if (json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  console.log(`Scoring benchmark on ${ARTICLE_ID}: ${result.passageWords} words, ${result.goldItems} cues to find.`);
  console.log(`  score one selection:            median ${result.scoreOneSelection.medianMs} ms, p95 ${result.scoreOneSelection.p95Ms} ms (${RUNS} runs)`);
  console.log(`  aggregate ${SUBMISSIONS} submissions:   median ${result.aggregate.medianMs} ms, p95 ${result.aggregate.p95Ms} ms (${aggregateRuns} runs)`);
  console.log(`  the same, first call of a process: median ${result.coldAggregate.medianMs} ms, max ${result.coldAggregate.maxMs} ms, CPU time median ${result.coldAggregate.cpuMedianMs} ms (${COLD_RUNS} processes)`);
  console.log(`  load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} after`);
}
