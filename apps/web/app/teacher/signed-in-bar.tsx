import { teacherClassText as T } from '@/lib/ui-text/teacher-class';

/** "Signed in as …" and a sign-out button: a plain form, so it works before any script loads. */
export function SignedInBar({ name }: { name: string }) {
  return (
    <form method="post" action="/api/class/teacher/sign-out" className="teacher-bar">
      <span>{T.home.signedInAs(name)}</span>{' '}
      <button type="submit" className="ex-button">
        {T.home.signOut}
      </button>
    </form>
  );
}
