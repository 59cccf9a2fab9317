/**
 * One cold first call of `aggregateSpans`, for score-bench.ts: run in a fresh process, it reads
 * the submissions, imports the public quiz API, and times only the first call (the import and
 * the reading are left out), as a teacher's dashboard meets it after a deploy. Prints JSON.
 *
 *   node --import tsx bench/cold-aggregate.ts INPUT.json   (add --cpu-prof to see where it goes)
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Span } from '../src/corpus/types';

const inputFile = process.argv[2];
if (!inputFile) throw new Error('Usage: node --import tsx bench/cold-aggregate.ts INPUT.json');
const input = JSON.parse(readFileSync(inputFile, 'utf8')) as {
  text: string;
  passage: Span;
  submissions: Span[][];
};

const { aggregateSpans } = await import('../src/quiz');
const started = performance.now();
const cpuBefore = process.cpuUsage();
const { counts } = aggregateSpans(input.text, input.passage, input.submissions);
const cpu = process.cpuUsage(cpuBefore);
const firstCallMs = performance.now() - started;
// The process's CPU time over the call (all its threads: the compiler's and the collector's too),
// in ms: on a shared machine the wall-clock time is mostly waiting for a core.
const firstCallCpuMs = (cpu.user + cpu.system) / 1000;

// The selected-word total lets the caller check that the cold call did the same work as its own.
process.stdout.write(
  `${JSON.stringify({ firstCallMs, firstCallCpuMs, selectedWords: counts.reduce((a, b) => a + b, 0) })}\n`,
);
