'use client';
/**
 * One change a teacher makes on the class page (rename, new code, end date…): send it, say what
 * happened in the island's status line, and refresh the page's server-rendered data.
 */
import { useRouter } from 'next/navigation';
import { startTransition, useState } from 'react';
import { teacherClassText as T } from '@/lib/ui-text/teacher-class';
import type { Sent } from './send-json';

export interface ChangeMessage {
  readonly text: string;
  readonly failed: boolean;
}

export function useChange() {
  const router = useRouter();
  const [message, setMessage] = useState<ChangeMessage | null>(null);
  const [busy, setBusy] = useState(false);

  /** Resolves true when the server made the change. */
  async function run<V>(send: () => Promise<Sent<V>>, done: (value: V) => string) {
    setBusy(true);
    const sent = await send();
    setBusy(false);
    if (!sent.ok) {
      setMessage({ text: T.klass.failed(sent.reason), failed: true });
      return false;
    }
    setMessage({ text: done(sent.value), failed: false });
    startTransition(() => router.refresh());
    return true;
  }

  return { message, busy, run, clear: () => setMessage(null) };
}
