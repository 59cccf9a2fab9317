/**
 * Dev only (see app/author/page.author.tsx): the island that adds, edits and deletes one
 * article's annotations: the form first, the text to mark beside it, then the article with its
 * annotations drawn by layer and their list.
 */
import { notFound } from 'next/navigation';
import { AnnotatedArticle } from '@/components/article/annotated-article';
import { AnnotateArticle } from '@/components/authoring/annotate-article.client';
import { isLivePreview } from '@/lib/authoring/teacher-here';
import { getLessonKit } from '@/lib/lessons/lesson-kit';
import { authoringText } from '@/lib/ui-text/authoring';
import '@/components/exercises/exercises.css';
import '../author.css';

interface Params {
  params: Promise<{ articleId: string }>;
}

export default async function AnnotatePage({ params }: Params) {
  if (!isLivePreview()) notFound();
  const { articleId } = await params;
  const { corpus } = getLessonKit();
  const article = corpus.articles.find((a) => a.id === articleId);
  if (!article) notFound();
  const story = corpus.stories.find((s) => s.id === article.storyId);
  return (
    <div className="author-page">
      <p className="kicker">
        <a href="/author">{authoringText.annotate.back}</a>
      </p>
      <h1>{authoringText.annotate.title(article.outlet)}</h1>
      {story?.comparison && (
        <p>
          <a href={`/author/story/${story.id}`}>{authoringText.annotate.compareIt}</a>
        </p>
      )}
      <AnnotateArticle
        articleId={article.id}
        text={article.text}
        blocks={article.blocks}
        annotations={article.annotations}
      >
        <AnnotatedArticle article={article} switchable notes="collapsed" headlineLevel={3} />
      </AnnotateArticle>
    </div>
  );
}
