/**
 * Work done on this device before the student joined: each answer saved for one of the class's
 * lessons, as an event marked `imported`, when the student chooses to bring it into the class.
 * Work on other lessons stays on the device (the class server would refuse it).
 */
import type { ClassEvent } from '@sayswho/core/class-event';
import { classEvent } from '@/lib/class-device/class-event';
import { readProgress } from '@/lib/progress/progress-storage';

export function earlierWork(classLessons: readonly string[]): ClassEvent[] {
  const { state } = readProgress();
  return Object.entries(state.lessons).flatMap(([slug, lesson]) =>
    classLessons.includes(slug)
      ? Object.entries(lesson.exercises).flatMap(([exerciseId, exercise]) =>
          exercise.answer
            ? [
                classEvent(
                  'answer',
                  { slug, fingerprint: lesson.fingerprint },
                  exerciseId,
                  exercise.answer,
                  { at: exercise.updatedAt, imported: true },
                ),
              ]
            : [],
        )
      : [],
  );
}
