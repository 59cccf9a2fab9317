/**
 * The live preview only (`npm run dev`): a lesson's first Check waits while next dev compiles the
 * answer key and the judging code, about 40 s on a small computer. Said after a few seconds, so a
 * teacher does not take the wait for a hang. The shell renders it only when NODE_ENV is
 * development, so production pages drop it and its words (as LivePreview does).
 */
import { useEffect, useState } from 'react';
import { authoringText } from '@/lib/ui-text/authoring';

export const SLOW_CHECK_AFTER_MS = 3_000;

export function PreviewSlowCheck({ busy }: { readonly busy: boolean }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setSlow(true), SLOW_CHECK_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [busy]);
  return slow ? <p role="status">{authoringText.previewFirstCheck}</p> : null;
}
