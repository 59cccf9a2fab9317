import type { ChoiceKey } from '../quiz/choice';
import { choiceResults, sortingResults } from './choice-results';

const key: ChoiceKey = {
  multiple: true,
  options: [
    { id: 'a', correct: true, feedback: '' },
    { id: 'b', correct: true, feedback: '' },
    { id: 'c', correct: false, feedback: '' },
  ],
};

describe('choiceResults', () => {
  test('spreads the last answers over every option, the right ones marked', () => {
    const results = choiceResults(key, [['a', 'b'], ['a'], ['c', 'a'], []]);
    expect(results.options).toEqual([
      { id: 'a', correct: true, chosen: 3 },
      { id: 'b', correct: true, chosen: 1 },
      { id: 'c', correct: false, chosen: 1 },
    ]);
  });

  test('counts as wrong every answer that is not exactly the right options, and skips empty ones', () => {
    expect(choiceResults(key, [['b', 'a'], ['a'], ['a', 'b', 'c'], [], ['unknown']])).toMatchObject(
      {
        answered: 3,
        wrong: 2,
      },
    );
  });
});

describe('sortingResults', () => {
  const items = [
    { id: 'mayor', label: 'Mayor Ivan Petrov', category: 'named' },
    { id: 'analysts', label: 'Analysts', category: 'anonymous' },
  ];

  test('per item, spreads the placements over the categories and counts the wrong ones', () => {
    const [mayor, analysts] = sortingResults(
      items,
      ['named', 'anonymous'],
      [{ mayor: 'named', analysts: 'named' }, { mayor: 'named' }, { analysts: 'named' }],
    );
    expect(mayor).toEqual({
      id: 'mayor',
      label: 'Mayor Ivan Petrov',
      answered: 2,
      wrong: 0,
      categories: [
        { id: 'named', correct: true, chosen: 2 },
        { id: 'anonymous', correct: false, chosen: 0 },
      ],
    });
    expect(analysts).toMatchObject({ answered: 2, wrong: 2 });
  });
});
