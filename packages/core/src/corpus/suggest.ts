/** "Did you mean …?" for a mistyped vocabulary id or field name. */

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest candidate, when it is close enough to be a plausible typo. */
export function closestWord(input: string, candidates: readonly string[]): string | null {
  const typed = input.toLowerCase().replace(/[\s_]+/g, '-');
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : null;
}

/** `Use one of: a, b, c` with the likely one first when there is one. */
export function suggestOneOf(input: string, candidates: readonly string[]): string {
  const guess = closestWord(input, candidates);
  const list = `use one of: ${candidates.join(', ')}`;
  return guess ? `did you mean \`${guess}\`? (${list})` : list;
}
