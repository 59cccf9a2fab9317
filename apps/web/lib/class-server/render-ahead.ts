/**
 * The warm-up's last step (`warm-up.ts` in @sayswho/classroom): the server asks itself, over
 * loopback, for one class page as that class's teacher and drops the page. A server's first
 * rendering of a class page runs its code cold (1.5 s for 300 students at load 12, 0.3 s the
 * next time), and the page's stylesheets wait behind it: rendered ahead, a teacher's first view
 * after a restart is as quick as the next. Only a head start: if it fails, nothing else does.
 */
import type { RenderAhead } from '@sayswho/classroom';
import { TEACHER_COOKIE } from './who-is-asking';

/** A page that takes longer than this is not worth waiting for: the warm-up moves on. */
const GIVE_UP_MS = 30_000;

/** Renders class pages ahead on the server listening on `port` of this machine. */
export function renderAheadOn(port: number): RenderAhead {
  return async ({ classId, sessionToken }) => {
    try {
      const response = await fetch(
        `http://127.0.0.1:${port}/teacher/classes/${encodeURIComponent(classId)}`,
        {
          headers: { cookie: `${TEACHER_COOKIE}=${sessionToken}` },
          redirect: 'manual',
          signal: AbortSignal.timeout(GIVE_UP_MS),
        },
      );
      // Read to the end: the page streams, and its sections render as it is read.
      await response.arrayBuffer();
    } catch {
      // A server bound to another address than 127.0.0.1, or stopping: the first view is slower.
    }
  };
}
