import { recordEvents } from '@sayswho/classroom';
import {
  aClass,
  aStudent,
  aTeacher,
  anEvent,
  batch,
  exerciseOf,
  kitLessons,
  value,
} from '@sayswho/classroom/testing';
import { classRequest, params } from '@/lib/class-server/testing/requests';
import { useTestClassroom } from '@/lib/class-server/testing/use-test-classroom';
import { GET } from './route.class';

describe('GET /api/class/keys/[lesson]/[exercise]', () => {
  const classroom = useTestClassroom();
  const lesson = () => kitLessons().find((l) => l.slug === 'who-says-so')!;
  const spot = () => exerciseOf(lesson(), 'spot');
  const keyOf = (token: string | undefined, slug: string, exercise: string) =>
    GET(
      classRequest(`/api/class/keys/${slug}/${exercise}`, { token }),
      params({ lesson: slug, exercise }),
    );

  it('withholds the key until the student has checked, saying why, then serves it', async () => {
    const sam = await aStudent(classroom(), await aClass(classroom(), await aTeacher(classroom())));
    const before = await keyOf(sam.token, 'who-says-so', spot().id);
    expect(before.status).toBe(403);
    expect((await before.json()).reason).toMatch(/Check your answer first/);
    const key = spot().key;
    if (key.type !== 'spot') throw new Error('expected a Spot key');
    const check = anEvent(lesson(), spot(), 'check', {
      type: 'spot',
      spans: [key.key.gold[0]!.span],
    });
    value(await recordEvents(classroom(), sam.student, batch(check)));
    const after = await keyOf(sam.token, 'who-says-so', spot().id);
    expect(after.status).toBe(200);
    expect(after.headers.get('cache-control')).toBe('no-store');
    expect(await after.json()).toEqual(JSON.parse(JSON.stringify(key)));
  });

  it('answers 404 for a lesson of the kit that is not this class’s', async () => {
    const sam = await aStudent(classroom(), await aClass(classroom(), await aTeacher(classroom())));
    const other = kitLessons().find((l) => l.slug !== 'who-says-so')!;
    const response = await keyOf(sam.token, other.slug, other.exercises[0]!.id);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'not-found' });
  });

  it('answers 401 to a stranger', async () => {
    expect((await keyOf(undefined, 'who-says-so', spot().id)).status).toBe(401);
  });
});
