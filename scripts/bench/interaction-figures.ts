/**
 * The interactions the bench times on the 860-word Spot, and how its runs become figures: each
 * input's median over the runs, and its median ratio to the empty Next page's keypress measured
 * in the same run (same browser, same calibrated slowdown, same load), so that a figure can be
 * compared across machines and days.
 */
import type { CpuCalibration } from './cpu-calibration';
import type { MainThreadWindow } from './main-thread-time';
import { median, medianOf } from './stats';

/** The rows of issue 20's table: each budget covers every input of its row. */
export type InteractionKind = 'mark' | 'move' | 'check' | 'first-check';

export const INPUTS = [
  { id: 'click', kind: 'mark', label: 'click a word (marks it)' },
  { id: 'space', kind: 'mark', label: 'Space (unmarks the clicked word)' },
  { id: 'shift-right', kind: 'mark', label: 'Shift+→ (stretches a mark by a word)' },
  { id: 'space-marked', kind: 'mark', label: 'Space, 25 phrases marked (marks a word)' },
  { id: 'right', kind: 'move', label: '→ (next word)' },
  { id: 'left', kind: 'move', label: '← (previous word)' },
  { id: 'tab-in', kind: 'move', label: 'Tab into the text' },
  { id: 'right-marked', kind: 'move', label: '→, 25 phrases marked' },
  {
    id: 'first-check',
    kind: 'first-check',
    label: 'first Check (key and judging code fetched since the first mark)',
  },
  { id: 'check', kind: 'check', label: 'Check after Try again (both cached)' },
] as const satisfies readonly { id: string; kind: InteractionKind; label: string }[];

export type InputId = (typeof INPUTS)[number]['id'];

/** One run: its machine state, its calibration, the empty page's keypress and each input. */
export interface InteractionRun {
  /** os.loadavg() as the run began (1, 5, 15 minutes). */
  loadAverage: number[];
  calibration: CpuCalibration;
  emptyPage: MainThreadWindow;
  inputs: Record<InputId, MainThreadWindow>;
}

export interface InteractionFigure {
  id: InputId;
  kind: InteractionKind;
  label: string;
  median: MainThreadWindow;
  /** Median over the runs of (this input's main-thread ms ÷ the empty page's, same run). */
  timesEmptyPage: number;
}

export function interactionFigures(runs: readonly InteractionRun[]): {
  emptyPage: MainThreadWindow;
  figures: InteractionFigure[];
} {
  if (runs.length === 0) throw new Error('no interaction runs to take figures from');
  return {
    emptyPage: medianOf(runs.map((r) => r.emptyPage)),
    figures: INPUTS.map(({ id, kind, label }) => ({
      id,
      kind,
      label,
      median: medianOf(runs.map((r) => r.inputs[id])),
      timesEmptyPage: median(runs.map((r) => r.inputs[id].busyMs / r.emptyPage.busyMs)),
    })),
  };
}
