'use client';
/**
 * A class's own page for a student: who is signed in on this device, the class's lessons, and
 * "New student" for a shared device (the next student joins; the last one's unsent work still
 * goes out under their own name, since each outbox entry carries its device token).
 */
import { NewStudent } from '@/components/hand-in/new-student.client';
import { PageLink } from '@/components/page-link';
import { forgetKeptChecks } from '@/lib/class-device/kept-checks';
import { clearDeviceProgress } from '@/lib/progress/progress-store';
import { classText } from '@/lib/ui-text/class';
import { ClassStatus } from './class-status.client';
import { setClassDevice, useClassDevice } from './use-class-device';
import { useStudentState } from './use-student-state';
import '../exercises/exercises.css';
import './class.css';

export function ClassHome({ classId }: { classId: string }) {
  const saved = useClassDevice();
  const device = saved?.class.id === classId ? saved : null;
  const { removed } = useStudentState(device);

  if (saved === undefined) return null;
  if (!device)
    return (
      <div className="class-bar class-bar--warn" role="note">
        <p>{removed ? classText.removed : classText.notJoined}</p>
        {removed ? null : <PageLink href="/join">{classText.joinLink}</PageLink>}
      </div>
    );

  function nextStudent() {
    setClassDevice(null);
    clearDeviceProgress();
    forgetKeptChecks();
    window.location.assign('/join');
  }

  return (
    <>
      <ClassStatus />
      <h1>{device.class.name}</h1>
      <p className="class-bar">{classText.signedInAs(device.student.name)}</p>
      <h2>{classText.classLessons}</h2>
      {device.class.lessons.length === 0 ? (
        <p>{classText.noLessons}</p>
      ) : (
        <ul className="class-lessons">
          {device.class.lessons.map((lesson) => (
            <li key={lesson.slug}>
              <PageLink href={`/class/${classId}/lessons/${lesson.slug}`}>{lesson.title}</PageLink>
            </li>
          ))}
        </ul>
      )}
      <h2 className="new-student__heading">{classText.newStudent}</h2>
      <NewStudent text={classText.newStudentBox} onConfirm={nextStudent} />
    </>
  );
}
