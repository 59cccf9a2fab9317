import {
  classResults,
  lockExercise,
  recordEvents,
  renameStudent,
  unlockExercise,
} from '@sayswho/classroom';
import {
  aClass,
  anEvent,
  aStudent,
  aTeacher,
  batch,
  exerciseOf,
  kitLessons,
  value,
} from '@sayswho/classroom/testing';
import { GET as getMe } from '../me/route.class';
import { classRequest } from '@/lib/class-server/testing/requests';
import { useTestClassroom } from '@/lib/class-server/testing/use-test-classroom';
import { GET } from './route.class';

/** Reads server-sent events as a device does, one `data:` message at a time. */
function reader(response: Response) {
  const stream = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  return {
    /** The next `data:` message (comments skipped), or null when the stream ended. */
    async next(): Promise<Record<string, unknown> | null> {
      for (;;) {
        const end = buffered.indexOf('\n\n');
        if (end >= 0) {
          const block = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          if (block.startsWith('data: ')) return JSON.parse(block.slice(6));
          continue;
        }
        const { done, value } = await stream.read();
        if (done) return null;
        buffered += decoder.decode(value, { stream: true });
      }
    },
  };
}

describe('GET /api/class/live', () => {
  const classroom = useTestClassroom();

  it('streams what concerns the student, and never another student’s messages', async () => {
    const teacher = await aTeacher(classroom());
    const klass = await aClass(classroom(), teacher);
    const sam = await aStudent(classroom(), klass, 'Sam');
    const ana = await aStudent(classroom(), klass, 'Ana');
    const stop = new AbortController();
    const response = await GET(
      classRequest('/api/class/live', { token: sam.token, signal: stop.signal }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const messages = reader(response);

    const ids = { classId: klass.id };
    await renameStudent(classroom(), teacher, { ...ids, studentId: ana.student.id, name: 'Anna' });
    await renameStudent(classroom(), teacher, { ...ids, studentId: sam.student.id, name: 'Sammy' });
    const spot = kitLessons().find((l) => l.slug === 'who-says-so')!.exercises[0]!;
    await lockExercise(classroom(), teacher, klass.id, {
      lessonSlug: 'who-says-so',
      exerciseId: spot.id,
    });

    // Ana's rename came first: had it been sent, it would be the first message.
    expect(await messages.next()).toEqual({
      kind: 'renamed',
      classId: klass.id,
      studentId: sam.student.id,
    });
    expect(await messages.next()).toMatchObject({ kind: 'locked', exerciseId: spot.id });
    stop.abort();
    // The stream ends (and its subscription with it) when the device goes.
    expect(await messages.next()).toBeNull();
  });

  it('never gives a student another student’s answers or the class’s counts, before or after the teacher locks and shows them', async () => {
    const teacher = await aTeacher(classroom());
    const klass = await aClass(classroom(), teacher);
    const sam = await aStudent(classroom(), klass, 'Sam');
    const ana = await aStudent(classroom(), klass, 'Ana');
    const stop = new AbortController();
    const messages = reader(
      await GET(classRequest('/api/class/live', { token: sam.token, signal: stop.signal })),
    );
    const lesson = kitLessons().find((l) => l.slug === 'who-says-so')!;
    const spot = exerciseOf(lesson, 'spot');
    if (spot.key.type !== 'spot') throw new Error('expected a Spot key');
    const spans = [spot.key.key.gold[0]!.span];
    const check = anEvent(lesson, spot, 'check', { type: 'spot', spans });
    value(await recordEvents(classroom(), ana.student, batch(check)));
    const ref = { lessonSlug: lesson.slug, exerciseId: spot.id };
    // What the projector shows after the teacher locks and reveals: Ana's marks are counted.
    value(await lockExercise(classroom(), teacher, klass.id, ref));
    const shown = value(await classResults(classroom(), teacher, klass.id));
    expect(shown.exercises.find((e) => e.exerciseId === spot.id)!.view).toMatchObject({
      type: 'spot',
      passage: { answered: 1 },
    });
    value(await unlockExercise(classroom(), teacher, klass.id, ref));

    // Ana's Check came first: had its message reached Sam, it would be the first he heard.
    const heard = [await messages.next(), await messages.next()];
    expect(heard.map((m) => m?.kind)).toEqual(['locked', 'unlocked']);
    stop.abort();
    const state = await (await getMe(classRequest('/api/class/me', { token: sam.token }))).json();
    const told = JSON.stringify([heard, state]);
    for (const leak of [ana.student.id, check.id, 'Ana', `"start":${spans[0]!.start}`])
      expect(told).not.toContain(leak);
    expect(told).not.toMatch(/answered|marked|chosen|counts/);
  });

  it('refuses a stranger with 401', async () => {
    expect((await GET(classRequest('/api/class/live'))).status).toBe(401);
  });
});
