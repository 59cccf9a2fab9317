/**
 * "Rewrites to review": per Rewrite exercise of the class, each student's last checked rewrite
 * with the automatic check's verdict, the teacher's saved review, and the form to give one.
 * Only the students of the roster's page shown (a class of 300 would be 300 forms per exercise).
 * Server-rendered from the page's results, so the page's refresh shows a saved review.
 */
import type { ClassResults } from '@sayswho/classroom';
import { teacherWorkText } from '@/lib/ui-text/teacher-work';
import { ReviewForm } from './review-form.client';

const T = teacherWorkText.rewrites;

interface Props {
  readonly classId: string;
  readonly results: ClassResults;
  /** The students whose rewrites are shown. */
  readonly students: ReadonlySet<string>;
  readonly maxComment: number;
}

export function RewritesToReview({ classId, results, students, maxComment }: Props) {
  const labelOf = new Map(results.students.map((s) => [s.id, s.label]));
  const exercises = results.exercises.flatMap((e) =>
    e.view.type === 'rewrite'
      ? [{ ...e, rewrites: e.view.rewrites.filter((r) => students.has(r.studentId)) }]
      : [],
  );
  if (exercises.length === 0) return null;
  return (
    <section id="rewrites" aria-labelledby="rewrites-heading" className="teacher-section">
      <h2 id="rewrites-heading">{T.heading}</h2>
      {students.size < results.students.length ? <p>{T.ofPage}</p> : null}
      {exercises.map((e) => (
        <div key={`${e.lessonSlug}/${e.exerciseId}`}>
          <h3>
            {e.lessonTitle}: {e.exerciseId}
          </h3>
          {e.rewrites.length === 0 ? <p>{T.none}</p> : null}
          <ul className="work-rewrites">
            {e.rewrites.map((r) => {
              const label = labelOf.get(r.studentId) ?? '';
              return (
                <li key={r.eventId} className="work-rewrite">
                  <h4>{label}</h4>
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
                    studentLabel={label}
                    saved={r.review}
                    maxComment={maxComment}
                  />
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
