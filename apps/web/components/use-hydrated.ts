/**
 * Whether the page's script has taken over. Until then a button that works through script does
 * nothing, and a form that sends through script submits natively: to the page's own address,
 * its fields in the URL (a student's name or rejoin code in the browser's history and the
 * server's logs), reloading the page and losing what was typed. So such buttons and forms'
 * submit buttons stay disabled until then (a disabled default button also stops Enter).
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
