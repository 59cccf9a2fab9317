import { exportAnswers } from './export-answers';
import { emptyProgress, recordAttempt, recordHint, type ProgressState } from './progress';

const lesson = { slug: 'who-says-so', fingerprint: 'v1' };
const NOW = '2026-11-23T08:00:00.000Z';

function attempt(state: ProgressState, score: number): ProgressState {
  return recordAttempt(state, {
    lesson,
    exerciseId: 'cues',
    answer: { type: 'spot', spans: [{ start: 3, end: 7 }] },
    answerText: '“said”',
    score,
    completed: score === 1,
    now: NOW,
  });
}

/** Two attempts (50%, then 80%) at the cues and one hint; nothing yet on the sources. */
const state = recordHint(attempt(attempt(emptyProgress(), 0.5), 0.8), lesson, 'cues', NOW);

describe('exportAnswers', () => {

  test('gives a readable summary to hand in', () => {
    const { text } = exportAnswers(state, 'who-says-so', '  Ana Petrenko ', {
      lessonTitle: 'Who says so?',
      exerciseTitles: { cues: 'Find the cue words', sources: 'Sort the sources' },
      now: NOW,
    });
    expect(text).toBe(
      [
        'Says Who — answers',
        'Lesson: Who says so? (who-says-so)',
        'Student: Ana Petrenko',
        `Exported: ${NOW}`,
        '',
        '1. Find the cue words',
        '   Answer: “said”',
        '   best score 80% · 2 attempts · 1 hint · not completed',
        '',
      ].join('\n'),
    );
  });

  test('gives JSON with every answer for the teacher’s tools', () => {
    const json = JSON.parse(exportAnswers(state, 'who-says-so', '').json);
    expect(json).toMatchObject({ format: 'sayswho-answers', lesson: 'who-says-so', student: '(no name given)' });
    expect(json.exercises[0]).toMatchObject({ id: 'cues', answer: { type: 'spot', spans: [{ start: 3, end: 7 }] }, attempts: 2, bestScore: 0.8 });
  });

  test('says so when there are no answers yet', () => {
    expect(exportAnswers(emptyProgress(), 'who-says-so', 'Ana').text).toContain('No answers yet.');
  });

  test('never prints a figure for an exercise with no saved record, whatever its id', () => {
    const { text } = exportAnswers(state, 'who-says-so', 'Ana', {
      exerciseTitles: { constructor: 'Odd id', toString: 'Another', cues: 'Find the cue words' },
    });
    expect(text).not.toMatch(/undefined|NaN|Odd id|Another/);
    expect(text).toContain('Find the cue words');
  });

  test('prints an exercise called __proto__ like any other', () => {
    const saved = recordAttempt(emptyProgress(), {
      lesson,
      exerciseId: '__proto__',
      answer: { type: 'choice', chosen: ['a'] },
      answerText: 'The Pentagon',
      score: 1,
      completed: true,
      now: NOW,
    });
    const { text } = exportAnswers(saved, 'who-says-so', 'Ana', { exerciseTitles: { ['__proto__']: 'Odd id' } });
    expect(text).toContain('Odd id');
    expect(text).toContain('best score 100% · 1 attempt · 0 hints');
  });
});
