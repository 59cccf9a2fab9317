/** Small helpers for the plain-English feedback the quiz builds. */

/** “a cue”, “an attribution”. */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** “a”, “a and b”, “a, b and c” (or “or” with `joiner`). */
export function listOf(items: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]}`;
}

/** “1 cue”, “3 cues”. */
export function count(n: number, noun: { readonly one: string; readonly many: string }): string {
  return `${n} ${n === 1 ? noun.one : noun.many}`;
}
