/**
 * Dev only: a stream of server-sent events for the live preview: the version of the lesson and
 * corpus files (see filesVersion) on connecting, and again each time a file changes. Static so that it still builds with `output: 'export'`; a
 * production build holds only a one-line note here.
 */
import { watch } from 'node:fs';
import { filesVersion, watchedDirs } from '@/lib/lessons/lesson-kit';

export const dynamic = 'force-static';

export function GET(): Response {
  if (process.env.NODE_ENV !== 'development') {
    return new Response('The live preview runs in `npm run dev` only.\n', {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const dirs = watchedDirs();
  const encoder = new TextEncoder();
  let close = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Editors save in bursts (temp file, rename, chmod): report a burst once.
      const send = () => controller.enqueue(encoder.encode(`data: ${filesVersion()}\n\n`));
      const changed = () => {
        clearTimeout(timer);
        timer = setTimeout(send, 100);
      };
      const watchers = [
        watch(dirs.lessons, changed),
        watch(dirs.corpus, { recursive: true }, changed),
      ];
      const heartbeat = setInterval(
        () => controller.enqueue(encoder.encode(': still here\n\n')),
        15_000,
      );
      send();
      close = () => {
        clearInterval(heartbeat);
        clearTimeout(timer);
        watchers.forEach((w) => w.close());
      };
    },
    cancel() {
      close();
    },
  });
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
    },
  });
}
