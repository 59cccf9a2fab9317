import { parseEventStream } from './live-stream';

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
