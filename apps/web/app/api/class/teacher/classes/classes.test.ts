/** A teacher's classes through the routes: create, list, read, move the end date, new code, export, delete. */
import { aStudent } from '@sayswho/classroom/testing';
import { useTestClassroom } from '@/lib/class-server/testing/use-test-classroom';
import { aSignedInTeacher } from '@/lib/class-server/testing/signed-in-teacher';
import { callRoute } from '../teacher-routes.testdata';
import * as exported from './[classId]/export/route.class';
import * as joinCode from './[classId]/join-code/route.class';
import * as klass from './[classId]/route.class';
import * as classes from './route.class';

describe('a teacher’s classes', () => {
  const classroom = useTestClassroom();
  const url = (id = '') => `/api/class/teacher/classes${id ? `/${id}` : ''}`;

  async function aNewClass(session: string) {
    const response = await callRoute(
      classes.POST,
      url(),
      {},
      {
        session,
        body: {
          name: '8B Media',
          lessons: ['who-says-so', 'battered-or-clobbered'],
          endsOn: '2025-06-30',
        },
      },
    );
    expect(response.status).toBe(201);
    return response.json();
  }

  it('creates a class for two lessons and lists it with its students', async () => {
    const { session } = await aSignedInTeacher(classroom());
    const made = await aNewClass(session);
    expect(made).toMatchObject({
      name: '8B Media',
      joinCode: expect.stringMatching(/^[A-Z0-9]{6}$/),
      lessons: [{ slug: 'who-says-so' }, { slug: 'battered-or-clobbered' }],
      endsOn: '2025-06-30',
      deletesOn: '2025-07-31',
    });
    await aStudent(classroom(), made, 'Sam');
    const listed = await callRoute(classes.GET, url(), {}, { session });
    expect(listed.headers.get('cache-control')).toBe('no-store');
    expect(await listed.json()).toMatchObject([{ id: made.id, name: '8B Media', students: 1 }]);
    const read = await callRoute(klass.GET, url(made.id), { classId: made.id }, { session });
    expect(await read.json()).toMatchObject({ id: made.id, joinCode: made.joinCode });
  });

  it('moves the end date, and draws a new join code', async () => {
    const { session } = await aSignedInTeacher(classroom());
    const made = await aNewClass(session);
    const moved = await callRoute(
      klass.PATCH,
      url(made.id),
      { classId: made.id },
      {
        method: 'PATCH',
        session,
        body: { endsOn: '2025-07-15' },
      },
    );
    expect(await moved.json()).toMatchObject({ endsOn: '2025-07-15', deletesOn: '2025-08-15' });
    const fresh = await callRoute(
      joinCode.POST,
      `${url(made.id)}/join-code`,
      { classId: made.id },
      {
        method: 'POST',
        session,
      },
    );
    const code = (await fresh.json()).joinCode;
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect(code).not.toBe(made.joinCode);
  });

  it('exports the class as a JSON lines download, then deletes it', async () => {
    const { session } = await aSignedInTeacher(classroom());
    const made = await aNewClass(session);
    await aStudent(classroom(), made, 'Sam');
    const download = await callRoute(
      exported.GET,
      `${url(made.id)}/export`,
      { classId: made.id },
      {
        session,
      },
    );
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(
      'attachment; filename="sayswho-8b-media-2025-03-10.jsonl"',
    );
    const lines = (await download.text())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ format: 'sayswho-class-data', scope: 'class' });
    expect(lines).toContainEqual(
      expect.objectContaining({
        table: 'classes',
        row: expect.objectContaining({ name: '8B Media' }),
      }),
    );
    expect(lines.filter((l) => l.table === 'students')).toHaveLength(1);

    const deleted = await callRoute(
      klass.DELETE,
      url(made.id),
      { classId: made.id },
      {
        method: 'DELETE',
        session,
      },
    );
    expect(await deleted.json()).toEqual({ id: made.id, name: '8B Media' });
    const gone = await callRoute(klass.GET, url(made.id), { classId: made.id }, { session });
    expect(gone.status).toBe(404);
    expect(await (await callRoute(classes.GET, url(), {}, { session })).json()).toEqual([]);
  });
});
