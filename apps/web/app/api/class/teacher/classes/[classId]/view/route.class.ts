/**
 * What the teacher's class page or projector shows of the class's results, as JSON: the live
 * parts fetch it when the class's stream says something changed. `?exercise=lesson/exercise`
 * adds that exercise's results, `&students=N` that page of the roster (the projector asks for
 * none: it never gets names). Another teacher's class is "not found", as on every class route.
 */
import { classResults, ok, refuse } from '@sayswho/classroom';
import { classView } from '@/lib/teacher-class/class-view';
import { teacherRoute } from '@/lib/teacher-class/teacher-route';
import { viewQuerySchema } from '@/lib/teacher-class/view-query';

export const GET = teacherRoute<{ classId: string }>(
  async ({ classroom, teacher, params, request }) => {
    const query = viewQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
    if (!query.success)
      return refuse(
        'invalid',
        'The address asks for something the class view does not have: use ?exercise=<lesson>/<exercise> and &students=<page number>, nothing else.',
      );
    const results = await classResults(classroom, teacher, params.classId);
    if (!results.ok) return results;
    return ok(classView(results.value, query.data, classroom.now(), classroom.config.timeZone));
  },
);
