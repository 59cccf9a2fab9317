/** @jest-environment node */
import { parseEventStream, readLive } from './live-stream';

describe('parseEventStream', () => {
  it('gives each complete message’s data and keeps the unfinished rest', () => {
    const { messages, rest } = parseEventStream(
      'data: {"kind":"locked"}\n\n: heartbeat\n\ndata: {"kind":"ren',
    );
    expect(messages).toEqual(['{"kind":"locked"}']);
    expect(rest).toBe('data: {"kind":"ren');
  });

  it('joins a message written over several data lines, whatever the line endings', () => {
    expect(parseEventStream('data: a\r\ndata: b\r\n\r\n').messages).toEqual(['a\nb']);
  });
});

describe('readLive', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('says when the stream opens, then hands on each message', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(': connected\n\ndata: {"kind":"locked"}\n\n'));
      },
    });
    global.fetch = jest.fn(async () => new Response(body, { status: 200 }));
    const seen: unknown[] = [];
    let close = () => {};
    await new Promise<void>((resolve) => {
      close = readLive({
        token: 't',
        onOpen: () => seen.push('open'),
        onChange: (message) => {
          seen.push(message);
          if (message) resolve();
        },
        onRefused: () => seen.push('refused'),
      });
    });
    close();
    expect(seen).toEqual(['open', null, { kind: 'locked' }]);
  });
});
