/**
 * `npm run new -- article --text FILE`: the files of a new article in the corpus, from a plain
 * text file. The text is kept as published (one paragraph per line); the first line is taken as
 * the headline unless the teacher says there is none; the annotation file holds the article's
 * details and a commented example of every kind of annotation. What only the teacher can know
 * (who wrote it, where it comes from) is written as a "FILL IN …" placeholder, which `npm run
 * check` lists until it is replaced (`none` where there is none); everything else passes.
 */
import { CLAIM_STATUSES, PLACEHOLDER, SOURCE_TYPES, vocabularyIds } from '@sayswho/core';
import { paragraphsOf } from '../paragraphs-of';

export interface ArticleScaffold {
  readonly articleId: string;
  readonly storyId: string;
  /** Null when the teacher did not say (`--outlet`): the file then asks for it. */
  readonly outlet: string | null;
  /** YYYY-MM-DD */
  readonly published: string;
  readonly text: string;
  /** False for an article with no headline (`--headline none`): its first line is paragraph 1. */
  readonly headline: boolean;
  /** What the teacher said (`--byline`, `--dateline`, `--wire`, `--url`): a text or `none`; absent asks. */
  readonly details: Readonly<Partial<Record<'byline' | 'dateline' | 'wire' | 'url', string>>>;
}

/** What each detail holds, written where the teacher must fill it in. */
const ASK = {
  outlet: `${PLACEHOLDER} who published it, e.g. Springfield Gazette`,
  wire: `${PLACEHOLDER} the news agency the story comes from, e.g. Associated Press, or none`,
  byline: `${PLACEHOLDER} who wrote it, as the page says, or none`,
  dateline: `${PLACEHOLDER} the place the report starts with, e.g. SPRINGFIELD, or none`,
  credit: `${PLACEHOLDER} the credit line students see under the article, e.g. As published by the Springfield Gazette, 5 January 2026`,
  url: `${PLACEHOLDER} the address of the page, starting with https://, or none`,
  title: `${PLACEHOLDER} the title of the story`,
};

export function articleText(raw: string): string {
  return `${paragraphsOf(raw).join('\n')}\n`;
}

const yamlString = (value: string) =>
  /^[\w .,'’()–-]+$/u.test(value) && !/^[\d-]/.test(value) ? value : JSON.stringify(value);

export function scaffoldArticleYaml({
  articleId,
  outlet,
  published,
  text,
  headline,
  details,
}: ArticleScaffold): string {
  const [first = ''] = paragraphsOf(text);
  const p = articleId;
  const credit = outlet
    ? `As published by ${outlet}, ${published}. Used as classroom teaching material.`
    : ASK.credit;
  const headlineAnnotation = `
  - id: ${p}-headline
    kind: headline
    quote: ${JSON.stringify(first)}
    explanation: The title of the article, written by the outlet's editors.
`;
  return `# ${outlet ?? 'A new article'}: ${first.slice(0, 80)}
# Paragraph numbers: ${headline ? 'the first line of the .txt is the headline (no number); paragraph 1 is line 2.' : 'the article has no headline, so paragraph 1 is line 1 of the .txt.'}
# Replace every "${PLACEHOLDER} …" below with what the page says, or with none where there is none.
# Run \`npm run check\` after every change: it says exactly what to fix and where.
id: ${articleId}
outlet: ${yamlString(outlet ?? ASK.outlet)}
wire: ${yamlString(details.wire ?? ASK.wire)}
published: ${published}
byline: ${yamlString(details.byline ?? ASK.byline)}
dateline: ${yamlString(details.dateline ?? ASK.dateline)}
credit: ${yamlString(credit)}
url: ${yamlString(details.url ?? ASK.url)}
annotations:${headline ? headlineAnnotation : ''}
  # ── Examples of every kind. To use one, remove the # and one space at the start of each of its
  # lines, copy the quotes exactly from the .txt file, and write the explanation for students.
  # The guide to every field: packages/core/corpus/README.md
  #
  # - id: ${p}-mayor-said          # who says so: source, cue and content
  #   kind: attribution
  #   paragraph: 1
  #   source: the mayor
  #   cue: said
  #   content: the bridge will reopen on Monday
  #   sourceType: named-official   # ${vocabularyIds(SOURCE_TYPES).join(', ')}
  #   explanation: The mayor is named, so a reader knows exactly who is speaking.
  #
  # - id: ${p}-no-source           # a statement given as fact with no source
  #   kind: attribution
  #   content: Traffic has doubled since the bridge closed.
  #   sourceType: unattributed
  #   explanation: Nobody is named as the source of this figure.
  #
  # - id: ${p}-reopen-claim        # a claim the reporter could not check
  #   kind: unverified-claim
  #   quote: the bridge will reopen on Monday
  #   status: one-side             # ${vocabularyIds(CLAIM_STATUSES).join(', ')}; or a list: [anonymous-source, one-side]
  #   restsOn: the mayor
  #   attribution: ${p}-mayor-said
  #   explanation: Only the mayor says so; the report gives no other confirmation.
  #
  # - id: ${p}-cannot-verify       # the reporters say they could not check
  #   kind: disclaimer
  #   quote: The claim could not be independently verified.
  #   explanation: The reporters tell you themselves that they could not check the claim.
  #
  # - id: ${p}-chaos               # a word with feeling where a plainer word states the fact
  #   kind: loaded-wording
  #   quote: chaos
  #   alternatives: [delays, disruption]
  #   explanation: “Chaos” suggests disorder and danger; “delays” states the same fact plainly.
  #
  # - id: ${p}-byline
  #   kind: byline
  #   quote: By A. Reporter
  #   explanation: Who reported the story.
  #
  # - id: ${p}-dateline
  #   kind: dateline
  #   quote: SPRINGFIELD
  #   paragraph: 1
  #   explanation: Where the report was written from.
  #
  # - id: ${p}-summary             # a box of key points; must cover whole lines
  #   kind: summary
  #   quote: "What You Need To Know"
  #   explanation: A box of key points the outlet adds.
  #
  # - id: ${p}-newsletter          # page text that is not part of the report
  #   kind: boilerplate
  #   quote: Sign up for our newsletter
  #   explanation: A box from the website, not part of the report.
`;
}

export function scaffoldStoryYaml({
  storyId,
  articleId,
  published,
  text,
  headline,
  details,
}: ArticleScaffold): string {
  const [first] = paragraphsOf(text);
  return `id: ${storyId}
title: ${headline && first ? JSON.stringify(first) : yamlString(ASK.title)}
wire: ${yamlString(details.wire ?? ASK.wire)}
published: ${published}
articles: [${articleId}] # add another version's id here to compare the two
`;
}

/**
 * A story's `differences.yaml`, written with its second version: the kit compares the two by
 * itself; this is where a teacher names and explains a difference for a Compare exercise.
 */
export function scaffoldDifferencesYaml(from: string, to: string): string {
  return `# How ${from} and ${to} differ. The kit lines up their paragraphs and compares
# them word by word by itself: a <Compare mode="spot"> needs nothing written here. To name the
# kind of a difference and explain it (for <Compare mode="kind">), add it under differences:
# remove the # and one space at the start of each line of the example, and change it.
# The guide to every field: packages/core/corpus/README.md
from: ${from}
to: ${to}
differences:
  # - id: storms-winds              # a short name you choose
  #   kind: reworded                # added, removed, reworded, meaning-changed, name-form, punctuation
  #   from: storms                  # the words in ${from} (leave the line out for an addition)
  #   to: winds                     # the words in ${to} (leave the line out for a removal)
  #   explanation: One version blames the storms, the other the wind.
`;
}
