/** The results and their downloads through the routes, as the dashboard and a teacher's browser get them. */
import { KIT_ORIGIN } from '@/lib/class-server/testing/requests';
import { useTestClassroom } from '@/lib/class-server/testing/use-test-classroom';
import { aTeachersClass, callRoute } from '../../teacher-routes.testdata';
import * as results from './results/route.class';
import * as resultsCsv from './results.csv/route.class';
import * as xapi from './xapi.jsonl/route.class';

describe('a class’s results', () => {
  const classroom = useTestClassroom();

  async function get(handler: unknown, file: string) {
    const s = await aTeachersClass(classroom());
    const path = `/api/class/teacher/classes/${s.klass.id}/${file}`;
    const response = await callRoute(
      handler,
      path,
      { classId: s.klass.id },
      { session: s.rivera.session },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    return { s, response };
  }

  it('answers the results as JSON: every student, and Sam’s checked rewrite', async () => {
    const { s, response } = await get(results.GET, 'results');
    const body = await response.json();
    expect(body.students.map((st: { label: string }) => st.label)).toEqual(['Sam', 'Ana']);
    const rewrite = body.exercises.find(
      (e: { view: { type: string } }) => e.view.type === 'rewrite',
    );
    expect(rewrite.view.rewrites).toEqual([
      expect.objectContaining({ studentId: s.sam.student.id, eventId: s.rewriteId, review: null }),
    ]);
  });

  it('downloads results.csv named after the class and the day, with the students’ names', async () => {
    const { response } = await get(resultsCsv.GET, 'results.csv');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="sayswho-8b-media-2025-03-10-results.csv"',
    );
    const rows = (await response.text()).split('\r\n');
    expect(
      rows.some((r) => r.startsWith('Sam,battered-or-clobbered,rewrite-battered,checked,1,')),
    ).toBe(true);
  });

  it('downloads xapi.jsonl whose accounts and activities live at the server’s origin, with no name in it', async () => {
    const { response } = await get(xapi.GET, 'xapi.jsonl');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="sayswho-8b-media-2025-03-10-xapi.jsonl"',
    );
    const text = await response.text();
    const [statement, ...more] = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(more).toEqual([]);
    expect(statement.actor.account.homePage).toBe(KIT_ORIGIN);
    expect(statement.object.id).toBe(
      `${KIT_ORIGIN}/lessons/battered-or-clobbered#rewrite-battered`,
    );
    expect(text).not.toMatch(/Sam|Ana/);
  });
});
