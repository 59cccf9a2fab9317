import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { reloadProgress, updateProgress } from '@/lib/progress/progress-store';
import { PROGRESS_STORAGE_KEY } from '@/lib/progress/progress-storage';
import { LessonProgressBar } from './index';
import { LessonSummary } from './lesson-summary.client';
import { clearDevice, exercises, lesson, someProgress, stored } from './progress.testdata';

beforeEach(() => {
  jest.restoreAllMocks();
  clearDevice();
});

const WILL_NOT_SAVE = /This browser is not letting Says Who save your work/;

/** Storage that reads but will not write (full, or a policy that throws on setItem). */
function storageFull() {
  jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  act(() => reloadProgress());
}

/** Chromium's "block site data": touching localStorage at all throws. */
function storageBlocked() {
  jest.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  });
  act(() => reloadProgress());
}

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

  it.each([
    ['full', storageFull],
    ['blocked', storageBlocked],
  ])('says at once, before any answer, when storage is %s', (_case, breakStorage) => {
    breakStorage();
    render(<LessonProgressBar lesson={lesson} exercises={exercises} />);
    expect(screen.getByRole('status')).toHaveTextContent(WILL_NOT_SAVE);
  });

  it('says so when a saved record could not be read (a negative span), instead of dropping it silently', () => {
    stored(someProgress);
    const saved = JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY)!);
    saved.lessons[lesson.slug].exercises['find-cues'].answer.spans[0].start = -4;
    stored(() => saved);
    render(<LessonProgressBar lesson={lesson} exercises={exercises} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Some of your saved answers to “who-says-so” could not be read and were cleared.',
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
    render(
      <LessonSummary
        lesson={lesson}
        exercises={exercises}
        lessonTitle="Who says so?"
        handInLink={<a href="/lessons/who-says-so/hand-in">Hand in my answers</a>}
      />,
    );

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

  it('links to the hand-in page when this device keeps the answers', () => {
    renderSummary();
    expect(screen.getByRole('link', { name: 'Hand in my answers' })).toHaveAttribute(
      'href',
      '/lessons/who-says-so/hand-in',
    );
  });

  it.each([
    ['full', storageFull],
    ['blocked', storageBlocked],
  ])(
    'hands in from the lesson page itself when storage is %s, with the answers of this page',
    async (_case, breakStorage) => {
      breakStorage();
      const user = userEvent.setup();
      renderSummary();
      act(() => updateProgress(lesson, someProgress));
      // The hand-in page would open with none of them: no link to it.
      expect(screen.queryByRole('link', { name: 'Hand in my answers' })).not.toBeInTheDocument();
      expect(
        await screen.findByRole('heading', { name: 'Hand in my answers' }),
      ).toBeInTheDocument();
      await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Amina K.{Enter}');
      const sheet = screen.getByLabelText('Your answers to hand in');
      expect(sheet).toHaveTextContent('Answer: “said”');
      expect(sheet).toHaveTextContent('Answer: The Kremlin');
      expect(sheet).not.toHaveTextContent('No answers yet.');
      expect(await axe(document.body)).toHaveNoViolations();
    },
  );
});
