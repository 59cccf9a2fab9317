/**
 * Main-thread time from a Chromium trace: the summed duration of the renderer main thread's
 * top-level tasks between two instants. Idle time (waiting for the network, for the next key)
 * does not count; script, style, layout and paint do.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string }; beginData?: { url?: string } };
}

export interface MainThreadWindow {
  /** Main-thread busy time inside the window, in ms. */
  busyMs: number;
  /** Of which style recalculation and layout, and paint (prepaint, paint, layerize, commit): the
   * rest is script (event handlers, React, scoring, JSON parsing) and garbage collection. */
  styleLayoutMs: number;
  paintMs: number;
  /** The longest single task inside it: above 16 ms, a frame is dropped. */
  longestTaskMs: number;
  /** Wall-clock length of the window, in ms (includes network and idle time). */
  wallMs: number;
}

export function parseTrace(json: string): TraceEvent[] {
  const parsed = JSON.parse(json) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

// Renderer trace events of the rendering pipeline; none of them nests inside another of its set.
const STYLE_LAYOUT = new Set(['UpdateLayoutTree', 'Layout']);
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit']);

/** Drops tasks run inside another (nested run loops), which would otherwise be counted twice. */
function topLevel(tasks: TraceEvent[]): TraceEvent[] {
  let busyUntil = -Infinity;
  return [...tasks]
    .sort((a, b) => a.ts - b.ts)
    .filter((task) => {
      if (task.ts < busyUntil) return false;
      busyUntil = task.ts + task.dur!;
      return true;
    });
}

/**
 * From the start of the task that dispatched the first `startEvent` DOM event (e.g. the keydown
 * of the last key of a selection) to the user-timing mark `endMark`, on the main thread of the
 * renderer that dispatched it.
 */
export function mainThreadWindow(
  events: TraceEvent[],
  startEvent: string,
  endMark: string,
): MainThreadWindow {
  const dispatch = events
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === startEvent)
    .sort((a, b) => a.ts - b.ts)[0];
  if (!dispatch)
    throw new Error(`The trace has no ${startEvent} event: the key never reached the page.`);
  return busyFrom(events, dispatch, endMark);
}

/**
 * From the task that set the user-timing mark `startMark` to the mark `endMark`, on its main
 * thread: for work the page did not start itself (a message from the server, marked by the
 * bench just before it makes the server send it).
 */
export function mainThreadBetweenMarks(
  events: TraceEvent[],
  startMark: string,
  endMark: string,
): MainThreadWindow {
  const mark = events.find((e) => e.name === startMark);
  if (!mark) throw new Error(`The trace has no “${startMark}” mark.`);
  return busyFrom(events, mark, endMark);
}

function busyFrom(events: TraceEvent[], anchor: TraceEvent, endMark: string): MainThreadWindow {
  const end = events.find((e) => e.name === endMark && sameThread(e, anchor));
  if (!end) throw new Error(`The trace has no “${endMark}” mark: the feedback was never rendered.`);
  return busyBetween(events, anchor, end.ts);
}

const sameThread = (e: TraceEvent, other: TraceEvent) => e.pid === other.pid && e.tid === other.tid;

function mainTasks(events: TraceEvent[], thread: TraceEvent): TraceEvent[] {
  return topLevel(
    events.filter(
      (e) => e.name === 'RunTask' && e.ph === 'X' && sameThread(e, thread) && e.dur !== undefined,
    ),
  );
}

/** From the start of the task running at `anchor` (or the anchor itself) to `endTs`, on its thread. */
function busyBetween(events: TraceEvent[], anchor: TraceEvent, endTs: number): MainThreadWindow {
  const tasks = mainTasks(events, anchor);
  const first = tasks.find((t) => t.ts <= anchor.ts && anchor.ts <= t.ts + t.dur!);
  const start = first ? first.ts : anchor.ts;
  const inside = tasks.filter((t) => t.ts >= start && t.ts <= endTs);
  const durations = inside.map((t) => Math.min(t.dur!, endTs - t.ts) / 1000);
  const within = (names: Set<string>) => timeOf(events, names, anchor, start, endTs);
  return {
    busyMs: durations.reduce((sum, d) => sum + d, 0),
    styleLayoutMs: within(STYLE_LAYOUT),
    paintMs: within(PAINT),
    longestTaskMs: Math.max(0, ...durations),
    wallMs: (endTs - start) / 1000,
  };
}

export interface InputSpan {
  /** The user-timing mark the bench sets just before it sends the input. */
  readonly after: string;
  /** The DOM event that carries the input: `keydown` for a key, `pointerdown` for a click. */
  readonly input: string;
  /**
   * A mark the page sets when the result is in the DOM, for a result that comes later than the
   * input's own task (the feedback after Check); without it, the input's dispatch is the change.
   */
  readonly shownMark?: string;
}

/**
 * One interaction as a student feels it (the way INP counts one): from the start of the task that
 * dispatches its input event to the end of the main-thread task that paints the first frame after
 * the result is in the DOM (that task holds the frame's style, layout, paint and its commit to
 * the compositor). `busyMs` sums the main thread's top-level tasks in that span; `wallMs` is its
 * length (idle time and the network included).
 */
export function inputToPaint(events: TraceEvent[], span: InputSpan): MainThreadWindow {
  const after = events.find((e) => e.name === span.after);
  if (!after) throw new Error(`The trace has no “${span.after}” mark.`);
  const dispatch = events
    .filter(
      (e) =>
        e.name === 'EventDispatch' &&
        e.args?.data?.type === span.input &&
        e.ts >= after.ts &&
        sameThread(e, after),
    )
    .sort((a, b) => a.ts - b.ts)[0];
  if (!dispatch)
    throw new Error(
      `The trace has no ${span.input} event after “${span.after}”: the input never reached the page.`,
    );
  let shownAt = dispatch.ts + (dispatch.dur ?? 0);
  if (span.shownMark) {
    const shown = events.find(
      (e) => e.name === span.shownMark && e.ts >= dispatch.ts && sameThread(e, dispatch),
    );
    if (!shown)
      throw new Error(
        `The trace has no “${span.shownMark}” mark after the ${span.input}: the result never reached the page.`,
      );
    shownAt = shown.ts;
  }
  const paint = events
    .filter((e) => e.name === 'Paint' && e.ph === 'X' && e.ts >= shownAt && sameThread(e, dispatch))
    .sort((a, b) => a.ts - b.ts)[0];
  if (!paint)
    throw new Error(
      `The trace has no frame painted after the ${span.input} following “${span.after}”: the trace stopped too early.`,
    );
  const frame = mainTasks(events, dispatch).find(
    (t) => t.ts <= paint.ts && paint.ts <= t.ts + t.dur!,
  );
  return busyBetween(events, dispatch, frame ? frame.ts + frame.dur! : paint.ts + (paint.dur ?? 0));
}

export interface LoadBlocking {
  /** Each top-level task's time beyond 50 ms, summed, for the tasks that ended before the first contentful paint. */
  beforePaintMs: number;
  /** The same for the tasks that ended after it, to the end of the trace: what TBT counts (to TTI). */
  afterPaintMs: number;
  /** The longest task after the first contentful paint. */
  longestAfterPaintMs: number;
  /**
   * The long tasks after the paint, their whole time, and of it style and layout (a long page laid
   * out as the parser delivers it) and paint; the rest is script, HTML parsing and the framework's
   * start. Says whether a page blocks more than another by its script or by its size.
   */
  longTasksAfterPaintMs: number;
  longTasksStyleLayoutMs: number;
  longTasksPaintMs: number;
}

/** A task's time beyond this is “blocking” (Lighthouse's TBT, the long-task API). */
const LONG_TASK_MS = 50;

/**
 * How long the main thread of the renderer that parsed `url` was blocked while the page loaded,
 * split at its first contentful paint. TBT counts only after the paint, so a page that paints
 * before its scripts run has all their work counted, and one that paints after has little.
 */
export function blockingAroundFirstPaint(events: TraceEvent[], url: string): LoadBlocking {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) throw new Error(`The trace has no parsing of ${url}: the page never loaded.`);
  const paint = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === parse.pid);
  if (!paint) throw new Error(`The trace has no first contentful paint of ${url}.`);
  let beforePaintMs = 0;
  let afterPaintMs = 0;
  let longestAfterPaintMs = 0;
  let longTasksAfterPaintMs = 0;
  let longTasksStyleLayoutMs = 0;
  let longTasksPaintMs = 0;
  for (const task of mainTasks(events, parse)) {
    const ms = task.dur! / 1000;
    const blocking = Math.max(0, ms - LONG_TASK_MS);
    if (task.ts + task.dur! <= paint.ts) beforePaintMs += blocking;
    else {
      afterPaintMs += blocking;
      longestAfterPaintMs = Math.max(longestAfterPaintMs, ms);
      if (!blocking) continue;
      const within = (names: Set<string>) =>
        timeOf(events, names, task, task.ts, task.ts + task.dur!);
      longTasksAfterPaintMs += ms;
      longTasksStyleLayoutMs += within(STYLE_LAYOUT);
      longTasksPaintMs += within(PAINT);
    }
  }
  return {
    beforePaintMs,
    afterPaintMs,
    longestAfterPaintMs,
    longTasksAfterPaintMs,
    longTasksStyleLayoutMs,
    longTasksPaintMs,
  };
}

/** The time of the events named `names` that began from `from` to `to` on `thread`'s thread, in ms. */
function timeOf(
  events: TraceEvent[],
  names: Set<string>,
  thread: TraceEvent,
  from: number,
  to: number,
): number {
  return events
    .filter(
      (e) =>
        names.has(e.name) && e.ph === 'X' && sameThread(e, thread) && e.ts >= from && e.ts <= to,
    )
    .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
}
