/** The teacher's controls through the routes: lock and unlock, review a rewrite, the live stream. */
import { studentState, type LiveMessage } from '@sayswho/classroom';
import { exerciseOf, value } from '@sayswho/classroom/testing';
import { useTestClassroom } from '@/lib/class-server/testing/use-test-classroom';
import { aTeachersClass, callRoute, lesson, LESSON } from '../../teacher-routes.testdata';
import * as live from './live/route.class';
import * as locks from './locks/route.class';
import * as reviews from './reviews/route.class';
import * as student from './students/[studentId]/route.class';

describe('a teacher’s controls of a class', () => {
  const classroom = useTestClassroom();

  it('locks and unlocks an exercise; the student’s state follows', async () => {
    const { klass, rivera, sam } = await aTeachersClass(classroom());
    const exerciseId = exerciseOf(lesson(), 'rewrite').id;
    const lock = (locked: boolean) =>
      callRoute(
        locks.POST,
        `/api/class/teacher/classes/${klass.id}/locks`,
        { classId: klass.id },
        {
          session: rivera.session,
          body: { lessonSlug: LESSON, exerciseId, locked },
        },
      );
    expect(await (await lock(true)).json()).toEqual({ locked: true });
    expect(value(await studentState(classroom(), sam.student)).locks).toEqual([
      expect.objectContaining({ lessonSlug: LESSON, exerciseId }),
    ]);
    expect(await (await lock(false)).json()).toEqual({ locked: false });
    expect(value(await studentState(classroom(), sam.student)).locks).toEqual([]);
  });

  it('reviews a student’s rewrite; the student sees the verdict and comment', async () => {
    const { klass, rivera, sam, rewriteId } = await aTeachersClass(classroom());
    const response = await callRoute(
      reviews.POST,
      `/api/class/teacher/classes/${klass.id}/reviews`,
      { classId: klass.id },
      {
        session: rivera.session,
        body: { eventId: rewriteId, verdict: 'try-again', comment: 'What does “hit hard” mean?' },
      },
    );
    expect(await response.json()).toEqual({ eventId: rewriteId });
    expect(value(await studentState(classroom(), sam.student)).reviews).toEqual([
      expect.objectContaining({ eventId: rewriteId, verdict: 'try-again' }),
    ]);
  });

  it('streams every message of the class to its teacher, until the teacher goes', async () => {
    const { klass, rivera, sam } = await aTeachersClass(classroom());
    const leave = new AbortController();
    const stream = await callRoute(
      live.GET,
      `/api/class/teacher/classes/${klass.id}/live`,
      { classId: klass.id },
      { session: rivera.session, signal: leave.signal },
    );
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    expect((await reader.read()).value).toMatch(/^: connected/);

    const id = sam.student.id;
    await callRoute(
      student.PATCH,
      `/api/class/teacher/classes/${klass.id}/students/${id}`,
      { classId: klass.id, studentId: id },
      { method: 'PATCH', session: rivera.session, body: { name: 'Samira' } },
    );
    let text = '';
    while (!text.includes('\n\n')) text += (await reader.read()).value;
    const message = JSON.parse(text.replace(/^data: /, '')) as LiveMessage;
    expect(message).toMatchObject({ kind: 'renamed', classId: klass.id, studentId: id });

    leave.abort();
    expect((await reader.read()).done).toBe(true);
  });
});
