import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import {
  recordAttempt,
  recordHint,
  serialiseProgress,
  emptyProgress,
  type ProgressState,
} from '@sayswho/core/quiz';
import { reloadProgress } from '@/lib/progress/progress-store';
import { PROGRESS_STORAGE_KEY } from '@/lib/progress/progress-storage';
import { LessonProgressBar, LessonSummary } from './index';

const lesson = { slug: 'who-says-so', fingerprint: 'fp-1' };
const exercises = [
  { id: 'find-cues', title: 'Find the cues' },
  { id: 'who-decided', title: 'Question' },
  { id: 'rewrite-battered', title: 'Rewrite it plainly' },
];

function stored(change: (s: ProgressState) => ProgressState) {
  localStorage.setItem(PROGRESS_STORAGE_KEY, serialiseProgress(change(emptyProgress())));
  act(() => reloadProgress());
}

const now = '2026-11-23T08:00:00.000Z';
const someProgress = (s: ProgressState) => {
  let next = recordAttempt(s, {
    lesson,
    exerciseId: 'find-cues',
    answer: { type: 'spot', spans: [{ start: 10, end: 14 }] },
    answerText: '“said”',
    score: 0.9,
    completed: true,
    now,
  });
  next = recordHint(next, lesson, 'who-decided', now);
  return recordAttempt(next, {
    lesson,
    exerciseId: 'who-decided',
    answer: { type: 'choice', chosen: ['option-2'] },
    answerText: 'The Kremlin',
    score: 0,
    completed: false,
    now,
  });
};

beforeEach(() => {
  localStorage.clear();
  act(() => reloadProgress());
});

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
  const renderSummary = () =>
    render(<LessonSummary lesson={lesson} lessonTitle="Who says so?" exercises={exercises} />);

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

  it('asks for the name before handing in, then shows the answers to print or copy', async () => {
    stored(someProgress);
    const user = userEvent.setup();
    renderSummary();
    await user.click(screen.getByRole('button', { name: 'Prepare my answers' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write your name first');
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Amina K.{Enter}');
    const sheet = screen.getByLabelText('Your answers to hand in');
    expect(sheet).toHaveTextContent('Student: Amina K.');
    expect(sheet).toHaveTextContent('Lesson: Who says so? (who-says-so)');
    expect(sheet).toHaveTextContent('1. Find the cues');
    expect(sheet).toHaveTextContent('Answer: “said”');
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Student: Amina K.'));
    expect(screen.getByText(/^Copied\./)).toBeInTheDocument();
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalled();
    expect(document.documentElement).toHaveClass('printing-hand-in');
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(document.documentElement).not.toHaveClass('printing-hand-in');
  });

  it('clears this device’s progress for a new student only after a confirm', async () => {
    stored(someProgress);
    const user = userEvent.setup();
    renderSummary();
    await user.click(screen.getByRole('button', { name: 'New student' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(localStorage.getItem(PROGRESS_STORAGE_KEY)).not.toBeNull();
    expect(screen.getByRole('button', { name: 'New student' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New student' }));
    expect(screen.getByText(/Clear every saved answer on this device\?/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, clear everything' }));
    expect(localStorage.getItem(PROGRESS_STORAGE_KEY)).toBeNull();
    expect(screen.getByText('All saved answers on this device were cleared.')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('row')[1]).toHaveTextContent(
      'Not started',
    );
  });

  it('has no accessibility violations', async () => {
    stored(someProgress);
    const { container } = renderSummary();
    expect(await axe(container)).toHaveNoViolations();
  });
});
