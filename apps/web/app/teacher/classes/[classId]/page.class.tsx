/**
 * /teacher/classes/[classId]: how students join (code, link, QR code), the roster with each
 * student's progress and its changes, the rewrites to review, the end date, the results'
 * downloads, and export then delete. Server-rendered from the services; each change
 * is a small island that calls a teacher route and then refreshes this page's data.
 */
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import {
  classResults,
  endDateRange,
  exerciseLocks,
  getClass,
  getRoster,
  joinLink,
  MAX_COMMENT_LENGTH,
  MAX_NAME_LENGTH,
} from '@sayswho/classroom';
import { exerciseTitles } from '@/components/class-results/exercise-titles';
import { PageLink } from '@/components/page-link';
import { QrCode } from '@/components/teacher-class/qr-code';
import { formatDay, formatMoment } from '@/lib/teacher-class/format-dates';
import { pageOrigin, teacherOfPage } from '@/lib/teacher-class/teacher-of-page';
import { teacherClassText as T } from '@/lib/ui-text/teacher-class';
import { SignedInBar } from '../../signed-in-bar';
import { Unavailable } from '../../signed-out';
import { ClassWork } from './class-work';
import { DeleteClass } from './delete-class.client';
import { EndDateForm } from './end-date-form.client';
import { NewJoinCode } from './new-join-code.client';
import { ResultsDownloads } from './results-downloads';
import { RewritesToReview } from './rewrites-to-review';
import { Roster } from './roster.client';
import { RosterProgress } from './roster-progress';
import '@/components/class-results/class-results.css';
import '@/components/exercises/exercises.css';
import '../../teacher.css';
import './students-work.css';

interface Props {
  params: Promise<{ classId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId } = await params;
  const who = await teacherOfPage();
  const klass =
    who.state === 'signed-in' ? await getClass(who.classroom, who.teacher, classId) : null;
  return { title: klass?.ok ? klass.value.name : T.home.title, robots: { index: false } };
}

export default async function ClassPage({ params }: Props) {
  const { classId } = await params;
  const who = await teacherOfPage();
  if (who.state === 'unavailable') return <Unavailable reason={who.reason} />;
  if (who.state === 'signed-out') redirect('/teacher');
  const { classroom, teacher } = who;
  const [klass, roster, results, locks] = await Promise.all([
    getClass(classroom, teacher, classId),
    getRoster(classroom, teacher, classId),
    classResults(classroom, teacher, classId),
    exerciseLocks(classroom, teacher, classId),
  ]);
  // Another teacher's class is "not found" too: nobody learns which classes exist.
  if (!klass.ok && klass.code === 'not-found') notFound();
  if (!klass.ok) return <Unavailable reason={klass.reason} />;
  if (!roster.ok) return <Unavailable reason={roster.reason} />;
  if (!results.ok) return <Unavailable reason={results.reason} />;
  if (!locks.ok) return <Unavailable reason={locks.reason} />;
  const c = klass.value;
  const link = joinLink(classroom, await pageOrigin(classroom.config), c.joinCode);
  const timeZone = classroom.config.timeZone;
  const lessons = c.lessons.flatMap((l) => classroom.lessons.lesson(l.slug) ?? []);

  return (
    <div className="teacher-page">
      <SignedInBar name={teacher.name} />
      <p>
        <PageLink href="/teacher">{T.klass.back}</PageLink>
      </p>
      <h1>{c.name}</h1>
      <p>{T.klass.endsOn(formatDay(c.endsOn), formatDay(c.deletesOn))}</p>
      <h2 className="visually-hidden">{T.klass.lessons}</h2>
      <ol className="teacher-class-lessons">
        {c.lessons.map((l) => (
          <li key={l.slug}>{l.title}</li>
        ))}
      </ol>

      <section aria-labelledby="join-heading" className="teacher-section teacher-join">
        <h2 id="join-heading">{T.klass.joinHeading}</h2>
        <div className="teacher-join__grid">
          <div>
            <p className="teacher-join__label">{T.klass.joinCode}</p>
            <p className="teacher-join__code" data-testid="join-code">
              {c.joinCode}
            </p>
            <p className="teacher-join__label">{T.klass.joinLink}</p>
            <p className="teacher-join__link">
              <a href={link}>{link}</a>
            </p>
            <p>{T.klass.joinHow}</p>
            <p>
              <PageLink href={`/teacher/classes/${c.id}/project`} className="teacher-action">
                {T.klass.project}
              </PageLink>
            </p>
          </div>
          <QrCode text={link} label={T.klass.qrLabel(link)} className="teacher-join__qr" />
        </div>
        <NewJoinCode classId={c.id} />
      </section>

      <ClassWork classId={c.id} results={results.value} lessons={lessons} locks={locks.value} />

      <section aria-labelledby="roster-heading" className="teacher-section">
        <h2 id="roster-heading">{T.klass.rosterHeading}</h2>
        <RosterProgress
          classId={c.id}
          students={results.value.students}
          exercises={results.value.exercises}
          titles={exerciseTitles(lessons)}
          now={classroom.now()}
          timeZone={timeZone}
        />
        <Roster
          classId={c.id}
          maxName={MAX_NAME_LENGTH}
          students={roster.value.map((s) => ({
            id: s.id,
            name: s.name,
            label: s.label,
            rejoinCode: s.rejoinCode,
            devices: s.devices,
            joined: formatMoment(s.joinedAt, timeZone),
          }))}
        />
      </section>

      <RewritesToReview classId={c.id} results={results.value} maxComment={MAX_COMMENT_LENGTH} />

      <section aria-labelledby="end-heading" className="teacher-section">
        <h2 id="end-heading">{T.klass.endHeading}</h2>
        <EndDateForm classId={c.id} endsOn={c.endsOn} range={endDateRange(classroom)} />
      </section>

      <ResultsDownloads classId={c.id} />

      <section aria-labelledby="delete-heading" className="teacher-section">
        <h2 id="delete-heading">{T.klass.deleteHeading}</h2>
        <p>{T.klass.exportHelp}</p>
        <p>
          <a href={`/api/class/teacher/classes/${c.id}/export`} download className="teacher-action">
            {T.klass.exportLink}
          </a>
        </p>
        <DeleteClass classId={c.id} name={c.name} />
      </section>
    </div>
  );
}
