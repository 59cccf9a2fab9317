/**
 * The class load runs (issue 17) and what each reports; `class-load.ts` runs them. Kept apart so
 * the budgets and their tests read them without loading the lesson kit or a database.
 */
import type { EventCount } from './class-load-count';

export type Engine = 'pglite' | 'postgres';

export interface ClassLoadScenario {
  readonly name: string;
  readonly engine: Engine;
  readonly students: number;
  readonly eventsPerStudent: number;
  /** Every student joins and makes their last event within this many seconds. */
  readonly seconds: number;
  /** App servers sharing the database (PostgreSQL only); students are spread over them in turn. */
  readonly instances: number;
  /** Stop the first server halfway and start it again on the same port and data. */
  readonly restart: boolean;
  /**
   * Schools, each behind one address: 1 is every student from loopback with no proxy header;
   * more are told apart by X-Forwarded-For, with TRUST_PROXY=1 as behind a school's reverse proxy.
   */
  readonly schools: number;
}

const lessonWork = { students: 300, eventsPerStudent: 30, seconds: 60, instances: 1, schools: 1 };

/** The runs of `npm run bench` (full mode). */
export const CLASS_LOAD_SCENARIOS: readonly ClassLoadScenario[] = [
  { name: 'PGlite', engine: 'pglite', restart: false, ...lessonWork },
  { name: 'PGlite, restarted halfway', engine: 'pglite', restart: true, ...lessonWork },
  { name: 'PostgreSQL', engine: 'postgres', restart: false, ...lessonWork },
  { name: 'PostgreSQL, restarted halfway', engine: 'postgres', restart: true, ...lessonWork },
];

/** `--class-load-full`: 3,000 students over 5 minutes, two app instances on one PostgreSQL. */
export const CLASS_LOAD_FULL: ClassLoadScenario = {
  name: 'PostgreSQL, 2 instances, 3,000 students',
  engine: 'postgres',
  restart: false,
  students: 3000,
  eventsPerStudent: 30,
  seconds: 300,
  instances: 2,
  schools: 10,
};

export interface ClassLoadRun extends EventCount {
  readonly scenario: ClassLoadScenario;
  readonly lesson: string;
  /** Events recorded per second, from the first join to the last event recorded. */
  readonly eventsPerSecond: number;
  /** Each answered POST /api/class/events, ms (a batch: usually one event, more after a wait). */
  readonly writeMs: {
    readonly p50: number;
    readonly p95: number;
    readonly p99: number;
    readonly max: number;
  };
  readonly writes: number;
  /** Requests not answered 200, by status (0: no answer, the server was down). */
  readonly failedRequests: Record<string, number>;
  readonly joinRetries: number;
  /** Answers the devices never sent: a later answer within a second replaced them (not in `made`). */
  readonly answersReplaced: number;
  /** Events the server answered `duplicate`: retries of events it had already recorded. */
  readonly duplicateAnswers: number;
  /** Events the server refused (the reasons, first few). */
  readonly rejected: readonly string[];
  /**
   * Events still waiting on a device when the bench stopped waiting: counted in `lost` (the
   * server does not have them) but not gone (the device keeps them and sends them later).
   */
  readonly unsent: number;
  /** Peak resident memory of the app servers' process trees (PostgreSQL's own not included), bytes. */
  readonly serverRssPeakBytes: number;
  /**
   * CPU the app servers' process trees used over the run (1 = one core; PostgreSQL's own not
   * included). A Node server's one thread saturates at about 1. Absent in runs before 4 December 2026.
   */
  readonly serverCpuCores?: number;
  /**
   * Most connections seen waiting to be accepted by a server (sampled every 0.5 s): a saturated
   * server accepts one per turn of its event loop, so new connections queue. Absent before 4 December 2026.
   */
  readonly acceptQueuePeak?: number;
  /** From stopping the server to its answering again (restart runs). */
  readonly restartSeconds: number | null;
  /** From SIGTERM to the old server's exit (restart runs). */
  readonly stopSeconds: number | null;
  /** The simulating process: CPU used over the run (1 = one core), and its event-loop delay p99 (ms). */
  readonly client: { readonly cpuCores: number; readonly loopDelayP99Ms: number };
  readonly seconds: number;
  readonly loadAverage: { readonly before: number[]; readonly after: number[] };
}
