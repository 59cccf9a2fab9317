/**
 * /teacher/classes/[classId]/students/[studentId]: one student's work for their teacher: when
 * they joined and were last heard from, their time on task, and per exercise their Checks, hints,
 * best score and last answer redrawn on the text. Another teacher's class or student, or no
 * student at all, is "not found".
 */
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getClass, studentWork } from '@sayswho/classroom';
import { PageLink } from '@/components/page-link';
import { statusText } from '@/lib/teacher-class/student-progress';
import { teacherOfPage } from '@/lib/teacher-class/teacher-of-page';
import { teacherWorkText } from '@/lib/ui-text/teacher-work';
import { UI } from '@/lib/ui-text';
import { SignedInBar } from '../../../../signed-in-bar';
import { Unavailable } from '../../../../signed-out';
import { StudentAnswer } from './student-answer';
import { StudentSummary } from './student-summary';
import '@/components/exercises/exercises.css';
import '../../../../../lessons/lessons.css';
import '../../../../teacher.css';
import '../../students-work.css';

const T = teacherWorkText.student;

interface Props {
  params: Promise<{ classId: string; studentId: string }>;
}

/** Read once per request: the title and the page both need it. */
const load = cache(async (classId: string, studentId: string) => {
  const who = await teacherOfPage();
  if (who.state !== 'signed-in') return { who, klass: null, work: null };
  const [klass, work] = await Promise.all([
    getClass(who.classroom, who.teacher, classId),
    studentWork(who.classroom, who.teacher, classId, studentId),
  ]);
  return { who, klass, work };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId, studentId } = await params;
  const { work } = await load(classId, studentId);
  return {
    title: work?.ok ? T.title(work.value.label) : UI.lesson.teacher.banner,
    robots: { index: false },
  };
}

export default async function StudentPage({ params }: Props) {
  const { classId, studentId } = await params;
  const { who, klass, work } = await load(classId, studentId);
  if (who.state === 'unavailable') return <Unavailable reason={who.reason} />;
  if (who.state === 'signed-out' || !klass || !work) redirect('/teacher');
  const { classroom, teacher } = who;
  // Another teacher's class or student is "not found" too: nobody learns who exists.
  if ((!klass.ok && klass.code === 'not-found') || (!work.ok && work.code === 'not-found'))
    notFound();
  if (!klass.ok) return <Unavailable reason={klass.reason} />;
  if (!work.ok) return <Unavailable reason={work.reason} />;
  const student = work.value;
  const timeZone = classroom.config.timeZone;
  const lessons = [...new Set(student.exercises.map((e) => e.lessonSlug))];

  return (
    <div className="teacher-page">
      <SignedInBar name={teacher.name} />
      <p>
        <PageLink href={`/teacher/classes/${classId}`}>{T.back(klass.value.name)}</PageLink>
      </p>
      <StudentSummary
        label={student.label}
        joinedAt={student.joinedAt}
        lastSeenAt={student.lastSeenAt}
        activeSeconds={student.activeSeconds}
        now={classroom.now()}
        timeZone={timeZone}
      />
      {lessons.map((slug) => {
        const exercises = student.exercises.filter((e) => e.lessonSlug === slug);
        return (
          <section key={slug} aria-labelledby={`lesson-${slug}`} className="teacher-section">
            <h2 id={`lesson-${slug}`}>{exercises[0]!.lessonTitle}</h2>
            {exercises.map((e) => (
              <section
                key={e.exerciseId}
                className="work-exercise"
                aria-labelledby={`exercise-${slug}-${e.exerciseId}`}
              >
                <h3 id={`exercise-${slug}-${e.exerciseId}`}>
                  {UI.lesson.teacher.exercise(e.exercise.type, e.exerciseId)}
                </h3>
                <p>{statusText(e.status, e.bestScore)}</p>
                <dl className="teacher-student__facts">
                  <div>
                    <dt>{T.attempts}</dt>
                    <dd>{e.attempts}</dd>
                  </div>
                  <div>
                    <dt>{T.hints}</dt>
                    <dd>{e.hints}</dd>
                  </div>
                  <div>
                    <dt>{T.answerShown}</dt>
                    <dd>{e.answerShown ? T.yes : T.no}</dd>
                  </div>
                </dl>
                <h4>{T.lastAnswer}</h4>
                <StudentAnswer exercise={e.exercise} answer={e.lastAnswer} />
              </section>
            ))}
          </section>
        );
      })}
    </div>
  );
}
