/**
 * What a teacher's class page or projector is asked to show (`?exercise=lesson/exercise` open,
 * `&students=N` the roster's page): strict for the view route, lenient for the pages. Server-only
 * (zod stays out of the page's script).
 */
import { z } from 'zod';

/**
 * The address's choice of what is shown: `exercise` (`lesson/exercise`) open, `students` the
 * roster's page. Both optional; anything else in the query is refused by the live route.
 */
export const viewQuerySchema = z
  .object({
    exercise: z
      .string()
      .max(200)
      .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)
      .optional(),
    students: z.coerce.number().int().min(1).max(10_000).optional(),
  })
  .strict();

export type ViewQuery = z.infer<typeof viewQuerySchema>;

/** The page's own address read leniently: a bad value shows the default, not an error page. */
export function viewQueryOf(query: Record<string, string | string[] | undefined>): ViewQuery {
  const pick = (name: string) => (typeof query[name] === 'string' ? query[name] : undefined);
  const exercise = viewQuerySchema.shape.exercise.safeParse(pick('exercise'));
  const students = viewQuerySchema.shape.students.safeParse(pick('students'));
  return {
    ...(exercise.success && exercise.data ? { exercise: exercise.data } : {}),
    ...(students.success && students.data ? { students: students.data } : {}),
  };
}
