'use client';
/**
 * "Rewrites to review": per Rewrite exercise of the class, each student's last checked rewrite
 * with the automatic check's verdict, the teacher's saved review, and the form to give one.
 * Only the students of the roster's page shown (a class of 300 would be 300 forms per exercise).
 * Drawn from the class's live view, so a rewrite checked while the page is open shows up, said
 * in a polite status line. Each form is keyed by its rewrite's Check: an update redraws around a
 * form being filled in without touching its text or focus (its fields are uncontrolled).
 */
import { memo, useState } from 'react';
import { useClassView } from '@/components/class-results/live-class.client';
import type { ExerciseRewrites } from '@/lib/teacher-class/class-view';
import { teacherWorkText } from '@/lib/ui-text/teacher-work';
import { ReviewForm } from './review-form.client';

const T = teacherWorkText.rewrites;

const checksOf = (exercises: readonly ExerciseRewrites[]) =>
  exercises.flatMap((e) => e.rewrites.map((r) => r.eventId));

/** A class without Rewrite exercises, or a view without the roster. */
const NONE: readonly ExerciseRewrites[] = [];

export function RewritesToReview({
  classId,
  maxComment,
}: {
  classId: string;
  /** The server's limit on a comment. */
  maxComment: number;
}) {
  const { roster, rewrites } = useClassView();
  const exercises = rewrites ?? NONE;
  // Who has a rewrite new since the last view, for the status line (kept until the next ones).
  const [shown, setShown] = useState(exercises);
  const [fresh, setFresh] = useState<readonly string[]>([]);
  if (exercises !== shown) {
    const before = new Set(checksOf(shown));
    const added = exercises.flatMap((e) => e.rewrites.filter((r) => !before.has(r.eventId)));
    setShown(exercises);
    if (added.length > 0) setFresh(added.map((r) => r.label));
  }
  if (exercises.length === 0) return null;
  return (
    <section id="rewrites" aria-labelledby="rewrites-heading" className="teacher-section">
      <h2 id="rewrites-heading">{T.heading}</h2>
      {roster && roster.rows.length < roster.total ? <p>{T.ofPage}</p> : null}
      <p role="status" className="live-status">
        {fresh.length > 0 ? T.newRewrites(fresh) : null}
      </p>
      <RewriteLists exercises={exercises} classId={classId} maxComment={maxComment} />
    </section>
  );
}

/**
 * Redrawn only when the rewrites changed (`LiveClass` keeps unchanged ones): most updates are
 * other exercises' Checks, and each form is a few hooks deep.
 */
const RewriteLists = memo(function RewriteLists({
  exercises,
  classId,
  maxComment,
}: {
  exercises: readonly ExerciseRewrites[];
  classId: string;
  maxComment: number;
}) {
  return exercises.map((e) => (
    <div key={e.key}>
      <h3>
        {e.lessonTitle}: {e.exerciseId}
      </h3>
      {e.rewrites.length === 0 ? <p>{T.none}</p> : null}
      <ul className="work-rewrites">
        {e.rewrites.map((r) => (
          <li key={r.eventId} className="work-rewrite">
            <h4>{r.label}</h4>
            <blockquote className="work-rewrite__text">{r.text}</blockquote>
            <p>
              {T.automatic}: {T.automaticVerdict[r.verdict ?? 'unknown']}
            </p>
            <p>
              {T.saved}:{' '}
              {r.review ? (
                <>
                  <strong>{T.verdict[r.review.verdict]}</strong>
                  {r.review.comment ? ` — ${r.review.comment}` : null}
                </>
              ) : (
                T.notReviewed
              )}
            </p>
            <ReviewForm
              classId={classId}
              eventId={r.eventId}
              studentLabel={r.label}
              saved={r.review}
              maxComment={maxComment}
            />
          </li>
        ))}
      </ul>
    </div>
  ));
});
