import { render, screen, within } from '@testing-library/react';
import { AnswerDistribution } from './answer-distribution';

describe('the distribution of answers', () => {
  it('writes each option’s count, draws its share as a bar, and names the right one in words', () => {
    render(
      <AnswerDistribution
        label="Which word is loaded?"
        answered={4}
        rows={[
          { id: 'a', label: 'said', chosen: 1, correct: false },
          { id: 'b', label: 'slammed', chosen: 3, correct: true },
          { id: 'c', label: 'noted', chosen: 0, correct: false },
        ]}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Which word is loaded?' })).getAllByRole(
      'listitem',
    );
    expect(items.map((li) => li.textContent)).toEqual([
      'said1 student',
      'slammed3 students✓ the right answer',
      'noted0 students',
    ]);
    const widths = items.map((li) =>
      li.querySelector('.distribution__bar rect')!.getAttribute('width'),
    );
    expect(widths).toEqual(['25', '75', '0']);
  });
});
