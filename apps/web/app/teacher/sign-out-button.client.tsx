'use client';
/**
 * Sign out. A script, not a plain form: with the kit's `Referrer-Policy: no-referrer` a browser
 * sends `Origin: null` with a form's POST, which the origin check refuses; `fetch` sends the
 * page's origin. The route answers 303 to /teacher, which fetch follows; then go there.
 */
import { useState } from 'react';
import { ChangeStatus } from '@/components/teacher-class/change-status';
import { useHydrated } from '@/components/use-hydrated';
import { teacherClassText as T } from '@/lib/ui-text/teacher-class';

export function SignOutButton() {
  const [failure, setFailure] = useState('');
  const hydrated = useHydrated();
  async function signOut() {
    const response = await fetch('/api/class/teacher/sign-out', { method: 'POST' }).catch(
      () => null,
    );
    if (response?.ok) return window.location.assign('/teacher');
    setFailure(
      T.klass.failed(response ? `${response.status} ${response.statusText}` : T.klass.network),
    );
  }
  return (
    <>
      <button type="button" className="ex-button" onClick={signOut} disabled={!hydrated}>
        {T.home.signOut}
      </button>
      <ChangeStatus message={failure ? { text: failure, failed: true } : null} />
    </>
  );
}
