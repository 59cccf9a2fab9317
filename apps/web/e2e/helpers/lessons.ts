/** The seed lessons, as teachers add them: every `.mdx` file in the repository's `lessons/` folder. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const lessonsDir = join(__dirname, '../../../../lessons');

export const LESSON_SLUGS: readonly string[] = readdirSync(lessonsDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''))
  .sort();

/**
 * The kinds of exercise a lesson holds, as a keyboard user meets them: each component, with
 * Choice split into one answer and several, and Compare into its two modes.
 */
export function exerciseKinds(slug: string): Set<string> {
  const source = readFileSync(join(lessonsDir, `${slug}.mdx`), 'utf8');
  const kinds = new Set<string>();
  for (const [tag, name] of source.matchAll(/<(Spot|Choice|Classify|Rewrite|Compare)\b[^>]*>/g)) {
    if (name === 'Choice') kinds.add(/\smultiple\b/.test(tag) ? 'Choice multiple' : 'Choice');
    else if (name === 'Compare') kinds.add(`Compare ${/mode="kind"/.test(tag) ? 'kind' : 'spot'}`);
    else kinds.add(name!);
  }
  return kinds;
}

/**
 * The fewest lessons (chosen greedily; on ties the shorter lesson, as the quicker walk) that, added
 * to `start`, hold every kind of exercise between them. How a student answers depends on the kind
 * of exercise, not on the lesson's words.
 */
function coverEveryKind(start: readonly string[], slugs: readonly string[]): string[] {
  const kindsOf = new Map(slugs.map((slug) => [slug, exerciseKinds(slug)]));
  const length = (slug: string) => readFileSync(join(lessonsDir, `${slug}.mdx`), 'utf8').length;
  const missing = new Set([...kindsOf.values()].flatMap((kinds) => [...kinds]));
  const chosen = [...start];
  for (const slug of chosen) for (const kind of kindsOf.get(slug)!) missing.delete(kind);
  while (missing.size > 0) {
    const best = slugs
      .filter((slug) => !chosen.includes(slug))
      .map((slug) => ({ slug, adds: [...kindsOf.get(slug)!].filter((k) => missing.has(k)).length }))
      .reduce((a, b) =>
        b.adds > a.adds || (b.adds === a.adds && length(b.slug) < length(a.slug)) ? b : a,
      );
    chosen.push(best.slug);
    for (const kind of kindsOf.get(best.slug)!) missing.delete(kind);
  }
  return chosen.sort();
}

/** The keyboard-only walk: the fewest lessons that hold every kind of exercise. */
export function lessonsCoveringEveryKind(slugs: readonly string[] = LESSON_SLUGS): string[] {
  return coverEveryKind([], slugs);
}

/**
 * The mouse walk: every lesson the keyboard walk leaves out, so that every lesson's words and keys
 * are answered by one walk or the other. It need not meet every kind: a kind the mouse misses here
 * is answered by clicks in its component test, and its words are marked by the same word picker
 * the mouse drags across in a Spot.
 */
export function lessonsForMouseWalk(slugs: readonly string[] = LESSON_SLUGS): string[] {
  const keyboard = lessonsCoveringEveryKind(slugs);
  return slugs.filter((slug) => !keyboard.includes(slug));
}
