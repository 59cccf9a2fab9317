'use client';
/**
 * The class page's list of students, live: when the class's stream says its students changed
 * (`useRosterChanges`), it fetches the roster route again and redraws the list, the students of
 * the roster's page shown (from the live view), and a polite status line says who joined. The
 * server's list until then, and again after the teacher's own changes refresh the page.
 */
import { useEffect, useRef, useState } from 'react';
import type { RosterStudent } from '@sayswho/classroom';
import { useClassView, useRosterChanges } from '@/components/class-results/live-class.client';
import { formatMoment } from '@/lib/teacher-class/format-dates';
import { teacherClassText } from '@/lib/ui-text/teacher-class';
import { Roster, type RosterProps } from './roster.client';

const T = teacherClassText.klass;

/** A student as the roster route answers (dates as JSON strings). */
type FetchedStudent = Omit<RosterStudent, 'joinedAt' | 'joinOrder'> & { readonly joinedAt: string };

/** `students` and `classmates` as the server drew them: the roster's page shown, and everyone. */
export function LiveStudents({ classId, students, classmates, maxName }: RosterProps) {
  const changes = useRosterChanges();
  const { roster } = useClassView();
  const [fetched, setFetched] = useState<readonly FetchedStudent[] | null>(null);
  const [joined, setJoined] = useState<readonly string[]>([]);
  // A refresh of the page (the teacher's own change) is newer than what was fetched before it.
  const [rendered, setRendered] = useState(students);
  if (students !== rendered) {
    setRendered(students);
    setFetched(null);
  }
  // Who the list shows, to tell who is new in the next answer.
  const known = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    known.current = new Set((fetched ?? classmates).map((s) => s.id));
  }, [fetched, classmates]);

  useEffect(() => {
    if (changes === 0) return;
    // A later change's answer wins: this one is dropped if another started meanwhile.
    let latest = true;
    void fetch(`/api/class/teacher/classes/${classId}/students`, { cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<FetchedStudent[]>) : null))
      .catch(() => null)
      .then((next) => {
        // On failure the list stays as it is; the live status line says when fetches fail.
        if (!latest || !next) return;
        const newcomers = next.filter((s) => !known.current.has(s.id)).map((s) => s.label);
        setFetched(next);
        if (newcomers.length > 0) setJoined(newcomers);
      });
    return () => {
      latest = false;
    };
  }, [changes, classId]);

  const onPage = new Set(roster?.rows.map((r) => r.id));
  const timeZone = roster?.timeZone ?? 'UTC';
  return (
    <>
      <p role="status" className="live-status">
        {joined.length > 0 ? T.lastToJoin(joined) : null}
      </p>
      <Roster
        classId={classId}
        maxName={maxName}
        classmates={fetched ? fetched.map(({ id, label }) => ({ id, label })) : classmates}
        students={
          fetched
            ? fetched
                .filter((s) => onPage.has(s.id))
                .map((s) => ({ ...s, joined: formatMoment(new Date(s.joinedAt), timeZone) }))
            : students
        }
      />
    </>
  );
}
