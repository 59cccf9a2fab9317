/** Names people type (a student's nickname, a class, a teacher): trimmed, bounded, plain text. */
import { ok, refuse, type Result } from '../result';

export function checkName(typed: unknown, what: string, maxLength: number): Result<string> {
  const name = typeof typed === 'string' ? typed.normalize('NFC').replace(/\s+/g, ' ').trim() : '';
  if (!name) return refuse('invalid', `${what} is empty: write at least one letter.`);
  // Counted in characters a person sees (an emoji is one), not UTF-16 units.
  if ([...name].length > maxLength)
    return refuse('invalid', `${what} is longer than ${maxLength} characters.`);
  // Control characters have no place in a name and could garble a roster or a terminal.
  if (/\p{Cc}/u.test(name))
    return refuse('invalid', `${what} holds a character that cannot be shown.`);
  return ok(name);
}
