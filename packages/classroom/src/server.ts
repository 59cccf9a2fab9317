/**
 * Class mode in the app's server process: started once from Next's `instrumentation.ts`
 * (`register()`), kept on `globalThis` so `next dev`'s hot reloads never open a second PGlite,
 * and handed to route handlers by `currentClassroom()`.
 *
 * Settings that are wrong, and a data folder another process holds, stop the server (the error
 * says so in one line). A database that cannot be reached, or a migration that fails, does not:
 * the kit keeps serving lessons, class routes answer 503 (devices keep their work and retry),
 * the server logs one line and tries again every 10 seconds.
 */
import { writeAdminSecret } from './admin/admin-secret';
import type { Classroom, LessonCatalog } from './classroom';
import { ConfigError, readConfig, type ClassConfig } from './config';
import { FolderInUseError } from './db/folder-lock';
import { openLiveChannel, type LiveChannel } from './live';
import { openClassroom } from './open-classroom';
import { refuse, type Result } from './result';
import { UNAVAILABLE } from './services/guard';
import { startRetention } from './services/retention';
import { warmUp, type RenderAhead } from './services/warm-up';

export interface RunningClassroom extends Classroom {
  /** The live channel: subscribe a server-sent-event stream to a class's messages. */
  readonly live: LiveChannel;
}

export interface StartOptions {
  readonly lessons: LessonCatalog;
  /** The port the server listens on (written into the PGlite folder's lock for the CLI). */
  readonly port: number | null;
  readonly env?: NodeJS.ProcessEnv;
  readonly log?: (line: string) => void;
  /** How long to wait before trying a failed start again (default 10 s). */
  readonly retryMs?: number;
  /**
   * Once open, read the lessons and the recently active classes ahead (`warm-up.ts`), in the
   * background, so the first class page after a start is not the slow one.
   */
  readonly warmUp?: boolean;
  /** Then render the most recently active class's page ahead, as its teacher (`warm-up.ts`). */
  readonly renderAhead?: RenderAhead;
}

/**
 * Resolves once the server's thread has kept time for half a second (five 100 ms timers in a
 * row each fired within 50 ms of due), so the request that started it has been answered; after
 * 30 s at most.
 */
async function whenQuiet(): Promise<void> {
  const gaveUpAt = Date.now() + 30_000;
  let onTime = 0;
  while (onTime < 5 && Date.now() < gaveUpAt) {
    const due = Date.now() + 100;
    await new Promise((resolve) => setTimeout(resolve, 100).unref());
    onTime = Date.now() - due <= 50 ? onTime + 1 : 0;
  }
}

interface Slot {
  ready: RunningClassroom | null;
  starting: Promise<void> | null;
  stop: (() => Promise<void>) | null;
  /** The start in progress; a new object each time, so a stopped start's retries never revive it. */
  run: { stopped: boolean } | null;
}

const SLOT = Symbol.for('sayswho.classroom');
const slot = ((globalThis as Record<symbol, Slot | undefined>)[SLOT] ??= {
  ready: null,
  starting: null,
  stop: null,
  run: null,
});

/** The errors that must stop the server: a person has to fix something first. */
export function isFatal(error: unknown): error is ConfigError | FolderInUseError {
  return error instanceof ConfigError || error instanceof FolderInUseError;
}

/**
 * Starts class mode (once per process; later calls wait for the first). Resolves after the first
 * attempt, so the server starts serving lessons at once: throws the fatal errors; on others it
 * logs one line, resolves, and keeps trying in the background (routes answer 503 meanwhile).
 */
export function startClassroom(options: StartOptions): Promise<void> {
  if (!slot.starting) {
    const run = { stopped: false };
    slot.run = run;
    slot.starting = start(options, run);
  }
  return slot.starting;
}

async function start(options: StartOptions, run: { stopped: boolean }): Promise<void> {
  const log = options.log ?? ((line: string) => console.error(line));
  const retryMs = options.retryMs ?? 10_000;
  const config = readConfig(options.env);
  const attempt = async (): Promise<boolean> => {
    try {
      await open(config, options, run, log);
      return true;
    } catch (error) {
      if (isFatal(error)) throw error;
      log(
        `Says Who class mode is unavailable (${(error as Error).message}); students' work waits on their devices. ` +
          `Trying again in ${retryMs / 1000} s.`,
      );
      return false;
    }
  };
  if (await attempt()) return;
  const retry = async () => {
    while (!run.stopped) {
      await new Promise((resolve) => setTimeout(resolve, retryMs).unref());
      if (run.stopped) return;
      // A fatal error now (someone took the folder meanwhile) is logged, and tried again later.
      const opened = await attempt().catch((error: Error) => {
        log(`Says Who class mode: ${error.message}`);
        return false;
      });
      if (opened) return;
    }
  };
  void retry();
}

async function open(
  config: ClassConfig,
  options: StartOptions,
  run: { stopped: boolean },
  log: (line: string) => void,
): Promise<void> {
  const classroom = await openClassroom({
    config,
    lessons: options.lessons,
    holder: { port: options.port, purpose: 'server' },
    log,
  });
  let stopRetention = () => {};
  let live: LiveChannel | null = null;
  const stop = async () => {
    stopRetention();
    await live?.close();
    await classroom.database.close();
  };
  try {
    if (!config.databaseUrl) writeAdminSecret(config.dataDir);
    live = await openLiveChannel(classroom.database, log);
  } catch (error) {
    // Opened but not usable: let go of the database (and the folder's lock) before trying again.
    await stop();
    throw error;
  }
  // Stopped while it was opening (a test, a shutdown): close again rather than linger.
  if (run.stopped) return stop();
  stopRetention = startRetention(classroom);
  const running = { ...classroom, live };
  slot.ready = running;
  slot.stop = stop;
  log(`Says Who class mode: ${classroom.database.where}`);
  // `next start` runs instrumentation's register() on its first request, and the warm-up runs on
  // the server's one thread (PGlite too): begun at once, it held that request up for all of it.
  if (options.warmUp) void whenQuiet().then(() => warmUp(running, options.renderAhead));
}

/** For route handlers: the running classroom, or a 503 refusal while it is starting or down. */
export function currentClassroom(): Result<RunningClassroom> {
  return slot.ready ? { ok: true, value: slot.ready } : refuse('unavailable', UNAVAILABLE, 10);
}

/**
 * For tests of the app's route handlers: serves `running` (a test database, no folder, no
 * retention) as the started classroom; returns the undo. Exported from `@sayswho/classroom/testing` only.
 */
export function serveClassroomForTests(running: RunningClassroom): () => void {
  slot.ready = running;
  return () => {
    if (slot.ready === running) slot.ready = null;
  };
}

/** Closes the database and the live channel (tests; a server shutting down). */
export async function stopClassroom(): Promise<void> {
  if (slot.run) slot.run.stopped = true;
  const stop = slot.stop;
  Object.assign(slot, { ready: null, starting: null, stop: null, run: null });
  await stop?.();
}
