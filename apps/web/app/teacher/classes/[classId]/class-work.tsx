/**
 * "The class's work" on the teacher's class page: the difficult items first, then per lesson and
 * exercise the class's answers drawn the way the exercise asks (heatmap, distribution, rewrites
 * count). Server-rendered from `classResults`; `LiveRefresh` re-renders it as students work.
 */
import type { ClassResults, ClassLesson, ExerciseRef } from '@sayswho/classroom';
import { DifficultItems } from '@/components/class-results/difficult-items';
import {
  exerciseKey,
  exerciseName,
  exerciseTitles,
} from '@/components/class-results/exercise-titles';
import { ExercisesByLesson } from '@/components/class-results/exercises-by-lesson';
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
        exerciseTitle={(item) => {
          const titled = titles.get(exerciseKey(item));
          return titled ? exerciseName(titled, lessons.length > 1) : item.exerciseId;
        }}
      />
      <ExercisesByLesson lessons={lessons} results={results} titles={titles} locked={locked} />
    </section>
  );
}
