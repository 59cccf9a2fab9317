/** @jest-environment node */
import { answerReplacedBy } from './coalesce-answers';
import { entryOf } from './class-device.testdata';
import type { OutboxEntry } from './outbox-store';

const at = (ms: number) => new Date(Date.parse('2026-12-02T10:00:00Z') + ms).toISOString();
const answer = (id: string, ms: number, change: Parameters<typeof entryOf>[2] = {}) =>
  entryOf(id, 'token-ada', { at: at(ms), ...change });
const replaced = (waiting: OutboxEntry[], entry: OutboxEntry) =>
  answerReplacedBy(waiting, entry)?.event.id ?? null;

describe('an answer replaces the answer waiting just before it', () => {
  it('on the same exercise, made within a second', () => {
    expect(replaced([answer('a1', 0)], answer('a2', 1_000))).toBe('a1');
  });

  it('not when more than a second passed: the teacher sees the student’s path', () => {
    expect(replaced([answer('a1', 0)], answer('a2', 1_001))).toBeNull();
  });

  it('not when a Check came between them: the first answer is what was checked', () => {
    const check = answer('c1', 100, { kind: 'check' });
    expect(replaced([answer('a1', 0), check], answer('a2', 200))).toBeNull();
  });

  it('never a Check, a hint or "show answer", and never by one', () => {
    for (const kind of ['check', 'hint', 'show-answer'] as const) {
      expect(replaced([answer('x1', 0, { kind })], answer('a2', 100))).toBeNull();
      expect(replaced([answer('a1', 0)], answer('x2', 100, { kind }))).toBeNull();
    }
  });

  it('only of the same student, exercise and version of the lesson', () => {
    const first = answer('a1', 0);
    expect(replaced([first], entryOf('a2', 'token-bo', { at: at(100) }))).toBeNull();
    expect(replaced([first], answer('a2', 100, { exerciseId: 'other' }))).toBeNull();
    expect(
      replaced([first], answer('a2', 100, { lesson: { slug: 'who-says-so', fingerprint: 'f2' } })),
    ).toBeNull();
    // Events of other exercises between the two do not keep them apart.
    const elsewhere = answer('b1', 50, { exerciseId: 'other' });
    expect(replaced([first, elsewhere], answer('a2', 100))).toBe('a1');
  });

  it('not one the server refused, or work brought in from before joining', () => {
    expect(
      replaced([{ ...answer('a1', 0), rejected: 'old format' }], answer('a2', 100)),
    ).toBeNull();
    expect(replaced([answer('a1', 0, { imported: true })], answer('a2', 100))).toBeNull();
  });
});
