/**
 * Who else takes part in an exercise besides the device: nobody on the kit's own lesson pages
 * (null: today's behaviour), the class server on a class's lesson page. The class page provides a
 * host that records every change in its outbox, has the server judge each Check, serves the key
 * under the class's policy and says which exercises the teacher locked. Behaviour is injected
 * here so the lesson view stays one component and the normal lesson page ships no class code.
 */
import { createContext, type ComponentType } from 'react';
import type { ClassEventKind } from '@sayswho/core/class-event';
import type { StoredAnswer } from '@sayswho/core/quiz';
import type { ExerciseKey } from '@sayswho/lessons/exercise-spec';
import type { LessonRef } from '@/lib/progress/progress-store';

/** A judgement made elsewhere, in the shape the exercise's own judge gives. */
export type HostJudgement =
  | {
      readonly ok: false;
      readonly reason: string;
      /** Judged, but not shown (the answer changed meanwhile): the attempt counts all the same. */
      readonly unseen?: { readonly score: number | null };
    }
  | {
      readonly ok: true;
      readonly result: unknown;
      readonly score: number | null;
      readonly summary: string;
      readonly completed?: boolean;
    };

export interface ExerciseHost {
  /** A change the student made, after it is saved on the device. */
  record(
    kind: Exclude<ClassEventKind, 'check'>,
    lesson: LessonRef,
    exerciseId: string,
    answer?: StoredAnswer,
  ): void;
  /**
   * Has a Check judged elsewhere; `waiting(text)` when it must wait for the network (the
   * exercise shows the text and the student keeps working); resolves when the judgement comes.
   */
  check(
    lesson: LessonRef,
    exerciseId: string,
    answer: StoredAnswer | null,
    waiting: (text: string) => void,
  ): Promise<HostJudgement>;
  /**
   * The verdict given to the last Check when it judged `answer` (kept on the device), so a
   * reload redraws it without the key; null when there is none for that answer.
   */
  lastCheck(lesson: LessonRef, exerciseId: string, answer: StoredAnswer): HostJudgement | null;
  /**
   * Calls `listener` with each verdict on this exercise that reaches the device while no page
   * waits for it: a Check sent before a reload (or a closed tab), judged after it.
   */
  onVerdict(
    lesson: LessonRef,
    exerciseId: string,
    listener: (answer: StoredAnswer, judgement: HostJudgement) => void,
  ): () => void;
  /** The exercise's key; rejects with a sentence for the student when it may not be shown. */
  key(lesson: LessonRef, exerciseId: string): Promise<ExerciseKey>;
  /**
   * The automatic hints, one entry for each the exercise has: the text of those given so far (one
   * per hint recorded past the lesson's own), a placeholder for the rest. Rejects with a sentence
   * offline.
   */
  hints(lesson: LessonRef, exerciseId: string): Promise<readonly string[]>;
  subscribe(listener: () => void): () => void;
  /** Whether Check is closed (the teacher locked the exercise). */
  locked(lessonSlug: string, exerciseId: string): boolean;
  /** What the host says under the exercise (a lock, the teacher's review). */
  readonly Note: ComponentType<{ readonly lessonSlug: string; readonly exerciseId: string }>;
}

export const ExerciseHostContext = createContext<ExerciseHost | null>(null);
