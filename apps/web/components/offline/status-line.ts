/**
 * What a page may say on the one status line instead of the offline notice: a class page says
 * whether its work reached the teacher ("Sent to your teacher" / "Saved here, will send when the
 * network is back"), which already covers being offline. Only class pages set it, so the line's
 * own code ships with no class code.
 */
import { useSyncExternalStore, type ReactNode } from 'react';

// A node, not only text: a class page may put a button in the line (send refused work again).
let line: ReactNode = null;
const listeners = new Set<() => void>();

export function setStatusLine(text: ReactNode): void {
  if (text === line) return;
  line = text;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useStatusLine(): ReactNode {
  return useSyncExternalStore(
    subscribe,
    () => line,
    () => null,
  );
}
