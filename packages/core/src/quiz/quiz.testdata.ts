/**
 * A small hand-built article for rule tests: a headline and three paragraphs with attributions,
 * a claim, loaded wording (one borderline) and distractors. Quotes are located like the corpus
 * loader does, so offsets in the tests read as words, not numbers.
 */
import type { Annotation, Article, Block, Span } from '../corpus/types';

export const TEXT = [
  'Officials warn of new strikes on Kyiv',
  'KYIV, Ukraine — Russia battered the city overnight, Mayor Ivan Petrov said on Tuesday.',
  'The attack killed three people, according to the regional governor. Rescue crews worked through the night.',
  'Analysts say the strikes could continue. It wasn’t possible to verify the claims.',
].join('\n');

/** The span of the `occurrence`-th (1-based) `quote` in TEXT; throws if absent so a typo fails loudly. */
export function at(quote: string, occurrence = 1, text = TEXT): Span {
  let from = -1;
  for (let i = 0; i < occurrence; i += 1) {
    from = text.indexOf(quote, from + 1);
    if (from < 0) throw new Error(`fixture quote not found: ${quote} (#${occurrence})`);
  }
  return { start: from, end: from + quote.length };
}

const location = { file: 'fixture.yaml', line: 1, column: 1 };
const base = { articleId: 'fixture', teacherNote: null, distractors: [], borderline: false, location } as const;

function hull(...spans: Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

const mayor = { source: at('Mayor Ivan Petrov'), cue: at('said'), content: at('Russia battered the city overnight') };
const governor = { source: at('the regional governor'), cue: at('according to'), content: at('The attack killed three people') };
const analysts = { source: at('Analysts'), cue: at('say'), content: at('the strikes could continue') };

export const ANNOTATIONS: Annotation[] = [
  { ...base, id: 'headline', kind: 'headline', span: at('Officials warn of new strikes on Kyiv'), extent: at('Officials warn of new strikes on Kyiv'), explanation: 'The title.' },
  {
    ...base,
    id: 'mayor-said',
    kind: 'attribution',
    sourceType: 'named-official',
    refersTo: null,
    ...mayor,
    span: hull(mayor.content, mayor.source, mayor.cue),
    extent: hull(mayor.content, at('on Tuesday')),
    explanation: 'The mayor is named, with his job.',
  },
  {
    ...base,
    id: 'governor-according',
    kind: 'attribution',
    sourceType: 'government-body',
    refersTo: null,
    ...governor,
    span: hull(governor.content, governor.source),
    extent: hull(governor.content, governor.source),
    explanation: 'The governor speaks for the region but is not named.',
  },
  {
    ...base,
    id: 'analysts-say',
    kind: 'attribution',
    sourceType: 'anonymous-officials',
    refersTo: null,
    ...analysts,
    span: hull(analysts.source, analysts.content),
    extent: hull(analysts.source, analysts.content),
    explanation: 'We are not told which analysts.',
  },
  {
    ...base,
    id: 'killed-claim',
    kind: 'unverified-claim',
    status: 'one-side',
    statuses: ['one-side'],
    restsOn: 'the regional governor',
    attributionId: 'governor-according',
    span: at('The attack killed three people'),
    extent: at('The attack killed three people'),
    explanation: 'Only the governor says so.',
  },
  {
    ...base,
    id: 'battered',
    kind: 'loaded-wording',
    alternatives: ['hit', 'attacked'],
    span: at('battered'),
    extent: at('battered'),
    explanation: '“Battered” suggests repeated violent blows.',
    distractors: [{ span: at('strikes', 2), note: '“Strikes” is the ordinary word for attacks.' }],
  },
  {
    ...base,
    id: 'warn',
    kind: 'loaded-wording',
    alternatives: ['say'],
    span: at('warn'),
    extent: at('warn'),
    borderline: true,
    explanation: '“Warn” adds urgency, but it is also a normal word for officials’ statements.',
  },
];

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  text.split('\n').forEach((line, index) => {
    blocks.push({
      index,
      start,
      end: start + line.length,
      role: index === 0 ? 'headline' : 'paragraph',
      paragraph: index === 0 ? null : index,
    });
    start += line.length + 1;
  });
  return blocks;
}

export const ARTICLE: Article = {
  id: 'fixture',
  storyId: 'fixture-story',
  outlet: 'Fixture Daily',
  wire: null,
  published: '2024-11-20',
  headline: 'Officials warn of new strikes on Kyiv',
  byline: 'A. Reporter',
  dateline: 'KYIV, Ukraine',
  credit: 'A made-up article for tests.',
  url: null,
  text: TEXT,
  blocks: blocksOf(TEXT),
  annotations: ANNOTATIONS,
};
