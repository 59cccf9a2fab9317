/**
 * Dev only: a stream of server-sent events, one each time a file under lessons/ or the corpus
 * changes, for the live preview. Static so that it still builds with `output: 'export'`; a
 * production build holds only a one-line note here.
 */
import { watch } from 'node:fs';
import { watchedDirs } from '@/lib/lessons/lesson-kit';

export const dynamic = 'force-static';

export function GET(): Response {
  if (process.env.NODE_ENV !== 'development') {
    return new Response('The live preview runs in `npm run dev` only.\n', { headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const dirs = watchedDirs();
  const encoder = new TextEncoder();
  let close = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Editors save in bursts (temp file, rename, chmod): report a burst once.
      const changed = () => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.enqueue(encoder.encode('data: changed\n\n')), 100);
      };
      const watchers = [watch(dirs.lessons, changed), watch(dirs.corpus, { recursive: true }, changed)];
      const heartbeat = setInterval(() => controller.enqueue(encoder.encode(': still here\n\n')), 15_000);
      controller.enqueue(encoder.encode(': watching lessons and corpus\n\n'));
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
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive' },
  });
}
