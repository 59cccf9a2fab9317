import { render, screen } from '@testing-library/react';
import { viewHref } from '@/lib/teacher-class/class-view';
import { DifficultItems } from './difficult-items';
import { exerciseAnchor } from './exercise-anchor';
import { exerciseKey } from './exercise-titles';

/** As the class page links them: the item's exercise opened, scrolled to. */
const openIt = (item: { lessonSlug: string; exerciseId: string }) =>
  viewHref(
    '/teacher/classes/c1',
    { exercise: exerciseKey(item), students: 2 },
    exerciseAnchor(item),
  );

describe('the difficult items', () => {
  it('keeps the hardest first, each a link that opens its exercise’s results', () => {
    render(
      <DifficultItems
        href={openIt}
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
      [
        'slammed (Exercise 1: Spot)',
        '/teacher/classes/c1?exercise=who-says-so/spot-1&students=2#results-who-says-so-spot-1',
      ],
      [
        'Who is quoted? (Exercise 2: Choice)',
        '/teacher/classes/c1?exercise=who-says-so/choice-2&students=2#results-who-says-so-choice-2',
      ],
    ]);
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('missed by 4 of 5');
  });

  it('says so when nothing has been missed', () => {
    render(<DifficultItems items={[]} exerciseTitle={() => ''} href={openIt} />);
    expect(screen.getByText('Nothing has been missed yet.')).toBeVisible();
  });
});
