import { render, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { fromArticle, testComparison, toArticle } from './compare.testdata';
import { StoryComparisonView } from './story-comparison';

function renderComparison() {
  return render(
    <StoryComparisonView comparison={testComparison} from={fromArticle} to={toArticle} />,
  );
}

describe('the side-by-side comparison', () => {
  it('counts the differences of each kind in the legend', () => {
    renderComparison();
    const legend = screen.getByRole('region', { name: 'Kinds of difference' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^Added 1/),
      expect.stringMatching(/^Removed 1/),
      expect.stringMatching(/^Reworded 1/),
      expect.stringMatching(/^Meaning changed 0/),
      expect.stringMatching(/^Name form 0/),
      expect.stringMatching(/^Punctuation or spelling 1/),
    ]);
  });

  it('names each changed word’s kind in text for screen readers, on both sides', () => {
    renderComparison();
    const table = within(screen.getByRole('table'));
    const [from, to] = [
      table.getByText('battered').closest('.chg')!,
      table.getByText('clobbered').closest('.chg')!,
    ];
    expect(from).toHaveTextContent('[Reworded: battered]');
    expect(to).toHaveTextContent('[Reworded: clobbered]');
  });

  it('says plainly which paragraphs only one outlet kept', () => {
    renderComparison();
    expect(screen.getByText('Only in The Daily').closest('td')).toHaveTextContent(
      'Only the Daily kept this.',
    );
    expect(screen.getByText('Not in The Courier')).toBeInTheDocument();
    expect(screen.getByText('Only in The Courier').closest('td')).toHaveTextContent('Key points');
  });

  it('links each numbered difference to its explanation', () => {
    renderComparison();
    const marker = screen.getAllByRole('link', { name: /^D2\b/ })[0]!;
    const note = document.getElementById(marker.getAttribute('href')!.slice(1))!;
    expect(note).toHaveTextContent('Two strong words.');
    expect(note).toHaveTextContent('The DailybatteredThe Courierclobbered');
  });

  it('offers a switch between the versions (used on narrow screens)', () => {
    renderComparison();
    const group = screen.getByRole('group', { name: 'Version to show' });
    expect(within(group).getByRole('radio', { name: 'The Daily' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'The Courier' })).not.toBeChecked();
  });

  it('has no accessibility violations', async () => {
    const { container } = renderComparison();
    expect(await axe(container)).toHaveNoViolations();
  });
});
