/**
 * The class page's sections that need the class's results (read and folded from every event:
 * about a second for 300 students): the class's work, the roster with its progress, the
 * rewrites to review. The page streams them behind its shell (`ClassSectionsLoading` until
 * then), under one live view that follows the class as it works.
 */
import {
  classResults,
  exerciseLocks,
  getRoster,
  MAX_COMMENT_LENGTH,
  MAX_NAME_LENGTH,
  type ClassLesson,
  type RunningClassroom,
  type Teacher,
} from '@sayswho/classroom';
import { exerciseKey, exerciseTitles } from '@/components/class-results/exercise-titles';
import { afterShell } from '@/lib/class-server/after-shell';
import { LiveClass } from '@/components/class-results/live-class.client';
import { formatMoment } from '@/lib/teacher-class/format-dates';
import { classView } from '@/lib/teacher-class/class-view';
import type { ViewQuery } from '@/lib/teacher-class/view-query';
import { classResultsText as R } from '@/lib/ui-text/class-results';
import { teacherClassText as T } from '@/lib/ui-text/teacher-class';
import { ClassWork } from './class-work';
import { LiveRoster } from './live-roster.client';
import { LiveStudents } from './live-students.client';
import { RewritesToReview } from './rewrites-to-review.client';

interface Props {
  readonly classroom: RunningClassroom;
  readonly teacher: Teacher;
  readonly classId: string;
  readonly lessons: readonly ClassLesson[];
  readonly asked: ViewQuery;
}

export async function ClassSections({ classroom, teacher, classId, lessons, asked }: Props) {
  await afterShell();
  const [roster, results, locks] = await Promise.all([
    getRoster(classroom, teacher, classId),
    classResults(classroom, teacher, classId),
    exerciseLocks(classroom, teacher, classId),
  ]);
  const failed = [roster, results, locks].find((r) => !r.ok);
  if (failed && !failed.ok)
    return (
      <p role="alert" className="teacher-note teacher-note--bad">
        {T.home.unavailable(failed.reason)}
      </p>
    );
  if (!roster.ok || !results.ok || !locks.ok) return null;
  const keys = lessons.flatMap((l) =>
    l.exercises.map((e) => exerciseKey({ lessonSlug: l.slug, exerciseId: e.id })),
  );
  // One exercise is open: the one asked for if it is the class's, else the first.
  const query = {
    exercise: asked.exercise && keys.includes(asked.exercise) ? asked.exercise : keys[0],
    students: asked.students ?? 1,
  };
  const timeZone = classroom.config.timeZone;
  const view = classView(results.value, query, classroom.now(), timeZone);
  const onPage = new Set(view.roster?.rows.map((r) => r.id));
  const titles = exerciseTitles(lessons);
  return (
    <LiveClass classId={classId} query={query} initial={view}>
      <ClassWork classId={classId} lessons={lessons} locks={locks.value} query={query} />
      <section aria-labelledby="roster-heading" className="teacher-section">
        <h2 id="roster-heading">{T.klass.rosterHeading}</h2>
        <LiveRoster
          classId={classId}
          exercises={results.value.exercises.map(({ lessonSlug, lessonTitle, exerciseId }) => {
            const titled = titles.get(exerciseKey({ lessonSlug, exerciseId }));
            return {
              lessonSlug,
              lessonTitle,
              exerciseId,
              title: titled?.title ?? exerciseId,
              titleInLesson: titled?.titleInLesson ?? exerciseId,
            };
          })}
          query={query}
        />
        <LiveStudents
          classId={classId}
          maxName={MAX_NAME_LENGTH}
          classmates={roster.value.map((s) => ({ id: s.id, label: s.label }))}
          students={roster.value
            .filter((s) => onPage.has(s.id))
            .map((s) => ({
              id: s.id,
              name: s.name,
              label: s.label,
              rejoinCode: s.rejoinCode,
              devices: s.devices,
              joined: formatMoment(s.joinedAt, timeZone),
            }))}
        />
      </section>
      <RewritesToReview classId={classId} maxComment={MAX_COMMENT_LENGTH} />
    </LiveClass>
  );
}

/** What the sections' place says while they stream: their heading and a polite status. */
export function ClassSectionsLoading() {
  return (
    <section aria-labelledby="class-work-heading" aria-busy="true" className="teacher-section">
      <h2 id="class-work-heading">{R.heading}</h2>
      <p role="status" className="live-status">
        {R.live.loading}
      </p>
    </section>
  );
}
