import { mainThreadBetweenMarks, mainThreadWindow, parseTrace } from './main-thread-time';

// A renderer main thread (pid 1, tid 10) and a compositor thread (tid 20); times in µs.
const MAIN = { pid: 1, tid: 10 };
const task = (ts: number, dur: number, thread = MAIN) => ({
  name: 'RunTask',
  ph: 'X',
  ts,
  dur,
  ...thread,
});
const event = (name: string, ts: number, dur: number) => ({ name, ph: 'X', ts, dur, ...MAIN });
const keydown = (ts: number) => ({
  name: 'EventDispatch',
  ph: 'X',
  ts,
  dur: 500,
  ...MAIN,
  args: { data: { type: 'keydown' } },
});
const mark = (ts: number, name = 'bench:done') => ({ name, ph: 'R', ts, ...MAIN });

describe('main-thread time from a Chromium trace', () => {
  const trace = [
    task(0, 5_000), // before the keypress: not counted
    task(10_000, 4_000), // the keydown's task
    keydown(10_500),
    task(11_000, 1_000), // nested in the keydown's task (a nested run loop): counted once
    task(20_000, 3_000, { pid: 1, tid: 20 }), // another thread: not counted
    task(30_000, 6_000), // rendering the feedback
    event('UpdateLayoutTree', 30_500, 1_000),
    event('Layout', 31_500, 2_000),
    event('Paint', 34_000, 1_500),
    mark(40_000),
    task(39_000, 5_000), // running when the mark is set: counted up to the mark
    task(50_000, 9_000), // after the mark: not counted
  ];

  it('sums the busy time of top-level tasks from the keydown to the mark, and splits out rendering', () => {
    expect(mainThreadWindow(trace, 'keydown', 'bench:done')).toEqual({
      busyMs: 4 + 6 + 1,
      styleLayoutMs: 3,
      paintMs: 1.5,
      longestTaskMs: 6,
      wallMs: 30,
    });
  });

  it('counts from the task that set a start mark, for work a server message started', () => {
    const fromMark = [
      ...trace.filter((e) => e.name !== 'EventDispatch'),
      mark(10_500, 'bench:sent'),
    ];
    expect(mainThreadBetweenMarks(fromMark, 'bench:sent', 'bench:done')).toEqual(
      mainThreadWindow(trace, 'keydown', 'bench:done'),
    );
    expect(() => mainThreadBetweenMarks(trace, 'bench:sent', 'bench:done')).toThrow(
      'The trace has no “bench:sent” mark.',
    );
  });

  it('says what is missing when the key or the mark never reached the trace', () => {
    expect(() =>
      mainThreadWindow(
        trace.filter((e) => e.name !== 'EventDispatch'),
        'keydown',
        'bench:done',
      ),
    ).toThrow('The trace has no keydown event: the key never reached the page.');
    expect(() => mainThreadWindow(trace, 'keydown', 'bench:other')).toThrow(
      'The trace has no “bench:other” mark: the feedback was never rendered.',
    );
  });

  it('reads both shapes Chromium writes a trace in', () => {
    const events = [task(0, 1)];
    expect(parseTrace(JSON.stringify(events))).toEqual(events);
    expect(parseTrace(JSON.stringify({ traceEvents: events, metadata: {} }))).toEqual(events);
  });
});
