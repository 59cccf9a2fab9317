import { teacherClassText as T } from '@/lib/ui-text/teacher-class';
import { SignOutButton } from './sign-out-button.client';

/** "Signed in as …" and the sign-out button, at the top of every teacher page. */
export function SignedInBar({ name }: { name: string }) {
  return (
    <div className="teacher-bar">
      <span>{T.home.signedInAs(name)}</span> <SignOutButton />
    </div>
  );
}
