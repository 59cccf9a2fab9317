'use client';
/**
 * The parts of the class page and projector that follow the class as it works, each drawn from
 * the class's view (`useClassView`): an exercise's counts, the difficult items, and the open
 * exercise's heatmap or spread of answers. Their markup is the server-safe components', so the
 * first view is server-rendered and a live update redraws only these.
 */
import type { ExerciseSpec } from '@sayswho/lessons';
import { useMemo } from 'react';
import { viewHref } from '@/lib/teacher-class/class-view';
import type { ViewQuery } from '@/lib/teacher-class/view-query';
import { classResultsText as T } from '@/lib/ui-text/class-results';
import { DifficultItems } from './difficult-items';
import { exerciseAnchor } from './exercise-anchor';
import { ExerciseResultsView } from './exercise-results-view';
import { exerciseKey } from './exercise-titles';
import { useClassView } from './live-class.client';

/** "Checked: 12 · Working: 3 · …" for one exercise (`lesson/exercise`). */
export function LiveStatuses({ exercise, locked }: { exercise: string; locked: boolean }) {
  const s = useClassView().exercises.find((e) => e.key === exercise)?.statuses;
  if (!s) return null;
  return (
    <p>
      {T.statuses({
        checked: s.checked,
        working: s.working,
        shown: s['answer-shown'],
        notStarted: s['not-started'],
      })}
      {locked && <> · {T.locked}</>}
    </p>
  );
}

/** The difficult items, each opening its exercise on the page at `base` (the roster page kept). */
export function LiveDifficult({
  titles,
  base,
  query,
}: {
  /** Each exercise's heading by `lesson/exercise`. */
  titles: Readonly<Record<string, string>>;
  base: string;
  query: ViewQuery;
}) {
  const { difficult } = useClassView();
  return (
    <DifficultItems
      items={difficult}
      exerciseTitle={(item) => titles[exerciseKey(item)] ?? item.exerciseId}
      href={(item) =>
        viewHref(base, { ...query, exercise: exerciseKey(item) }, exerciseAnchor(item))
      }
    />
  );
}

/**
 * The open exercise's results: nothing when the view holds another. Redrawn only when they
 * changed (`LiveClass` keeps an unchanged exercise's object): a heatmap is thousands of elements,
 * and most Checks are on other exercises.
 */
export function LiveExercise({ exercise, detail }: { exercise: ExerciseSpec; detail: boolean }) {
  const { open } = useClassView();
  return useMemo(
    () =>
      open && open.exerciseId === exercise.id ? (
        <ExerciseResultsView results={open} exercise={exercise} detail={detail} />
      ) : null,
    [open, exercise, detail],
  );
}
