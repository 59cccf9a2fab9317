/**
 * One simulated student on their own device: joins the class with its code (the route a
 * student's join page calls), then does a lesson's worth of work at random moments, each event
 * handed to the device's own outbox sender (`apps/web/lib/class-device`: batches, ids made here,
 * retry with backoff on a network error, a 429 or a 5xx), so a server restarted mid-run is
 * survived the way a real device survives it. Only `fetch` is the bench's: it adds the origin and
 * the headers a browser sends, and times every write.
 */
import type { Joined, ClassLesson } from '@sayswho/classroom';
import { backoffMs } from '../../apps/web/lib/class-device/backoff';
import { createOutboxSender } from '../../apps/web/lib/class-device/outbox-sender';
import { memoryOutbox } from '../../apps/web/lib/class-device/outbox-store';
import { lessonEvents, type Random } from './class-load-events';

/** What every device of a run adds to: each write's time, and the requests that failed. */
export interface LoadRecorder {
  /** ms from sending a batch of events to the server's answer, for each answered 200. */
  readonly writeMs: number[];
  /** Requests that did not get a 200: status 0 for a network error (a restart), else the status. */
  readonly failed: Map<number, number>;
  joinRetries: number;
}

export function newRecorder(): LoadRecorder {
  return { writeMs: [], failed: new Map(), joinRetries: 0 };
}

export interface StudentPlan {
  readonly origin: string;
  readonly joinCode: string;
  readonly name: string;
  readonly lesson: ClassLesson;
  readonly events: number;
  /** When the student joins and when their last event is made, in ms from the run's start. */
  readonly joinAtMs: number;
  readonly doneByMs: number;
  /** The school's address, sent as X-Forwarded-For (the server trusts it with TRUST_PROXY=1). */
  readonly forwardedFor: string | null;
  /** How long the device keeps trying after its last event before the bench gives up on it. */
  readonly drainMs: number;
}

export interface StudentOutcome {
  /** The id of every event the device made, but answers a later answer replaced before they were sent. */
  readonly made: string[];
  /** Answers a later one replaced in the outbox (within a second: coalesce-answers.ts). */
  readonly replaced: number;
  /** The ids the server answered `recorded` or `duplicate`: the device has let go of them. */
  readonly acknowledged: string[];
  /** Events the server answered `duplicate` (a retry of one it had recorded: after a restart). */
  readonly duplicates: number;
  /** Events the server refused (kept on the device): a bench event the kit does not accept. */
  readonly rejected: string[];
  /** Events still on the device when the bench stopped waiting. */
  readonly unsent: number;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

function browserHeaders(plan: StudentPlan, headers: HeadersInit | undefined): Headers {
  const all = new Headers(headers);
  all.set('Origin', plan.origin);
  if (plan.forwardedFor) all.set('X-Forwarded-For', plan.forwardedFor);
  return all;
}

/** Joins as a student presses "Join" again after a failure: with the device's backoff. */
async function join(plan: StudentPlan, recorder: LoadRecorder, random: Random): Promise<Joined> {
  for (let failures = 1; ; failures++) {
    let retryAfterMs = 0;
    try {
      const response = await fetch(`${plan.origin}/api/class/join`, {
        method: 'POST',
        headers: browserHeaders(plan, { 'Content-Type': 'application/json' }),
        body: JSON.stringify({ code: plan.joinCode, name: plan.name }),
      });
      if (response.ok) return (await response.json()) as Joined;
      const body = (await response.json().catch(() => ({}))) as { reason?: string };
      if (response.status !== 429 && response.status < 500)
        throw new Error(`${plan.name} could not join (${response.status}): ${body.reason}`);
      retryAfterMs = Number(response.headers.get('Retry-After') ?? 0) * 1000;
      if (response.status === 429 && retryAfterMs > plan.drainMs)
        throw new Error(`${plan.name} could not join (429): ${body.reason}`);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error; // a network error is a TypeError: retry
    }
    recorder.joinRetries++;
    await wait(backoffMs(failures, random(), retryAfterMs));
  }
}

export async function runStudent(
  plan: StudentPlan,
  startedAt: number,
  recorder: LoadRecorder,
  random: Random,
): Promise<StudentOutcome> {
  await wait(startedAt + plan.joinAtMs - Date.now());
  const joined = await join(plan, recorder, random);
  const timedFetch: typeof fetch = async (url, init) => {
    const sentAt = performance.now();
    try {
      const response = await fetch(`${plan.origin}${String(url)}`, {
        ...init,
        headers: browserHeaders(plan, init?.headers),
      });
      if (response.status === 200) recorder.writeMs.push(performance.now() - sentAt);
      else recorder.failed.set(response.status, (recorder.failed.get(response.status) ?? 0) + 1);
      return response;
    } catch (error) {
      recorder.failed.set(0, (recorder.failed.get(0) ?? 0) + 1);
      throw error;
    }
  };
  let duplicates = 0;
  const acknowledged: string[] = [];
  const replaced = new Set<string>();
  const rejected: string[] = [];
  const sender = createOutboxSender({
    store: memoryOutbox(),
    fetchImpl: timedFetch,
    random,
    onReplaced: (entry) => replaced.add(entry.event.id),
    onResult: (entry, result) => {
      if (result.status !== 'rejected') acknowledged.push(entry.event.id);
      if (result.status === 'duplicate') duplicates++;
      if (result.status === 'rejected')
        rejected.push(`${entry.event.kind} ${entry.event.exerciseId}: ${result.reason}`);
    },
  });

  const events = lessonEvents(plan.lesson, plan.events, random);
  const span = plan.doneByMs - (Date.now() - startedAt);
  const moments = events.map(() => random() * Math.max(0, span)).sort((a, b) => a - b);
  const workFrom = Date.now();
  for (const [index, event] of events.entries()) {
    await wait(workFrom + moments[index]! - Date.now());
    // The moment the student makes it, as the device stamps it.
    await sender.queue({
      event: { ...event, at: new Date().toISOString() },
      token: joined.deviceToken,
      studentId: joined.student.id,
      classId: joined.class.id,
      seq: index,
    });
  }
  await drained(sender, plan.drainMs);
  sender.stop();
  return {
    // An answer replaced while its request was out may reach the server all the same.
    made: events.map((e) => e.id).filter((id) => !replaced.has(id) || acknowledged.includes(id)),
    replaced: [...replaced].filter((id) => !acknowledged.includes(id)).length,
    acknowledged,
    duplicates,
    rejected,
    unsent: sender.status().waiting,
  };
}

/** Resolves once the outbox is empty, or after `ms`. */
function drained(sender: ReturnType<typeof createOutboxSender>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const unsubscribe = sender.subscribe(() => {
      if (sender.status().waiting === 0) done();
    });
    if (sender.status().waiting === 0) done();
  });
}
