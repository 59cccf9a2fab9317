/**
 * /teacher/classes/[classId]/report: the class's results on paper, for the teacher of the class
 * only (signed out: to the sign-in page; another teacher's class: not found, like the class page).
 * Per exercise the heatmap with its counts or the spread of answers with the right one named,
 * and the difficult items; never a student's name, so it can be shared or kept. The print
 * styles (report.css) leave out the site's and the page's controls.
 */
import type { Metadata } from 'next';
import { classResults } from '@sayswho/classroom';
import { PageLink } from '@/components/page-link';
import { classNameForTitle, classOfPage } from '@/lib/teacher-class/class-of-page';
import { formatMoment } from '@/lib/teacher-class/format-dates';
import { classResultsText as T } from '@/lib/ui-text/class-results';
import { teacherClassText as TC } from '@/lib/ui-text/teacher-class';
import { SignedInBar } from '../../../signed-in-bar';
import { Unavailable } from '../../../signed-out';
import { ClassReport } from './class-report';
import { PrintButton } from './print-button.client';
import '@/components/class-results/class-results.css';
import '@/components/exercises/exercises.css';
import '../../../teacher.css';
import './report.css';

interface Props {
  params: Promise<{ classId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const name = await classNameForTitle((await params).classId);
  return { title: name ? T.report.title(name) : TC.home.title, robots: { index: false } };
}

export default async function ReportPage({ params }: Props) {
  const found = await classOfPage((await params).classId);
  if (!found.ok) return <Unavailable reason={found.reason} />;
  const { classroom, teacher, klass: c } = found;
  const results = await classResults(classroom, teacher, c.id);
  if (!results.ok) return <Unavailable reason={results.reason} />;
  return (
    <div className="teacher-page class-report-page">
      <div className="class-report__controls">
        <SignedInBar name={teacher.name} />
        <p>
          <PageLink href={`/teacher/classes/${c.id}`}>{T.report.back}</PageLink>
        </p>
        <PrintButton />
      </div>
      <ClassReport
        className={c.name}
        day={formatMoment(classroom.now(), classroom.config.timeZone)}
        lessons={c.lessons.flatMap((l) => classroom.lessons.lesson(l.slug) ?? [])}
        results={results.value}
      />
    </div>
  );
}
