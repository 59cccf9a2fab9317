/**
 * What a student reads after checking a Spot answer: a message per item, a note per wrong
 * selection, a summary and the one thing to look at next. Plain English built from the key; the
 * app only lays it out.
 */
import type { Span } from '../corpus/types';
import type { BoundaryProblem, SpotExtra, SpotItemResult, SpotItemStatus } from './score-spot';
import { overlapLength, overlaps } from './spans';
import type { GoldItem, SpotKey } from './spot-key';
import { count, placesOf, withArticle } from './english';
import { shortQuote } from './quotes';

type Noun = SpotKey['noun'];
type Side = 'start' | 'end' | 'both';

/**
 * An item's message quotes the item only where the student selected all of it (found, or
 * selected with words around it); a boundary the student fell short of is described, never
 * quoted, so no message hands over words the attempt did not find.
 */
export function itemMessage(
  noun: Noun,
  item: GoldItem,
  how: { status: SpotItemStatus; boundary: BoundaryProblem | undefined; side: Side | null; coverage: number },
): string {
  if (how.status === 'found') return `You found “${item.label}”.`;
  if (how.status === 'missed') return `You missed ${withArticle(noun.one)} ${where(item.paragraph)}.`;
  if (how.status === 'too-much') return `It is inside a selection that takes in too much to count.`;
  if (how.coverage === 0) {
    return `You selected words next to ${withArticle(noun.one)} ${where(item.paragraph)}, but not the ${noun.one} itself.`;
  }
  const right = `Right ${noun.one}, wrong boundary`;
  switch (how.boundary) {
    case 'too-short':
      return `${right}: your selection leaves out ${how.side ? `words at its ${sideWords(how.side)}` : 'some of its words'}. Select the whole ${noun.one}.`;
    case 'too-long':
      return `${right}: your selection runs on past it at the ${sideWords(how.side ?? 'both')}. Select just “${item.label}”.`;
    default:
      return `${right}: your selection leaves out some of its words and takes in others that are not part of it.`;
  }
}

/**
 * Why a selection that touches no answer does not count: the corpus's distractor note when there
 * is one. A borderline item's explanation is kept apart (SpotExtra.explanation): it may quote answers.
 */
export function extraNote(
  text: string,
  key: SpotKey,
  run: Span,
  borderline: GoldItem | null,
  quoted = shortQuote(text, run),
): string {
  const quote = `“${quoted}”`;
  if (borderline) return `${quote} is debatable: it could count or not, so it does not change your score.`;
  const distractor = key.distractors
    .filter((d) => overlaps(d.span, run))
    .sort((x, y) => overlapLength(y.span, run) - overlapLength(x.span, run))[0];
  return distractor ? `${quote}: ${distractor.note}` : `${quote} is not ${withArticle(key.noun.one)}.`;
}

/**
 * The one message for a selection that takes in far more than the answers inside it. Both notes
 * take the selection's quote when the caller has its words already (see `quoteOfWords`).
 */
export function tooMuchNote(text: string, noun: Noun, run: Span, quoted = shortQuote(text, run)): string {
  return (
    `Your selection “${quoted}” takes in too much to count: a selection that covers ` +
    `so much cannot show which words are the ${noun.many}. Mark only the ${noun.many}, each on its own.`
  );
}

export function summaryFor(
  noun: Noun,
  items: readonly SpotItemResult[],
  extras: readonly SpotExtra[],
  { score, recall }: { score: number; recall: number },
): string {
  const found = items.filter((i) => i.status === 'found').length;
  const boundary = items.filter((i) => i.status === 'boundary').length;
  const tooMuch = extras.filter((e) => e.status === 'too-much').length;
  const wrong = extras.filter((e) => e.status === 'not-an-instance').length;
  const parts = [`You found ${found} of ${count(items.length, noun)}.`];
  if (score === 0 && recall > 0 && tooMuch === 0) {
    parts.unshift(`Your selection takes in so much of the text that it does not pick out the ${noun.many}.`);
  }
  if (boundary > 0) {
    parts.push(`${boundary} more ${boundary === 1 ? 'is' : 'are'} in the right place but with the wrong boundary.`);
  }
  if (tooMuch > 0) {
    parts.push(`${tooMuch} of your selections ${tooMuch === 1 ? 'takes' : 'take'} in too much to count.`);
  }
  if (wrong > 0) {
    parts.push(`${wrong} of your selections ${wrong === 1 ? 'is' : 'are'} not ${noun.many === noun.one ? noun.one : withArticle(noun.one)}.`);
  }
  parts.push(`Score: ${Math.round(score * 100)}%.`);
  return parts.join(' ');
}

/**
 * The single most useful thing to do next: select less, then find what is missing, then fix
 * boundaries, then drop extras.
 */
export function nextStepFor(text: string, noun: Noun, items: readonly SpotItemResult[], extras: readonly SpotExtra[]): string {
  if (extras.some((e) => e.status === 'too-much')) {
    return `Select less: mark only the ${noun.many}, each on its own, not the sentences around them.`;
  }
  const missed = items.filter((i) => i.status === 'missed');
  const first = missed[0];
  if (first) {
    return `Look again in ${placesOf(missed.map((i) => i.paragraph))}: there ${missed.length === 1 ? `is ${withArticle(noun.one)}` : `are ${missed.length} ${noun.many}`} you have not found yet.`;
  }
  const boundary = items.find((i) => i.status === 'boundary');
  if (boundary) return `Check where your selection ${where(boundary.paragraph)} starts and ends: ${boundary.message}`;
  const extra = extras.find((e) => e.status === 'not-an-instance');
  if (extra) return `Read the note on “${shortQuote(text, extra.span)}” and think about why it does not count.`;
  return `You found every ${noun.one} with nothing extra. Move on to the next exercise.`;
}

function where(paragraph: number | null): string {
  return paragraph === null ? 'in the headline or summary box' : `in paragraph ${paragraph}`;
}

function sideWords(side: Side): string {
  return side === 'both' ? 'start and end' : side;
}
