/**
 * Where a class device keeps what its students did until the server has it. Every entry carries
 * the device token of the student who made it, so after "New student" on a shared device the
 * earlier student's unsent work still goes out under their name, never under the next one's.
 */
import type { ClassEvent } from '@sayswho/core/class-event';

export interface OutboxEntry {
  readonly event: ClassEvent;
  /** The device token of the student who made the event. */
  readonly token: string;
  readonly studentId: string;
  readonly classId: string;
  /** Queue order (events of one exercise must reach the server in the order they were made). */
  readonly seq: number;
  /** The server refused this event (an old format, a failed check): kept here, not sent again. */
  readonly rejected?: string;
  /** The server no longer knows the student (removed, class deleted): kept here, not sent again. */
  readonly held?: string;
}

export interface OutboxStore {
  add(entry: OutboxEntry): Promise<void>;
  /** Every entry, in queue order. */
  list(): Promise<OutboxEntry[]>;
  /** Writes entries again (marked rejected or held). */
  put(entries: readonly OutboxEntry[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
}

/** For tests, and for a browser that refuses IndexedDB (the work then lives as long as the page). */
export function memoryOutbox(): OutboxStore {
  const entries = new Map<string, OutboxEntry>();
  return {
    async add(entry) {
      entries.set(entry.event.id, entry);
    },
    async list() {
      return [...entries.values()].sort((a, b) => a.seq - b.seq);
    },
    async put(list) {
      for (const entry of list) entries.set(entry.event.id, entry);
    },
    async remove(ids) {
      for (const id of ids) entries.delete(id);
    },
  };
}
