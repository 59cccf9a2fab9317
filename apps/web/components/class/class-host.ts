/**
 * The exercise host of a class lesson page: every change goes into the outbox under the
 * student who made it, each Check is judged by the class server (it waits in the outbox while
 * the network is down), the key comes from the class server under the lesson's policy, and the
 * teacher's locks close Check.
 */
import type { ExerciseHost, HostJudgement } from '@/components/exercises/shell/exercise-host';
import { fetchKey } from '@/lib/class-device/class-api';
import { classEvent } from '@/lib/class-device/class-event';
import { classOutbox, queueEvent, resultOf } from '@/lib/class-device/class-outbox';
import type { ClassDevice } from '@/lib/class-device/device-place';
import { classText } from '@/lib/ui-text/class';
import { ClassExerciseNote } from './class-exercise-note.client';
import { isLocked, subscribeStudentState } from './class-state';

export function classHost(device: ClassDevice): ExerciseHost {
  return {
    record(kind, lesson, exerciseId, answer) {
      void queueEvent(device, classEvent(kind, lesson, exerciseId, answer));
    },

    async check(lesson, exerciseId, answer, waiting): Promise<HostJudgement> {
      if (!answer) return { ok: false, reason: classText.answerFirst };
      const event = classEvent('check', lesson, exerciseId, answer);
      let answered = false;
      const result = resultOf(event.id).then((r) => ((answered = true), r));
      await queueEvent(device, event);
      await classOutbox().flush();
      if (!answered) waiting(classText.checkWaits);
      const { status, reason, judgement, late } = await result;
      if (status === 'rejected' || !judgement)
        return { ok: false, reason: classText.status.rejected(reason ?? '') };
      if (!judgement.ok || !late) return judgement;
      return { ...judgement, summary: `${judgement.summary} ${classText.late}` };
    },

    async key(lesson, exerciseId) {
      // The server decides from the Checks it has: send those first.
      await classOutbox().flush();
      const answer = await fetchKey(device.token, lesson.slug, exerciseId);
      if (answer.ok) return answer.value;
      throw new Error(answer.status === 0 ? classText.networkDown : answer.reason);
    },

    subscribe: subscribeStudentState,
    locked: isLocked,
    Note: ClassExerciseNote,
  };
}
