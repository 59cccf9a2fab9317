/**
 * `results.csv`: one row per student and exercise, for a spreadsheet or a school's gradebook.
 * It holds the students' names (the teacher's own copy; see the README's Privacy section).
 */
import { exerciseProgress } from '@sayswho/core/class-results';
import { answerText } from '@sayswho/lessons/answer-text';
import type { ClassWork } from '../services/class-work';
import { recordedEvent } from '../services/class-work';
import { csvFile } from './csv';

export const RESULTS_CSV_HEADER = [
  'student',
  'lesson',
  'exercise',
  'status',
  'attempts',
  'hints',
  'best score (%)',
  'answer shown',
  'last answer',
] as const;

export function resultsCsv(work: ClassWork): string {
  const rows = work.students.flatMap((student) =>
    work.exercises.map((ref) => {
      const progress = exerciseProgress(work.eventsOn(student.id, ref).map(recordedEvent));
      return [
        student.label,
        ref.lesson.slug,
        ref.exercise.id,
        progress.status,
        progress.attempts,
        progress.hints,
        progress.bestScore === null ? null : Math.round(progress.bestScore * 100),
        progress.answerShown ? 'yes' : 'no',
        progress.lastAnswer ? answerText(ref.exercise.public, progress.lastAnswer) : null,
      ];
    }),
  );
  return csvFile([RESULTS_CSV_HEADER, ...rows]);
}
