/**
 * The printable class report's body: what it holds and names (no student), the class's facts,
 * the difficult items and every exercise's results with the key shown. Server-rendered; the
 * drawing is the class page's own (`ExercisesByLesson`, `DifficultItems`).
 */
import type { ClassLesson, ClassResults } from '@sayswho/classroom';
import { exerciseAnchor } from '@/components/class-results/exercise-anchor';
import { DifficultItems } from '@/components/class-results/difficult-items';
import {
  exerciseKey,
  exerciseName,
  exerciseTitles,
} from '@/components/class-results/exercise-titles';
import { ExercisesByLesson } from '@/components/class-results/exercises-by-lesson';
import { classResultsText as T } from '@/lib/ui-text/class-results';

const NONE_LOCKED: ReadonlySet<string> = new Set();

export function ClassReport({
  className,
  day,
  lessons,
  results,
}: {
  className: string;
  /** When it was made, written out in the school's time zone. */
  day: string;
  lessons: readonly ClassLesson[];
  results: ClassResults;
}) {
  const titles = exerciseTitles(lessons);
  const severalLessons = lessons.length > 1;
  return (
    <div className="class-report">
      <h1>{T.report.title(className)}</h1>
      <p className="class-report__facts">{T.report.facts(day, results.students.length)}</p>
      <h2 id="report-lessons" className="visually-hidden">
        {T.report.lessons}
      </h2>
      <ol className="teacher-class-lessons" aria-labelledby="report-lessons">
        {lessons.map((l) => (
          <li key={l.slug}>{l.frontmatter?.title ?? l.slug}</li>
        ))}
      </ol>
      <p className="class-report__holds">{T.report.holds}</p>

      <section aria-labelledby="report-difficult" className="class-report__section">
        <h2 id="report-difficult">{T.difficult.heading}</h2>
        <p>{T.difficult.help}</p>
        <DifficultItems
          items={results.difficult}
          exerciseTitle={(item) => {
            const titled = titles.get(exerciseKey(item));
            return titled ? exerciseName(titled, severalLessons) : item.exerciseId;
          }}
          href={(item) => `#${exerciseAnchor(item)}`}
        />
      </section>

      <section aria-labelledby="report-exercises" className="class-report__section class-work">
        <h2 id="report-exercises">{T.report.perExercise}</h2>
        <ExercisesByLesson
          lessons={lessons}
          results={results}
          titles={titles}
          locked={NONE_LOCKED}
          printed
        />
      </section>
    </div>
  );
}
