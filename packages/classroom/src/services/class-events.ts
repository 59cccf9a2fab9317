/**
 * A class's events grouped per student and per exercise, kept per server process and brought
 * up to date by cursor, so that the teacher's pages do not read and regroup every event of the
 * class on every request: for 300 students × 30 events that was 0.6 s of PGlite (WebAssembly,
 * on the server's one thread) plus 0.5 s of folding, per page, projector and live update.
 *
 * It is a cache of the database, nothing more: each read asks the database for the class's
 * events after the last one held, whoever wrote them (this process or another instance on the
 * same PostgreSQL), and starts over from the database when what it holds no longer adds up: the
 * class's event count differs from the events held (an event that took its `seq` before the
 * cursor but committed after it, or events deleted), or a student whose events it holds is gone
 * (removed, or merged into another: their events moved; removing a student is the only way a
 * class loses events, so a deletion cannot hide a late event from the count). A restart starts
 * empty. Classes idle for a while, and the least recently used beyond a total of events, are
 * dropped.
 */
import type { Database } from '../db/open-database';
import { resultEventsSince, type ResultEventRow } from '../db/queries/results';

export interface ClassEvents {
  /** Per student, their events in the order the server received them. */
  eventsOf(studentId: string): readonly ResultEventRow[];
  /** One student's events of one exercise, in the order received. */
  eventsOn(studentId: string, lessonSlug: string, exerciseId: string): readonly ResultEventRow[];
  /** How many events the class has on an exercise: it changes whenever one arrives. */
  countOn(lessonSlug: string, exerciseId: string): number;
  /**
   * `compute()`, or what it gave last time under the same key and stamp: the stamp names
   * everything the value is made from, so an unchanged stamp means an unchanged value.
   */
  remember<T>(key: string, stamp: string, compute: () => T): T;
  /** False when it holds events of a student not in `studentIds` (removed, or merged away). */
  holdsOnly(studentIds: ReadonlySet<string>): boolean;
}

/** Past this, a class not asked for is dropped (an open class page asks on every live change). */
export const IDLE_MS = 15 * 60_000;
/** Events held per process at most (about 1 kB each): 300 students × 30 events is 9,000. */
const MAX_EVENTS = 100_000;

class HeldEvents implements ClassEvents {
  private cursor = 0;
  private count = 0;
  private readonly byStudent = new Map<string, ResultEventRow[]>();
  private readonly byExercise = new Map<string, ResultEventRow[]>();
  private readonly perExercise = new Map<string, number>();
  private readonly memo = new Map<string, { stamp: string; value: unknown }>();

  get size(): number {
    return this.count;
  }

  /** Reads the events after the cursor; false when they do not add up (start over). */
  async catchUp(db: Database['db'], classId: string): Promise<boolean> {
    const since = await resultEventsSince(db, classId, this.cursor);
    if (since.total !== this.count + since.rows.length) return false;
    for (const row of since.rows) this.add(row);
    this.count = since.total;
    this.cursor = since.lastSeq;
    return true;
  }

  holdsOnly(studentIds: ReadonlySet<string>): boolean {
    for (const id of this.byStudent.keys()) if (!studentIds.has(id)) return false;
    return true;
  }

  eventsOf(studentId: string) {
    return this.byStudent.get(studentId) ?? [];
  }

  eventsOn(studentId: string, lessonSlug: string, exerciseId: string) {
    return this.byExercise.get(JSON.stringify([studentId, lessonSlug, exerciseId])) ?? [];
  }

  countOn(lessonSlug: string, exerciseId: string) {
    return this.perExercise.get(JSON.stringify([lessonSlug, exerciseId])) ?? 0;
  }

  remember<T>(key: string, stamp: string, compute: () => T): T {
    const kept = this.memo.get(key);
    if (kept?.stamp === stamp) return kept.value as T;
    const value = compute();
    this.memo.set(key, { stamp, value });
    return value;
  }

  private add(row: ResultEventRow) {
    push(this.byStudent, row.studentId, row);
    push(this.byExercise, JSON.stringify([row.studentId, row.lessonSlug, row.exerciseId]), row);
    const exercise = JSON.stringify([row.lessonSlug, row.exerciseId]);
    this.perExercise.set(exercise, (this.perExercise.get(exercise) ?? 0) + 1);
  }
}

function push<T>(groups: Map<string, T[]>, key: string, item: T) {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

/** Every event of the class, read afresh and held by no one (what the cache must equal). */
export async function readAllClassEvents(
  database: Database,
  classId: string,
): Promise<ClassEvents> {
  const held = new HeldEvents();
  // Alone, a read cannot fail to add up: every event after cursor 0 is all of them.
  await held.catchUp(database.db, classId);
  return held;
}

interface Entry {
  held: HeldEvents;
  usedAt: number;
  /** Reads of one class run one after another, so two never apply the same events. */
  turn: Promise<unknown>;
}

const heldBy = new WeakMap<Database, Map<string, Entry>>();

/**
 * The class's events as the database has them now, from the cache; `afresh`: dropping what it
 * held (the caller found a student of theirs gone).
 */
export async function classEvents(
  database: Database,
  classId: string,
  options: { afresh?: boolean; now?: number } = {},
): Promise<ClassEvents> {
  const now = options.now ?? Date.now();
  let classes = heldBy.get(database);
  if (!classes) heldBy.set(database, (classes = new Map()));
  const entry = classes.get(classId) ?? {
    held: new HeldEvents(),
    usedAt: now,
    turn: Promise.resolve(),
  };
  entry.usedAt = now;
  // Most recently used last: eviction takes from the front.
  classes.delete(classId);
  classes.set(classId, entry);
  const read = entry.turn.then(async () => {
    if (options.afresh || !(await entry.held.catchUp(database.db, classId))) {
      entry.held = new HeldEvents();
      await entry.held.catchUp(database.db, classId);
    }
    return entry.held;
  });
  entry.turn = read.catch(() => {
    // A failed read leaves the class to be read afresh next time.
    if (classes.get(classId) === entry) classes.delete(classId);
  });
  const held = await read;
  evict(classes, now);
  return held;
}

/** The classes whose events this process holds now, with how many events each. */
export function heldClasses(database: Database): ReadonlyMap<string, number> {
  const classes = heldBy.get(database) ?? new Map<string, Entry>();
  return new Map([...classes].map(([classId, { held }]) => [classId, held.size]));
}

/** Drops classes idle too long, then the least recently used while too many events are held. */
function evict(classes: Map<string, Entry>, now: number) {
  let total = 0;
  for (const { held } of classes.values()) total += held.size;
  for (const [classId, { held, usedAt }] of classes) {
    // One class always stays, however big: the one just read is at the end.
    if (classes.size === 1) break;
    if (total <= MAX_EVENTS && now - usedAt <= IDLE_MS) continue;
    classes.delete(classId);
    total -= held.size;
  }
}
