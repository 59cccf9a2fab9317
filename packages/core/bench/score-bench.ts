/**
 * Scoring benchmark (a measurement, not a timed test):
 *  1. scoring one student's selection against the gold of a full article (every attribution cue
 *     in the LA Times version of the seed story), and
 *  2. aggregating 10,000 submissions into a per-word heatmap of the same article.
 * Prints medians; with --json prints only a JSON object on stdout (for scripts/bench.ts).
 *
 *   npx tsx bench/score-bench.ts [--json] [--runs N]
 */
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../src/corpus/load-corpus';
import type { Article, Span } from '../src/corpus/types';
import { aggregateSpans, buildSpotKey, scoreSpot } from '../src/quiz';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 200;
const SUBMISSIONS = 10_000;
const ARTICLE_ID = 'ap-landmines-latimes';

const { corpus } = loadCorpus();
const article: Article | undefined = corpus.articles.find((a) => a.id === ARTICLE_ID);
if (!article) throw new Error(`The benchmark needs the seed article ${ARTICLE_ID} in packages/core/corpus.`);
const text = article.text;
const key = buildSpotKey(article, { kinds: ['attribution'], role: 'cue' });
const gold = key.gold.filter((g) => !g.borderline);

// A deterministic pseudo-random source, so every run measures the same work.
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20241120);

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

function time(run: () => void, runs: number, warmup = Math.min(20, runs)): number[] {
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
  node: process.version,
};

if (json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  console.log(`Scoring benchmark on ${ARTICLE_ID}: ${result.passageWords} words, ${result.goldItems} cues to find.`);
  console.log(`  score one selection:            median ${result.scoreOneSelection.medianMs} ms, p95 ${result.scoreOneSelection.p95Ms} ms (${RUNS} runs)`);
  console.log(`  aggregate ${SUBMISSIONS} submissions:   median ${result.aggregate.medianMs} ms, p95 ${result.aggregate.p95Ms} ms (${aggregateRuns} runs)`);
}
