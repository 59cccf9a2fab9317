/**
 * `npm run new -- lesson "Title"`: the text of a new lesson file. It passes `npm run check` as it
 * is; every exercise type is there as an example inside a comment, ready to switch on.
 */
export interface LessonScaffold {
  readonly slug: string;
  readonly title: string;
  readonly order: number;
  /** The corpus article the examples use. */
  readonly article: string;
  /** The story the Compare example uses, when the corpus has one with two versions. */
  readonly story?: string;
  /** The story's versions that `articles:` does not list yet (the Compare example uses them). */
  readonly storyArticles?: readonly string[];
}

export function scaffoldLesson({
  slug,
  title,
  order,
  article,
  story,
  storyArticles = [],
}: LessonScaffold): string {
  const otherVersions = storyArticles.filter((id) => id !== article);
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

<Article article="${article}" paragraphs={[1, 3]} headline />

<Discuss>
A question for the class to talk about.
</Discuss>

## Exercises

{/* Below is one example of each kind of exercise, each inside its own comment. To use one, delete
    the first line of its comment (the one that starts with the brace) and the last line (the star,
    slash and brace), give the exercise its own id and write your own prompt. */}

{/* SPOT: students select words in a passage (here: the cue words of attributions).
<Spot id="find-the-cues" article="${article}" layer="attribution" role="cue" paragraphs={[1, 6]}>
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

{/* CLASSIFY: students sort the sources of a passage by type.
<Classify id="sort-the-sources" article="${article}" paragraphs={[1, 10]}>
Sort each source by type.

<Category sourceType="named-official" />
<Category sourceType="anonymous-officials" />
<Category sourceType="government-body" />
</Classify>
*/}

{/* REWRITE: students rewrite a sentence without its loaded words (use loaded-wording annotation ids).
<Rewrite id="say-it-plainly" article="${article}" annotations={["an-annotation-id"]}>
Rewrite the sentence so that it states the facts without loaded words.
</Rewrite>
*/}

{/* COMPARE: students find the changes between two versions of one story.${
    otherVersions.length
      ? `
   Also add ${otherVersions.join(', ')} to the articles: line at the top.`
      : ''
  }
<Compare id="what-changed" story="${story ?? 'a-story-id'}" mode="spot" paragraphs={[1, 4]}>
Find every change between the two versions.
</Compare>
*/}

## Wrap-up

<KeyTerm term="attribution">Telling the reader who said or claimed something.</KeyTerm>
`;
}
