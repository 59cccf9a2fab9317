import type { LiveListener, LiveMessage, RunningClassroom } from '@sayswho/classroom';
import { endLiveStreams, HEARTBEAT_MS, liveStream } from './live-stream';

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

  // Last in the file: a stopping server stays stopping.
  it('ends every open stream when the server stops, refuses new ones, and closes each connection', async () => {
    const { classroom, listeners } = fakeClassroom();
    const open = () =>
      liveStream(
        new Request('http://127.0.0.1:3000/api/class/live'),
        classroom,
        'class-1',
        () => true,
      );
    const responses = [open(), open()];
    expect(responses[0]!.headers.get('connection')).toBe('close');
    const readers = responses.map((r) => r.body!.getReader());
    for (const reader of readers) await reader.read();
    endLiveStreams();
    expect(listeners.size).toBe(0);
    for (const reader of readers) expect((await reader.read()).done).toBe(true);
    const late = open();
    expect(late.status).toBe(503);
    expect(late.headers.get('connection')).toBe('close');
    expect(listeners.size).toBe(0);
  });
});
