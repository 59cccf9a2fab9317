/**
 * Every teacher route refuses whoever may not ask, before it changes anything: a stranger, a
 * student's device, another teacher (the class is "not found" for them), another site's write,
 * and bad input.
 */
import { exportClass, listClasses, type Classroom, type Teacher } from '@sayswho/classroom';
import { exerciseOf } from '@sayswho/classroom/testing';
import type { RequestParts } from '@/lib/class-server/testing/requests';
import { useTestClassroom } from '@/lib/class-server/testing/use-test-classroom';
import * as joinCode from './classes/[classId]/join-code/route.class';
import * as live from './classes/[classId]/live/route.class';
import * as locks from './classes/[classId]/locks/route.class';
import * as merge from './classes/[classId]/merge/route.class';
import * as reviews from './classes/[classId]/reviews/route.class';
import * as klass from './classes/[classId]/route.class';
import * as view from './classes/[classId]/view/route.class';
import * as exported from './classes/[classId]/export/route.class';
import * as results from './classes/[classId]/results/route.class';
import * as resultsCsv from './classes/[classId]/results.csv/route.class';
import * as xapi from './classes/[classId]/xapi.jsonl/route.class';
import * as student from './classes/[classId]/students/[studentId]/route.class';
import * as students from './classes/[classId]/students/route.class';
import * as classes from './classes/route.class';
import { aTeachersClass, callRoute, lesson, LESSON } from './teacher-routes.testdata';

type Setting = Awaited<ReturnType<typeof aTeachersClass>>;

interface Route {
  readonly label: string;
  readonly handler: unknown;
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly params: Record<string, string>;
  /** Only for a class of the asking teacher's own: the list of classes and a new class are not. */
  readonly ofClass: boolean;
  readonly body?: unknown;
  /** A body the service refuses (400); its reason names what is wrong. */
  readonly badBody?: unknown;
}

function routes(s: Setting): Route[] {
  const c = `/api/class/teacher/classes/${s.klass.id}`;
  const classId = s.klass.id;
  const exercise = { lessonSlug: LESSON, exerciseId: exerciseOf(lesson(), 'rewrite').id };
  return [
    {
      label: 'list classes',
      handler: classes.GET,
      method: 'GET',
      path: '/api/class/teacher/classes',
      params: {},
      ofClass: false,
    },
    {
      label: 'create a class',
      handler: classes.POST,
      method: 'POST',
      path: '/api/class/teacher/classes',
      params: {},
      ofClass: false,
      body: { name: '9C', lessons: ['who-says-so'], endsOn: '2025-06-30' },
      badBody: { name: '9C', lessons: ['no-such-lesson'], endsOn: '2025-06-30' },
    },
    {
      label: 'read a class',
      handler: klass.GET,
      method: 'GET',
      path: c,
      params: { classId },
      ofClass: true,
    },
    {
      label: 'move the end date',
      handler: klass.PATCH,
      method: 'PATCH',
      path: c,
      params: { classId },
      ofClass: true,
      body: { endsOn: '2025-07-01' },
      badBody: { endsOn: 'next week' },
    },
    {
      label: 'delete a class',
      handler: klass.DELETE,
      method: 'DELETE',
      path: c,
      params: { classId },
      ofClass: true,
    },
    {
      label: 'a new join code',
      handler: joinCode.POST,
      method: 'POST',
      path: `${c}/join-code`,
      params: { classId },
      ofClass: true,
    },
    {
      label: 'export',
      handler: exported.GET,
      method: 'GET',
      path: `${c}/export`,
      params: { classId },
      ofClass: true,
    },
    {
      label: 'the results',
      handler: results.GET,
      method: 'GET',
      path: `${c}/results`,
      params: { classId },
      ofClass: true,
    },
    {
      label: 'results.csv',
      handler: resultsCsv.GET,
      method: 'GET',
      path: `${c}/results.csv`,
      params: { classId },
      ofClass: true,
    },
    {
      label: 'xapi.jsonl',
      handler: xapi.GET,
      method: 'GET',
      path: `${c}/xapi.jsonl`,
      params: { classId },
      ofClass: true,
    },
    {
      label: 'the roster',
      handler: students.GET,
      method: 'GET',
      path: `${c}/students`,
      params: { classId },
      ofClass: true,
    },
    {
      label: 'rename a student',
      handler: student.PATCH,
      method: 'PATCH',
      path: `${c}/students/${s.sam.student.id}`,
      params: { classId, studentId: s.sam.student.id },
      ofClass: true,
      body: { name: 'Samira' },
      badBody: { name: '   ' },
    },
    {
      label: 'remove a student',
      handler: student.DELETE,
      method: 'DELETE',
      path: `${c}/students/${s.sam.student.id}`,
      params: { classId, studentId: s.sam.student.id },
      ofClass: true,
    },
    {
      label: 'merge two students',
      handler: merge.POST,
      method: 'POST',
      path: `${c}/merge`,
      params: { classId },
      ofClass: true,
      body: { fromStudentId: s.sam.student.id, intoStudentId: s.ana.student.id },
      badBody: { fromStudentId: s.sam.student.id, intoStudentId: s.sam.student.id },
    },
    {
      label: 'lock an exercise',
      handler: locks.POST,
      method: 'POST',
      path: `${c}/locks`,
      params: { classId },
      ofClass: true,
      body: { ...exercise, locked: true },
      badBody: { ...exercise, locked: 'yes' },
    },
    {
      label: 'review a rewrite',
      handler: reviews.POST,
      method: 'POST',
      path: `${c}/reviews`,
      params: { classId },
      ofClass: true,
      body: { eventId: s.rewriteId, verdict: 'fair', comment: 'Plain and fair.' },
      badBody: { eventId: s.rewriteId, verdict: 'brilliant', comment: '' },
    },
    {
      label: 'the class’s view, live',
      handler: view.GET,
      method: 'GET',
      path: `${c}/view?exercise=${exercise.lessonSlug}/${exercise.exerciseId}&students=1`,
      params: { classId },
      ofClass: true,
    },
    {
      label: 'the live stream',
      handler: live.GET,
      method: 'GET',
      path: `${c}/live`,
      params: { classId },
      ofClass: true,
    },
  ];
}

describe('the teacher routes’ refusals', () => {
  const classroom = useTestClassroom();
  let s: Setting;

  beforeEach(async () => {
    s = await aTeachersClass(classroom());
  });

  const call = (route: Route, parts: RequestParts) =>
    callRoute(route.handler, route.path, route.params, {
      method: route.method,
      body: route.body,
      ...parts,
    });

  /** Everything Ms Rivera's class holds, and her list of classes: a refusal changes none of it. */
  async function everything(c: Classroom, teacher: Teacher) {
    const lines: string[] = [];
    await exportClass(c, teacher, s.klass.id, (line) => void lines.push(line));
    return { lines, classes: await listClasses(c, teacher) };
  }

  /** Calls every route `parts` gives a request for (`count` of them), expecting one refusal. */
  async function expectEach(
    count: number,
    parts: (route: Route) => RequestParts | null,
    status: number,
    code: string,
  ) {
    const before = await everything(classroom(), s.rivera.teacher);
    const answers = [];
    for (const route of routes(s)) {
      const changed = parts(route);
      if (!changed) continue;
      const response = await call(route, changed);
      answers.push([route.label, response.status, (await response.json()).code]);
    }
    expect(answers).toHaveLength(count);
    expect(answers).toEqual(answers.map(([label]) => [label, status, code]));
    expect(await everything(classroom(), s.rivera.teacher)).toEqual(before);
  }

  it('answers 401 to a stranger with no session', () =>
    expectEach(18, () => ({}), 401, 'signed-out'));

  it('answers 401 to a session that does not exist', () =>
    expectEach(18, () => ({ session: 'x'.repeat(43) }), 401, 'signed-out'));

  it('answers 401 to a student’s device token: a student is not a teacher', () =>
    expectEach(18, () => ({ token: s.sam.token }), 401, 'signed-out'));

  it('answers 404 to another teacher, for every route of the class', () =>
    expectEach(
      16,
      (route) => (route.ofClass ? { session: s.okafor.session } : null),
      404,
      'not-found',
    ));

  it('answers 403 to a write from another site, even with the teacher’s cookie', () =>
    expectEach(
      9,
      (route) =>
        route.method === 'GET'
          ? null
          : { session: s.rivera.session, origin: 'https://evil.example' },
      403,
      'forbidden',
    ));

  it('answers 400 to a body the service cannot take', () =>
    expectEach(
      6,
      (route) => (route.badBody ? { session: s.rivera.session, body: route.badBody } : null),
      400,
      'invalid',
    ));

  it('answers 400 to a body that is not JSON', () =>
    expectEach(
      6,
      (route) => (route.body ? { session: s.rivera.session, body: '{"name": ' } : null),
      400,
      'invalid',
    ));

  it('answers 404 to a class id that is not one (no SQL error, no hint)', async () => {
    const response = await callRoute(
      klass.GET,
      '/api/class/teacher/classes/1',
      { classId: '1' },
      {
        session: s.rivera.session,
      },
    );
    expect(response.status).toBe(404);
  });

  it('does not list another teacher’s classes', async () => {
    const response = await callRoute(
      classes.GET,
      '/api/class/teacher/classes',
      {},
      {
        session: s.okafor.session,
      },
    );
    expect(await response.json()).toEqual([]);
  });
});
