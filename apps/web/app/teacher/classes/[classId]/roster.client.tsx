'use client';
/**
 * The class's students, for the teacher: who joined when, on how many devices, the rejoin code
 * on demand (it lets a student in on another device, so it stays hidden until asked for), and
 * rename, merge and remove. One change is open at a time, under the student it is about. A big
 * class shows the students of the roster's page only; any classmate can be merged into.
 */
import { useRef, useState } from 'react';
import { ChangeStatus } from '@/components/teacher-class/change-status';
import { sendJson } from '@/lib/teacher-class/send-json';
import { useChange } from '@/lib/teacher-class/use-change';
import { teacherClassText } from '@/lib/ui-text/teacher-class';
import { StudentChange, type ChangeMode } from './student-change.client';

const T = teacherClassText.klass;

export interface RosterEntry {
  readonly id: string;
  readonly name: string;
  /** The name, told apart from a classmate of the same name: "Sam (2)". */
  readonly label: string;
  readonly rejoinCode: string;
  readonly devices: number;
  /** When they joined, already written out in the school's time zone. */
  readonly joined: string;
}

/** A student another can be merged into. */
export type Classmate = Pick<RosterEntry, 'id' | 'label'>;

export interface RosterProps {
  readonly classId: string;
  /** The students of the roster's page shown. */
  readonly students: readonly RosterEntry[];
  /** Every student of the class. */
  readonly classmates: readonly Classmate[];
  readonly maxName: number;
}

export function Roster({ classId, students, classmates, maxName }: RosterProps) {
  const change = useChange();
  const [open, setOpen] = useState<{ id: string; mode: ChangeMode } | null>(null);
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const list = useRef<HTMLUListElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const studentUrl = (id: string) => `/api/class/teacher/classes/${classId}/students/${id}`;

  const close = (focusKey: string | null) => {
    setOpen(null);
    requestAnimationFrame(() => (focusKey ? buttons.current.get(focusKey) : list.current)?.focus());
  };

  const apply = async (student: RosterEntry, mode: ChangeMode, value: string) => {
    const done =
      mode === 'rename'
        ? await change.run(
            () => sendJson<{ name: string }>('PATCH', studentUrl(student.id), { name: value }),
            (renamed) => T.renamed(student.label, renamed.name),
          )
        : mode === 'merge'
          ? await change.run(
              () =>
                sendJson('POST', `/api/class/teacher/classes/${classId}/merge`, {
                  fromStudentId: student.id,
                  intoStudentId: value,
                }),
              () => T.merged(student.label, classmates.find((s) => s.id === value)?.label ?? ''),
            )
          : await change.run(
              () => sendJson('DELETE', studentUrl(student.id)),
              () => T.removed(student.label),
            );
    // A renamed student is still there to return to; a merged or removed one is not.
    if (done) close(mode === 'rename' ? `${student.id}:rename` : null);
  };

  const toggle = (id: string) =>
    setShown((was) => {
      const next = new Set(was);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const actionButton = (student: RosterEntry, mode: ChangeMode, label: string) => (
    <button
      type="button"
      className="ex-button"
      ref={(el) => {
        if (el) buttons.current.set(`${student.id}:${mode}`, el);
      }}
      aria-expanded={open?.id === student.id && open.mode === mode}
      onClick={() => {
        change.clear();
        setOpen({ id: student.id, mode });
      }}
    >
      {label}
      <span className="visually-hidden"> {student.label}</span>
    </button>
  );

  return (
    <>
      {students.length === 0 ? (
        <p>{T.rosterNone}</p>
      ) : (
        <>
          <p className="teacher-field__help">{T.rosterCaption(classmates.length)}</p>
          <ul className="teacher-roster" ref={list} tabIndex={-1} aria-labelledby="roster-heading">
            {students.map((s) => (
              <li key={s.id} className="teacher-student">
                <h3 className="teacher-student__name">{s.label}</h3>
                <dl className="teacher-student__facts">
                  <div>
                    <dt>{T.joined}</dt>
                    <dd>{s.joined}</dd>
                  </div>
                  <div>
                    <dt>{T.devices}</dt>
                    <dd>{s.devices}</dd>
                  </div>
                  <div>
                    <dt>{T.rejoinCode}</dt>
                    <dd>
                      {shown.has(s.id) ? (
                        <code className="teacher-student__code">{s.rejoinCode}</code>
                      ) : null}{' '}
                      <button
                        type="button"
                        className="teacher-link-button"
                        aria-label={shown.has(s.id) ? T.hideRejoin(s.label) : T.showRejoin(s.label)}
                        onClick={() => toggle(s.id)}
                      >
                        {shown.has(s.id) ? T.hide : T.show}
                      </button>
                    </dd>
                  </div>
                </dl>
                <div className="teacher-student__actions">
                  {actionButton(s, 'rename', T.rename)}
                  {classmates.length > 1 ? actionButton(s, 'merge', T.merge) : null}
                  {actionButton(s, 'remove', T.remove)}
                </div>
                {open?.id === s.id ? (
                  <StudentChange
                    mode={open.mode}
                    student={s}
                    others={classmates.filter((o) => o.id !== s.id)}
                    busy={change.busy}
                    maxName={maxName}
                    onApply={(value) => apply(s, open.mode, value)}
                    onCancel={() => close(`${s.id}:${open.mode}`)}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
      <ChangeStatus message={change.message} />
    </>
  );
}
