/**
 * The examples of a new lesson, fitted to its article: paragraph ranges the article has, a Spot
 * with something to find, Classify categories its sources fill, a loaded word of its own to
 * rewrite, the Compare of its own story. Each candidate is tried with the lesson checker itself,
 * so an example switched on passes `npm run check`; when the article has nothing an exercise needs
 * yet (no loaded wording, one version only), the example says what to add first.
 */
import { paragraphs, type Article, type Corpus } from '@sayswho/core';
import { checkLesson } from '../check-lesson';

/** An example's opening tag and inner parts, or why the article cannot have it yet. */
export type FittedExample =
  | {
      readonly tag: string;
      readonly inside?: readonly string[];
      readonly articles?: readonly string[];
    }
  | { readonly missing: string; readonly tag: string; readonly inside?: readonly string[] };

export interface FittedExamples {
  /** The `<Article>` of the warm-up. */
  readonly warmUp: string;
  readonly spot: FittedExample;
  readonly classify: FittedExample;
  readonly rewrite: FittedExample;
  readonly compare: FittedExample;
}

const range = (first: number, last: number) => `paragraphs={[${first}, ${last}]}`;

export function fitExamples(article: Article, corpus: Corpus): FittedExamples {
  const count = paragraphs(article).length;
  const id = article.id;
  const passes = (tag: string, inside: readonly string[], articles: readonly string[]) =>
    checkLesson(trialLesson(tag, inside, articles), { file: 'new.mdx', slug: 'new', corpus })
      .diagnostics.length === 0;
  const first = (
    candidates: readonly {
      tag: string;
      inside?: readonly string[];
      articles?: readonly string[];
    }[],
  ) => candidates.find((c) => passes(c.tag, c.inside ?? [], c.articles ?? [id]));
  const ranges = [...new Set([Math.min(6, count), count])].map((last) => range(1, last));

  const spot = first(
    ['layer="attribution" role="cue"', 'layer="claims"', 'layer="loaded-wording"'].flatMap((what) =>
      [...ranges, ''].map((r) => ({
        tag: `<Spot id="find-the-cues" article="${id}" ${what}${r ? ` ${r}` : ''}>`,
      })),
    ),
  );

  const sourceTypes = [
    ...new Set(
      article.annotations.flatMap((a) => (a.kind === 'attribution' ? [a.sourceType] : [])),
    ),
  ];
  const categories = sourceTypes.slice(0, 3).map((t) => `<Category sourceType="${t}" />`);
  const classify = first(
    [range(1, count), ''].map((r) => ({
      tag: `<Classify id="sort-the-sources" article="${id}"${r ? ` ${r}` : ''}>`,
      inside: categories,
    })),
  );

  const rewrite = first(
    article.annotations
      .filter((a) => a.kind === 'loaded-wording')
      .map((a) => ({
        tag: `<Rewrite id="say-it-plainly" article="${id}" annotations={["${a.id}"]}>`,
      })),
  );

  // The article's own story first: comparing its versions is what a teacher who picked it means.
  const stories = [...corpus.stories]
    .filter((s) => s.comparison)
    .sort((a, b) => Number(b.id === article.storyId) - Number(a.id === article.storyId));
  const compare = first(
    stories.flatMap((story) => {
      const from = corpus.articles.find((a) => a.id === story.articleIds[0]);
      const last = from ? Math.min(4, paragraphs(from).length) : 1;
      const articles = [...new Set([id, ...story.articleIds])];
      return [range(1, last), ''].map((r) => ({
        tag: `<Compare id="what-changed" story="${story.id}" mode="spot"${r ? ` ${r}` : ''}>`,
        articles,
      }));
    }),
  );

  return {
    warmUp: `<Article article="${id}" ${range(1, Math.min(3, count))}${article.headline ? ' headline' : ''} />`,
    spot: spot ?? {
      missing: `${id} has no annotations to find yet: add some to its .yaml first`,
      tag: `<Spot id="find-the-cues" article="${id}" layer="attribution" role="cue">`,
    },
    classify: classify ?? {
      missing: `${id} needs attributions of at least two source types first`,
      tag: `<Classify id="sort-the-sources" article="${id}">`,
      inside: [
        '<Category sourceType="named-official" />',
        '<Category sourceType="anonymous-officials" />',
      ],
    },
    rewrite: rewrite ?? {
      missing: `${id} has no loaded-wording annotation yet: add one to its .yaml first`,
      tag: `<Rewrite id="say-it-plainly" article="${id}" annotations={["an-annotation-id"]}>`,
    },
    compare: compare ?? {
      missing: `the corpus has no story with two versions yet: add a second version with npm run new -- article --story ${article.storyId}`,
      tag: `<Compare id="what-changed" story="${article.storyId}" mode="spot">`,
    },
  };
}

/** The smallest lesson holding one exercise, to try it with the checker. */
function trialLesson(tag: string, inside: readonly string[], articles: readonly string[]): string {
  const name = /^<(\w+)/.exec(tag)![1]!;
  return `---
title: Trial
summary: Trial.
skills: [attribution]
level: Any
minutes: 1
order: 1
articles: [${articles.join(', ')}]
---

${tag}
Prompt.

${inside.join('\n')}
</${name}>
`;
}
