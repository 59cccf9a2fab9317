/**
 * The join code, the QR code and the address alone, large, to put on the classroom projector
 * (the class page holds names and rejoin codes that must not be projected).
 */
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getClass, joinLink } from '@sayswho/classroom';
import { PageLink } from '@/components/page-link';
import { QrCode } from '@/components/teacher-class/qr-code';
import { pageOrigin, teacherOfPage } from '@/lib/teacher-class/teacher-of-page';
import { teacherClassText as T } from '@/lib/ui-text/teacher-class';
import { Unavailable } from '../../../signed-out';
import '../../../teacher.css';

interface Props {
  params: Promise<{ classId: string }>;
}

export const metadata: Metadata = { robots: { index: false } };

export default async function ProjectPage({ params }: Props) {
  const { classId } = await params;
  const who = await teacherOfPage();
  if (who.state === 'unavailable') return <Unavailable reason={who.reason} />;
  if (who.state === 'signed-out') redirect('/teacher');
  const klass = await getClass(who.classroom, who.teacher, classId);
  if (!klass.ok && klass.code === 'not-found') notFound();
  if (!klass.ok) return <Unavailable reason={klass.reason} />;
  const c = klass.value;
  const link = joinLink(who.classroom, await pageOrigin(who.classroom.config), c.joinCode);
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
      <p>
        <PageLink href={`/teacher/classes/${c.id}`}>{T.project.back}</PageLink>
      </p>
    </div>
  );
}
