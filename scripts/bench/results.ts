import type { ScalingResult } from './build-scaling';
import type { ClassDashboardResult } from './class-dashboard';
import type { ClassLoadRun } from './class-load-scenarios';
import type { BuildTiming } from './next-build';
import type { InteractionResult } from './interaction-cost';
import type { LighthouseResult } from './lighthouse-audit';
import type { PageWeight } from './page-weight';
import type { ScoreSpeedResult } from './score-speed';

export type Mode = 'full' | 'quick';

export interface BudgetResult {
  id: string;
  budget: string;
  measured: string;
  status: 'met' | 'broken' | 'not measured';
  /** Whether `--check` fails the run on it: in quick mode only the figures that do not vary. */
  enforced: boolean;
}

/** Everything one run measured; `bench/results.json` holds exactly this. Bytes, ms, seconds. */
export interface BenchResults {
  generatedAt: string;
  mode: Mode;
  machine: { cpus: number; loadAverage: number[]; node: string; next: string; chromium: string };
  durationSeconds: number;
  pageWeight?: {
    baseline: PageWeight;
    pages: PageWeight[];
    /** JS of other interactive-exercise tools, gzip bytes, for scale. */
    anchors: { name: string; jsGzip: number }[];
  };
  lighthouse?: {
    runsPerPage: number;
    baseline?: LighthouseResult;
    pages: LighthouseResult[];
  };
  /** Each input of the 860-word Spot, at the calibrated slowdown, beside the empty page's keypress. */
  interaction?: InteractionResult;
  buildScaling?: ScalingResult;
  /** The run's first cold build of the real lessons, the one every other figure is measured on. */
  appBuild?: BuildTiming;
  scoring?: ScoreSpeedResult;
  /** The class server under simulated students (full mode, or `--class-load` alone). */
  classLoad?: { generatedAt: string; runs: ClassLoadRun[] };
  /** The teacher's dashboard with a class of 300 (full mode, or `--class-dashboard` alone). */
  classDashboard?: ClassDashboardResult;
  /** Each part that was not measured, and why. */
  notMeasured: Record<string, string>;
  budgets: BudgetResult[];
}
