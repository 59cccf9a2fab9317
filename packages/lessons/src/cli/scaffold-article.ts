/**
 * `npm run new -- article --text FILE`: the files of a new article in the corpus, from a plain
 * text file. The text is kept as published (one paragraph per line); the first line is taken as
 * the headline; the annotation file holds the article's details and a commented example of
 * every kind of annotation. The result passes `npm run check` as it is.
 */
export interface ArticleScaffold {
  readonly articleId: string;
  readonly storyId: string;
  readonly outlet: string;
  /** YYYY-MM-DD */
  readonly published: string;
  readonly text: string;
}

/**
 * One paragraph per line, as the corpus wants it. A text whose paragraphs are separated by blank
 * lines may wrap lines inside a paragraph (an e-mail, a copy from a PDF): those are joined.
 */
export function paragraphsOf(raw: string): string[] {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const chunks = /\n[ \t]*\n/.test(text)
    ? text.split(/\n[ \t]*\n/).map((c) =>
        c
          .split('\n')
          .map((l) => l.trim())
          .join(' '),
      )
    : text.split('\n');
  return chunks.map((c) => c.trim()).filter(Boolean);
}

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
}: ArticleScaffold): string {
  const [headline = ''] = paragraphsOf(text);
  const p = articleId;
  return `# ${outlet}: ${headline.slice(0, 80)}
# Paragraph numbers: the first line of the .txt is the headline (no number); paragraph 1 is line 2.
# Run \`npm run check\` after every change: it says exactly what to fix and where.
id: ${articleId}
outlet: ${yamlString(outlet)}
wire: null # the news agency, e.g. Associated Press, or null
published: ${published}
byline: Who wrote it, as the page says
dateline: null # the place the report starts with, e.g. KYIV, Ukraine, or null
credit: ${yamlString(`As published by ${outlet}, ${published}. Used as classroom teaching material.`)}
url: null # or the address of the page, https://…
annotations:
  - id: ${p}-headline
    kind: headline
    quote: ${JSON.stringify(headline)}
    explanation: The title of the article, written by the outlet's editors.

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
  #   sourceType: named-official   # named-official, named-person, government-body, organisation, anonymous-officials, news-outlet, unattributed
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
  #   status: one-side             # not-verified, one-side, anonymous-source or speculation
  #   restsOn: the mayor
  #   attribution: ${p}-mayor-said
  #   explanation: Only the mayor says so; the report gives no other confirmation.
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
}: ArticleScaffold): string {
  const [headline = storyId] = paragraphsOf(text);
  return `id: ${storyId}
title: ${JSON.stringify(headline)}
wire: null # the news agency, e.g. Associated Press, or null
published: ${published}
articles: [${articleId}] # add another version's id here to compare the two
`;
}
