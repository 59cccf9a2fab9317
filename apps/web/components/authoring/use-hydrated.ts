/**
 * Whether the page's script has taken over. The authoring forms save through script: pressed
 * before that (a slow first compile in `next dev`), their Save would submit the form natively,
 * reload the page and lose what the teacher typed, so Save stays disabled until then.
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
