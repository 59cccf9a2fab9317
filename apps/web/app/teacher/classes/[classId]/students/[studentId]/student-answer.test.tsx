import { render, screen, within } from '@testing-library/react';
import type { ExercisePolicy } from '@sayswho/core/quiz';
import type { ExerciseSpec, PassageView } from '@sayswho/lessons';
import { StudentAnswer } from './student-answer';

const text = 'Russia battered the city, officials said.';
const passage: PassageView = {
  articleId: 'a1',
  outlet: 'Los Angeles Times',
  credit: 'Los Angeles Times (AP)',
  text,
  span: { start: 0, end: text.length },
  blocks: [{ index: 0, role: 'paragraph', paragraph: 1, start: 0, end: text.length }],
};
const base = {
  lesson: { slug: 'l', fingerprint: 'f' },
  promptHtml: '',
  hintsHtml: [],
  policy: {} as ExercisePolicy,
  keyUrl: '/keys/l/x.json',
};
const spot: ExerciseSpec = {
  id: 'find-loaded',
  type: 'spot',
  public: {
    ...base,
    id: 'find-loaded',
    type: 'spot',
    passage,
    noun: { one: 'word', many: 'words' },
  },
  key: {
    type: 'spot',
    id: 'find-loaded',
    explanationHtml: null,
    key: {
      articleId: 'a1',
      passage: passage.span,
      noun: { one: 'word', many: 'words' },
      gold: [],
      distractors: [],
    },
  },
};
const choice: ExerciseSpec = {
  id: 'pick',
  type: 'choice',
  public: {
    ...base,
    id: 'pick',
    type: 'choice',
    multiple: true,
    options: [
      { id: 'option-1', html: '<p>It is <em>loaded</em></p>' },
      { id: 'option-2', html: '<p>It is neutral</p>' },
    ],
  },
  key: {
    type: 'choice',
    id: 'pick',
    explanationHtml: null,
    key: {
      multiple: true,
      options: [
        { id: 'option-1', correct: true, feedback: '' },
        { id: 'option-2', correct: false, feedback: '' },
      ],
    },
  },
};

test('a Spot answer is drawn on the passage, and its marked words are listed in text', () => {
  const battered = { start: 7, end: 15 };
  const said = { start: 36, end: 40 };
  const { container } = render(
    <StudentAnswer exercise={spot} answer={{ type: 'spot', spans: [battered, said] }} />,
  );
  expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
    'battered',
    'said',
  ]);
  expect(screen.getByText('They marked 2 passages of the text:')).toBeInTheDocument();
  expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['battered', 'said']);
});

test('chosen options are said right or wrong in words', () => {
  render(
    <StudentAnswer
      exercise={choice}
      answer={{ type: 'choice', chosen: ['option-1', 'option-2'] }}
    />,
  );
  const items = screen.getAllByRole('listitem');
  expect(within(items[0]!).getByText('✓ right')).toBeInTheDocument();
  expect(items[0]).toHaveTextContent('It is loaded');
  expect(within(items[1]!).getByText('✗ wrong')).toBeInTheDocument();
});

test('a rewrite is shown as written, and no answer says so', () => {
  const { rerender } = render(
    <StudentAnswer exercise={spot} answer={{ type: 'rewrite', text: 'Russia hit the city.' }} />,
  );
  expect(screen.getByText('Russia hit the city.')).toBeInTheDocument();
  rerender(<StudentAnswer exercise={spot} answer={null} />);
  expect(screen.getByText('No answer yet.')).toBeInTheDocument();
});
