'use client';
/**
 * A class's lesson page around the kit's own lesson view: the student's name and the way back to
 * the class, the class status line, and the class host the exercises use. A device that is not in
 * this class (never joined, another class, removed) is told so and how to join; the lesson still
 * reads, and its work stays on the device as on the kit's own lesson pages.
 */
import { useMemo, type ReactNode } from 'react';
import { ExerciseHostContext } from '@/components/exercises/shell/exercise-host';
import { PageLink } from '@/components/page-link';
import { classText } from '@/lib/ui-text/class';
import { classHost } from './class-host';
import { ClassStatus } from './class-status.client';
import { useClassDevice } from './use-class-device';
import { useStudentState } from './use-student-state';
import './class.css';

export function ClassLesson({ classId, children }: { classId: string; children: ReactNode }) {
  const saved = useClassDevice();
  const device = saved?.class.id === classId ? saved : null;
  const { removed } = useStudentState(device);
  const host = useMemo(() => (device ? classHost(device) : null), [device]);

  return (
    <>
      <ClassStatus />
      {device ? (
        <p className="class-bar">
          <span>{classText.signedInAs(device.student.name)}</span>{' '}
          <PageLink href={`/class/${classId}`}>{classText.backToClass(device.class.name)}</PageLink>
        </p>
      ) : saved !== undefined ? (
        <div className="class-bar class-bar--warn" role="note">
          <p>{removed ? classText.removed : classText.notJoined}</p>
          {removed ? null : <PageLink href="/join">{classText.joinLink}</PageLink>}
        </div>
      ) : null}
      <ExerciseHostContext.Provider value={host}>{children}</ExerciseHostContext.Provider>
    </>
  );
}
