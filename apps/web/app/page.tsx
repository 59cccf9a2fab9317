import { PageLink } from '@/components/page-link';
// Straight from list-lessons: the lessons barrel also exports the renderer, whose client
// exercises would otherwise load on the home page.
import { listLessons } from '@/lib/lessons/list-lessons';
import { UI } from '@/lib/ui-text';
import { LessonProgress } from './_home/lesson-progress.client';

export default function HomePage() {
  const lessons = listLessons().sort((a, b) => a.order - b.order);
  return (
    <div className="home">
      <h1>{UI.home.title}</h1>
      <p className="lede">{UI.home.intro}</p>
      {lessons.length === 0 ? (
        <p>
          {UI.home.noLessons} <PageLink href="/guide">{UI.nav.guide}</PageLink>
        </p>
      ) : (
        <ol className="lesson-list">
          {lessons.map((lesson) => (
            <li key={lesson.slug} className="lesson-card">
              <p className="lesson-number">{UI.home.lessonNumber(lesson.order)}</p>
              <h2>
                <PageLink href={`/lessons/${lesson.slug}`}>{lesson.title}</PageLink>
              </h2>
              <p className="lesson-summary">{lesson.summary}</p>
              <dl className="lesson-facts">
                <div>
                  <dt>{UI.home.skill}</dt>
                  <dd>{lesson.skills.map((skill) => UI.home.skills[skill]).join(', ')}</dd>
                </div>
                <div>
                  <dt>{UI.home.level}</dt>
                  <dd>{lesson.level}</dd>
                </div>
                <div>
                  <dt>{UI.home.time}</dt>
                  <dd>{UI.home.minutes(lesson.minutes)}</dd>
                </div>
                <div className="lesson-facts__progress">
                  <dt>{UI.home.progress}</dt>
                  <dd>
                    <LessonProgress
                      slug={lesson.slug}
                      fingerprint={lesson.fingerprint}
                      exerciseIds={lesson.exerciseIds}
                    />
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
