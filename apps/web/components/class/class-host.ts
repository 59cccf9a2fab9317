/**
 * The exercise host of a class lesson page: every change goes into the outbox under the
 * student who made it, each Check is judged by the class server (it waits in the outbox while
 * the network is down), the key and the automatic hints come from the class server under the
 * lesson's policy, the server's verdict on the last Check is kept on the device to redraw after
 * a reload (and reaches the page when it comes after one), and the teacher's locks close Check.
 */
import { sameAnswer, type StoredAnswer } from '@sayswho/core/quiz';
import type { ExerciseHost, HostJudgement } from '@/components/exercises/shell/exercise-host';
import { fetchHints, fetchKey } from '@/lib/class-device/class-api';
import { classEvent } from '@/lib/class-device/class-event';
import {
  classOutbox,
  queueEvent,
  resultOf,
  subscribeUnclaimedResults,
} from '@/lib/class-device/class-outbox';
import type { ClassDevice } from '@/lib/class-device/device-place';
import { keptCheck, type KeptCheck } from '@/lib/class-device/kept-checks';
import { classText } from '@/lib/ui-text/class';
import { ClassExerciseNote } from './class-exercise-note.client';
import { isLocked, subscribeStudentState } from './class-state';

/** The server's verdict as the exercise draws it; a late Check says so. */
function shown({ judgement, late }: Omit<KeptCheck, 'answer'>): HostJudgement {
  if (!judgement.ok || !late) return judgement;
  return { ...judgement, summary: `${judgement.summary} ${classText.late}` };
}

export function classHost(device: ClassDevice): ExerciseHost {
  // The answers recorded since each exercise's last Check (while it may wait for its verdict).
  const answeredSinceCheck = new Map<string, StoredAnswer | undefined>();
  const exerciseKey = (slug: string, exerciseId: string) => `${slug}\n${exerciseId}`;

  return {
    record(kind, lesson, exerciseId, answer) {
      if (kind === 'answer') answeredSinceCheck.set(exerciseKey(lesson.slug, exerciseId), answer);
      void queueEvent(device, classEvent(kind, lesson, exerciseId, answer));
    },

    async check(lesson, exerciseId, answer, waiting): Promise<HostJudgement> {
      if (!answer) return { ok: false, reason: classText.answerFirst };
      const event = classEvent('check', lesson, exerciseId, answer);
      const id = exerciseKey(lesson.slug, exerciseId);
      answeredSinceCheck.delete(id);
      let answered = false;
      const result = resultOf(event.id).then((r) => ((answered = true), r));
      await queueEvent(device, event);
      await classOutbox().flush();
      if (!answered) waiting(classText.checkWaits);
      const { status, reason, judgement, late } = await result;
      if (status === 'rejected' || !judgement)
        return { ok: false, reason: classText.status.rejected(reason ?? '') };
      // A verdict on an answer the student has since changed would judge what is not on screen.
      const now = answeredSinceCheck.get(id);
      if (now && !sameAnswer(now, answer))
        return {
          ok: false,
          reason: classText.answerChanged,
          ...(judgement.ok ? { unseen: { score: judgement.score } } : {}),
        };
      return shown({ judgement, late: late === true });
    },

    onVerdict(lesson, exerciseId, listener) {
      return subscribeUnclaimedResults(({ event, studentId }, { judgement, late }) => {
        if (
          studentId === device.student.id &&
          event.kind === 'check' &&
          event.answer &&
          judgement &&
          event.lesson.slug === lesson.slug &&
          event.lesson.fingerprint === lesson.fingerprint &&
          event.exerciseId === exerciseId
        )
          listener(event.answer, shown({ judgement, late: late === true }));
      });
    },

    lastCheck(lesson, exerciseId, answer: StoredAnswer) {
      const kept = keptCheck({ studentId: device.student.id, lesson, exerciseId }, answer);
      return kept && shown(kept);
    },

    async key(lesson, exerciseId) {
      // The server decides from the Checks it has: send those first.
      await classOutbox().flush();
      const answer = await fetchKey(device.token, lesson.slug, exerciseId);
      if (answer.ok) return answer.value;
      throw new Error(answer.status === 0 ? classText.networkDown : answer.reason);
    },

    async hints(lesson, exerciseId) {
      // The server gives one automatic hint per hint event it has: send those first.
      await classOutbox().flush();
      const answer = await fetchHints(device.token, lesson.slug, exerciseId);
      if (!answer.ok)
        throw new Error(answer.status === 0 ? classText.hintNeedsNetwork : answer.reason);
      const { hints, total } = answer.value;
      // As long as all of them, so "Show a hint" stays offered while one is left. A hint asked for
      // whose text did not come (the network dropped) says it comes later.
      return Array.from(
        { length: Math.max(total, hints.length) },
        (_, n) => hints[n] ?? classText.hintOnItsWay,
      );
    },

    subscribe: subscribeStudentState,
    locked: isLocked,
    Note: ClassExerciseNote,
  };
}
