/** @jest-environment node */
import { createOutboxSender } from './outbox-sender';
import { memoryOutbox } from './outbox-store';
import { entryOf, fakeServer, results } from './class-device.testdata';

const settle = async () => {
  for (let n = 0; n < 20; n += 1) await Promise.resolve();
};

describe('createOutboxSender', () => {
  afterEach(() => jest.useRealTimers());

  it('sends a queued Check at once and says it reached the server', async () => {
    const server = fakeServer();
    const sender = createOutboxSender({ store: memoryOutbox(), fetchImpl: server.fetch });
    await sender.queue(entryOf('e1', 'token-ada', { kind: 'check' }));
    await settle();
    expect(server.sent.map((s) => s.ids)).toEqual([['e1']]);
    expect(sender.status()).toMatchObject({ waiting: 0, sent: true, unreachable: false });
  });

  it('keeps the work while the network is down and retries with backoff until it is back', async () => {
    jest.useFakeTimers();
    let down = true;
    const server = fakeServer(() => (down ? 'network' : undefined));
    const sender = createOutboxSender({
      store: memoryOutbox(),
      fetchImpl: server.fetch,
      random: () => 1,
    });
    await sender.queue(entryOf('e1', 'token-ada', { kind: 'check' }));
    await settle();
    expect(server.sent).toHaveLength(1);
    expect(sender.status()).toMatchObject({ waiting: 1, unreachable: true });

    await jest.advanceTimersByTimeAsync(1_000); // the first retry, after 1 s
    expect(server.sent).toHaveLength(2);
    down = false;
    await jest.advanceTimersByTimeAsync(1_999); // the second waits 2 s
    expect(server.sent).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1);
    await settle();
    expect(sender.status()).toMatchObject({ waiting: 0, unreachable: false, sent: true });
    sender.stop();
  });

  it('sends every event exactly once when events are queued while a pass is running', async () => {
    const server = fakeServer();
    const sender = createOutboxSender({ store: memoryOutbox(), fetchImpl: server.fetch });
    const hint = (id: string) => entryOf(id, 'token-ada', { kind: 'hint', answer: undefined });
    await Promise.all([
      sender.queue(hint('e1')),
      sender.queue(hint('e2')),
      sender.queue(hint('e3')),
    ]);
    await sender.flush();
    expect(server.sent.flatMap((s) => s.ids).sort()).toEqual(['e1', 'e2', 'e3']);
  });

  it('sends a burst of answers on one exercise as its last answer, within a second', async () => {
    jest.useFakeTimers();
    const server = fakeServer();
    const store = memoryOutbox();
    const replaced: string[] = [];
    const sender = createOutboxSender({
      store,
      fetchImpl: server.fetch,
      onReplaced: (entry) => replaced.push(entry.event.id),
    });
    const answer = (id: string, at: string, chosen: string) =>
      entryOf(id, 'token-ada', { at, answer: { type: 'choice', chosen: [chosen] } });
    await sender.queue(answer('a1', '2026-12-02T10:00:00.000Z', 'a'));
    await sender.queue(answer('a2', '2026-12-02T10:00:00.400Z', 'b'));
    await sender.queue(answer('a3', '2026-12-02T10:00:00.900Z', 'c'));
    // Not sent yet, and a reload now would find the last answer in the outbox.
    expect(server.sent).toEqual([]);
    expect((await store.list()).map((e) => e.event.answer)).toEqual([
      { type: 'choice', chosen: ['c'] },
    ]);
    expect(sender.status().waiting).toBe(1);
    await jest.advanceTimersByTimeAsync(1_000);
    await settle();
    expect(server.sent.map((s) => s.ids)).toEqual([['a3']]);
    expect(replaced).toEqual(['a1', 'a2']);
    sender.stop();
  });

  it('sends every answer a Check comes between, the Check at once, and the hints', async () => {
    const server = fakeServer();
    const sender = createOutboxSender({ store: memoryOutbox(), fetchImpl: server.fetch });
    const at = (ms: number) => `2026-12-02T10:00:00.${String(ms).padStart(3, '0')}Z`;
    await sender.queue(entryOf('a1', 'token-ada', { at: at(0) }));
    await sender.queue(entryOf('c1', 'token-ada', { at: at(100), kind: 'check' }));
    await sender.queue(entryOf('a2', 'token-ada', { at: at(200) }));
    await sender.queue(
      entryOf('h1', 'token-ada', { at: at(300), kind: 'hint', answer: undefined }),
    );
    await sender.flush();
    expect(server.sent.flatMap((s) => s.ids)).toEqual(['a1', 'c1', 'a2', 'h1']);
    sender.stop();
  });

  it('hands each of the server’s answers to whoever waits for it, and shows a refusal', async () => {
    const server = fakeServer(() =>
      results({ id: 'e1', status: 'rejected', reason: 'unknown format' }),
    );
    const seen: string[] = [];
    const sender = createOutboxSender({
      store: memoryOutbox(),
      fetchImpl: server.fetch,
      onResult: (entry, result) => seen.push(`${entry.event.id} ${result.status}`),
    });
    await sender.queue(entryOf('e1'));
    await sender.flush();
    expect(seen).toEqual(['e1 rejected']);
    expect(sender.status()).toMatchObject({ waiting: 0, rejected: 'unknown format' });
  });

  it('says when its outbox could only be kept in this page’s memory', async () => {
    const kept = createOutboxSender({ store: memoryOutbox(), durable: Promise.resolve(true) });
    const inMemory = createOutboxSender({ store: memoryOutbox(), durable: Promise.resolve(false) });
    await settle();
    expect(kept.status().memoryOnly).toBe(false);
    expect(inMemory.status().memoryOnly).toBe(true);
  });
});
