/** What a teacher page shows to someone not signed in, and while class mode cannot be reached. */
import { teacherClassText as T } from '@/lib/ui-text/teacher-class';

export function SignedOut({ expired }: { expired: boolean }) {
  return (
    <div className="teacher-page prose">
      <h1>{T.home.signedOutTitle}</h1>
      {expired ? (
        <p role="alert" className="teacher-note teacher-note--bad">
          {T.home.expired}
        </p>
      ) : null}
      <p>
        {T.home.signedOut} <code>{T.home.commandAdd}</code> {T.home.signedOutFirstTime}{' '}
        <code>{T.home.commandLink}</code> {T.home.signedOutOpen}
      </p>
    </div>
  );
}

export function Unavailable({ reason }: { reason: string }) {
  return (
    <div className="teacher-page prose">
      <h1>{T.home.title}</h1>
      <p role="alert" className="teacher-note teacher-note--bad">
        {T.home.unavailable(reason)}
      </p>
    </div>
  );
}
