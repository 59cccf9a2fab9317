import { render, screen } from '@testing-library/react';
import { DifficultItems } from './difficult-items';

describe('the difficult items', () => {
  it('keeps the hardest first, each a link to its exercise’s results', () => {
    render(
      <DifficultItems
        exerciseTitle={(item) =>
          item.exerciseId === 'spot-1' ? 'Exercise 1: Spot' : 'Exercise 2: Choice'
        }
        items={[
          {
            lessonSlug: 'who-says-so',
            exerciseId: 'spot-1',
            label: 'slammed',
            missed: 4,
            answered: 5,
          },
          {
            lessonSlug: 'who-says-so',
            exerciseId: 'choice-2',
            label: 'Who is quoted?',
            missed: 1,
            answered: 5,
          },
        ]}
      />,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['slammed (Exercise 1: Spot)', '#results-who-says-so-spot-1'],
      ['Who is quoted? (Exercise 2: Choice)', '#results-who-says-so-choice-2'],
    ]);
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('missed by 4 of 5');
  });

  it('says so when nothing has been missed', () => {
    render(<DifficultItems items={[]} exerciseTitle={() => ''} />);
    expect(screen.getByText('Nothing has been missed yet.')).toBeVisible();
  });
});
