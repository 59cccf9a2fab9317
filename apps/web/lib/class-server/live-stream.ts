/**
 * A class's live channel as server-sent events, for a student's device and a teacher's page: each
 * message the reader may hear as `data: <LiveMessage JSON>`, and a comment every 15 s so proxies
 * and browsers keep the connection open. A message names what changed by id only; the reader
 * fetches what it may see. The subscription ends when the reader goes (`request.signal`).
 */
import type { LiveMessage, RunningClassroom } from '@sayswho/classroom';

export const HEARTBEAT_MS = 15_000;

export function liveStream(
  request: Request,
  classroom: RunningClassroom,
  classId: string,
  wanted: (message: LiveMessage) => boolean,
): Response {
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
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the reader going away.
        }
      };
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
    },
  });
}
