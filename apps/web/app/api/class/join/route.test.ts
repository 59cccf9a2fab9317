import { getRoster, JOIN_RULES } from '@sayswho/classroom';
import { aClass, aTeacher, value } from '@sayswho/classroom/testing';
import { PEER_ADDRESS_HEADER } from '@/lib/class-server/peer-address';
import { classRequest } from '@/lib/class-server/testing/requests';
import { useTestClassroom } from '@/lib/class-server/testing/use-test-classroom';
import { POST } from './route.class';

const join = (body: unknown, parts: Parameters<typeof classRequest>[1] = {}) =>
  POST(classRequest('/api/class/join', { body, ...parts }));

describe('POST /api/class/join', () => {
  const classroom = useTestClassroom();

  async function aClassOf() {
    const teacher = await aTeacher(classroom());
    const klass = await aClass(classroom(), teacher);
    const roster = async () => value(await getRoster(classroom(), teacher, klass.id));
    return { klass, roster };
  }

  it('lets a student in with the code as typed and a name, and gives their device a token', async () => {
    const { klass, roster } = await aClassOf();
    const typed = ` ${klass.joinCode.toLowerCase().slice(0, 3)}-${klass.joinCode.slice(3)} `;
    const response = await join({ code: typed, name: '  Sam ' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const joined = await response.json();
    expect(joined).toMatchObject({
      student: { name: 'Sam' },
      class: { id: klass.id, name: '8B Media', lessons: [{ slug: 'who-says-so' }] },
    });
    expect(joined.deviceToken).toMatch(/^[\w-]{20,}$/);
    expect((await roster()).map((s) => s.name)).toEqual(['Sam']);
  });

  it.each([
    ['an empty name', { name: '   ' }, /name is empty/],
    ['a name of 41 characters', { name: 'x'.repeat(41) }, /longer than 40/],
    ['a name that is not text', { name: 42 }, /name is empty/],
  ])('refuses %s with 400 and a reason, and adds nobody', async (_what, change, reason) => {
    const { klass, roster } = await aClassOf();
    const response = await join({ code: klass.joinCode, ...change });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 'invalid',
      reason: expect.stringMatching(reason),
    });
    expect(await roster()).toEqual([]);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const response = await join('code=ABC123&name=Sam');
    expect(response.status).toBe(400);
    expect((await response.json()).reason).toMatch(/not JSON/);
  });

  it('answers a wrong code with 404, naming no class', async () => {
    await aClassOf();
    const response = await join({ code: 'ZZZZZZ', name: 'Sam' });
    expect(response.status).toBe(404);
    expect((await response.json()).reason).toMatch(/No class has the code “ZZZZZZ”/);
  });

  it('refuses a join from another site with 403, and adds nobody', async () => {
    const { klass, roster } = await aClassOf();
    const response = await join(
      { code: klass.joinCode, name: 'Sam' },
      { origin: 'https://evil.example' },
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'forbidden' });
    expect(await roster()).toEqual([]);
  });

  it('holds back guessing from one address with 429 and Retry-After, and lets others in', async () => {
    const { klass } = await aClassOf();
    // The connection's address as the server stamps it; a new X-Forwarded-For per guess changes nothing.
    const from = (address: string, claimed = '192.0.2.1') => ({
      headers: { [PEER_ADDRESS_HEADER]: address, 'x-forwarded-for': claimed },
    });
    for (let i = 0; i < JOIN_RULES.wrongCodesPerAddress.max; i += 1) {
      const guess = await join(
        { code: 'ZZZZZZ', name: 'Sam' },
        from('198.51.100.9', `192.0.2.${i}`),
      );
      expect(guess.status).toBe(404);
    }
    const limited = await join({ code: klass.joinCode, name: 'Sam' }, from('198.51.100.9'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ code: 'rate-limited' });
    const elsewhere = await join({ code: klass.joinCode, name: 'Ana' }, from('198.51.100.10'));
    expect(elsewhere.status).toBe(200);
  });
});
