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
import { ConfigError, readConfig } from './config';
import { FolderInUseError } from './db/folder-lock';
import { openLiveChannel, type LiveChannel } from './live';
import { openClassroom } from './open-classroom';
import { refuse, type Result } from './result';
import { UNAVAILABLE } from './services/guard';
import { startRetention } from './services/retention';

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
}

interface Slot {
  ready: RunningClassroom | null;
  starting: Promise<void> | null;
  stop: (() => Promise<void>) | null;
  stopped: boolean;
}

const SLOT = Symbol.for('sayswho.classroom');
const slot = ((globalThis as Record<symbol, Slot | undefined>)[SLOT] ??= {
  ready: null,
  starting: null,
  stop: null,
  stopped: false,
});

/** The errors that must stop the server: a person has to fix something first. */
export function isFatal(error: unknown): error is ConfigError | FolderInUseError {
  return error instanceof ConfigError || error instanceof FolderInUseError;
}

/**
 * Starts class mode (once per process; later calls wait for the first). Throws only the fatal
 * errors; on others it logs one line and keeps trying in the background.
 */
export function startClassroom(options: StartOptions): Promise<void> {
  slot.stopped = false;
  slot.starting ??= start(options);
  return slot.starting;
}

async function start(options: StartOptions): Promise<void> {
  const log = options.log ?? ((line: string) => console.error(line));
  const config = readConfig(options.env);
  for (;;) {
    try {
      const classroom = await openClassroom({
        config,
        lessons: options.lessons,
        holder: { port: options.port, purpose: 'server' },
        log,
      });
      if (!config.databaseUrl) writeAdminSecret(config.dataDir);
      const live = await openLiveChannel(classroom.database, log);
      const stopRetention = startRetention(classroom);
      slot.ready = { ...classroom, live };
      slot.stop = async () => {
        stopRetention();
        await live.close();
        await classroom.database.close();
      };
      log(`Says Who class mode: ${classroom.database.where}`);
      return;
    } catch (error) {
      if (isFatal(error)) throw error;
      log(
        `Says Who class mode is unavailable (${(error as Error).message}); students' work waits on their devices. ` +
          `Trying again in ${(options.retryMs ?? 10_000) / 1000} s.`,
      );
      await new Promise((resolve) => setTimeout(resolve, options.retryMs ?? 10_000));
      if (slot.stopped) return;
    }
  }
}

/** For route handlers: the running classroom, or a 503 refusal while it is starting or down. */
export function currentClassroom(): Result<RunningClassroom> {
  return slot.ready ? { ok: true, value: slot.ready } : refuse('unavailable', UNAVAILABLE, 10);
}

/** Closes the database and the live channel (tests; a server shutting down). */
export async function stopClassroom(): Promise<void> {
  slot.stopped = true;
  const stop = slot.stop;
  Object.assign(slot, { ready: null, starting: null, stop: null });
  await stop?.();
}
