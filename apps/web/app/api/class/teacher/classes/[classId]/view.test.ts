/** The class's view for the live class page and projector, through its route. */
import { exerciseOf } from '@sayswho/classroom/testing';
import { useTestClassroom } from '@/lib/class-server/testing/use-test-classroom';
import { aTeachersClass, callRoute, lesson, LESSON } from '../../teacher-routes.testdata';
import * as view from './view/route.class';

describe('the class’s view route', () => {
  const classroom = useTestClassroom();
  const rewrite = `${LESSON}/${exerciseOf(lesson(), 'rewrite').id}`;

  async function get(search: string, who: 'rivera' | 'okafor' = 'rivera') {
    const s = await aTeachersClass(classroom());
    const response = await callRoute(
      view.GET,
      `/api/class/teacher/classes/${s.klass.id}/view${search}`,
      { classId: s.klass.id },
      { session: s[who].session },
    );
    return { s, response, body: await response.json() };
  }

  it('answers the open exercise and the roster’s page the teacher asked for, never cached', async () => {
    const { s, response, body } = await get(`?exercise=${rewrite}&students=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body.open).toMatchObject({ exerciseId: rewrite.split('/')[1], view: { count: 1 } });
    // Sam's rewrite is counted, not quoted, in the open exercise: its text is for the review
    // section, which carries it to the teacher's page live (Rewrites to review).
    expect(JSON.stringify(body.open)).not.toContain('hit hard');
    expect(body.rewrites[0].rewrites).toEqual([
      expect.objectContaining({ label: 'Sam', text: 'The Ukrainians were hit hard.' }),
    ]);
    expect(body.roster).toMatchObject({ page: 1, pages: 1, total: 2 });
    expect(body.roster.rows.map((r: { id: string }) => r.id)).toEqual([
      s.sam.student.id,
      s.ana.student.id,
    ]);
  });

  it('leaves the roster out unless asked, so the projector gets no names', async () => {
    const { body } = await get(`?exercise=${rewrite}`);
    expect(body.roster).toBeNull();
    expect(JSON.stringify(body)).not.toMatch(/Sam|Ana/);
  });

  it.each([
    ['an exercise that is not an address', '?exercise=..%2F..%2Fetc'],
    ['a roster page that is not a number', '?students=two'],
    ['a roster page below one', '?students=0'],
    ['a question it does not know', '?students=1&names=1'],
  ])('answers 400 to %s, saying what it takes', async (_, search) => {
    const { response, body } = await get(search);
    expect(response.status).toBe(400);
    expect(body).toMatchObject({ code: 'invalid', reason: expect.stringContaining('?exercise=') });
  });

  it('answers 404 to another teacher, with nothing of the class in it', async () => {
    const { response, body } = await get('?students=1', 'okafor');
    expect(response.status).toBe(404);
    expect(JSON.stringify(body)).not.toMatch(/Sam|Ana/);
  });
});
