/**
 * "The class's work" on the teacher's class page: the difficult items first, then per lesson and
 * exercise the class's answers drawn the way the exercise asks (heatmap, distribution, rewrites
 * count). Server-rendered from `classResults`; `LiveRefresh` re-renders it as students work.
 */
import type { ClassResults, ClassLesson, ExerciseRef } from '@sayswho/classroom';
import { plainText } from '@sayswho/lessons/plain-text';
import { DifficultItems } from '@/components/class-results/difficult-items';
import { exerciseAnchor } from '@/components/class-results/exercise-anchor';
import { ExerciseResultsView } from '@/components/class-results/exercise-results-view';
import { exerciseKey, exerciseTitles } from '@/components/class-results/exercise-titles';
import { LiveRefresh } from '@/components/class-results/live-refresh.client';
import { PageLink } from '@/components/page-link';
import { classResultsText as T } from '@/lib/ui-text/class-results';

export function ClassWork({
  classId,
  results,
  lessons,
  locks,
}: {
  classId: string;
  results: ClassResults;
  lessons: readonly ClassLesson[];
  locks: readonly ExerciseRef[];
}) {
  const titles = exerciseTitles(lessons);
  const locked = new Set(locks.map(exerciseKey));
  return (
    <section aria-labelledby="class-work-heading" className="teacher-section class-work">
      <h2 id="class-work-heading">{T.heading}</h2>
      <p>{T.intro}</p>
      <LiveRefresh classId={classId} />
      <p>
        <PageLink href={`/teacher/classes/${classId}/project`} className="teacher-action">
          {T.project.link}
        </PageLink>
      </p>
      <h3>{T.difficult.heading}</h3>
      <p>{T.difficult.help}</p>
      <DifficultItems
        items={results.difficult}
        exerciseTitle={(item) => titles.get(exerciseKey(item))?.title ?? item.exerciseId}
      />
      {lessons.map((lesson) => (
        <div key={lesson.slug} className="class-work__lesson">
          <h3>{lesson.frontmatter?.title ?? lesson.slug}</h3>
          {results.exercises
            .filter((e) => e.lessonSlug === lesson.slug)
            .map((exercise) => {
              const titled = titles.get(exerciseKey(exercise));
              if (!titled) return null;
              return (
                <article
                  key={exercise.exerciseId}
                  id={exerciseAnchor(exercise)}
                  aria-labelledby={`${exerciseAnchor(exercise)}-title`}
                  className="class-work__exercise"
                >
                  <h4 id={`${exerciseAnchor(exercise)}-title`}>{titled.title}</h4>
                  <p className="class-work__prompt">
                    {plainText(titled.exercise.public.promptHtml)}
                  </p>
                  <p>
                    {T.statuses({
                      checked: exercise.statuses.checked,
                      working: exercise.statuses.working,
                      shown: exercise.statuses['answer-shown'],
                      notStarted: exercise.statuses['not-started'],
                    })}
                    {locked.has(exerciseKey(exercise)) && <> · {T.locked}</>}
                  </p>
                  <ExerciseResultsView results={exercise} exercise={titled.exercise} detail />
                </article>
              );
            })}
        </div>
      ))}
    </section>
  );
}
