/**
 * Reads the class's live channel for this student (`GET /api/class/live`, server-sent events)
 * with `fetch`, which can send the device token (EventSource cannot set a header). Each message
 * only names what changed; the page then asks the server for its state again. The stream is
 * opened again with backoff when it drops; a refusal (401/410) ends it.
 */
import { backoffMs } from './backoff';

/** Splits a chunk of an event stream into the `data:` payloads it completes; returns the rest. */
export function parseEventStream(buffer: string): { messages: string[]; rest: string } {
  const blocks = buffer.replace(/\r\n?/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  const messages = blocks.flatMap((block) => {
    const data = block
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).replace(/^ /, ''));
    return data.length > 0 ? [data.join('\n')] : [];
  });
  return { messages, rest };
}

export interface LiveOptions {
  readonly token: string;
  /** A message arrived, or the stream (re)opened and anything may have changed meanwhile. */
  readonly onChange: (message: unknown) => void;
  /** The server refused the device (status and body): the stream stops. */
  readonly onRefused: (status: number) => void;
  /** The stream (re)opened: the server answers again (after a restart, say). */
  readonly onOpen?: () => void;
}

/** Opens the stream; returns the function that closes it. */
export function readLive(options: LiveOptions): () => void {
  const abort = new AbortController();
  let failures = 0;

  async function open(): Promise<void> {
    const response = await fetch('/api/class/live', {
      headers: { Authorization: `Bearer ${options.token}`, Accept: 'text/event-stream' },
      cache: 'no-store',
      signal: abort.signal,
    });
    if (response.status === 401 || response.status === 410) {
      options.onRefused(response.status);
      return;
    }
    if (!response.ok || !response.body) throw new Error(`live: HTTP ${response.status}`);
    failures = 0;
    options.onOpen?.();
    options.onChange(null);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const parsed = parseEventStream(buffer + value);
      buffer = parsed.rest;
      for (const message of parsed.messages) {
        try {
          options.onChange(JSON.parse(message));
        } catch {
          options.onChange(null);
        }
      }
    }
    throw new Error('live: the stream ended');
  }

  async function run(): Promise<void> {
    while (!abort.signal.aborted) {
      try {
        await open();
        return;
      } catch {
        if (abort.signal.aborted) return;
        failures += 1;
        await new Promise((resolve) => setTimeout(resolve, backoffMs(failures, Math.random())));
      }
    }
  }
  void run();
  return () => abort.abort();
}
