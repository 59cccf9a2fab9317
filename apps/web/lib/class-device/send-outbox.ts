/**
 * One pass over the outbox: the waiting events, grouped by the student who made them (each group
 * under its own device token), in batches the server takes (≤ 100 events, ≤ 256 kB), to
 * POST /api/class/events. What the server answers decides each entry's fate:
 * - `recorded` / `duplicate` (a retry it already had): the entry leaves the outbox;
 * - `rejected`: the entry stays, marked with the reason, and is not sent again;
 * - 401 / 410 (device unknown, student removed): that student's entries stay, held, with the reason;
 * - any other 4xx: the batch stays, marked rejected with the reason. A 4xx never loses work;
 * - a network error, 429 or 5xx: nothing changes and the pass stops; the caller retries later.
 */
import { CLASS_EVENT_LIMITS } from '@sayswho/core/class-event';
import type { ClassEventResult } from '@sayswho/classroom';
import type { OutboxEntry, OutboxStore } from './outbox-store';

export const EVENTS_URL = '/api/class/events';

export interface SendReport {
  /** Events the server now has (recorded now or before). */
  readonly sent: number;
  /** The server's answer for each event it took or refused, with the entry it answers. */
  readonly results: readonly { readonly entry: OutboxEntry; readonly result: ClassEventResult }[];
  /** Set when the pass stopped early: try again later (Retry-After in ms when the server said). */
  readonly retry: { readonly afterMs: number; readonly reason: string } | null;
  /** Set when the server refused a student's device (code and sentence): their work is held. */
  readonly refused: { readonly code: string; readonly reason: string } | null;
}

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** Splits one student's entries into batches within the server's limits, in queue order. */
export function batchesOf(entries: readonly OutboxEntry[]): OutboxEntry[][] {
  const limit = CLASS_EVENT_LIMITS.batchBytes - 64;
  const batches: OutboxEntry[][] = [];
  let batch: OutboxEntry[] = [];
  let size = bytes('{"events":[]}');
  for (const entry of entries) {
    const more = bytes(JSON.stringify(entry.event)) + 1;
    if (
      batch.length > 0 &&
      (batch.length >= CLASS_EVENT_LIMITS.eventsPerBatch || size + more > limit)
    ) {
      batches.push(batch);
      batch = [];
      size = bytes('{"events":[]}');
    }
    batch.push(entry);
    size += more;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

async function refusalOf(response: Response): Promise<{ code: string; reason: string }> {
  try {
    const body = (await response.json()) as { code?: unknown; reason?: unknown };
    return {
      code: typeof body.code === 'string' ? body.code : `http-${response.status}`,
      reason:
        typeof body.reason === 'string' ? body.reason : `The server answered ${response.status}.`,
    };
  } catch {
    return { code: `http-${response.status}`, reason: `The server answered ${response.status}.` };
  }
}

export async function sendOutbox(
  store: OutboxStore,
  fetchImpl: typeof fetch = fetch,
): Promise<SendReport> {
  const waiting = (await store.list()).filter((e) => !e.rejected && !e.held);
  const byToken = new Map<string, OutboxEntry[]>();
  for (const entry of waiting)
    byToken.set(entry.token, [...(byToken.get(entry.token) ?? []), entry]);

  let sent = 0;
  const results: { entry: OutboxEntry; result: ClassEventResult }[] = [];
  let refused: SendReport['refused'] = null;
  for (const [token, entries] of byToken) {
    for (const batch of batchesOf(entries)) {
      let response: Response;
      try {
        response = await fetchImpl(EVENTS_URL, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ events: batch.map((e) => e.event) }),
          credentials: 'omit',
          cache: 'no-store',
        });
      } catch {
        return { sent, results, refused, retry: { afterMs: 0, reason: 'network' } };
      }
      if (response.status === 429 || response.status >= 500) {
        const after = Number(response.headers.get('Retry-After'));
        return {
          sent,
          results,
          refused,
          retry: {
            afterMs: Number.isFinite(after) ? after * 1000 : 0,
            reason: `http-${response.status}`,
          },
        };
      }
      if (!response.ok) {
        const refusal = await refusalOf(response);
        if (response.status === 401 || response.status === 410) {
          // The student is gone from the class: keep all their work, stop sending it.
          await store.put(entries.map((e) => ({ ...e, held: refusal.reason })));
          refused = refusal;
          break;
        }
        await store.put(batch.map((e) => ({ ...e, rejected: refusal.reason })));
        continue;
      }
      const body = (await response.json()) as { results?: ClassEventResult[] };
      const byId = new Map(batch.map((e) => [e.event.id, e]));
      const done: string[] = [];
      const marked: OutboxEntry[] = [];
      for (const result of body.results ?? []) {
        const entry = byId.get(result.id);
        if (!entry) continue;
        results.push({ entry, result });
        if (result.status === 'rejected')
          marked.push({ ...entry, rejected: result.reason ?? 'The server refused this event.' });
        else done.push(result.id);
      }
      await store.remove(done);
      await store.put(marked);
      sent += done.length;
    }
  }
  return { sent, results, refused, retry: null };
}
