/**
 * A class's live channel as server-sent events, for a student's device and a teacher's page: each
 * message the reader may hear as `data: <LiveMessage JSON>`, and a comment every 15 s so proxies
 * and browsers keep the connection open. A message names what changed by id only; the reader
 * fetches what it may see. The subscription ends when the reader goes (`request.signal`).
 */
import { refuse, type LiveMessage, type RunningClassroom } from '@sayswho/classroom';
import { answer } from './answer';

export const HEARTBEAT_MS = 15_000;

/**
 * The end of every stream open in this process, and whether it is stopping. On `globalThis`: the
 * instrumentation that ends them and the route handlers that open them are separate bundles,
 * each with its own copy of this module.
 */
const streams = ((globalThis as Record<symbol, LiveStreams | undefined>)[
  Symbol.for('sayswho.liveStreams')
] ??= { open: new Set(), stopping: false });

interface LiveStreams {
  readonly open: Set<() => void>;
  stopping: boolean;
}

const STOPPING = 'The class server is stopping. Your work is saved on this device.';

/**
 * Ends every open live stream, and refuses new ones, for a server that is stopping. `next start`
 * stops on SIGTERM or SIGINT only once every connection has ended, and a live stream never ends
 * by itself: without this, a server with one class page open never stops (Ctrl-C, systemd,
 * `docker stop` hang until they kill it). The devices open their streams again on whichever
 * server answers next.
 */
export function endLiveStreams(): void {
  streams.stopping = true;
  for (const end of [...streams.open]) end();
}

export function liveStream(
  request: Request,
  classroom: RunningClassroom,
  classId: string,
  wanted: (message: LiveMessage) => boolean,
): Response {
  // Every answer here closes its connection when it ends: a stopping server waits for each
  // connection, and a kept-alive one could carry the device's next stream.
  if (streams.stopping) {
    const refused = answer(refuse('unavailable', STOPPING, 5));
    refused.headers.set('Connection', 'close');
    return refused;
  }
  const encoder = new TextEncoder();
  let end = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let ended = false;
      const send = (text: string) => {
        if (!ended) controller.enqueue(encoder.encode(text));
      };
      const unsubscribe = classroom.live.subscribe(classId, (message) => {
        if (wanted(message)) send(`data: ${JSON.stringify(message)}\n\n`);
      });
      const heartbeat = setInterval(() => send(': heartbeat\n\n'), HEARTBEAT_MS);
      end = () => {
        if (ended) return;
        ended = true;
        streams.open.delete(end);
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the reader going away.
        }
      };
      streams.open.add(end);
      if (request.signal.aborted) return end();
      request.signal.addEventListener('abort', () => end(), { once: true });
      // The first bytes now: the reader knows the stream is open before any message.
      send(': connected\n\n');
    },
    cancel() {
      end();
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      // nginx and similar proxies buffer responses unless told not to.
      'X-Accel-Buffering': 'no',
      Connection: 'close',
    },
  });
}
