import { aClass, aStudent, aTeacher, exerciseOf, kitLessons } from '@sayswho/classroom/testing';
import { classRequest, params } from '@/lib/class-server/testing/requests';
import { useTestClassroom } from '@/lib/class-server/testing/use-test-classroom';
import { GET } from './route.class';

describe('GET /api/class/hints/[lesson]/[exercise]', () => {
  const classroom = useTestClassroom();
  const hintsOf = (token: string | undefined, slug: string, exercise: string) =>
    GET(
      classRequest(`/api/class/hints/${slug}/${exercise}`, { token }),
      params({ lesson: slug, exercise }),
    );

  it('gives no automatic hint before the student asked for one', async () => {
    const sam = await aStudent(classroom(), await aClass(classroom(), await aTeacher(classroom())));
    const spot = exerciseOf(
      kitLessons().find((l) => l.slug === 'who-says-so')!,
      'spot',
    );
    const response = await hintsOf(sam.token, 'who-says-so', spot.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ hints: [] });
  });

  it('answers 404 for an exercise the class does not have, and 401 to a stranger', async () => {
    const sam = await aStudent(classroom(), await aClass(classroom(), await aTeacher(classroom())));
    expect((await hintsOf(sam.token, 'who-says-so', 'no-such-exercise')).status).toBe(404);
    expect((await hintsOf(undefined, 'who-says-so', 'no-such-exercise')).status).toBe(401);
  });
});
