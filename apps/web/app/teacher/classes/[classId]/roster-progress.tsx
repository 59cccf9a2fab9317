/**
 * The roster's progress: a table with a row per student (who is active now, who was last seen
 * when, a link to their work) and a column per exercise (its stage, best score and hints).
 * Drawn from one page of the class's view (`RosterRow`s), on the server and again by the live
 * class page when it changes; it scrolls in its own labelled region on a narrow screen. Each
 * stage has a symbol and a word as well as a colour. A column is headed by the exercise's title;
 * with several lessons a screen reader hears its lesson too, since it may not read the lesson's
 * header above it.
 */
import type { ExerciseResults } from '@sayswho/classroom';
import { PageLink } from '@/components/page-link';
import type { RosterRow } from '@/lib/teacher-class/class-view';
import { statusText } from '@/lib/teacher-class/student-progress';
import { teacherWorkText } from '@/lib/ui-text/teacher-work';
import { PresenceLine } from './presence.client';

const T = teacherWorkText.progress;

export type ExerciseColumn = Pick<ExerciseResults, 'lessonSlug' | 'lessonTitle' | 'exerciseId'> & {
  /** "Exercise 2: Spot", and the same with its lesson's title (`exerciseTitles`). */
  readonly title: string;
  readonly titleInLesson: string;
};

interface Props {
  readonly classId: string;
  readonly rows: readonly RosterRow[];
  readonly timeZone: string;
  readonly exercises: readonly ExerciseColumn[];
}

/** The class's lessons in order, each with how many exercise columns it spans. */
function lessonsOf(exercises: readonly ExerciseColumn[]) {
  const lessons: { slug: string; title: string; span: number }[] = [];
  for (const e of exercises) {
    const last = lessons.at(-1);
    if (last?.slug === e.lessonSlug) last.span += 1;
    else lessons.push({ slug: e.lessonSlug, title: e.lessonTitle, span: 1 });
  }
  return lessons;
}

export function RosterProgress({ classId, rows, exercises, timeZone }: Props) {
  if (rows.length === 0) return null;
  const lessons = lessonsOf(exercises);
  const columnTitle = (e: ExerciseColumn) =>
    lessons.length === 1 ? (
      e.title
    ) : (
      <>
        <span aria-hidden="true">{e.title}</span>
        <span className="visually-hidden">{e.titleInLesson}</span>
      </>
    );
  return (
    <div className="work-table__scroll" role="region" aria-label={T.region} tabIndex={0}>
      <table className="work-table">
        <caption>{T.caption}</caption>
        <colgroup>
          <col />
        </colgroup>
        {lessons.map((l) => (
          <colgroup key={l.slug} span={l.span} />
        ))}
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {T.student}
            </th>
            {lessons.map((l) => (
              <th key={l.slug} scope="colgroup" colSpan={l.span}>
                {l.title}
              </th>
            ))}
          </tr>
          <tr>
            {exercises.map((e) => (
              <th key={`${e.lessonSlug}/${e.exerciseId}`} scope="col">
                {columnTitle(e)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <PageLink href={`/teacher/classes/${classId}/students/${s.id}`}>{s.label}</PageLink>
                <PresenceLine lastSeenMs={s.lastSeenMs} nowMs={s.nowMs} timeZone={timeZone} />
                {s.minutes > 0 ? (
                  <span className="work-presence">{T.onTask(s.minutes)}</span>
                ) : null}
              </th>
              {s.cells.map((e, i) => (
                // The symbol is drawn by CSS from data-symbol, kept from screen readers there:
                // an element less in each of a page's 30 × exercises cells.
                <td
                  key={i}
                  className={`work-cell work-cell--${e.status}`}
                  data-symbol={T.symbol[e.status]}
                >
                  {statusText(e.status, e.bestScore)}
                  {e.hints > 0 ? (
                    <span className="work-cell__hints">{T.hints(e.hints)}</span>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
