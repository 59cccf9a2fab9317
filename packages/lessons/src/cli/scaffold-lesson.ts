/**
 * `npm run new -- lesson "Title"`: the text of a new lesson file. It passes `npm run check` as it
 * is; every exercise type is there as an example inside a comment, fitted to the lesson's article
 * (fit-examples.ts) and ready to switch on, or saying what the article needs first.
 */
import type { FittedExample, FittedExamples } from './fit-examples';

export interface LessonScaffold {
  readonly slug: string;
  readonly title: string;
  readonly order: number;
  /** The corpus article the examples use. */
  readonly article: string;
  readonly examples: FittedExamples;
}

/** The comment's first line: what the exercise does, and what to add first when it cannot work yet. */
function heading(name: string, what: string, example: FittedExample, article: string): string {
  const more =
    'missing' in example
      ? `\n   Before you switch it on: ${example.missing}.`
      : example.articles && example.articles.some((id) => id !== article)
        ? `\n   Also add ${example.articles.filter((id) => id !== article).join(', ')} to the articles: line at the top.`
        : '';
  return `{/* ${name}: ${what}${more}`;
}

const inside = (example: FittedExample) =>
  example.inside && example.inside.length > 0 ? `\n${example.inside.join('\n')}` : '';

export function scaffoldLesson({ slug, title, order, article, examples }: LessonScaffold): string {
  const { spot, classify, rewrite, compare } = examples;
  const yamlTitle = /[:#[\]{}&*!|>'"%@`]/.test(title) ? JSON.stringify(title) : title;
  return `---
title: ${yamlTitle}
summary: One sentence that tells students what they will learn.
skills: [attribution]          # attribution | unverified-claims | loaded-wording | comparing-versions
level: Grades 8–12
minutes: 30
order: ${order}                       # the lesson's place in the kit; each lesson has its own number
objectives:
  - Write what students will be able to do after this lesson.
vocabulary:
  - { term: attribution, definition: Telling the reader who said or claimed something. }
articles: [${article}]
---

{/*
  This is your new lesson. Text inside comment braces like these is for you: students never see it.
  Preview it with \`npm run dev\` and open http://localhost:3000/lessons/${slug}. The page
  updates every time you save. Run \`npm run check\` before you share the lesson.
  The guide (docs/authoring-guide.md) explains every component below.
*/}

<TeacherNote>
Notes for the teacher: timing, what to watch for, how to run the discussion. Students never see this.
</TeacherNote>

## Warm-up

Read the start of the article.

${examples.warmUp}

<Discuss>
A question for the class to talk about.
</Discuss>

## Exercises

{/* Below is one example of each kind of exercise, each inside its own comment. To use one, delete
    the first line of its comment (the one that starts with the brace) and the last line (the star,
    slash and brace), give the exercise its own id and write your own prompt. */}

${heading('SPOT', 'students select words in a passage (here: what the tag asks for).', spot, article)}
${spot.tag}
Select every word that tells you someone is speaking.

<Hint>Look for “said”.</Hint>

<Explanation>What students read once they reach the pass mark or ask for the answer: it may name the answers.</Explanation>
</Spot>
*/}

{/* CHOICE: a question with answers; mark the right one(s) with correct.
<Choice id="who-is-the-source">
Who is the source in paragraph 1?

<Option correct feedback="Yes: …">The right answer</Option>
<Option feedback="Not quite: …">A wrong answer</Option>

<Explanation>Why the right answer is right.</Explanation>
</Choice>
*/}

${heading('CLASSIFY', 'students sort the sources of a passage by type.', classify, article)}
${classify.tag}
Sort each source by type.
${inside(classify)}
</Classify>
*/}

${heading('REWRITE', 'students rewrite a sentence without its loaded words (use loaded-wording annotation ids).', rewrite, article)}
${rewrite.tag}
Rewrite the sentence so that it states the facts without loaded words.
</Rewrite>
*/}

${heading('COMPARE', 'students find the changes between two versions of one story.', compare, article)}
${compare.tag}
Find every change between the two versions.
</Compare>
*/}

## Wrap-up

<KeyTerm term="attribution">Telling the reader who said or claimed something.</KeyTerm>
`;
}
