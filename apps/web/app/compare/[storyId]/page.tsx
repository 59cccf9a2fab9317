import type { Metadata } from 'next';
import { PageLink } from '@/components/page-link';
import { notFound } from 'next/navigation';
import { findArticle, getCorpus, getStory } from '@sayswho/core';
import { StoryComparisonView } from '@/components/compare/story-comparison';
import { storyOrigin } from '@/components/compare/story-origin';
import { UI } from '@/lib/ui-text';

interface Params {
  params: Promise<{ storyId: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getCorpus()
    .stories.filter((story) => story.comparison)
    .map((story) => ({ storyId: story.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const story = getStory((await params).storyId);
  return story ? { title: UI.compare.title(story.title) } : {};
}

export default async function ComparePage({ params }: Params) {
  const story = getStory((await params).storyId);
  const comparison = story?.comparison;
  const from = comparison && findArticle(getCorpus(), comparison.fromArticleId);
  const to = comparison && findArticle(getCorpus(), comparison.toArticleId);
  if (!story || !comparison || !from || !to) notFound();

  return (
    <div className="compare-page">
      <p className="kicker">
        <PageLink href="/compare">{UI.compare.listTitle}</PageLink>
      </p>
      <h1>{UI.compare.title(story.title)}</h1>
      <p className="lede">
        {storyOrigin(from, to)} {UI.compare.howToRead}
      </p>
      <p className="meta">
        <PageLink href={`/articles/${from.id}`}>{UI.compare.readWhole(from.outlet)}</PageLink> ·{' '}
        <PageLink href={`/articles/${to.id}`}>{UI.compare.readWhole(to.outlet)}</PageLink>
      </p>
      <StoryComparisonView comparison={comparison} from={from} to={to} />
    </div>
  );
}
