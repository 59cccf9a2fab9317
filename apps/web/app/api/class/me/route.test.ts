import { removeStudent } from '@sayswho/classroom';
import { aClass, aStudent, aTeacher } from '@sayswho/classroom/testing';
import { classRequest } from '@/lib/class-server/testing/requests';
import { useTestClassroom } from '@/lib/class-server/testing/use-test-classroom';
import { GET } from './route.class';

const me = (token?: string) => GET(classRequest('/api/class/me', { token }));

describe('GET /api/class/me', () => {
  const classroom = useTestClassroom();

  it('tells a device its student and class, and nothing of others', async () => {
    const klass = await aClass(classroom(), await aTeacher(classroom()));
    const sam = await aStudent(classroom(), klass, 'Sam');
    await aStudent(classroom(), klass, 'Ana');
    const response = await me(sam.token);
    expect(response.status).toBe(200);
    const state = await response.json();
    expect(state).toMatchObject({
      student: { id: sam.student.id, name: 'Sam' },
      class: { id: klass.id, endsOn: '2025-06-30' },
      locks: [],
      reviews: [],
    });
    expect(JSON.stringify(state)).not.toContain('Ana');
  });

  it('answers 401 with no token or one it does not know', async () => {
    expect((await me()).status).toBe(401);
    const unknown = await me('u'.repeat(43));
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ code: 'unknown-device' });
  });

  it('answers 410 to a student their teacher removed', async () => {
    const teacher = await aTeacher(classroom());
    const klass = await aClass(classroom(), teacher);
    const sam = await aStudent(classroom(), klass, 'Sam');
    await removeStudent(classroom(), teacher, { classId: klass.id, studentId: sam.student.id });
    const response = await me(sam.token);
    expect(response.status).toBe(410);
    expect(await response.json()).toMatchObject({ code: 'removed' });
  });
});
