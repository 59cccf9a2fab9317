/**
 * The one vocabulary of Says Who: annotation kinds, source types, claim statuses and
 * difference kinds. The corpus files, the quiz logic, the lessons and the UI all use these ids;
 * nothing else invents a name for them. Each entry has a display label and a one-line
 * definition written for a 14–17-year-old.
 *
 * Browser-safe: no imports.
 */

export interface VocabularyEntry {
  readonly label: string;
  readonly definition: string;
}

function vocabulary<const Id extends string>(entries: Record<Id, VocabularyEntry>) {
  return entries;
}

export const ANNOTATION_KINDS = vocabulary({
  attribution: {
    label: 'Attribution',
    definition:
      'The text tells you who says something: a source, a cue word such as “said”, and what they said.',
  },
  'unverified-claim': {
    label: 'Unverified claim',
    definition:
      'A claim the reporter passes on but did not or could not check, so it rests on someone’s word.',
  },
  'loaded-wording': {
    label: 'Loaded wording',
    definition:
      'A word or phrase that carries feeling or judgement, where a plainer word would state the same fact.',
  },
  disclaimer: {
    label: 'Disclaimer',
    definition:
      'The reporters’ own warning that they could not check something (“It wasn’t possible to independently verify the claims.”).',
  },
  boilerplate: {
    label: 'Page boilerplate',
    definition:
      'Text from the website around the article (menus, sign-ups, promotions), not part of the report.',
  },
  headline: {
    label: 'Headline',
    definition: 'The title of the article, usually written by an editor, not the reporter.',
  },
  byline: {
    label: 'Byline or credit',
    definition: 'The line that says who wrote the report or contributed to it.',
  },
  dateline: {
    label: 'Dateline',
    definition: 'The place at the start of a report that says where it was written from.',
  },
  summary: {
    label: 'Summary box',
    definition: 'A short list of key points that an outlet adds above or beside the article.',
  },
});
export type AnnotationKind = keyof typeof ANNOTATION_KINDS;

/** Source types, after PARC 3.0 attribution relations, sorted from most to least checkable. */
export const SOURCE_TYPES = vocabulary({
  'named-official': {
    label: 'Named official',
    definition: 'A person named in the text who speaks for a government, army or agency.',
  },
  'named-person': {
    label: 'Named person',
    definition: 'A person named in the text who does not speak for a government body.',
  },
  'government-body': {
    label: 'Government or military body',
    definition: 'A government, ministry, embassy or army speaking as an institution, with no person named.',
  },
  organisation: {
    label: 'Organisation or think tank',
    definition: 'A named group outside government, such as a research institute, charity or company.',
  },
  'anonymous-officials': {
    label: 'Anonymous officials',
    definition: 'Officials or experts the text does not name (“U.S. officials said”, “analysts say”).',
  },
  'unnamed-group': {
    label: 'Unnamed group',
    definition:
      'A group outside government that the text does not name (“critics said”, “opponents slammed”, “activists”).',
  },
  'news-outlet': {
    label: 'News outlet or writer',
    definition: 'The reporters, news agency or outlet itself, as in a byline or credit line.',
  },
  vague: {
    label: 'Vague source',
    definition:
      'A source too vague to say who it is (“some say”, “it is said”, “reportedly”): there is a cue, but nobody to check.',
  },
  unattributed: {
    label: 'Unattributed',
    definition: 'A statement presented as fact with no source given.',
  },
});
export type SourceType = keyof typeof SOURCE_TYPES;

/** Why a claim could not be taken as checked fact, after FactBank's per-source factuality. */
export const CLAIM_STATUSES = vocabulary({
  'not-verified': {
    label: 'Not independently verified',
    definition: 'The text says outright that the claim could not be checked.',
  },
  'one-side': {
    label: 'One side’s word',
    definition: 'The claim comes from one side of a conflict, with no independent confirmation given.',
  },
  'anonymous-source': {
    label: 'Anonymous source',
    definition: 'The claim rests on people the text does not name, so a reader cannot check who they are.',
  },
  speculation: {
    label: 'Speculation',
    definition: 'A guess about what might happen or why (“possibly”, “likely”, “could”).',
  },
});
export type ClaimStatus = keyof typeof CLAIM_STATUSES;

/** How two versions of one story differ, after NewsEdits' edit actions. */
export const DIFFERENCE_KINDS = vocabulary({
  added: {
    label: 'Added',
    definition: 'Text that only the second version has.',
  },
  removed: {
    label: 'Removed',
    definition: 'Text that only the first version has.',
  },
  reworded: {
    label: 'Reworded',
    definition: 'The same point said with different words.',
  },
  'meaning-changed': {
    label: 'Meaning changed',
    definition: 'A rewording that changes what the sentence says, not just how.',
  },
  'name-form': {
    label: 'Name form',
    definition: 'The same person or thing named in a longer or shorter way.',
  },
  punctuation: {
    label: 'Punctuation or spelling',
    definition: 'Only quote marks, dashes, commas or capital letters differ.',
  },
});
export type DifferenceKind = keyof typeof DIFFERENCE_KINDS;

/** The reader's toggleable layers, and which annotation kinds each shows. */
export const LAYERS = vocabulary({
  attribution: {
    label: 'Who says so',
    definition: 'Sources, cue words and what they are credited with.',
  },
  claims: {
    label: 'Unverified claims',
    definition: 'What the text relays without confirming it, and where it says so.',
  },
  'loaded-wording': {
    label: 'Loaded wording',
    definition: 'Words that carry feeling or judgement.',
  },
  structure: {
    label: 'Page and article parts',
    definition: 'Headline, dateline, byline, summary box and page boilerplate.',
  },
});
export type Layer = keyof typeof LAYERS;

export const LAYER_KINDS: Record<Layer, readonly AnnotationKind[]> = {
  attribution: ['attribution'],
  claims: ['unverified-claim', 'disclaimer'],
  'loaded-wording': ['loaded-wording'],
  structure: ['headline', 'dateline', 'byline', 'summary', 'boilerplate'],
};

/** The parts of a PARC attribution relation, for Spot exercises on attribution. */
export const ATTRIBUTION_ROLES = vocabulary({
  source: { label: 'Source', definition: 'Who the words or claim come from.' },
  cue: { label: 'Cue', definition: 'The word or phrase that signals attribution (“said”, “according to”).' },
  content: { label: 'Content', definition: 'What the source is credited with saying or claiming.' },
});
export type AttributionRole = keyof typeof ATTRIBUTION_ROLES;

export function isVocabularyId<V extends Record<string, VocabularyEntry>>(
  vocab: V,
  id: string,
): id is Extract<keyof V, string> {
  return Object.prototype.hasOwnProperty.call(vocab, id);
}

export function vocabularyIds<V extends Record<string, VocabularyEntry>>(vocab: V) {
  return Object.keys(vocab) as Extract<keyof V, string>[];
}
