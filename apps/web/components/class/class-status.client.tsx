'use client';
/**
 * The class's part of the page's one status line: whether this device's work reached the
 * teacher. It replaces the offline notice on class pages (it says "Saved here" when offline).
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useOffline } from '@/components/offline/network-status';
import { setStatusLine } from '@/components/offline/status-line';
import { classOutbox } from '@/lib/class-device/class-outbox';
import type { OutboxStatus } from '@/lib/class-device/outbox-sender';
import { classText } from '@/lib/ui-text/class';

export function statusLineOf(status: OutboxStatus, offline: boolean): string | null {
  if (status.refused) return classText.status.held(status.refused.reason);
  if (status.rejected) return classText.status.rejected(status.rejected);
  if (status.waiting > 0 && (status.unreachable || offline)) return classText.status.waiting;
  if (status.sent && status.waiting === 0) return classText.status.sent;
  return null;
}

const noStatus = () => null;

export function ClassStatus() {
  const offline = useOffline();
  const status = useSyncExternalStore(
    (listener) => classOutbox().subscribe(listener),
    () => classOutbox().status(),
    noStatus,
  );
  useEffect(() => {
    setStatusLine(status ? statusLineOf(status, offline) : null);
  }, [status, offline]);
  useEffect(() => () => setStatusLine(null), []);
  return null;
}
