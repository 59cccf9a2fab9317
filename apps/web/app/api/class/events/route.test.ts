import { getRoster } from '@sayswho/classroom';
import {
  aClass,
  aStudent,
  aTeacher,
  anEvent,
  exerciseOf,
  kitLessons,
  value,
} from '@sayswho/classroom/testing';
import { classRequest } from '@/lib/class-server/testing/requests';
import { useTestClassroom } from '@/lib/class-server/testing/use-test-classroom';
import { POST } from './route.class';

const send = (token: string, body: unknown, parts: Parameters<typeof classRequest>[1] = {}) =>
  POST(classRequest('/api/class/events', { body, token, ...parts }));

describe('POST /api/class/events', () => {
  const classroom = useTestClassroom();
  const lesson = () => kitLessons().find((l) => l.slug === 'who-says-so')!;

  async function sam() {
    const teacher = await aTeacher(classroom());
    const klass = await aClass(classroom(), teacher);
    const joined = await aStudent(classroom(), klass, 'Sam');
    const devices = async () =>
      value(await getRoster(classroom(), teacher, klass.id)).find(
        (s) => s.id === joined.student.id,
      );
    return { ...joined, devices };
  }

  it('records each event once, however often the device sends it', async () => {
    const { token } = await sam();
    const hint = anEvent(lesson(), exerciseOf(lesson(), 'spot'), 'hint');
    const first = await send(token, { events: [hint] });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ results: [{ id: hint.id, status: 'recorded' }] });
    const again = await send(token, { events: [hint, hint] });
    expect((await again.json()).results.map((r: { status: string }) => r.status)).toEqual([
      'duplicate',
      'duplicate',
    ]);
  });

  it('answers a bad event in its result, and records the good ones beside it', async () => {
    const { token } = await sam();
    const good = anEvent(lesson(), exerciseOf(lesson(), 'spot'), 'hint');
    const unknownExercise = { ...good, id: crypto.randomUUID(), exerciseId: 'no-such-exercise' };
    const response = await send(token, { events: [good, unknownExercise] });
    expect(response.status).toBe(200);
    const { results } = await response.json();
    expect(results[0]).toMatchObject({ status: 'recorded' });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: expect.any(String) });
  });

  it.each([
    ['not JSON', 'events=1'],
    ['no list of events', { event: {} }],
    ['more than 100 events', { events: Array.from({ length: 101 }, () => ({})) }],
  ])('refuses a body with %s with 400, recording nothing', async (_what, body) => {
    const { token } = await sam();
    const response = await send(token, body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'invalid', reason: expect.any(String) });
    const hint = anEvent(lesson(), exerciseOf(lesson(), 'spot'), 'hint');
    // Nothing of the refused batch was kept: a fresh event is still the first recorded.
    expect((await (await send(token, { events: [hint] })).json()).results[0].status).toBe(
      'recorded',
    );
  });

  it('refuses a body over 256 kB with 413', async () => {
    const { token } = await sam();
    const response = await send(token, JSON.stringify({ events: [], pad: 'x'.repeat(300_000) }));
    expect(response.status).toBe(413);
  });

  it('refuses events sent from another site with 403', async () => {
    const { token } = await sam();
    const hint = anEvent(lesson(), exerciseOf(lesson(), 'spot'), 'hint');
    const response = await send(token, { events: [hint] }, { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
  });

  it('refuses a device it does not know with 401', async () => {
    await sam();
    const hint = anEvent(lesson(), exerciseOf(lesson(), 'spot'), 'hint');
    expect((await send('d'.repeat(43), { events: [hint] })).status).toBe(401);
  });
});
