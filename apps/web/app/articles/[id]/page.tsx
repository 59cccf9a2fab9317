import type { Metadata } from 'next';
import { PageLink } from '@/components/page-link';
import { notFound } from 'next/navigation';
import { getArticle, getCorpus, getStory } from '@sayswho/core';
import { AnnotatedArticle } from '@/components/article/annotated-article';
import { formatDate } from '@/components/article/format-date';
import { UI } from '@/lib/ui-text';

interface Params {
  params: Promise<{ id: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getCorpus().articles.map((article) => ({ id: article.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const article = getArticle((await params).id);
  if (!article) return {};
  return {
    title: `${article.headline ?? getStory(article.storyId)?.title ?? article.id} (${article.outlet})`,
  };
}

export default async function ArticlePage({ params }: Params) {
  const article = getArticle((await params).id);
  if (!article) notFound();
  const story = getStory(article.storyId);

  const meta = (
    <>
      <p className="meta">
        <span className="outlet">{article.outlet}</span> · {UI.reader.published}{' '}
        {formatDate(article.published)}
        {article.byline && (
          <>
            <br />
            {UI.reader.by} {article.byline}
          </>
        )}
      </p>
      {story?.comparison && (
        <p className="meta">
          <PageLink href={`/compare/${story.id}`}>{UI.reader.compareLink}</PageLink>
        </p>
      )}
    </>
  );

  return (
    <article className="reader-page">
      <p className="kicker">
        <PageLink href="/articles">{UI.reader.listTitle}</PageLink>
      </p>
      {!article.headline && (
        <>
          <h1 className="article-headline">{story?.title ?? article.id}</h1>
          <p className="meta">{UI.reader.noHeadline}</p>
        </>
      )}
      <AnnotatedArticle article={article} headlineLevel={1} intro={meta} />
    </article>
  );
}
