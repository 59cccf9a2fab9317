import { PageLink } from '@/components/page-link';
import { annotationsInLayer, articlesOfStory, getCorpus } from '@sayswho/core';
import { LAYERS, vocabularyIds } from '@sayswho/core/vocabulary';
import { formatDate } from '@/components/article/format-date';
import { UI } from '@/lib/ui-text';

export const metadata = { title: UI.reader.listTitle };

export default function ArticlesPage() {
  const corpus = getCorpus();
  return (
    <div className="list-page">
      <h1>{UI.reader.listTitle}</h1>
      <p className="lede">{UI.reader.listIntro}</p>
      {corpus.stories.map((story) => (
        <section key={story.id} className="story-card" aria-labelledby={`story-${story.id}`}>
          <h2 id={`story-${story.id}`}>{story.title}</h2>
          <p className="meta">
            {[...(story.wire ? [story.wire] : []), formatDate(story.published)].join(' · ')}
          </p>
          <ul className="card-list">
            {articlesOfStory(corpus, story).map((article) => (
              <li key={article.id} className="card">
                <PageLink href={`/articles/${article.id}`} className="card-title">
                  {article.outlet}
                </PageLink>
                <p className="card-text">{article.headline ?? UI.reader.noHeadline}</p>
                <p className="card-meta">
                  {vocabularyIds(LAYERS)
                    .map(
                      (layer) =>
                        `${LAYERS[layer].label}: ${annotationsInLayer(article, layer).length}`,
                    )
                    .join(' · ')}
                </p>
              </li>
            ))}
          </ul>
          {story.comparison && (
            <p>
              <PageLink href={`/compare/${story.id}`}>{UI.reader.compareStory}</PageLink>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
