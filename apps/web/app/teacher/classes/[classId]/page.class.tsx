/**
 * /teacher/classes/[classId]: how students join (code, link, QR code), the roster with each
 * student's progress and its changes, the rewrites to review, the end date, the results'
 * downloads, and export then delete. Server-rendered from the services; each change
 * is a small island that calls a teacher route and then refreshes this page's data. The shell
 * (the class, how to join, the end date, downloads) is sent at once; the sections that need the
 * class's results stream in behind it (`ClassSections`).
 */
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { Suspense } from 'react';
import { endDateRange, getClass, joinLink } from '@sayswho/classroom';
import { PageLink } from '@/components/page-link';
import { QrCode } from '@/components/teacher-class/qr-code';
import { formatDay } from '@/lib/teacher-class/format-dates';
import { pageOrigin, teacherOfPage } from '@/lib/teacher-class/teacher-of-page';
import { viewQueryOf } from '@/lib/teacher-class/view-query';
import { teacherClassText as T } from '@/lib/ui-text/teacher-class';
import { SignedInBar } from '../../signed-in-bar';
import { Unavailable } from '../../signed-out';
import { ClassSections, ClassSectionsLoading } from './class-sections';
import { DeleteClass } from './delete-class.client';
import { EndDateForm } from './end-date-form.client';
import { NewJoinCode } from './new-join-code.client';
import { ResultsDownloads } from './results-downloads';
import '@/components/class-results/class-results.css';
import '@/components/exercises/exercises.css';
import '../../teacher.css';
import './students-work.css';

interface Props {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId } = await params;
  const who = await teacherOfPage();
  const klass =
    who.state === 'signed-in' ? await getClass(who.classroom, who.teacher, classId) : null;
  return { title: klass?.ok ? klass.value.name : T.home.title, robots: { index: false } };
}

export default async function ClassPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const who = await teacherOfPage();
  if (who.state === 'unavailable') return <Unavailable reason={who.reason} />;
  if (who.state === 'signed-out') redirect('/teacher');
  const { classroom, teacher } = who;
  const klass = await getClass(classroom, teacher, classId);
  // Another teacher's class is "not found" too: nobody learns which classes exist.
  if (!klass.ok && klass.code === 'not-found') notFound();
  if (!klass.ok) return <Unavailable reason={klass.reason} />;
  const c = klass.value;
  const link = joinLink(classroom, await pageOrigin(classroom.config), c.joinCode);

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

      <Suspense fallback={<ClassSectionsLoading />}>
        <ClassSections
          classroom={classroom}
          teacher={teacher}
          classId={c.id}
          lessons={c.lessons.flatMap((l) => classroom.lessons.lesson(l.slug) ?? [])}
          asked={viewQueryOf(await searchParams)}
        />
      </Suspense>

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
