/**
 * The roster's progress: a table with a row per student (who is active now, who was last seen
 * when, a link to their work) and a column per exercise (its stage, best score and hints).
 * Server-rendered from the page's results, so the page's refresh updates it; it scrolls in its
 * own labelled region on a narrow screen. Each stage has a symbol and a word as well as a colour.
 * A column is headed by the exercise's title; with several lessons a screen reader hears its
 * lesson too, since it may not read the lesson's header above it.
 */
import type { ExerciseResults, StudentResults } from '@sayswho/classroom';
import { exerciseKey, type TitledExercise } from '@/components/class-results/exercise-titles';
import { PageLink } from '@/components/page-link';
import { minutesOf, statusText } from '@/lib/teacher-class/student-progress';
import { teacherWorkText } from '@/lib/ui-text/teacher-work';
import { PresenceLine } from './presence.client';

const T = teacherWorkText.progress;

type ExerciseColumn = Pick<ExerciseResults, 'lessonSlug' | 'lessonTitle' | 'exerciseId'>;

interface Props {
  readonly classId: string;
  readonly students: readonly StudentResults[];
  readonly exercises: readonly ExerciseColumn[];
  /** The exercises' titles (`exerciseTitles`), by `exerciseKey`. */
  readonly titles: ReadonlyMap<string, TitledExercise>;
  readonly now: Date;
  readonly timeZone: string;
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

export function RosterProgress({ classId, students, exercises, titles, now, timeZone }: Props) {
  if (students.length === 0) return null;
  const lessons = lessonsOf(exercises);
  const columnTitle = (e: ExerciseColumn) => {
    const titled = titles.get(exerciseKey(e));
    if (!titled) return e.exerciseId;
    if (lessons.length === 1) return titled.title;
    return (
      <>
        <span aria-hidden="true">{titled.title}</span>
        <span className="visually-hidden">{titled.titleInLesson}</span>
      </>
    );
  };
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
          {students.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <PageLink href={`/teacher/classes/${classId}/students/${s.id}`}>{s.label}</PageLink>
                <PresenceLine
                  lastSeenMs={s.lastSeenAt?.getTime() ?? null}
                  nowMs={now.getTime()}
                  timeZone={timeZone}
                />
                {minutesOf(s.activeSeconds) > 0 ? (
                  <span className="work-presence">{T.onTask(minutesOf(s.activeSeconds))}</span>
                ) : null}
              </th>
              {s.exercises.map((e) => (
                <td
                  key={`${e.lessonSlug}/${e.exerciseId}`}
                  className={`work-cell work-cell--${e.status}`}
                >
                  <span aria-hidden="true">{T.symbol[e.status]} </span>
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
