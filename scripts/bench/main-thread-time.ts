/**
 * Main-thread time from a Chromium trace: the summed duration of the renderer main thread's
 * top-level tasks between two instants. Idle time (waiting for the network, for the next key)
 * does not count; script, style, layout and paint do.
 */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
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
  const onMainThread = (e: TraceEvent) => e.pid === anchor.pid && e.tid === anchor.tid;
  const end = events.find((e) => e.name === endMark && onMainThread(e));
  if (!end) throw new Error(`The trace has no “${endMark}” mark: the feedback was never rendered.`);
  const tasks = topLevel(
    events.filter(
      (e) => e.name === 'RunTask' && e.ph === 'X' && onMainThread(e) && e.dur !== undefined,
    ),
  );
  const first = tasks.find((t) => t.ts <= anchor.ts && anchor.ts <= t.ts + t.dur!);
  const start = first ? first.ts : anchor.ts;
  const inside = tasks.filter((t) => t.ts >= start && t.ts <= end.ts);
  const durations = inside.map((t) => Math.min(t.dur!, end.ts - t.ts) / 1000);
  const within = (names: Set<string>) =>
    events
      .filter(
        (e) =>
          names.has(e.name) && e.ph === 'X' && onMainThread(e) && e.ts >= start && e.ts <= end.ts,
      )
      .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  return {
    busyMs: durations.reduce((sum, d) => sum + d, 0),
    styleLayoutMs: within(STYLE_LAYOUT),
    paintMs: within(PAINT),
    longestTaskMs: Math.max(0, ...durations),
    wallMs: (end.ts - start) / 1000,
  };
}
