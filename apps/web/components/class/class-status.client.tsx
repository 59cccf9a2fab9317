'use client';
/**
 * The class's part of the page's one status line: whether this device's work reached the
 * teacher. It replaces the offline notice on class pages (it says "Saved here" when offline).
 * When the server refused some work, the line offers to send it again (after the teacher fixed
 * the lesson or the server was updated): a button in the line, so the answer is announced there.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useOffline } from '@/components/offline/network-status';
import { setStatusLine } from '@/components/offline/status-line';
import { classOutbox } from '@/lib/class-device/class-outbox';
import type { OutboxSender, OutboxStatus } from '@/lib/class-device/outbox-sender';
import { classText } from '@/lib/ui-text/class';

export function statusLineOf(status: OutboxStatus, offline: boolean): string | null {
  if (status.refused) return classText.status.held(status.refused.reason);
  if (status.rejected)
    return (status.resent ? classText.status.rejectedAgain : classText.status.rejected)(
      status.rejected,
    );
  // Until everything is sent, closing the tab would lose work only this page holds.
  if (status.memoryOnly && (status.waiting > 0 || !status.sent)) return classText.status.memoryOnly;
  if (status.waiting > 0 && (status.unreachable || offline)) return classText.status.waiting;
  if (status.sent && status.waiting === 0) return classText.status.sent;
  return null;
}

const noStatus = () => null;

/**
 * Once the work is sent the button goes, and keyboard focus would fall to the top of the page:
 * it moves to the status line instead, which now says what happened.
 */
async function sendAgainKeepingFocus(outbox: OutboxSender, button: HTMLButtonElement) {
  const line = button.closest<HTMLElement>('[role="status"]');
  await outbox.sendAgain();
  // After the line has redrawn with the answer.
  requestAnimationFrame(() => {
    if (!line || button.isConnected) return;
    line.tabIndex = -1;
    line.focus();
  });
}

export function ClassStatus({ outbox = classOutbox }: { outbox?: () => OutboxSender }) {
  const offline = useOffline();
  const status = useSyncExternalStore(
    (listener) => outbox().subscribe(listener),
    () => outbox().status(),
    noStatus,
  );
  useEffect(() => {
    const text = status ? statusLineOf(status, offline) : null;
    // A held student's work cannot be sent again from here: the server no longer knows them.
    const canSendAgain = status?.rejected && !status.refused;
    setStatusLine(
      text && canSendAgain ? (
        <>
          {text}{' '}
          <button
            type="button"
            className="offline-notice__button"
            onClick={(event) => void sendAgainKeepingFocus(outbox(), event.currentTarget)}
          >
            {classText.status.sendAgain}
          </button>
        </>
      ) : (
        text
      ),
    );
  }, [status, offline, outbox]);
  useEffect(() => () => setStatusLine(null), []);
  return null;
}
