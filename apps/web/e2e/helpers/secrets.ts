/**
 * What a student page must never contain before Check: anything from an exercise's key (answers,
 * correct flags, per-option feedback, explanations) or a teacher note. Prose is compared by
 * distinctive runs of plain words, so HTML escaping and JSON escaping cannot hide a leak.
 */
import { getCorpus } from '@sayswho/core';
import type { SpotKey } from '@sayswho/core/quiz';
import type { ExerciseKey } from '@sayswho/lessons/exercise-spec';

/** The key's field names, as they would appear in serialised props (raw or inside an escaped RSC string). */
export const KEY_FIELDS =
  /\\?"(correct|feedback|explanationHtml|explanation|gold|distractors|alternatives)\\?"\s*:/;

const MIN_RUN = 24;

/** The longest run of plain words in a text, if long enough to be distinctive. */
export function distinctiveRun(text: string): string | null {
  const runs = text.replace(/<[^>]+>/g, ' ').match(/[A-Za-z][A-Za-z ,]*[A-Za-z]/g) ?? [];
  const longest = runs.map((r) => r.replace(/ +/g, ' ')).sort((a, b) => b.length - a.length)[0];
  return longest && longest.length >= MIN_RUN ? longest : null;
}

function spotProse(key: SpotKey): string[] {
  return [...key.gold.map((g) => g.explanation), ...key.distractors.map((d) => d.note)];
}

/** Every piece of prose in a key that only the key holds. */
export function keyProse(key: ExerciseKey): string[] {
  const prose = [key.explanationHtml ?? ''];
  switch (key.type) {
    case 'spot':
      prose.push(...spotProse(key.key));
      break;
    case 'choice':
      prose.push(...key.key.options.map((o) => o.feedback));
      break;
    case 'classify':
      prose.push(...key.key.items.map((i) => i.explanation));
      break;
    case 'rewrite':
      prose.push(...key.key.loaded.map((l) => l.explanation));
      break;
    case 'compare':
      for (const k of key.keys) {
        if (k.mode === 'spot') prose.push(...spotProse(k.from), ...spotProse(k.to));
        else prose.push(...k.choice.options.map((o) => o.feedback));
      }
  }
  return prose;
}

/**
 * Distinctive runs of the given prose, minus any that quote an article: a student page shows the
 * articles, so a run of article text proves nothing.
 */
export function secretRuns(prose: readonly string[]): string[] {
  const articles = getCorpus().articles.map((a) => a.text.replace(/\s+/g, ' '));
  const runs = prose.map(distinctiveRun).filter((r): r is string => r !== null);
  return [...new Set(runs)].filter((run) => !articles.some((text) => text.includes(run)));
}

/** The secrets found in a page's HTML: key field names and runs of secret prose. */
export function leaks(html: string, runs: readonly string[]): string[] {
  const flat = html.replace(/\\n|\s+/g, ' ').replace(/ +/g, ' ');
  const field = KEY_FIELDS.exec(html);
  return [
    ...(field ? [`key field ${field[0]}`] : []),
    ...runs.filter((run) => flat.includes(run)).map((run) => `“${run}”`),
  ];
}
