import { aClass, aStudent, aTeacher } from '@sayswho/classroom/testing';
import { stopClassroom } from '@sayswho/classroom';
import { PEER_ADDRESS_HEADER } from './peer-address';
import { classRequest } from './testing/requests';
import { aSignedInTeacher } from './testing/signed-in-teacher';
import { useTestClassroom } from './testing/use-test-classroom';
import { addressOf, anyone, student, teacher } from './who-is-asking';

describe('who is asking', () => {
  const classroom = useTestClassroom();

  it('lets anyone read, and write from the kit’s own pages', () => {
    expect(anyone(classRequest('/api/class/join')).ok).toBe(true);
    expect(anyone(classRequest('/api/class/join', { body: {} })).ok).toBe(true);
  });

  it.each([
    ['another site', { origin: 'https://evil.example' }],
    ['no origin at all', { origin: null }],
    [
      'a same-origin header with a cross-site fetch',
      { headers: { 'sec-fetch-site': 'cross-site' } },
    ],
  ])('refuses a write from %s with 403', (_who, parts) => {
    const asking = anyone(classRequest('/api/class/join', { body: {}, ...parts }));
    expect(asking).toMatchObject({ ok: false, status: 403, code: 'forbidden' });
  });

  it('knows a student by their device token', async () => {
    const joined = await aStudent(
      classroom(),
      await aClass(classroom(), await aTeacher(classroom())),
    );
    const asking = await student(classRequest('/api/class/me', { token: joined.token }));
    expect(asking.ok && asking.value.student.id).toBe(joined.student.id);
  });

  it('refuses a student with no token or an unknown one with 401', async () => {
    expect(await student(classRequest('/api/class/me'))).toMatchObject({ status: 401 });
    const asking = await student(classRequest('/api/class/me', { token: 'x'.repeat(43) }));
    expect(asking).toMatchObject({ status: 401, code: 'unknown-device' });
  });

  it('checks a student’s write’s origin before their token', async () => {
    const asking = await student(
      classRequest('/api/class/events', { body: {}, origin: 'https://evil.example' }),
    );
    expect(asking).toMatchObject({ status: 403 });
  });

  it('knows a teacher by their session cookie, and nobody else', async () => {
    const { session } = await aSignedInTeacher(classroom(), 'Mr Okafor');
    const asking = await teacher(classRequest('/api/class/teacher/classes', { session }));
    expect(asking.ok && asking.value.teacher.name).toBe('Mr Okafor');
    expect(await teacher(classRequest('/api/class/teacher/classes'))).toMatchObject({
      status: 401,
      code: 'signed-out',
    });
    const joined = await aStudent(
      classroom(),
      await aClass(classroom(), await aTeacher(classroom())),
    );
    expect(
      await teacher(classRequest('/api/class/teacher/classes', { token: joined.token })),
    ).toMatchObject({ status: 401 });
  });

  it('counts the connection’s own address for the rate limits, not what X-Forwarded-For claims', () => {
    const request = classRequest('/api/class/join', {
      headers: { 'x-forwarded-for': '198.51.100.4', [PEER_ADDRESS_HEADER]: '10.0.0.2' },
    });
    expect(addressOf(request, classroom())).toBe('10.0.0.2');
  });

  // Last: it stops serving the file's classroom.
  it('answers 503 while class mode is not running', async () => {
    await stopClassroom(); // nothing else started: it only forgets the served one
    expect(anyone(classRequest('/api/class/join'))).toMatchObject({
      ok: false,
      status: 503,
      code: 'unavailable',
    });
  });
});

describe('who is asking, behind a reverse proxy with PUBLIC_URL', () => {
  const classroom = useTestClassroom({
    config: { publicUrl: 'https://kit.school.example', trustProxy: 1 },
  });
  const viaProxy = (origin: string) =>
    classRequest('/api/class/join', {
      body: {},
      origin,
      headers: {
        'sec-fetch-site': 'same-origin',
        'x-forwarded-proto': 'https',
        'x-forwarded-for': '203.0.113.5, 192.0.2.1',
        [PEER_ADDRESS_HEADER]: '10.0.0.1',
      },
    });

  it('takes writes from PUBLIC_URL only, whatever address the server was reached by', () => {
    expect(anyone(viaProxy('https://kit.school.example')).ok).toBe(true);
    expect(anyone(viaProxy('http://127.0.0.1:3000'))).toMatchObject({ status: 403 });
  });

  it('counts the address the one trusted proxy reports', () => {
    expect(addressOf(viaProxy('https://kit.school.example'), classroom())).toBe('192.0.2.1');
  });
});
