'use client';
/**
 * The end of the lesson (LessonSummary), loaded after the page rather than with it: it sits below
 * every exercise, where no student arrives before the page has long loaded, so a lesson page's
 * first load does not carry it. It is in the static HTML all the same (the server waits for it),
 * and comes alive as soon as its code arrives.
 */
import { lazy, Suspense, type ComponentProps } from 'react';

const Summary = lazy(() =>
  import('./lesson-summary.client').then((m) => ({ default: m.LessonSummary })),
);

export function LessonSummary(props: ComponentProps<typeof Summary>) {
  return (
    <Suspense>
      <Summary {...props} />
    </Suspense>
  );
}
