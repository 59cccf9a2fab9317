/**
 * Whether the page's script has taken over. A button that works through script does nothing
 * when pressed before that, or worse: the authoring forms' Save would submit the form natively
 * (a slow first compile in `next dev`), reload the page and lose what the teacher typed. Such
 * buttons stay disabled until then.
 */
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
