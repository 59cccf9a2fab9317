import { TextEncoder } from 'node:util';
import { waitFor } from '@testing-library/react';
import type { ClassEvent } from '@sayswho/core/class-event';
import type { StoredAnswer } from '@sayswho/core/quiz';
import { classEvent } from '@/lib/class-device/class-event';
import { classOutbox, queueEvent } from '@/lib/class-device/class-outbox';
import type { ClassDevice } from '@/lib/class-device/device-place';
import { forgetKeptChecks } from '@/lib/class-device/kept-checks';
import { classText } from '@/lib/ui-text/class';
import { classHost } from './class-host';

// jsdom has no TextEncoder; the outbox measures its batches with one.
globalThis.TextEncoder ??= TextEncoder as typeof globalThis.TextEncoder;

const device: ClassDevice = {
  token: 'token-ada',
  student: { id: 'ada', name: 'Ada' },
  class: { id: 'c1', name: 'Period 3', lessons: [] },
};
const lesson = { slug: 'who-says-so', fingerprint: 'f1' };
const kremlin: StoredAnswer = { type: 'choice', chosen: ['option-2'] };
const secretary: StoredAnswer = { type: 'choice', chosen: ['option-1'] };
const notRight = { ok: true, result: { correct: false }, score: 0, summary: 'Not right.' };

/** The class server's events route, as far as the outbox reads it (jsdom has no Response). */
let offline = false;
global.fetch = jest.fn(async (_url: string, init: RequestInit) => {
  if (offline) throw new TypeError('Failed to fetch');
  const { events } = JSON.parse(String(init.body)) as { events: ClassEvent[] };
  const results = events.map((e) => ({
    id: e.id,
    status: 'recorded',
    ...(e.kind === 'check' ? { judgement: notRight } : {}),
  }));
  return { ok: true, status: 200, headers: { get: () => null }, json: async () => ({ results }) };
}) as unknown as typeof fetch;

afterAll(() => classOutbox().stop());
beforeEach(() => {
  offline = false;
  forgetKeptChecks();
});

describe('a Check in a class', () => {
  it('shows the server’s verdict, and keeps it on the device for the answer it judged', async () => {
    const host = classHost(device);
    await expect(host.check(lesson, 'who-decided', kremlin, jest.fn())).resolves.toEqual(notRight);
    expect(host.lastCheck(lesson, 'who-decided', kremlin)).toEqual(notRight);
    expect(host.lastCheck(lesson, 'who-decided', secretary)).toBeNull();
    expect(
      classHost({ ...device, student: { id: 'bo', name: 'Bo' } }).lastCheck(
        lesson,
        'who-decided',
        kremlin,
      ),
    ).toBeNull();
  });

  it('made offline, says "check again" when the answer changed before the verdict came', async () => {
    offline = true;
    const host = classHost(device);
    const waiting = jest.fn();
    const verdict = host.check(lesson, 'who-decided', kremlin, waiting);
    await waitFor(() => expect(waiting).toHaveBeenCalledWith(classText.checkWaits));
    host.record('answer', lesson, 'who-decided', secretary);
    offline = false;
    await classOutbox().flush();
    // Not shown, but the server counted the attempt: so does the device.
    await expect(verdict).resolves.toEqual({
      ok: false,
      reason: classText.answerChanged,
      unseen: { score: 0 },
    });
    // The verdict is still the server's on the answer it judged: redrawn if the student goes back to it.
    expect(host.lastCheck(lesson, 'who-decided', kremlin)).toEqual(notRight);
  });

  it('hands a verdict no page waits for (a Check sent before a reload) to its exercise only', async () => {
    offline = true;
    // Left in the outbox by the page before the reload: nobody here waits for its result.
    await queueEvent(device, classEvent('check', lesson, 'who-decided', kremlin));
    const host = classHost(device);
    const heard = jest.fn();
    const other = jest.fn();
    const stops = [
      host.onVerdict(lesson, 'who-decided', heard),
      host.onVerdict(lesson, 'sources', other),
      classHost({ ...device, student: { id: 'bo', name: 'Bo' } }).onVerdict(
        lesson,
        'who-decided',
        other,
      ),
    ];
    offline = false;
    await classOutbox().flush();
    stops.forEach((stop) => stop());
    expect(heard).toHaveBeenCalledWith(kremlin, notRight);
    expect(other).not.toHaveBeenCalled();
  });
});
