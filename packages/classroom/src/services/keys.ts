/**
 * In a class, the answer key of an exercise is served only when the lesson's policy lets the
 * student see the answer (`canShowAnswer`: after their first real attempt by default, counted
 * from the Checks the server judged), or once a Check reached the pass mark (the lesson's
 * explanation, which is in the key and may name the answers, is then theirs, as on their own
 * device), so the answers are not a URL away for class work. The
 * key's automatic hints are handed out one at a time, as the student asks for them.
 */
import { canShowAnswer } from '@sayswho/core/quiz';
import { automaticHints } from '@sayswho/lessons/automatic-hints';
import { passedCheck } from '@sayswho/lessons/score-answer';
import type { ExerciseKey } from '@sayswho/lessons';
import type { Student } from '../access';
import type { Classroom } from '../classroom';
import { attemptJudgements, countHints } from '../db/queries/events';
import { ok, refuse, type Result } from '../result';
import { classExercise, type ExerciseRef } from './class-exercise';
import { guarded } from './guard';

export const exerciseKeyForStudent = guarded(
  async (
    classroom: Classroom,
    student: Student,
    ref: ExerciseRef,
  ): Promise<Result<ExerciseKey>> => {
    const found = classExercise(classroom, student.classLessons, ref);
    if (!found.ok) return found;
    const { lesson, exercise } = found.value;
    const judgements = await attemptJudgements(classroom.database.db, {
      studentId: student.id,
      ...ref,
      fingerprint: lesson.fingerprint,
    });
    const attempts = judgements.length;
    const policy = exercise.public.policy;
    const passed = judgements.some((j) => passedCheck(j, policy));
    if (!canShowAnswer(policy, attempts) && !passed) {
      const needed = Math.max(1, policy.showAnswerAfterAttempts);
      return refuse(
        'forbidden',
        attempts === 0
          ? 'Check your answer first: the answer is shown after a check.'
          : `The answer is shown after ${needed} checks; you have made ${attempts}.`,
      );
    }
    return ok(exercise.key);
  },
);

/**
 * The automatic hints the student has asked for so far: one per hint event recorded after the
 * lesson's own hints (so a device records the hint, sends it, then asks for its text), and how
 * many there are in all (so the device offers "Show a hint" only while one is left).
 */
export const automaticHintsForStudent = guarded(
  async (
    classroom: Classroom,
    student: Student,
    ref: ExerciseRef,
  ): Promise<Result<{ hints: string[]; total: number }>> => {
    const found = classExercise(classroom, student.classLessons, ref);
    if (!found.ok) return found;
    const { exercise } = found.value;
    if (!exercise.public.policy.hints) return ok({ hints: [], total: 0 });
    const all = automaticHints(exercise.key);
    const asked = await countHints(classroom.database.db, { studentId: student.id, ...ref });
    const allowed = Math.max(0, asked - exercise.public.hintsHtml.length);
    return ok({ hints: all.slice(0, allowed), total: all.length });
  },
);
