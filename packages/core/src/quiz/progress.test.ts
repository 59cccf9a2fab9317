import {
  PROGRESS_VERSION,
  emptyProgress,
  ownEntry,
  parseProgress,
  recordAnswer,
  recordAnswerShown,
  recordAttempt,
  recordHint,
  recordUnseenAttempt,
  resetLesson,
  serialiseProgress,
  type ProgressState,
} from './progress';

const lesson = { slug: 'who-says-so', fingerprint: 'v1', exerciseIds: ['cues', 'sources'] };
const NOW = '2026-11-23T08:00:00.000Z';

function attempt(state: ProgressState, score: number | null, exerciseId = 'cues', fingerprint = 'v1'): ProgressState {
  return recordAttempt(state, {
    lesson: { slug: lesson.slug, fingerprint },
    exerciseId,
    answer: { type: 'spot', spans: [{ start: 3, end: 7 }] },
    answerText: '“said”',
    score,
    completed: score === 1,
    now: NOW,
  });
}

describe('recording progress', () => {
  test('counts attempts and keeps the best and the last score', () => {
    const state = attempt(attempt(attempt(emptyProgress(), 0.5), 1), 0.25);
    expect(state.lessons['who-says-so']?.exercises.cues).toMatchObject({ attempts: 3, bestScore: 1, lastScore: 0.25, completed: true });
  });

  test('knows whether the saved answer is the one last checked, so a reload can redraw its feedback', () => {
    const checked = attempt(emptyProgress(), 0.5);
    expect(checked.lessons['who-says-so']?.exercises.cues?.answerChecked).toBe(true);
    const changed = recordAnswer(checked, lesson, 'cues', { type: 'spot', spans: [] }, '', NOW);
    expect(changed.lessons['who-says-so']?.exercises.cues?.answerChecked).toBe(false);
  });

  test('reads a record saved before the kit kept that, as not checked', () => {
    const old = JSON.parse(serialiseProgress(attempt(emptyProgress(), 0.5)));
    delete old.lessons['who-says-so'].exercises.cues.answerChecked;
    const { state, notices } = parseProgress(JSON.stringify(old), [lesson]);
    expect(notices).toEqual([]);
    expect(state.lessons['who-says-so']?.exercises.cues?.answerChecked ?? false).toBe(false);
  });

  test('counts an attempt whose verdict was not shown, and leaves the answer on screen unchecked', () => {
    const checked = attempt(emptyProgress(), 0.5);
    const changed = recordAnswer(checked, lesson, 'cues', { type: 'spot', spans: [] }, '', NOW);
    const spent = recordUnseenAttempt(changed, {
      lesson,
      exerciseId: 'cues',
      score: 0.75,
      now: NOW,
    });
    expect(spent.lessons['who-says-so']?.exercises.cues).toMatchObject({
      attempts: 2,
      bestScore: 0.75,
      lastScore: 0.5,
      answer: { type: 'spot', spans: [] },
      answerChecked: false,
    });
  });

  test('counts hints and remembers that the answer was shown', () => {
    let state = recordHint(emptyProgress(), lesson, 'cues', NOW);
    state = recordHint(state, lesson, 'cues', NOW);
    state = recordAnswerShown(state, lesson, 'cues', NOW);
    expect(state.lessons['who-says-so']?.exercises.cues).toMatchObject({ hintsUsed: 2, answerShown: true, attempts: 0 });
  });

  test('starts afresh when the lesson has changed since the last attempt', () => {
    const state = attempt(attempt(emptyProgress(), 1), 0.5, 'cues', 'v2');
    expect(state.lessons['who-says-so']).toMatchObject({ fingerprint: 'v2', exercises: { cues: { attempts: 1, bestScore: 0.5 } } });
  });

  test('reset clears one lesson and keeps the others', () => {
    const both = recordAttempt(attempt(emptyProgress(), 1), {
      lesson: { slug: 'loaded-words', fingerprint: 'x' },
      exerciseId: 'rewrite',
      answer: { type: 'rewrite', text: 'Russia hit the city.' },
      answerText: 'Russia hit the city.',
      score: null,
      completed: true,
      now: NOW,
    });
    expect(Object.keys(resetLesson(both, 'who-says-so').lessons)).toEqual(['loaded-words']);
  });
});

describe('parseProgress: resuming never crashes and never shows a score from another key', () => {
  const saved = serialiseProgress(attempt(emptyProgress(), 0.75));

  test('resumes saved progress as it was', () => {
    const { state, notices } = parseProgress(saved, [lesson]);
    expect(notices).toEqual([]);
    expect(state.lessons['who-says-so']?.exercises.cues?.bestScore).toBe(0.75);
  });

  test.each<[string, string | null, string[]]>([
    ['nothing saved yet', null, []],
    ['text that is not JSON', '{"version":1,', ['Your saved progress could not be read, so it was cleared.']],
    ['JSON of the wrong shape', '[1,2,3]', ['Your saved progress could not be read, so it was cleared.']],
    [
      'progress from an older version',
      JSON.stringify({ version: 0, lessons: {} }),
      ['Your saved progress was made by an older version of Says Who and could not be kept, so it was cleared.'],
    ],
    [
      'progress from a newer version',
      JSON.stringify({ version: PROGRESS_VERSION + 1, lessons: {} }),
      ['Your saved progress was made by a newer version of Says Who and could not be kept, so it was cleared.'],
    ],
  ])('starts empty, with a notice, from %s', (_case, raw, notices) => {
    const result = parseProgress(raw, [lesson]);
    expect(result.state).toEqual(emptyProgress());
    expect(result.notices).toEqual(notices);
  });

  test('clears a lesson that has changed since, with a notice', () => {
    const { state, notices } = parseProgress(saved, [{ ...lesson, fingerprint: 'v2' }]);
    expect(state.lessons['who-says-so']).toBeUndefined();
    expect(notices).toEqual(['The lesson “who-says-so” has changed since you last worked on it, so your earlier answers to it were cleared.']);
  });

  test('drops an unreadable exercise record and keeps the rest', () => {
    const stored = JSON.parse(serialiseProgress(attempt(attempt(emptyProgress(), 1), 0.5, 'sources')));
    stored.lessons['who-says-so'].exercises.cues.bestScore = 7;
    const { state, notices } = parseProgress(JSON.stringify(stored), [lesson]);
    expect(Object.keys(state.lessons['who-says-so']?.exercises ?? {})).toEqual(['sources']);
    expect(notices).toEqual(['Some of your saved answers to “who-says-so” could not be read and were cleared.']);
  });

  test('drops answers to exercises the lesson no longer has, without alarming the student', () => {
    const { state, notices } = parseProgress(saved, [{ ...lesson, exerciseIds: ['sources'] }]);
    expect(state.lessons['who-says-so']?.exercises).toEqual({});
    expect(notices).toEqual([]);
  });

  test('keeps lessons the page did not ask about untouched', () => {
    const { state, notices } = parseProgress(saved, []);
    expect(state.lessons['who-says-so']?.exercises.cues?.bestScore).toBe(0.75);
    expect(notices).toEqual([]);
  });
});

describe('a saved record that could not come from the kit is reported, never used', () => {
  const record = (exercise: Record<string, unknown>) => {
    const stored = JSON.parse(serialiseProgress(attempt(emptyProgress(), 0.5)));
    Object.assign(stored.lessons['who-says-so'].exercises.cues, exercise);
    return JSON.stringify(stored);
  };
  const spans = (start: number, end: number) => ({ answer: { type: 'spot', spans: [{ start, end }] } });

  test.each<[string, Record<string, unknown>]>([
    ['a negative span', spans(-3, 7)],
    ['a fractional span', spans(3.5, 7)],
    ['a span that ends before it starts', spans(7, 3)],
    ['an answer type the kit does not have', { answer: { type: 'essay', text: 'hi' } }],
    ['a score above 100%', { bestScore: 1.5 }],
    ['a negative score', { lastScore: -0.25 }],
    ['a score that is not a number', { bestScore: 'high' }],
    ['a best score with no attempt', { attempts: 0, bestScore: 1, lastScore: 1 }],
    ['a last score with no best score', { bestScore: null }],
    ['a best score below the last one', { bestScore: 0.25 }],
    ['a fractional attempt count', { attempts: 1.5 }],
    ['a missing attempt count', { attempts: undefined }],
  ])('%s', (_case, exercise) => {
    // As a lesson page reads it: its slug and fingerprint, not the list of its exercises.
    const { state, notices } = parseProgress(record(exercise), [{ slug: 'who-says-so', fingerprint: 'v1' }]);
    expect(state.lessons['who-says-so']?.exercises).toEqual({});
    expect(notices).toEqual(['Some of your saved answers to “who-says-so” could not be read and were cleared.']);
  });
});

describe('exercise ids and lesson slugs are plain keys, whatever they are called', () => {
  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('an exercise called %s', (id) => {
    const once = attempt(emptyProgress(), 0.5, id);
    expect(ownEntry(once.lessons['who-says-so']?.exercises, id)).toMatchObject({ attempts: 1, bestScore: 0.5 });
    // Saved and read back, it is the same record, and nothing else appeared.
    const { state, notices } = parseProgress(serialiseProgress(once), [{ ...lesson, exerciseIds: [id] }]);
    expect(notices).toEqual([]);
    expect(Object.keys(state.lessons['who-says-so']?.exercises ?? {})).toEqual([id]);
    expect(ownEntry(state.lessons['who-says-so']?.exercises, id)?.attempts).toBe(1);
  });

  test('an exercise never answered finds no record, not Object’s own property', () => {
    const state = attempt(emptyProgress(), 0.5);
    for (const id of ['constructor', '__proto__', 'toString'])
      expect(ownEntry(state.lessons['who-says-so']?.exercises, id)).toBeUndefined();
  });

  test('a lesson called __proto__ is saved and read back like any other', () => {
    const saved = recordHint(emptyProgress(), { slug: '__proto__', fingerprint: 'x' }, 'cues', NOW);
    const { state } = parseProgress(serialiseProgress(saved), []);
    expect(Object.keys(state.lessons)).toEqual(['__proto__']);
    expect(ownEntry(state.lessons, '__proto__')?.exercises.cues?.hintsUsed).toBe(1);
  });
});
