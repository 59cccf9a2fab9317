import type { LiveListener, LiveMessage, RunningClassroom } from '@sayswho/classroom';
import { HEARTBEAT_MS, liveStream } from './live-stream';

/** A classroom whose live channel the test drives by hand. */
function fakeClassroom() {
  const listeners = new Set<LiveListener>();
  const live = {
    subscribe: (_classId: string, listener: LiveListener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {},
  };
  const emit = (message: LiveMessage) => listeners.forEach((l) => l(message));
  return { classroom: { live } as unknown as RunningClassroom, listeners, emit };
}

async function readText(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<string> {
  const { value } = await reader.read();
  return new TextDecoder().decode(value);
}

describe('a live stream', () => {
  afterEach(() => jest.useRealTimers());

  it('says it is open, passes the wanted messages, and keeps the connection warm every 15 s', async () => {
    jest.useFakeTimers();
    const { classroom, emit } = fakeClassroom();
    const response = liveStream(
      new Request('http://127.0.0.1:3000/api/class/live'),
      classroom,
      'class-1',
      (m) => m.kind !== 'joined',
    );
    const reader = response.body!.getReader();
    expect(await readText(reader)).toBe(': connected\n\n');
    emit({ kind: 'joined', classId: 'class-1', studentId: 's2' });
    emit({ kind: 'class-changed', classId: 'class-1' });
    expect(await readText(reader)).toBe('data: {"kind":"class-changed","classId":"class-1"}\n\n');
    jest.advanceTimersByTime(HEARTBEAT_MS);
    expect(await readText(reader)).toBe(': heartbeat\n\n');
  });

  it('lets go of the channel when the reader goes', async () => {
    const { classroom, listeners } = fakeClassroom();
    const gone = new AbortController();
    const response = liveStream(
      new Request('http://127.0.0.1:3000/api/class/live', { signal: gone.signal }),
      classroom,
      'class-1',
      () => true,
    );
    const reader = response.body!.getReader();
    await reader.read();
    expect(listeners.size).toBe(1);
    gone.abort();
    expect(listeners.size).toBe(0);
    expect((await reader.read()).done).toBe(true);
  });
});
