import { hintSteps } from './hints';
import { ARTICLE } from './quiz.testdata';
import { buildSpotKey } from './spot-key';

const cues = buildSpotKey(ARTICLE, { kinds: ['attribution'], role: 'cue' });

describe('hintSteps', () => {
  test('starts with where to look, then gives each item’s own hints', () => {
    expect(hintSteps(cues)).toEqual([
      'Look for 3 cues in paragraphs 1, 2 and 3.',
      'Look for the word that signals speech next to “Mayor Ivan Petrov”.',
      'Look in the sentence that begins “The attack killed three …”.',
      'Look for the word that signals speech next to “the regional governor”.',
      'Look in the sentence that begins “Analysts say the strikes …”.',
      'Look for the word that signals speech next to “Analysts”.',
    ]);
  });

  test('after an attempt, hints only about what is still missing', () => {
    expect(hintSteps(cues, ['analysts-say'])).toEqual([
      'Look for a cue in paragraph 3.',
      'Look in the sentence that begins “Analysts say the strikes …”.',
      'Look for the word that signals speech next to “Analysts”.',
    ]);
    expect(hintSteps(cues, [])).toEqual([]);
  });
});
