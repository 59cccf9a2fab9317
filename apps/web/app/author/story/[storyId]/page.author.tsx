/**
 * Dev only (see app/author/page.author.tsx): Compare versions, the differences between a story's
 * two versions (those in its differences.yaml and those the kit finds), each with both versions'
 * words, for the teacher to confirm or relabel and explain.
 */
import { notFound } from 'next/navigation';
import { differencesToReview, paragraphOf, type Article, type Span } from '@sayswho/core';
import {
  CompareVersions,
  type ReviewedDifference,
} from '@/components/authoring/compare-versions.client';
import { isLivePreview } from '@/lib/authoring/teacher-here';
import { getLessonKit } from '@/lib/lessons/lesson-kit';
import { authoringText } from '@/lib/ui-text/authoring';
import '../../author.css';

const T = authoringText.compare;

interface Params {
  params: Promise<{ storyId: string }>;
}

/** Where the words are, as a teacher finds them in the text: "paragraph 3", "the headline". */
function placeOf(article: Article, span: Span): string {
  const paragraph = paragraphOf(article.blocks, span);
  return typeof paragraph === 'number' ? `paragraph ${paragraph}` : `the ${paragraph}`;
}

export default async function CompareVersionsPage({ params }: Params) {
  if (!isLivePreview()) notFound();
  const { storyId } = await params;
  const { corpus } = getLessonKit();
  const story = corpus.stories.find((s) => s.id === storyId);
  const [from, to] = (story?.articleIds ?? []).map((id) =>
    corpus.articles.find((a) => a.id === id),
  );
  if (!story?.comparison || !from || !to) notFound();
  const differences: ReviewedDifference[] = differencesToReview(from, to, story.comparison).map(
    (d) => ({
      id: d.id,
      kind: d.kind,
      written: d.location !== null,
      from: d.from,
      to: d.to,
      fromWords: d.from && from.text.slice(d.from.start, d.from.end),
      toWords: d.to && to.text.slice(d.to.start, d.to.end),
      place: d.from
        ? `${from.outlet} ${placeOf(from, d.from)}`
        : `${to.outlet} ${placeOf(to, d.to!)}`,
      explanation: d.explanation,
    }),
  );
  return (
    <div className="author-page">
      <p className="kicker">
        <a href="/author">{T.back}</a>
      </p>
      <h1>{T.title(story.title)}</h1>
      <p className="lede">{T.intro(from.outlet, to.outlet)}</p>
      <CompareVersions
        storyId={story.id}
        outlets={[from.outlet, to.outlet]}
        differences={differences}
      />
    </div>
  );
}
