import type { ClassResults, StudentResults } from '@sayswho/classroom';
import { classView, keepUnchanged, STUDENTS_PER_PAGE, viewHref } from './class-view';
import { viewQueryOf } from './view-query';

const now = new Date('2026-03-10T10:00:00Z');

const student = (n: number): StudentResults => ({
  id: `s${n}`,
  name: `Student ${n}`,
  label: `Student ${n}`,
  joinedAt: new Date('2026-03-10T09:00:00Z'),
  lastSeenAt: n === 1 ? new Date('2026-03-10T09:59:30Z') : null,
  activeSeconds: 0,
  exercises: [
    {
      lessonSlug: 'battered',
      exerciseId: 'rewrite-battered',
      status: 'checked',
      attempts: 1,
      hints: 0,
      bestScore: null,
      answerShown: false,
    },
  ],
});

/** A class of `size` students, each with one checked rewrite. */
const resultsOf = (size: number): ClassResults => {
  const students = Array.from({ length: size }, (_, i) => student(i + 1));
  return {
    students,
    exercises: [
      {
        lessonSlug: 'battered',
        lessonTitle: 'Battered or clobbered?',
        exerciseId: 'rewrite-battered',
        statuses: { checked: size, working: 0, 'answer-shown': 0, 'not-started': 0 },
        view: {
          type: 'rewrite',
          rewrites: students.map((s) => ({
            studentId: s.id,
            eventId: `e-${s.id}`,
            text: `${s.name} wrote this.`,
            verdict: null,
            review: null,
          })),
        },
      },
    ],
    difficult: [],
  };
};

describe('the class’s view', () => {
  it('shows a class of 65 a page of 30 students at a time, the last page holding the 5 left', () => {
    const results = resultsOf(65);
    const first = classView(results, { students: 1 }, now, 'UTC').roster!;
    expect(first).toMatchObject({ page: 1, pages: 3, total: 65, first: 1 });
    expect(first.rows).toHaveLength(STUDENTS_PER_PAGE);
    expect(first.rows[0]).toMatchObject({
      label: 'Student 1',
      lastSeenMs: Date.parse('2026-03-10T09:59:30Z'),
      nowMs: now.getTime(),
    });
    const last = classView(results, { students: 3 }, now, 'UTC').roster!;
    expect(last).toMatchObject({ page: 3, first: 61 });
    expect(last.rows.map((r) => r.label)).toEqual([61, 62, 63, 64, 65].map((n) => `Student ${n}`));
    // A page past the end (the class shrank since the link was made) shows the last one.
    expect(classView(results, { students: 9 }, now, 'UTC').roster!.page).toBe(3);
  });

  it('holds no students and no rewrite texts unless the roster is asked for: what the projector gets', () => {
    const view = classView(resultsOf(3), { exercise: 'battered/rewrite-battered' }, now, 'UTC');
    expect(view.roster).toBeNull();
    expect(view.rewrites).toBeNull();
    expect(view.open?.view).toEqual({ type: 'rewrite', count: 3 });
    expect(JSON.stringify(view)).not.toContain('Student');
  });

  it('holds the rewrites to review of the roster page’s students only', () => {
    const view = classView(resultsOf(65), { students: 3 }, now, 'UTC');
    expect(view.rewrites).toHaveLength(1);
    expect(view.rewrites![0]!.rewrites.map((r) => r.text)).toEqual(
      [61, 62, 63, 64, 65].map((n) => `Student ${n} wrote this.`),
    );
  });

  it('opens no exercise the class does not have', () => {
    expect(classView(resultsOf(3), { exercise: 'battered/nope' }, now, 'UTC').open).toBeNull();
  });
});

describe('a live update of the view', () => {
  const query = { exercise: 'battered/rewrite-battered', students: 1 };
  const fromJson = (v: unknown) => JSON.parse(JSON.stringify(v));

  it('keeps the open exercise as it was when it did not change, so its heatmap is not redrawn', () => {
    const shown = fromJson(classView(resultsOf(3), query, now, 'UTC'));
    const next = fromJson(classView(resultsOf(3), query, now, 'UTC'));
    expect(keepUnchanged(shown, next).open).toBe(shown.open);
    expect(keepUnchanged(shown, next).rewrites).toBe(shown.rewrites);
  });

  it('takes the new open exercise when it changed', () => {
    const shown = fromJson(classView(resultsOf(3), query, now, 'UTC'));
    const next = fromJson(classView(resultsOf(4), query, now, 'UTC'));
    expect(keepUnchanged(shown, next).open).toBe(next.open);
    expect(keepUnchanged(shown, next).open?.view).toEqual({ type: 'rewrite', count: 4 });
    expect(keepUnchanged(shown, next).rewrites).toBe(next.rewrites);
  });
});

describe('the class page’s address', () => {
  it('reads what it can and ignores the rest, rather than failing the page', () => {
    expect(viewQueryOf({ exercise: 'who-says-so/find-cues', students: '3' })).toEqual({
      exercise: 'who-says-so/find-cues',
      students: 3,
    });
    expect(viewQueryOf({ exercise: '<script>', students: ['1', '2'] })).toEqual({});
  });

  it('keeps the open exercise and the roster’s page in its links', () => {
    expect(
      viewHref('/teacher/classes/c1', { exercise: 'who-says-so/find-cues', students: 2 }, 'x'),
    ).toBe('/teacher/classes/c1?exercise=who-says-so/find-cues&students=2#x');
    expect(viewHref('/teacher/classes/c1', {})).toBe('/teacher/classes/c1');
  });
});
