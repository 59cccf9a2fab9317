import { buildRewriteKey, checkRewrite } from './rewrite';
import { ARTICLE, at } from './quiz.testdata';
import { LATIMES } from './seed.testdata';

const key = buildRewriteKey(ARTICLE, { annotationIds: ['battered'] });

describe('buildRewriteKey', () => {
  test('takes the sentence around the loaded word and its plainer alternatives', () => {
    expect(key).toEqual({
      original: 'KYIV, Ukraine — Russia battered the city overnight, Mayor Ivan Petrov said on Tuesday.',
      loaded: [{ id: 'battered', text: 'battered', alternatives: ['hit', 'attacked'], explanation: '“Battered” suggests repeated violent blows.' }],
    });
  });

  test('leaves borderline loaded words out of what must change', () => {
    expect(buildRewriteKey(ARTICLE, { span: at('Officials warn of new strikes on Kyiv') }).loaded).toEqual([]);
  });

  test('names the loaded-wording ids an article has when an id is wrong', () => {
    expect(() => buildRewriteKey(ARTICLE, { annotationIds: ['batered'] })).toThrow('Its loaded-wording ids are: battered, warn.');
  });

  test('works on the LA Times sentence with “battered”', () => {
    const real = buildRewriteKey(LATIMES, { annotationIds: ['latimes-battered'] });
    expect(real.original).toMatch(/^Russia’s bigger army .* battered by Russian drones and missiles often fired from inside Russia\.$/);
    expect(real.loaded.map((l) => l.text)).toContain('battered');
  });
});

describe('checkRewrite', () => {
  test.each([
    ['an empty rewrite', '   ', 'empty'],
    ['the original copied back, with other quote marks', 'KYIV, Ukraine - Russia BATTERED the city overnight, Mayor Ivan Petrov said on Tuesday', 'unchanged'],
    ['a rewrite that keeps the loaded word', 'Russia battered Kyiv overnight, the mayor said.', 'loaded-words-remain'],
    ['a rewrite without the loaded word', 'Russia hit the city overnight, Mayor Ivan Petrov said on Tuesday.', 'for-teacher-review'],
    ['a rewrite that is nonsense but has no loaded word', 'Bananas.', 'for-teacher-review'],
  ])('%s is %s', (_case, rewrite, verdict) => {
    expect(checkRewrite(key, rewrite).verdict).toBe(verdict);
  });

  test('never calls a rewrite correct: the teacher judges what software cannot', () => {
    const result = checkRewrite(key, 'Russia hit the city overnight, the mayor said.');
    expect(result.feedback).toContain('is for your teacher to review');
    expect(result.suggestions).toEqual([{ text: 'battered', alternatives: ['hit', 'attacked'] }]);
  });

  test('says which loaded word is still there and why it is loaded', () => {
    expect(checkRewrite(key, 'Russia battered Kyiv.').feedback).toBe('“battered” is still there. “Battered” suggests repeated violent blows.');
  });
});
