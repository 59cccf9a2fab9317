'use client';
/**
 * The roster's progress on the class page, one page of students at a time, redrawn from the
 * class's live view; with more than one page, the links to the others (the open exercise kept).
 */
import { useClassView } from '@/components/class-results/live-class.client';
import { STUDENTS_PER_PAGE, viewHref } from '@/lib/teacher-class/class-view';
import type { ViewQuery } from '@/lib/teacher-class/view-query';
import { teacherWorkText } from '@/lib/ui-text/teacher-work';
import { RosterProgress, type ExerciseColumn } from './roster-progress';

const T = teacherWorkText.progress;

export function LiveRoster({
  classId,
  exercises,
  query,
}: {
  classId: string;
  exercises: readonly ExerciseColumn[];
  query: ViewQuery;
}) {
  const roster = useClassView().roster;
  if (!roster) return null;
  return (
    <>
      {roster.pages > 1 && (
        <nav aria-label={T.pages} className="work-pages">
          <p>{T.shown(roster.first, roster.first + roster.rows.length - 1, roster.total)}</p>
          <ul>
            {Array.from({ length: roster.pages }, (_, i) => i + 1).map((page) => (
              <li key={page}>
                <a
                  href={viewHref(
                    `/teacher/classes/${classId}`,
                    { ...query, students: page },
                    'roster-heading',
                  )}
                  aria-current={page === roster.page ? 'page' : undefined}
                >
                  {T.range(
                    (page - 1) * STUDENTS_PER_PAGE + 1,
                    Math.min(page * STUDENTS_PER_PAGE, roster.total),
                  )}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <RosterProgress
        classId={classId}
        rows={roster.rows}
        exercises={exercises}
        timeZone={roster.timeZone}
      />
    </>
  );
}
