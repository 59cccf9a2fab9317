/**
 * The top of one student's page: their name as the roster tells it apart ("Sam (2)"), when they
 * joined, their presence as the roster shows it ("Active now" that runs out, or when they were
 * last seen, work perhaps still on its way) and their time on task.
 */
import { formatMoment } from '@/lib/teacher-class/format-dates';
import { minutesOf } from '@/lib/teacher-class/student-progress';
import { teacherWorkText } from '@/lib/ui-text/teacher-work';
import { PresenceLine } from '../../presence.client';

const T = teacherWorkText.student;

interface Props {
  readonly label: string;
  readonly joinedAt: Date;
  readonly lastSeenAt: Date | null;
  readonly activeSeconds: number;
  /** The server's time now, which the presence ages from. */
  readonly now: Date;
  readonly timeZone: string;
}

export function StudentSummary({
  label,
  joinedAt,
  lastSeenAt,
  activeSeconds,
  now,
  timeZone,
}: Props) {
  return (
    <>
      <h1>{T.title(label)}</h1>
      <p>
        {T.joined(formatMoment(joinedAt, timeZone))}{' '}
        <PresenceLine
          lastSeenMs={lastSeenAt?.getTime() ?? null}
          nowMs={now.getTime()}
          timeZone={timeZone}
        />
      </p>
      <p>{T.onTask(minutesOf(activeSeconds))}</p>
    </>
  );
}
