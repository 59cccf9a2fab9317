import { render, screen } from '@testing-library/react';
import { RESULTS } from './class-results.testdata';
import { MissedItems, WrongWords } from './missed-lists';

describe('the missed items and wrong words', () => {
  it('lists each item missed and each wrong word with how many students', () => {
    render(
      <>
        <MissedItems items={RESULTS.missedItems} answered={RESULTS.answered} />
        <WrongWords words={RESULTS.wrongWords} />
      </>,
    );
    const lists = screen.getAllByRole('list');
    expect(lists.map((l) => l.textContent)).toEqual([
      'slammed — missed by 1 of 5',
      'plan — marked by 2 students',
    ]);
  });

  it('says so when nothing was missed and no wrong word marked', () => {
    render(
      <>
        <MissedItems items={[]} answered={3} />
        <WrongWords words={[]} />
      </>,
    );
    expect(screen.getByText('Every item was found by everyone who answered.')).toBeVisible();
    expect(screen.getByText('Nobody marked a word outside the key.')).toBeVisible();
  });
});
