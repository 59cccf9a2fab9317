/**
 * Starts class mode in the server process (instrumentation.ts). A setting that is wrong, or a
 * data folder another server holds, stops the server with that one line (no stack trace): a
 * person must fix it first. Anything else (a database that is down) the classroom retries by itself.
 */
import { isFatal, startClassroom } from '@sayswho/classroom';
import { stopTakingRequests } from './drain-on-stop';
import { appLessons } from './lesson-catalog';
import { endLiveStreams } from './live-stream';
import { renderAheadOn } from './render-ahead';

export async function startClassServer(): Promise<void> {
  try {
    // Next sets PORT to the port it listens on before the hook runs; the CLI finds the server by it.
    const port = Number(process.env.PORT);
    const listening = Number.isInteger(port) && port > 0 ? port : null;
    await startClassroom({
      lessons: appLessons,
      port: listening,
      // `next start` only: `next dev` re-reads the lessons whenever one changes and compiles
      // each page on its first request anyway, so reading ahead there would only slow its start.
      warmUp: process.env.NODE_ENV === 'production',
      renderAhead: listening ? renderAheadOn(listening) : undefined,
    });
    // Next stops on these signals once every connection has ended: the live streams end first,
    // and requests stop coming (drain-on-stop.ts). (NEXT_MANUAL_SIG_HANDLE: whoever set it
    // handles the signals, and a listener here would keep the process from stopping on them.)
    if (!process.env.NEXT_MANUAL_SIG_HANDLE)
      for (const signal of ['SIGINT', 'SIGTERM'] as const)
        process.once(signal, () => {
          stopTakingRequests();
          endLiveStreams();
        });
  } catch (error) {
    if (!isFatal(error)) throw error;
    console.error(`Says Who: ${error.message}`);
    process.exit(1);
  }
}
