/** The roster through the routes: two "Sam"s told apart, rename, merge, remove. */
import { aClass, aStudent } from '@sayswho/classroom/testing';
import { studentFromDevice } from '@sayswho/classroom';
import { aSignedInTeacher } from '@/lib/class-server/testing/signed-in-teacher';
import { useTestClassroom } from '@/lib/class-server/testing/use-test-classroom';
import { callRoute } from '../../../teacher-routes.testdata';
import * as merge from '../merge/route.class';
import * as student from './[studentId]/route.class';
import * as students from './route.class';

describe('a class’s roster', () => {
  const classroom = useTestClassroom();

  async function aRoster() {
    const { teacher, session } = await aSignedInTeacher(classroom());
    const klass = await aClass(classroom(), teacher);
    const first = await aStudent(classroom(), klass, 'Sam');
    const second = await aStudent(classroom(), klass, 'Sam');
    const base = `/api/class/teacher/classes/${klass.id}`;
    const roster = async () =>
      (
        await callRoute(students.GET, `${base}/students`, { classId: klass.id }, { session })
      ).json();
    return { klass, session, first, second, base, roster };
  }

  it('tells two students of the same name apart, with rejoin codes and devices', async () => {
    const { roster } = await aRoster();
    expect(await roster()).toMatchObject([
      { name: 'Sam', label: 'Sam', devices: 1, rejoinCode: expect.any(String) },
      { name: 'Sam', label: 'Sam (2)', devices: 1 },
    ]);
  });

  it('renames a student', async () => {
    const { klass, session, second, base, roster } = await aRoster();
    const id = second.student.id;
    const renamed = await callRoute(
      student.PATCH,
      `${base}/students/${id}`,
      { classId: klass.id, studentId: id },
      {
        method: 'PATCH',
        session,
        body: { name: 'Samira' },
      },
    );
    expect(await renamed.json()).toEqual({ id, name: 'Samira' });
    expect((await roster()).map((s: { label: string }) => s.label)).toEqual(['Sam', 'Samira']);
  });

  it('merges a student who joined twice: their device now belongs to the other record', async () => {
    const { klass, session, first, second, base, roster } = await aRoster();
    const merged = await callRoute(
      merge.POST,
      `${base}/merge`,
      { classId: klass.id },
      {
        session,
        body: { fromStudentId: second.student.id, intoStudentId: first.student.id },
      },
    );
    expect(await merged.json()).toEqual({ id: first.student.id });
    expect(await roster()).toMatchObject([{ id: first.student.id, devices: 2 }]);
    const device = await studentFromDevice(classroom(), `Bearer ${second.token}`);
    expect(device.ok && device.value.id).toBe(first.student.id);
  });

  it('removes a student; their device is told so', async () => {
    const { klass, session, first, base, roster } = await aRoster();
    const id = first.student.id;
    const removed = await callRoute(
      student.DELETE,
      `${base}/students/${id}`,
      { classId: klass.id, studentId: id },
      {
        method: 'DELETE',
        session,
      },
    );
    expect(await removed.json()).toEqual({ id });
    expect(await roster()).toHaveLength(1);
    expect(await studentFromDevice(classroom(), `Bearer ${first.token}`)).toMatchObject({
      status: 410,
    });
  });
});
