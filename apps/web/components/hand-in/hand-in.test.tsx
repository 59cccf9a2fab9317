import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { PROGRESS_STORAGE_KEY } from '@/lib/progress/progress-storage';
import {
  clearDevice,
  exercises,
  lesson,
  someProgress,
  stored,
} from '../lesson-progress/progress.testdata';
import { HandIn, NewStudent } from './index';

beforeEach(clearDevice);

/** The islands of a lesson's hand-in page, as app/lessons/[slug]/hand-in renders them. */
const renderHandInPage = () =>
  render(
    <main>
      <HandIn lesson={lesson} lessonTitle="Who says so?" exercises={exercises} />
      <NewStudent />
    </main>,
  );

describe('the hand-in page', () => {
  it('asks for the name before handing in, then shows the answers to print or copy', async () => {
    stored(someProgress);
    const user = userEvent.setup();
    renderHandInPage();
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
    renderHandInPage();
    await user.click(screen.getByRole('button', { name: 'New student' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(localStorage.getItem(PROGRESS_STORAGE_KEY)).not.toBeNull();
    expect(screen.getByRole('button', { name: 'New student' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New student' }));
    expect(screen.getByText(/Clear every saved answer on this device\?/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, clear everything' }));
    expect(localStorage.getItem(PROGRESS_STORAGE_KEY)).toBeNull();
    expect(screen.getByText('All saved answers on this device were cleared.')).toBeInTheDocument();
    // Focus goes back to "New student" (on the next frame), where the keyboard user left off.
    await waitFor(() => expect(screen.getByRole('button', { name: 'New student' })).toHaveFocus());
    // The hand-in on the same page now has nothing of the previous student's.
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Next student{Enter}');
    expect(screen.getByLabelText('Your answers to hand in')).toHaveTextContent('No answers yet.');
  });

  it('has no accessibility violations', async () => {
    stored(someProgress);
    const { container } = renderHandInPage();
    expect(await axe(container)).toHaveNoViolations();
  });
});
