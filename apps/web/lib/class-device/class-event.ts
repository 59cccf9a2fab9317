/** A class event as the device makes it: an id of its own, the lesson's fingerprint, the time. */
import {
  CLASS_EVENT_VERSION,
  type ClassEvent,
  type ClassEventKind,
} from '@sayswho/core/class-event';
import type { StoredAnswer } from '@sayswho/core/quiz';
import type { LessonRef } from '@/lib/progress/progress-store';
import { newId } from './new-id';

export function classEvent(
  kind: ClassEventKind,
  lesson: LessonRef,
  exerciseId: string,
  answer?: StoredAnswer,
  options: { readonly at?: string; readonly imported?: boolean } = {},
): ClassEvent {
  return {
    v: CLASS_EVENT_VERSION,
    id: newId(),
    kind,
    lesson: { slug: lesson.slug, fingerprint: lesson.fingerprint },
    exerciseId,
    at: options.at ?? new Date().toISOString(),
    ...(answer ? { answer } : {}),
    ...(options.imported ? { imported: true as const } : {}),
  };
}
