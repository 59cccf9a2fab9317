/** The static export has no server, so no classes: /teacher says how to get class mode. */
import type { Metadata } from 'next';
import { teacherClassText as T } from '@/lib/ui-text/teacher-class';

export const metadata: Metadata = { title: T.static.title };

export default function TeacherStatic() {
  return (
    <div className="prose">
      <h1>{T.static.title}</h1>
      <p>
        {T.static.body} <code>{T.static.command}</code>.
      </p>
      <p>{T.static.after}</p>
    </div>
  );
}
