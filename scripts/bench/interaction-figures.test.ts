import {
  INPUTS,
  interactionFigures,
  type InputId,
  type InteractionRun,
} from './interaction-figures';
import type { MainThreadWindow } from './main-thread-time';

const span = (busyMs: number, longestTaskMs = busyMs): MainThreadWindow => ({
  busyMs,
  styleLayoutMs: busyMs / 4,
  paintMs: busyMs / 4,
  longestTaskMs,
  wallMs: busyMs + 5,
});

/** A run where every input took `inputMs` and the empty page's keypress `emptyMs`. */
function run(emptyMs: number, inputMs: (id: InputId) => number): InteractionRun {
  return {
    loadAverage: [12, 11, 10],
    calibration: { benchmarkIndex: 1056, cpuSlowdown: 4, throttledIndex: 270 },
    emptyPage: span(emptyMs),
    inputs: Object.fromEntries(INPUTS.map(({ id }) => [id, span(inputMs(id))])) as Record<
      InputId,
      MainThreadWindow
    >,
  };
}

describe('interaction figures over the runs', () => {
  it('gives every input of issue 20’s table its median over the runs, in the table’s order', () => {
    const runs = [run(10, () => 30), run(10, () => 12), run(10, () => 20)];
    const { figures, emptyPage } = interactionFigures(runs);
    expect(figures.map((f) => [f.kind, f.id])).toEqual([
      ['mark', 'click'],
      ['mark', 'space'],
      ['mark', 'shift-right'],
      ['mark', 'space-marked'],
      ['move', 'right'],
      ['move', 'left'],
      ['move', 'tab-in'],
      ['move', 'right-marked'],
      ['first-check', 'first-check'],
      ['check', 'check'],
    ]);
    expect(figures.every((f) => f.median.busyMs === 20)).toBe(true);
    expect(emptyPage.busyMs).toBe(10);
  });

  it('compares each input with the empty page of its own run, so a slow run does not skew the ratio', () => {
    // The second run is three times slower across the board: the ratio stays 2.
    const runs = [run(10, () => 20), run(30, () => 60), run(12, () => 24)];
    const { figures } = interactionFigures(runs);
    expect(figures.map((f) => f.timesEmptyPage)).toEqual(INPUTS.map(() => 2));
    expect(figures[0]!.median.busyMs).toBe(24);
  });

  it('refuses to make figures out of no runs', () => {
    expect(() => interactionFigures([])).toThrow('no interaction runs to take figures from');
  });
});
