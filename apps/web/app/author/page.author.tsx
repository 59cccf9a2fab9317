/**
 * Dev only (`next dev`; next.config.ts leaves this file out of every other build): the teacher's
 * authoring area, linked from the guide and the live preview. Adds an article, opens one to
 * annotate, or a story's two versions to compare; every save is checked, and only a teacher at
 * this machine may make one.
 */
import { notFound } from 'next/navigation';
import { NewArticleForm } from '@/components/authoring/new-article-form.client';
import { isLivePreview } from '@/lib/authoring/teacher-here';
import { getLessonKit } from '@/lib/lessons/lesson-kit';
import { authoringText as T } from '@/lib/ui-text/authoring';
import './author.css';

export const metadata = { title: T.title };

export default function AuthorPage() {
  if (!isLivePreview()) notFound();
  const { corpus } = getLessonKit();
  const compared = corpus.stories.filter((s) => s.comparison);
  return (
    <div className="author-page">
      <h1>{T.title}</h1>
      <p className="lede">{T.intro}</p>
      <section aria-labelledby="annotate-heading">
        <h2 id="annotate-heading">{T.annotateHeading}</h2>
        <ul>
          {corpus.articles.map((article) => (
            <li key={article.id}>
              <a href={`/author/${article.id}`}>
                {article.outlet}: {article.headline ?? article.id}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {compared.length > 0 && (
        <section aria-labelledby="compare-heading">
          <h2 id="compare-heading">{T.compareHeading}</h2>
          <ul>
            {compared.map((story) => (
              <li key={story.id}>
                <a href={`/author/story/${story.id}`}>{T.compareLink(story.title)}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <NewArticleForm
        stories={corpus.stories.map((s) => s.id)}
        today={new Date().toISOString().slice(0, 10)}
      />
    </div>
  );
}
