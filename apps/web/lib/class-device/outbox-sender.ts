/**
 * Sends the outbox and keeps trying: at once after a Check, a hint or "show answer", within a
 * second after an answer (so the answers of one burst of marking go as one: coalesce-answers.ts),
 * then with backoff while the network or the server is down (sooner when the browser says it is
 * online again). It tells the
 * page what to say on the class's one status line, and hands each of the server's answers to
 * whoever waits for it (a Check waits for its judgement).
 */
import type { ClassEventResult } from '@sayswho/classroom';
import { backoffMs } from './backoff';
import { answerReplacedBy, COALESCE_MS } from './coalesce-answers';
import type { OutboxEntry, OutboxStore } from './outbox-store';
import { sendOutbox } from './send-outbox';

export interface OutboxStatus {
  /** Events made here that the server does not have yet (not counting refused ones). */
  readonly waiting: number;
  /** The last pass could not reach the server (network, 5xx, 429): the work waits here. */
  readonly unreachable: boolean;
  /** Something reached the server since the page opened. */
  readonly sent: boolean;
  /** The reason of the last event the server refused (kept here), if any. */
  readonly rejected: string | null;
  /** The server no longer knows a student of this device (removed, class deleted). */
  readonly refused: { readonly code: string; readonly reason: string } | null;
  /** The student asked to send refused events again (the line then says if they were refused again). */
  readonly resent: boolean;
  /**
   * The outbox lives only in this page (the browser refused IndexedDB): closing the tab before
   * everything is sent loses that work, so the status line says so.
   */
  readonly memoryOnly: boolean;
}

export interface SenderOptions {
  readonly store: OutboxStore;
  readonly fetchImpl?: typeof fetch;
  readonly random?: () => number;
  readonly onResult?: (entry: OutboxEntry, result: ClassEventResult) => void;
  /** Called with an answer a later one replaced in the outbox (it is not sent, unless already out). */
  readonly onReplaced?: (entry: OutboxEntry) => void;
  /** Resolves to false when the store could only be kept in memory (see OutboxStatus.memoryOnly). */
  readonly durable?: Promise<boolean>;
}

export interface OutboxSender {
  queue(entry: OutboxEntry): Promise<void>;
  /** Sends now (after `online`, or when asked); a pass already running is followed by another. */
  flush(): Promise<void>;
  /**
   * Sends the events the server refused once more (after the teacher fixed the lesson or the
   * server was updated); those it refuses again stay kept, with its new reason.
   */
  sendAgain(): Promise<void>;
  status(): OutboxStatus;
  subscribe(listener: () => void): () => void;
  stop(): void;
}

/** Before anything was queued or sent. */
export const QUIET_STATUS: OutboxStatus = {
  waiting: 0,
  unreachable: false,
  sent: false,
  rejected: null,
  refused: null,
  resent: false,
  memoryOnly: false,
};

export function createOutboxSender(options: SenderOptions): OutboxSender {
  const { store } = options;
  const random = options.random ?? Math.random;
  const listeners = new Set<() => void>();
  let status = QUIET_STATUS;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let answerTimer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  function set(change: Partial<OutboxStatus>) {
    status = { ...status, ...change };
    for (const listener of listeners) listener();
  }

  async function count() {
    const all = await store.list();
    const rejected = all.filter((e) => e.rejected).at(-1)?.rejected ?? null;
    return { waiting: all.filter((e) => !e.rejected && !e.held).length, rejected };
  }

  async function pass() {
    clearTimeout(timer);
    timer = undefined;
    const report = await sendOutbox(store, options.fetchImpl ?? fetch);
    for (const { entry, result } of report.results) options.onResult?.(entry, result);
    const counted = await count();
    if (report.retry) {
      failures += 1;
      if (!stopped)
        timer = setTimeout(() => void flush(), backoffMs(failures, random(), report.retry.afterMs));
    } else failures = 0;
    set({
      ...counted,
      unreachable: report.retry !== null,
      sent: status.sent || report.sent > 0,
      refused: report.refused ?? status.refused,
      // "Refused again" is about the events sent again; once none is refused, it is over.
      resent: status.resent && counted.rejected !== null,
    });
  }

  function flush(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await pass();
        } while (again && !stopped);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  void options.durable?.then((durable) => {
    if (!durable) set({ memoryOnly: true });
  });

  return {
    async queue(entry) {
      const replaced = answerReplacedBy(await store.list(), entry);
      // Added before the replaced one goes: a reload in between finds both, never neither.
      await store.add(entry);
      if (replaced) {
        await store.remove([replaced.event.id]);
        options.onReplaced?.(replaced);
      }
      set({ waiting: status.waiting + (replaced ? 0 : 1) });
      if (entry.event.kind !== 'answer') return void flush();
      answerTimer ??= setTimeout(() => {
        answerTimer = undefined;
        void flush();
      }, COALESCE_MS);
    },
    flush,
    async sendAgain() {
      const refused = (await store.list()).filter((e) => e.rejected);
      await store.put(refused.map(({ rejected: _reason, ...entry }) => entry));
      set({ resent: true });
      await flush();
    },
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(answerTimer);
    },
  };
}
