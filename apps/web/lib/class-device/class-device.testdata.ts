/** Outbox entries and a fake class server for the device tests. */
import { CLASS_EVENT_VERSION, type ClassEvent } from '@sayswho/core/class-event';
import type { ClassEventResult } from '@sayswho/classroom';
import type { OutboxEntry } from './outbox-store';

let seq = 0;

export function entryOf(
  id: string,
  token = 'token-ada',
  event: Partial<ClassEvent> = {},
): OutboxEntry {
  seq += 1;
  return {
    event: {
      v: CLASS_EVENT_VERSION,
      id,
      kind: 'answer',
      lesson: { slug: 'who-says-so', fingerprint: 'f1' },
      exerciseId: 'cues',
      at: '2026-12-02T10:00:00.000Z',
      answer: { type: 'choice', chosen: ['a'] },
      ...event,
    },
    token,
    studentId: `student-of-${token}`,
    classId: 'class-1',
    seq,
  };
}

export interface Sent {
  readonly token: string | null;
  readonly ids: readonly string[];
}

/**
 * A fetch that answers POST /api/class/events like the class server: `answer` decides per call
 * (a Response, or a thrown network error); by default every event is recorded.
 */
export function fakeServer(
  answer?: (call: number, sent: Sent) => Response | 'network' | undefined,
): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { events: ClassEvent[] };
    const auth = new Headers(init.headers).get('Authorization');
    const call: Sent = {
      token: auth?.replace('Bearer ', '') ?? null,
      ids: body.events.map((e) => e.id),
    };
    sent.push(call);
    const planned = answer?.(sent.length, call);
    if (planned === 'network') throw new TypeError('Failed to fetch');
    if (planned) return planned;
    return json({ results: call.ids.map((id) => ({ id, status: 'recorded' })) });
  }) as unknown as typeof fetch;
  return { fetch: fetchImpl, sent };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function results(...list: ClassEventResult[]): Response {
  return json({ results: list });
}
