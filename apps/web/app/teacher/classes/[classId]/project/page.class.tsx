/**
 * The projector view: with no exercise chosen, the join code, the QR code and the address, large;
 * with one chosen (`?exercise=<lesson>/<exercise>`), the class's heatmap or spread of answers for
 * it, hidden until the teacher reveals it (`&reveal=1`), the key only when they tick "Show the
 * key", and Lock / Unlock. Never a student's name: the class page holds names and rejoin codes
 * that must not be projected, and nothing here reads them (its live view has no roster). The
 * title and controls are sent at once; the results stream in behind them.
 */
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { Suspense } from 'react';
import {
  classResults,
  exerciseLocks,
  getClass,
  joinLink,
  type RunningClassroom,
  type Teacher,
} from '@sayswho/classroom';
import { plainText } from '@sayswho/lessons/plain-text';
import {
  exerciseKey,
  exerciseTitles,
  type TitledExercise,
} from '@/components/class-results/exercise-titles';
import { LiveClass, LiveStatus } from '@/components/class-results/live-class.client';
import { LiveExercise, LiveStatuses } from '@/components/class-results/live-parts.client';
import { LockButton } from '@/components/class-results/lock-button.client';
import { PageLink } from '@/components/page-link';
import { afterShell } from '@/lib/class-server/after-shell';
import { QrCode } from '@/components/teacher-class/qr-code';
import { classView } from '@/lib/teacher-class/class-view';
import { pageOrigin, teacherOfPage } from '@/lib/teacher-class/teacher-of-page';
import { classResultsText as R } from '@/lib/ui-text/class-results';
import { teacherClassText as T } from '@/lib/ui-text/teacher-class';
import { Unavailable } from '../../../signed-out';
import { ExercisePicker } from './exercise-picker';
import '@/components/class-results/class-results.css';
import '@/components/exercises/exercises.css';
import '../../../teacher.css';

interface Props {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const metadata: Metadata = { robots: { index: false } };

export default async function ProjectPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const query = await searchParams;
  const who = await teacherOfPage();
  if (who.state === 'unavailable') return <Unavailable reason={who.reason} />;
  if (who.state === 'signed-out') redirect('/teacher');
  const { classroom, teacher } = who;
  const klass = await getClass(classroom, teacher, classId);
  if (!klass.ok && klass.code === 'not-found') notFound();
  if (!klass.ok) return <Unavailable reason={klass.reason} />;
  const c = klass.value;
  const lessons = c.lessons.flatMap((l) => classroom.lessons.lesson(l.slug) ?? []);
  const titles = exerciseTitles(lessons);
  // Only an exercise of this class is shown; anything else in the address shows the picker.
  const chosen = typeof query.exercise === 'string' ? titles.get(query.exercise) : undefined;
  const picker = (
    <ExercisePicker
      lessons={lessons}
      titles={titles}
      chosen={chosen ? exerciseKey(chosen) : null}
    />
  );
  if (!chosen) {
    const link = joinLink(classroom, await pageOrigin(classroom.config), c.joinCode);
    const joinPage = new URL(link);
    return (
      <div className="teacher-project">
        <h1>{T.project.title(c.name)}</h1>
        <div className="teacher-project__grid">
          <QrCode text={link} label={T.klass.qrLabel(link)} className="teacher-project__qr" />
          <div>
            <p className="teacher-project__where">{T.project.goTo(joinPage.origin)}</p>
            <p className="teacher-project__code" data-testid="join-code">
              {c.joinCode}
            </p>
          </div>
        </div>
        <p>{R.project.pick}</p>
        {picker}
        <p>
          <PageLink href={`/teacher/classes/${c.id}`}>{T.project.back}</PageLink>
        </p>
      </div>
    );
  }
  const locks = await exerciseLocks(classroom, teacher, c.id);
  if (!locks.ok) return <Unavailable reason={locks.reason} />;
  const key = exerciseKey(chosen);
  const locked = locks.value.some((l) => exerciseKey(l) === key);
  const revealed = query.reveal === '1';
  return (
    <div className="projector">
      <h1>
        {classroom.lessons.lesson(chosen.lessonSlug)?.frontmatter?.title ?? ''} — {chosen.title}
      </h1>
      <p>{plainText(chosen.exercise.public.promptHtml)}</p>
      <div className="projector-controls" role="group" aria-label={R.project.title}>
        {picker}
        <LockButton
          classId={c.id}
          lessonSlug={chosen.lessonSlug}
          exerciseId={chosen.exerciseId}
          locked={locked}
        />
        <form method="get">
          <input type="hidden" name="exercise" value={key} />
          {!revealed && <input type="hidden" name="reveal" value="1" />}
          <button type="submit" className="ex-button">
            {revealed ? R.project.hide : R.project.reveal}
          </button>
        </form>
      </div>
      <p>{locked ? R.project.lockedNow : R.project.unlockedNow}</p>
      <Suspense
        fallback={
          <p role="status" className="live-status">
            {R.live.loading}
          </p>
        }
      >
        <ProjectedResults
          classroom={classroom}
          teacher={teacher}
          classId={c.id}
          chosen={chosen}
          revealed={revealed}
        />
      </Suspense>
      <p>
        <PageLink href={`/teacher/classes/${c.id}`}>{R.project.back}</PageLink>
      </p>
    </div>
  );
}

/**
 * The chosen exercise's counts and, once revealed, its results, live. Before the reveal the view
 * holds no results at all: nothing to see in the page's source either.
 */
async function ProjectedResults({
  classroom,
  teacher,
  classId,
  chosen,
  revealed,
}: {
  classroom: RunningClassroom;
  teacher: Teacher;
  classId: string;
  chosen: TitledExercise;
  revealed: boolean;
}) {
  await afterShell();
  const results = await classResults(classroom, teacher, classId);
  if (!results.ok)
    return (
      <p role="alert" className="teacher-note teacher-note--bad">
        {T.home.unavailable(results.reason)}
      </p>
    );
  const key = exerciseKey(chosen);
  const query = revealed ? { exercise: key } : {};
  const view = classView(results.value, query, classroom.now(), classroom.config.timeZone);
  return (
    <LiveClass classId={classId} query={query} initial={view}>
      <LiveStatuses exercise={key} locked={false} />
      <LiveStatus />
      {revealed ? (
        <LiveExercise exercise={chosen.exercise} detail={false} />
      ) : (
        <p>{R.project.hidden}</p>
      )}
    </LiveClass>
  );
}
