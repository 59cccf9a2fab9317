import { PageLink } from '@/components/page-link';
import { articlesOfStory, getCorpus } from '@sayswho/core';
import { formatDate } from '@/components/article/format-date';
import { UI } from '@/lib/ui-text';

export const metadata = { title: UI.compare.listTitle };

export default function CompareListPage() {
  const corpus = getCorpus();
  const stories = corpus.stories.filter((story) => story.comparison);
  return (
    <div className="list-page">
      <h1>{UI.compare.listTitle}</h1>
      <p className="lede">{UI.compare.listIntro}</p>
      <ul className="card-list">
        {stories.map((story) => (
          <li key={story.id} className="card">
            <PageLink href={`/compare/${story.id}`} className="card-title">
              {story.title}
            </PageLink>
            <p className="card-text">
              {[
                ...articlesOfStory(corpus, story).map((a) => a.outlet),
                ...(story.wire ? [story.wire] : []),
                formatDate(story.published),
              ].join(' · ')}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
