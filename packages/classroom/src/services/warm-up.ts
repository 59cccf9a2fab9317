/**
 * What a server reads as it starts, so that a teacher's first class page (or projector) after a
 * restart is as quick as the next one: the lesson kit (read once per process, about 1.7 s at
 * first use), then the classes active in the last hours, each read and folded as the class page
 * does (`class-events.ts` keeps what it folds). Without it the first view after a start took
 * 2.6–3.9 s against about 0.95 s for the next (bench/README.md, class dashboard).
 *
 * Then, given `renderAhead`, the most recently active class's page is rendered ahead, as its
 * teacher, and thrown away (how often, and what else it fetches, is the app's `render-ahead.ts`):
 * the server's first renderings of a class page (its code compiled as it first runs, for 300
 * students) took longer than reading the data, and held the page's stylesheets, so the teacher's
 * first paint, back behind them (bench/README.md, class dashboard).
 *
 * Bounded: only classes with an event in the last `WARM_WITHIN_MS`, at most `WARM_AT_MOST` of
 * them; a school's other classes are read when first opened, as before. It is only a head start:
 * a failure is logged in one line and each class page then reads its class itself.
 */
import type { Classroom } from '../classroom';
import { classesActiveSince } from '../db/queries/classes';
import { heldClasses } from './class-events';
import { resultsOf } from './class-results';
import { classWorkOf } from './class-work';
import { withOwnSession } from './teachers';

/** A restart at lunchtime still reads the morning's classes ahead. */
export const WARM_WITHIN_MS = 4 * 60 * 60_000;
/** More than a school runs at once; the cache's own cap on events bounds the memory besides. */
export const WARM_AT_MOST = 10;

/** Asks the server for one class's page as its teacher (`sessionToken`), and drops the answer. */
export type RenderAhead = (page: { classId: string; sessionToken: string }) => Promise<void>;

export interface WarmedUp {
  readonly lessons: number;
  /** The classes read ahead, least recently active first. */
  readonly classIds: readonly string[];
}

/** Reads the lessons and the recently active classes ahead; logs one line either way. */
export async function warmUp(
  classroom: Classroom,
  renderAhead?: RenderAhead,
): Promise<WarmedUp | null> {
  const started = Date.now();
  try {
    const lessons = classroom.lessons.lessons().length;
    const since = new Date(classroom.now().getTime() - WARM_WITHIN_MS);
    // Least recently active first: should they outgrow the cache, it lets go of those first.
    const recent = (await classesActiveSince(classroom.database.db, since, WARM_AT_MOST)).reverse();
    const classIds = recent.map((klass) => klass.id);
    for (const klass of recent) {
      // A turn of the event loop between classes: a request that arrives meanwhile waits for
      // one class's fold at most, not for all of them.
      await new Promise((resolve) => setImmediate(resolve));
      resultsOf(await classWorkOf(classroom, klass));
    }
    const latest = recent.at(-1);
    if (renderAhead && latest)
      await withOwnSession(classroom, latest.teacherId, (sessionToken) =>
        renderAhead({ classId: latest.id, sessionToken }),
      );
    classroom.log(warmedLine(classroom, classIds, Date.now() - started));
    return { lessons, classIds };
  } catch (error) {
    classroom.log(
      `Says Who class mode: warming up failed (${(error as Error).message}); ` +
        'each class page reads its class when first opened instead.',
    );
    return null;
  }
}

function warmedLine(classroom: Classroom, classIds: readonly string[], ms: number): string {
  const held = heldClasses(classroom.database);
  const events = classIds.reduce((sum, id) => sum + (held.get(id) ?? 0), 0);
  const hours = WARM_WITHIN_MS / 3_600_000;
  const classes = `${classIds.length} class${classIds.length === 1 ? '' : 'es'}`;
  const read = `${events.toLocaleString('en')} event${events === 1 ? '' : 's'}`;
  return (
    `Says Who class mode: warmed up in ${(ms / 1000).toFixed(1)} s ` +
    `(the lessons, and ${classes} active in the last ${hours} hours: ${read}).`
  );
}
