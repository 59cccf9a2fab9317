import {
  blockingAroundFirstPaint,
  inputToPaint,
  mainThreadBetweenMarks,
  mainThreadWindow,
  parseTrace,
} from './main-thread-time';

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

/**
 * Excerpts of a real Chromium 156 trace of the bench (bench/tmp/interaction-trace.json, the first
 * Check on the 860-word Spot at 3× slowdown, load 13): the events `inputToPaint` reads, with
 * their categories and phases as Chromium writes them; times in µs from the bench's mark.
 */
const THREAD = { pid: 25883, tid: 25883 };
const real = (name: string, cat: string, ts: number, dur?: number, type?: string) => ({
  name,
  cat,
  ph: dur === undefined ? 'I' : 'X',
  ts,
  ...(dur === undefined ? { s: 't' } : { dur }),
  ...THREAD,
  ...(type ? { args: { data: { type } } } : {}),
});
const TIMELINE = 'devtools.timeline';
const TOPLEVEL = 'disabled-by-default-devtools.timeline';
const userMark = (name: string, ts: number) => real(name, 'blink.user_timing', ts);
const runTask = (ts: number, dur: number) => real('RunTask', TOPLEVEL, ts, dur);
const dispatch = (type: string, ts: number, dur: number) =>
  real('EventDispatch', TIMELINE, ts, dur, type);
/** A frame's pipeline as one main-thread task holds it, starting at `ts`. */
const frame = (ts: number, dur: number) => [
  runTask(ts, dur),
  real('UpdateLayoutTree', 'blink,devtools.timeline', ts + 1_000, 2_000),
  real('Layout', TIMELINE, ts + 3_000, 4_000),
  real('PrePaint', TIMELINE, ts + 8_000, 2_000),
  real('Paint', TIMELINE, ts + 11_000, 3_000),
  real('Layerize', TIMELINE, ts + 15_000, 5_000),
  real('Commit', TOPLEVEL, ts + dur - 2_500, 2_000),
];

describe('one interaction, from its input to the next frame painted after the result', () => {
  const firstCheck = [
    userMark('bench:before-first-check', 0),
    runTask(91_514, 1_069), // the bench's own mark, before the input: not counted
    runTask(247_009, 53_332), // Enter: keydown, keypress, click (“Checking…”)
    dispatch('keydown', 248_735, 352),
    dispatch('keypress', 249_120, 47_891),
    dispatch('click', 249_395, 47_609),
    ...frame(300_366, 26_128), // paints “Checking…”: before the feedback, not the end
    runTask(326_512, 5_351),
    dispatch('keyup', 328_217, 2_804),
    runTask(353_072, 68_258), // the key and the judging code arrive and run
    { ...runTask(400_000, 30_000), tid: 25_900 }, // the compositor thread: not counted
    runTask(542_503, 69_807), // scoring and React's update
    userMark('bench:feedback-shown', 609_244),
    ...frame(612_344, 73_021), // paints the feedback: the end
    runTask(687_672, 2_049), // after the frame: not counted
  ];
  const span = {
    after: 'bench:before-first-check',
    input: 'keydown',
    shownMark: 'bench:feedback-shown',
  };

  it('spans from the task dispatching the key to the end of the task painting the feedback', () => {
    const busy = [53_332, 26_128, 5_351, 68_258, 69_807, 73_021].reduce((a, b) => a + b) / 1000;
    expect(inputToPaint(firstCheck, span)).toEqual({
      busyMs: expect.closeTo(busy, 6),
      styleLayoutMs: 12,
      paintMs: 2 * (2 + 3 + 5 + 2),
      longestTaskMs: 73.021,
      wallMs: expect.closeTo((612_344 + 73_021 - 247_009) / 1000, 6),
    });
  });

  it('ends a keypress at the first frame painted after its dispatch, whatever runs after', () => {
    const arrow = [
      userMark('bench:before-right', 0),
      runTask(74_342, 63_789),
      dispatch('keydown', 93_638, 31_167),
      ...frame(158_923, 40_000),
      ...frame(300_000, 20_000), // a later frame: not this key's
    ];
    expect(inputToPaint(arrow, { after: 'bench:before-right', input: 'keydown' })).toMatchObject({
      busyMs: expect.closeTo(63.789 + 40, 6),
      longestTaskMs: 63.789,
      wallMs: expect.closeTo((158_923 + 40_000 - 74_342) / 1000, 6),
    });
  });

  it('takes the input after its own mark, not an earlier one of the same kind', () => {
    const twoKeys = [
      dispatch('keydown', -50_000, 1_000),
      runTask(-50_500, 2_000),
      ...frame(-40_000, 20_000),
      ...firstCheck,
    ];
    expect(inputToPaint(twoKeys, span)).toEqual(inputToPaint(firstCheck, span));
  });

  it('says what is missing when the input, the result or the frame is not in the trace', () => {
    expect(() => inputToPaint(firstCheck, { ...span, after: 'bench:before-check' })).toThrow(
      'The trace has no “bench:before-check” mark.',
    );
    expect(() => inputToPaint(firstCheck, { ...span, input: 'pointerdown' })).toThrow(
      'The trace has no pointerdown event after “bench:before-first-check”: the input never reached the page.',
    );
    const neverShown = firstCheck.filter((e) => e.name !== 'bench:feedback-shown');
    expect(() => inputToPaint(neverShown, span)).toThrow(
      'The trace has no “bench:feedback-shown” mark after the keydown: the result never reached the page.',
    );
    const stoppedEarly = firstCheck.filter((e) => e.ts < 612_000);
    expect(() => inputToPaint(stoppedEarly, span)).toThrow(
      'The trace has no frame painted after the keydown following “bench:before-first-check”: the trace stopped too early.',
    );
  });
});

describe('blocking time of a page load, split at its first contentful paint', () => {
  const url = 'http://127.0.0.1:3000/lessons/who-says-so';
  const OTHER_RENDERER = { pid: 2, tid: 10 };
  const load = [
    { name: 'ParseHTML', ph: 'X', ts: 1_000, dur: 2_000, ...MAIN, args: { beginData: { url } } },
    task(0, 80_000), // 30 ms beyond 50, ends before the paint
    task(90_000, 40_000), // a short task: not blocking
    { name: 'firstContentfulPaint', ph: 'I', ts: 135_000, ...MAIN },
    task(130_000, 70_000), // running at the paint, ends after it: 20 ms after
    task(140_000, 60_000), // nested in the one before (a nested run loop): not counted twice
    event('Layout', 150_000, 10_000), // in the long task running at the paint
    task(300_000, 150_000), // 100 ms after
    event('UpdateLayoutTree', 300_000, 40_000),
    event('Layout', 340_000, 60_000),
    event('Paint', 400_000, 20_000),
    task(500_000, 30_000), // a short task after the paint: its layout is not in the long tasks
    event('Layout', 505_000, 20_000),
    task(100_000, 500_000, OTHER_RENDERER), // another page's renderer: not counted
    { name: 'Layout', ph: 'X', ts: 310_000, dur: 50_000, ...OTHER_RENDERER },
  ];

  it('sums each task’s time beyond 50 ms before and after the paint, on the page’s own main thread', () => {
    expect(blockingAroundFirstPaint(load, url)).toEqual({
      beforePaintMs: 30,
      afterPaintMs: 20 + 100,
      longestAfterPaintMs: 150,
      longTasksAfterPaintMs: 70 + 150,
      longTasksStyleLayoutMs: 10 + 40 + 60,
      longTasksPaintMs: 20,
    });
  });

  it('says which page never loaded or never painted', () => {
    expect(() => blockingAroundFirstPaint(load, `${url}/`)).toThrow(
      `The trace has no parsing of ${url}/: the page never loaded.`,
    );
    expect(() =>
      blockingAroundFirstPaint(
        load.filter((e) => e.name !== 'firstContentfulPaint'),
        url,
      ),
    ).toThrow(`The trace has no first contentful paint of ${url}.`);
  });
});
