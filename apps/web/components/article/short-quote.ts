/** Cuts a long quote (a whole paragraph or summary box) to its first words for notes and lists. */
export function shortQuote(quote: string, words = 14): string {
  const all = quote.split(/\s+/);
  return all.length <= words ? quote : `${all.slice(0, words).join(' ')} …`;
}
