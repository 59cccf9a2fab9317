/** @jest-environment node */
import { memoryOutbox } from './outbox-store';
import { batchesOf, sendOutbox } from './send-outbox';
import { entryOf, fakeServer, json, results } from './class-device.testdata';

async function outboxWith(...entries: ReturnType<typeof entryOf>[]) {
  const store = memoryOutbox();
  for (const entry of entries) await store.add(entry);
  return store;
}

describe('sendOutbox', () => {
  it('empties the outbox when the server records or already had every event', async () => {
    const store = await outboxWith(entryOf('e1'), entryOf('e2'));
    const server = fakeServer(() =>
      results({ id: 'e1', status: 'recorded' }, { id: 'e2', status: 'duplicate' }),
    );
    const report = await sendOutbox(store, server.fetch);
    expect(report.sent).toBe(2);
    expect(report.retry).toBeNull();
    expect(await store.list()).toEqual([]);
  });

  it('sends each event under the device token of the student who made it', async () => {
    const store = await outboxWith(
      entryOf('a1', 'token-ada'),
      entryOf('b1', 'token-bo'),
      entryOf('a2', 'token-ada'),
    );
    const server = fakeServer();
    await sendOutbox(store, server.fetch);
    expect(server.sent).toEqual([
      { token: 'token-ada', ids: ['a1', 'a2'] },
      { token: 'token-bo', ids: ['b1'] },
    ]);
  });

  it('keeps a rejected event, marked with the reason, and does not send it again', async () => {
    const store = await outboxWith(entryOf('e1'), entryOf('e2'));
    const server = fakeServer(() =>
      results(
        { id: 'e1', status: 'rejected', reason: 'unknown format' },
        { id: 'e2', status: 'recorded' },
      ),
    );
    await sendOutbox(store, server.fetch);
    const left = await store.list();
    expect(left.map((e) => [e.event.id, e.rejected])).toEqual([['e1', 'unknown format']]);
    await sendOutbox(store, server.fetch);
    expect(server.sent).toHaveLength(1);
  });

  it.each([
    [401, 'unknown-device', 'This device is not in a class any more.'],
    [410, 'removed', 'Your teacher removed you from this class.'],
  ])(
    'holds a student’s work when the server answers %i, and says why',
    async (status, code, reason) => {
      const store = await outboxWith(entryOf('e1'), entryOf('e2'));
      const server = fakeServer(() => json({ code, reason }, status));
      const report = await sendOutbox(store, server.fetch);
      expect(report.refused).toEqual({ code, reason });
      expect((await store.list()).map((e) => e.held)).toEqual([reason, reason]);
    },
  );

  it('never throws work away on another 4xx: the batch stays, marked with the reason', async () => {
    const store = await outboxWith(entryOf('e1'));
    const server = fakeServer(() =>
      json({ code: 'invalid', reason: 'The request is not JSON.' }, 400),
    );
    await sendOutbox(store, server.fetch);
    expect((await store.list()).map((e) => e.rejected)).toEqual(['The request is not JSON.']);
  });

  it.each([
    ['a network error', () => 'network' as const, 0],
    [
      'a 503 with Retry-After',
      () => json({ code: 'unavailable', reason: 'down' }, 503, { 'Retry-After': '10' }),
      10_000,
    ],
    ['a 429', () => json({ code: 'rate-limited', reason: 'wait' }, 429), 0],
  ])('keeps everything and asks for a retry after %s', async (_what, answer, afterMs) => {
    const store = await outboxWith(entryOf('e1'));
    const report = await sendOutbox(store, fakeServer(answer).fetch);
    expect(report.retry?.afterMs).toBe(afterMs);
    expect(await store.list()).toHaveLength(1);
  });

  it('hands back the server’s judgement of a Check with the entry it belongs to', async () => {
    const store = await outboxWith(entryOf('c1', 'token-ada', { kind: 'check' }));
    const judgement = {
      ok: true,
      type: 'choice',
      result: { options: [] },
      score: 1,
      summary: 'Right.',
    };
    const server = fakeServer(() => results({ id: 'c1', status: 'recorded', judgement } as never));
    const report = await sendOutbox(store, server.fetch);
    expect(report.results[0]?.entry.event.id).toBe('c1');
    expect(report.results[0]?.result.judgement).toEqual(judgement);
  });
});

describe('batchesOf', () => {
  it('sends at most 100 events in one request, in queue order', () => {
    const entries = Array.from({ length: 230 }, (_, n) => entryOf(`e${n}`));
    const batches = batchesOf(entries);
    expect(batches.map((b) => b.length)).toEqual([100, 100, 30]);
    expect(batches.flat().map((e) => e.event.id)).toEqual(entries.map((e) => e.event.id));
  });

  it('keeps a request under 256 kB', () => {
    const long = { type: 'rewrite' as const, text: 'x'.repeat(2000) };
    const entries = Array.from({ length: 100 }, (_, n) => entryOf(`e${n}`, 't', { answer: long }));
    const batches = batchesOf(entries);
    expect(batches.length).toBeGreaterThan(0);
    for (const batch of batches)
      expect(JSON.stringify({ events: batch.map((e) => e.event) }).length).toBeLessThanOrEqual(
        256 * 1024,
      );
  });
});
