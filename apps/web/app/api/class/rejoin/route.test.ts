import { getRoster } from '@sayswho/classroom';
import { aClass, aStudent, aTeacher, value } from '@sayswho/classroom/testing';
import { classRequest } from '@/lib/class-server/testing/requests';
import { useTestClassroom } from '@/lib/class-server/testing/use-test-classroom';
import { POST } from './route.class';

const rejoin = (body: unknown, parts: Parameters<typeof classRequest>[1] = {}) =>
  POST(classRequest('/api/class/rejoin', { body, ...parts }));

describe('POST /api/class/rejoin', () => {
  const classroom = useTestClassroom();

  async function samInAClass() {
    const teacher = await aTeacher(classroom());
    const klass = await aClass(classroom(), teacher);
    const sam = await aStudent(classroom(), klass, 'Sam');
    const [entry] = value(await getRoster(classroom(), teacher, klass.id));
    return { klass, sam, rejoinCode: entry!.rejoinCode };
  }

  it('gives the same student a new device with the rejoin code their teacher shows, once', async () => {
    const { klass, sam, rejoinCode } = await samInAClass();
    const response = await rejoin({ code: klass.joinCode, rejoinCode });
    expect(response.status).toBe(200);
    const joined = await response.json();
    expect(joined.student).toEqual({ id: sam.student.id, name: 'Sam' });
    expect(joined.deviceToken).not.toBe(sam.token);
    const again = await rejoin({ code: klass.joinCode, rejoinCode });
    expect(again.status).toBe(404);
  });

  it('answers a wrong rejoin code with 404 and a reason', async () => {
    const { klass } = await samInAClass();
    const response = await rejoin({ code: klass.joinCode, rejoinCode: 'AAAAAA' });
    expect(response.status).toBe(404);
    expect((await response.json()).reason).toMatch(/rejoin code/);
  });

  it('refuses a rejoin from another site with 403', async () => {
    const { klass, rejoinCode } = await samInAClass();
    const response = await rejoin(
      { code: klass.joinCode, rejoinCode },
      { origin: 'https://evil.example' },
    );
    expect(response.status).toBe(403);
  });
});
