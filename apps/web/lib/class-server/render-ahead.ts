/**
 * The warm-up's last step (`warm-up.ts` in @sayswho/classroom): the server asks itself, over
 * loopback, for one class page as that class's teacher and drops the page. A server's first
 * renderings of a class page run its code cold, and the page's stylesheets wait behind them (the
 * server has one thread): rendered ahead, a teacher's first view after a restart is as quick as
 * the next.
 *
 * Three times, then the page's stylesheets and scripts once. With 300 students, after one
 * rendering ahead the next ones took 750, 510, then 310 ms (load 10): V8 optimises the render's
 * code only once it has run it a few times, and the teacher's five stylesheets were answered
 * only after the streamed sections' render (traced: requested at 0.36 s, first byte at 1.1 s).
 * A fresh server's first answer of a static file runs cold code too. Rendered once, the first view
 * after a restart took 1,084–1,092 ms on a quiet machine, against 780–908 ms for the next ones
 * (bench/README.md, class dashboard). Only a head start: if it fails, nothing else does.
 */
import type { RenderAhead } from '@sayswho/classroom';
import { TEACHER_COOKIE } from './who-is-asking';

/** A page that takes longer than this is not worth waiting for: the warm-up moves on. */
const GIVE_UP_MS = 30_000;
/** From the fourth rendering after a start on, one took as long as the next (see above). */
const RENDERS = 3;
/** The files a page links from Next's build: its stylesheets, preloaded and async scripts. */
const PAGE_FILES = /(?:href|src)="(\/_next\/static\/[^"?#]+\.(?:css|js))"/g;

/** Renders class pages ahead on the server listening on `port` of this machine. */
export function renderAheadOn(port: number): RenderAhead {
  const origin = `http://127.0.0.1:${port}`;
  // Read to the end: the page streams, and its sections render as it is read.
  const read = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${origin}${path}`, {
      headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(GIVE_UP_MS),
    });
    return response.text();
  };
  return async ({ classId, sessionToken }) => {
    try {
      const page = `/teacher/classes/${encodeURIComponent(classId)}`;
      const cookie = `${TEACHER_COOKIE}=${sessionToken}`;
      let html = '';
      for (let render = 0; render < RENDERS; render += 1) html = await read(page, { cookie });
      const files = new Set([...html.matchAll(PAGE_FILES)].map((match) => match[1]!));
      await Promise.all([...files].map((file) => read(file)));
    } catch {
      // A server bound to another address than 127.0.0.1, or stopping: the first view is slower.
    }
  };
}
