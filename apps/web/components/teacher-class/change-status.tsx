/**
 * The status line of one change on the class page. Always in the page (a live region must exist
 * before its text changes, or screen readers miss it); a failure is marked in words and by a
 * border, not by colour alone.
 */
import type { ChangeMessage } from '@/lib/teacher-class/use-change';

export function ChangeStatus({ message }: { message: ChangeMessage | null }) {
  return (
    <p
      role="status"
      className={`teacher-status${message?.failed ? ' teacher-status--failed' : ''}`}
    >
      {message?.text}
    </p>
  );
}
