/**
 * The live channel between app instances: a write that others must see calls `publish` inside
 * its transaction (PostgreSQL's `pg_notify`, delivered when the transaction commits, never for
 * one that rolls back); each process holds one LISTEN and hands each message to the subscribers
 * of its class — the teacher's and the students' server-sent-event streams. With PostgreSQL that
 * reaches every instance; with PGlite, the one process.
 *
 * A message says only what changed, by id (no names, no answers): a stream that receives one
 * fetches what its reader may see through the services.
 */
import type { Db, Database } from './db/open-database';
import { notify } from './db/queries/notify';

export const LIVE_CHANNEL = 'sayswho_class';

export type LiveMessage =
  | {
      readonly kind: 'events';
      readonly classId: string;
      readonly studentId: string;
      readonly eventIds: readonly string[];
    }
  | {
      readonly kind: 'joined' | 'renamed' | 'removed';
      readonly classId: string;
      readonly studentId: string;
    }
  | {
      readonly kind: 'merged';
      readonly classId: string;
      readonly studentId: string;
      readonly intoStudentId: string;
    }
  | {
      readonly kind: 'locked' | 'unlocked';
      readonly classId: string;
      readonly lessonSlug: string;
      readonly exerciseId: string;
    }
  | {
      readonly kind: 'reviewed';
      readonly classId: string;
      readonly studentId: string;
      readonly eventId: string;
    }
  /** The class's end date or join code changed. */
  | { readonly kind: 'class-changed' | 'class-deleted'; readonly classId: string }
  /** The listener was reconnected: messages may have been missed, so fetch everything again. */
  | { readonly kind: 'resync'; readonly classId: string };

export type LiveListener = (message: LiveMessage) => void;

export interface LiveChannel {
  /** Calls `listener` with every message about the class; returns the unsubscribe. */
  subscribe(classId: string, listener: LiveListener): () => void;
  close(): Promise<void>;
}

/** Sends `message` when the transaction `tx` commits. */
export async function publish(tx: Db, message: LiveMessage): Promise<void> {
  await notify(tx, LIVE_CHANNEL, JSON.stringify(message));
}

/** Whether a student's device must hear of the message (their class's locks, their own changes). */
export function concernsStudent(message: LiveMessage, studentId: string): boolean {
  switch (message.kind) {
    case 'locked':
    case 'unlocked':
    case 'class-changed':
    case 'class-deleted':
    case 'resync':
      return true;
    case 'renamed':
    case 'removed':
    case 'merged':
    case 'reviewed':
      return message.studentId === studentId;
    default:
      return false;
  }
}

/** Starts this process's one listener. */
export async function openLiveChannel(
  database: Database,
  log: (line: string) => void,
): Promise<LiveChannel> {
  const byClass = new Map<string, Set<LiveListener>>();
  const deliver = (message: LiveMessage, to: Iterable<LiveListener>) => {
    for (const listener of [...to]) {
      try {
        listener(message);
      } catch (error) {
        log(`Says Who live channel: a listener failed: ${(error as Error).message}`);
      }
    }
  };
  const stop = await database.listen(
    LIVE_CHANNEL,
    (payload) => {
      let message: LiveMessage;
      try {
        message = JSON.parse(payload) as LiveMessage;
      } catch {
        return log(`Says Who live channel: ignored an unreadable message`);
      }
      const listeners = byClass.get(message.classId);
      if (listeners) deliver(message, listeners);
    },
    () => {
      for (const [classId, listeners] of byClass) deliver({ kind: 'resync', classId }, listeners);
    },
  );
  return {
    subscribe(classId, listener) {
      const listeners = byClass.get(classId) ?? new Set();
      byClass.set(classId, listeners);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) byClass.delete(classId);
      };
    },
    async close() {
      byClass.clear();
      await stop();
    },
  };
}
