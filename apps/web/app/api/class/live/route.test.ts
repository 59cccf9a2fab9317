import { lockExercise, renameStudent } from '@sayswho/classroom';
import { aClass, aStudent, aTeacher, kitLessons } from '@sayswho/classroom/testing';
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

  it('refuses a stranger with 401', async () => {
    expect((await GET(classRequest('/api/class/live'))).status).toBe(401);
  });
});
