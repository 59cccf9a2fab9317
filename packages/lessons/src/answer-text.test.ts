import type { Span } from '@sayswho/core';
import { answerText, NOTHING_MARKED } from './answer-text';
import type { ExercisePublic } from './exercise-spec';

const TEXT = 'Russia battered the city overnight, Mayor Ivan Petrov said on Tuesday.';
const at = (quote: string): Span => ({
  start: TEXT.indexOf(quote),
  end: TEXT.indexOf(quote) + quote.length,
});
const passage = { text: TEXT, outlet: 'AP' };
// Only the fields the text is made from; the rest of a spec plays no part.
const spec = (fields: object) => fields as unknown as ExercisePublic;

test('a Spot answer reads as the words marked, quoted, in the order marked', () => {
  const spot = spec({ type: 'spot', passage });
  expect(answerText(spot, { type: 'spot', spans: [at('said'), at('battered')] })).toBe(
    '“said”, “battered”',
  );
});

test('a Choice answer reads as the chosen options’ plain text', () => {
  const choice = spec({
    type: 'choice',
    options: [
      { id: 'a', html: '<p>The <em>mayor</em></p>' },
      { id: 'b', html: 'Analysts &amp; officials' },
      { id: 'c', html: 'Nobody' },
    ],
  });
  expect(answerText(choice, { type: 'choice', chosen: ['b', 'a'] })).toBe(
    'The mayor; Analysts & officials',
  );
});

test('a Classify answer names each placed item’s category', () => {
  const classify = spec({
    type: 'classify',
    categories: [{ id: 'named', label: 'Named official' }],
    items: [
      { id: 'mayor', text: 'Mayor Ivan Petrov' },
      { id: 'analysts', text: 'Analysts' },
    ],
  });
  expect(answerText(classify, { type: 'classify', placed: { mayor: 'named' } })).toBe(
    'Mayor Ivan Petrov → Named official',
  );
});

test('a Compare answer names each side’s outlet, and says when a side has nothing marked', () => {
  const compare = spec({
    type: 'compare',
    mode: 'spot',
    from: { ...passage, outlet: 'AP' },
    to: { ...passage, outlet: 'Reuters' },
  });
  expect(answerText(compare, { type: 'compare', from: [at('battered')], to: [] })).toBe(
    `AP: “battered”; Reuters: ${NOTHING_MARKED}`,
  );
});

test('a Compare kind answer numbers the differences it names', () => {
  const compare = spec({
    type: 'compare',
    mode: 'kind',
    kinds: [{ id: 'wording', label: 'Wording' }],
    differences: [{ id: 'd1' }, { id: 'd2' }],
  });
  expect(answerText(compare, { type: 'classify', placed: { d2: 'wording' } })).toBe('2. Wording');
});

test('a rewrite reads as written; an answer that does not fit reads as nothing', () => {
  expect(
    answerText(spec({ type: 'rewrite' }), { type: 'rewrite', text: 'Russia hit the city.' }),
  ).toBe('Russia hit the city.');
  expect(answerText(spec({ type: 'rewrite' }), { type: 'choice', chosen: ['a'] })).toBe('');
});
