/**
 * Scoring speed: runs the quiz logic's own benchmark (`packages/core/bench/score-bench.ts --json`,
 * owned by the quiz engineer) and keeps every median it reports, whatever shape its JSON takes:
 * each numeric field whose name contains “median” becomes one figure, labelled by where it sits
 * (a `name` or `label` field of the enclosing object is used when there is one).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './bench-paths';

const execFileAsync = promisify(execFile);

export const SCORE_BENCH = 'packages/core/bench/score-bench.ts';

/** The figures the budgets judge, as `collectMedians` names them. */
export const SCORE_ONE_FIGURE = 'scoreOneSelection › medianMs';
export const COLD_AGGREGATE_FIGURE = 'coldAggregate › medianMs';

export interface ScoreFigure {
  name: string;
  value: number;
}

export interface ScoreSpeedResult {
  figures: ScoreFigure[];
  /** The 1, 5 and 15 minute load averages when the benchmark started, if it reports them. */
  loadAverage: number[] | null;
  /** The benchmark's own JSON, kept whole in results.json. */
  raw: unknown;
}

function labelOf(value: Record<string, unknown>, fallback: string): string {
  const own = value.name ?? value.label ?? value.id;
  return typeof own === 'string' ? own : fallback;
}

export function collectMedians(value: unknown, path: string[] = []): ScoreFigure[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => collectMedians(item, [...path, String(i)]));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const here = path.length ? [...path.slice(0, -1), labelOf(record, path[path.length - 1]!)] : [];
  return Object.entries(record).flatMap(([key, inner]) =>
    typeof inner === 'number' && /median/i.test(key)
      ? [{ name: [...here, key].join(' › '), value: inner }]
      : collectMedians(inner, [...here, key]),
  );
}

export async function measureScoreSpeed(): Promise<ScoreSpeedResult> {
  if (!existsSync(join(repoRoot, SCORE_BENCH))) {
    throw new Error(
      `${SCORE_BENCH} does not exist yet: the quiz logic's benchmark is not written.`,
    );
  }
  const tsx = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
  let stdout: string;
  try {
    ({ stdout } = await execFileAsync(process.execPath, [tsx, SCORE_BENCH, '--json'], {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    const { code, stderr } = error as { code?: number; stderr?: string };
    throw new Error(`${SCORE_BENCH} --json failed (exit ${code}):\n${stderr?.slice(-2000) ?? ''}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(stdout);
  } catch {
    throw new Error(
      `${SCORE_BENCH} --json printed something other than JSON:\n${stdout.slice(0, 1000)}`,
    );
  }
  return { figures: collectMedians(raw), loadAverage: loadAverageOf(raw), raw };
}

export function loadAverageOf(raw: unknown): number[] | null {
  const before = (raw as { loadAverage?: { before?: unknown } } | null)?.loadAverage?.before;
  return Array.isArray(before) && before.every((l) => typeof l === 'number') ? before : null;
}
