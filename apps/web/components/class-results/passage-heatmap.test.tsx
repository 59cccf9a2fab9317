import { render, screen, within } from '@testing-library/react';
import { GOLD, PASSAGE, RESULTS } from './class-results.testdata';
import { PassageHeatmap } from './passage-heatmap';

function heatmap() {
  return render(
    <PassageHeatmap passage={PASSAGE} results={RESULTS} gold={GOLD} name="The Daily Test" />,
  );
}

describe('the passage heatmap', () => {
  it('writes after each marked word how many students marked it, and shades it by their share', () => {
    const { container } = heatmap();
    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((m) => [m.textContent, m.nextSibling?.textContent])).toEqual([
      ['slammed', '4'],
      ['plan', '2'],
      ['insisted', '1'],
    ]);
    // 4 of 5 students: the darkest step; 1 of 5: the lightest.
    expect(marks[0]).toHaveClass('heat--4');
    expect(marks[2]).toHaveClass('heat--1');
    expect(container.querySelector('.heatmap__passage')).toHaveTextContent(
      /^1Officials slammed4 the plan2 on Monday\.2Critics insisted1 it would fail\.$/,
    );
  });

  it('marks the key’s words apart from the count, borderline ones another way', () => {
    const { container } = heatmap();
    const keyed = [...container.querySelectorAll('.heatmap__passage .heat-key')];
    expect(keyed.map((k) => [k.textContent, k.classList.contains('heat-key--borderline')])).toEqual(
      [
        ['slammed', false],
        ['insisted', true],
      ],
    );
  });

  it('has a table of the same marks: word, paragraph, count and whether it is in the key', () => {
    heatmap();
    const table = screen.getByRole('table', { name: 'Words marked in The Daily Test' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Word', 'Paragraph', 'Students who marked it', 'In the key'],
      ['slammed', '1', '4', 'Yes'],
      ['plan', '1', '2', 'No'],
      ['insisted', '2', '1', 'Borderline'],
    ]);
  });
});
