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

/** “paragraph 4”, “paragraphs 4, 5 and 7”, “paragraph 2 and the headline or summary box”. */
export function placesOf(paragraphs: readonly (number | null)[]): string {
  const numbers = [...new Set(paragraphs.filter((p): p is number => p !== null))].sort((a, b) => a - b);
  const places = [
    ...(numbers.length > 0 ? [`paragraph${numbers.length === 1 ? '' : 's'} ${listOf(numbers.map(String))}`] : []),
    ...(paragraphs.includes(null) ? ['the headline or summary box'] : []),
  ];
  return listOf(places);
}
