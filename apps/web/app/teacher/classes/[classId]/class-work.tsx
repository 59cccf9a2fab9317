/**
 * "The class's work" on the teacher's class page: the difficult items first, then per lesson and
 * exercise its counts and, for the one exercise open (`?exercise=`), the class's answers drawn
 * the way the exercise asks (heatmap, distribution, rewrites count); the others open on request.
 * One open exercise keeps a class of 300's page small; the live parts follow the class's view.
 */
import type { ClassLesson, ExerciseRef } from '@sayswho/classroom';
import { plainText } from '@sayswho/lessons/plain-text';
import { exerciseAnchor } from '@/components/class-results/exercise-anchor';
import {
  exerciseKey,
  exerciseName,
  exerciseTitles,
} from '@/components/class-results/exercise-titles';
import { LiveStatus } from '@/components/class-results/live-class.client';
import {
  LiveDifficult,
  LiveExercise,
  LiveStatuses,
} from '@/components/class-results/live-parts.client';
import { PageLink } from '@/components/page-link';
import { viewHref } from '@/lib/teacher-class/class-view';
import type { ViewQuery } from '@/lib/teacher-class/view-query';
import { classResultsText as T } from '@/lib/ui-text/class-results';

export function ClassWork({
  classId,
  lessons,
  locks,
  query,
}: {
  classId: string;
  lessons: readonly ClassLesson[];
  locks: readonly ExerciseRef[];
  /** What the page shows: `exercise` is the one open. */
  query: ViewQuery;
}) {
  const titles = exerciseTitles(lessons);
  const locked = new Set(locks.map(exerciseKey));
  const base = `/teacher/classes/${classId}`;
  return (
    <section aria-labelledby="class-work-heading" className="teacher-section class-work">
      <h2 id="class-work-heading">{T.heading}</h2>
      <p>{T.intro}</p>
      <LiveStatus />
      <p>
        <PageLink href={`${base}/project`} className="teacher-action">
          {T.project.link}
        </PageLink>
      </p>
      <h3>{T.difficult.heading}</h3>
      <p>{T.difficult.help}</p>
      <LiveDifficult
        titles={Object.fromEntries(
          [...titles].map(([key, t]) => [key, exerciseName(t, lessons.length > 1)]),
        )}
        base={base}
        query={query}
      />
      {lessons.map((lesson) => (
        <div key={lesson.slug} className="class-work__lesson">
          <h3>{lesson.frontmatter?.title ?? lesson.slug}</h3>
          {lesson.exercises.map((spec) => {
            const ref = { lessonSlug: lesson.slug, exerciseId: spec.id };
            const key = exerciseKey(ref);
            const anchor = exerciseAnchor(ref);
            const title = titles.get(key)!.title;
            return (
              <article
                key={spec.id}
                id={anchor}
                aria-labelledby={`${anchor}-title`}
                className="class-work__exercise"
              >
                <h4 id={`${anchor}-title`}>{title}</h4>
                <p className="class-work__prompt">{plainText(spec.public.promptHtml)}</p>
                <LiveStatuses exercise={key} locked={locked.has(key)} />
                {key === query.exercise ? (
                  <LiveExercise exercise={spec} detail />
                ) : (
                  <p>
                    <a href={viewHref(base, { ...query, exercise: key }, anchor)}>
                      {T.openResults(title)}
                    </a>
                  </p>
                )}
              </article>
            );
          })}
        </div>
      ))}
    </section>
  );
}
