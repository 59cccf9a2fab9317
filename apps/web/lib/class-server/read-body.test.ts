import { readJsonObject, readText } from './read-body';

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://127.0.0.1:3000/api/class/join', { method: 'POST', body, headers });

/** A body that arrives in pieces, with no Content-Length to go by. */
function streamed(pieces: number, size: number): Request {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === pieces) return controller.close();
      sent += 1;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return new Request('http://127.0.0.1:3000/api/class/events', {
    method: 'POST',
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('reading a request body', () => {
  it('reads a body within the limit', async () => {
    expect(await readText(post('{"a":1}'), 100)).toEqual({ ok: true, value: '{"a":1}' });
  });

  it('refuses a body over the limit with 413, by its declared length', async () => {
    const read = await readText(post('x'.repeat(200)), 100);
    expect(read).toMatchObject({ ok: false, status: 413, code: 'too-large' });
  });

  it('stops reading a streamed body at the limit, whatever it declared', async () => {
    const read = await readText(streamed(1000, 1024), 10 * 1024);
    expect(read).toMatchObject({ ok: false, status: 413 });
  });

  it('reads a JSON object', async () => {
    expect(await readJsonObject(post('{"code":"ABC123","name":"Sam"}'))).toEqual({
      ok: true,
      value: { code: 'ABC123', name: 'Sam' },
    });
  });

  it.each([
    ['not JSON', '{code: ABC'],
    ['an array', '[1,2]'],
    ['null', 'null'],
    ['a string', '"Sam"'],
    ['nothing', ''],
  ])('refuses %s with 400 and a reason', async (_what, body) => {
    const read = await readJsonObject(post(body));
    expect(read).toMatchObject({ ok: false, status: 400, code: 'invalid' });
    expect(read.ok || read.reason).toMatch(/JSON/);
  });
});
