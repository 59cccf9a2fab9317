import { act, render, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { reloadProgress } from '@/lib/progress/progress-store';
import { PROGRESS_STORAGE_KEY } from '@/lib/progress/progress-storage';
import { LessonProgressBar, LessonSummary } from './index';
import { clearDevice, exercises, lesson, someProgress, stored } from './progress.testdata';

beforeEach(clearDevice);

describe('the lesson progress indicator', () => {
  it('counts the exercises done on this device', () => {
    stored(someProgress);
    render(<LessonProgressBar lesson={lesson} exercises={exercises} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '1');
    expect(screen.getByText('1 of 3 exercises done')).toBeInTheDocument();
  });

  it('shows a calm notice instead of crashing when the saved progress is corrupt', () => {
    localStorage.setItem(PROGRESS_STORAGE_KEY, '{"version": 1, "lessons": [oops');
    act(() => reloadProgress());
    render(<LessonProgressBar lesson={lesson} exercises={exercises} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your saved progress could not be read, so it was cleared.',
    );
    expect(screen.getByText('0 of 3 exercises done')).toBeInTheDocument();
  });

  it('drops progress made against an earlier version of the lesson, and says so', () => {
    stored(someProgress);
    render(<LessonProgressBar lesson={{ ...lesson, fingerprint: 'fp-2' }} exercises={exercises} />);
    expect(screen.getByRole('status')).toHaveTextContent('has changed since you last worked on it');
    expect(screen.getByText('0 of 3 exercises done')).toBeInTheDocument();
  });
});

describe('the end-of-lesson summary', () => {
  const renderSummary = () => render(<LessonSummary lesson={lesson} exercises={exercises} />);

  it('lists the best score, attempts and hints of each exercise', () => {
    stored(someProgress);
    renderSummary();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('1. Find the cues90%10');
    expect(rows[2]).toHaveTextContent('2. Question0%11');
    expect(rows[3]).toHaveTextContent('3. Rewrite it plainlyNot started00');
  });

  it('says what to look at next, unfinished exercises first', () => {
    stored(someProgress);
    renderSummary();
    const next = within(
      screen.getByRole('heading', { name: 'What to look at next' })
        .nextElementSibling as HTMLElement,
    );
    const links = next.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Finish “2. Question”.',
      'Finish “3. Rewrite it plainly”.',
      'Go back to “1. Find the cues”: your best score is 90%.',
    ]);
    expect(links[0]).toHaveAttribute('href', '#who-decided');
  });

  it('has no accessibility violations', async () => {
    stored(someProgress);
    const { container } = renderSummary();
    expect(await axe(container)).toHaveNoViolations();
  });
});
