/**
 * One Check per answer, whatever the click rate: a double-click, ten quick clicks or a held-down
 * Enter on Check record one attempt and leave the feedback showing (the second click of a
 * double-click used to land on "Try again", which takes Check's place, and hide it).
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PROGRESS_STORAGE_KEY } from '@/lib/progress/progress-storage';
import { exerciseText } from '@/lib/ui-text/exercise';
import { choiceExercise, LESSON, serveKeys } from '../exercises.testdata';
import { freshDevice } from '../test-helpers';
import { Choice } from '../choice/choice';

function setup(policy: NonNullable<Parameters<typeof choiceExercise>[0]>['policy'] = {}) {
  const { spec, key } = choiceExercise({ policy });
  serveKeys({ url: spec.keyUrl, key });
  render(<Choice spec={spec} />);
  return { spec, user: userEvent.setup() };
}

/** The attempts saved on this device for the exercise. */
function savedAttempts(id: string): number {
  const saved = JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY) ?? '{}');
  return saved.lessons?.[LESSON.slug]?.exercises[id]?.attempts ?? 0;
}

const primary = () => screen.queryByRole('button', { name: /^(Check my answer|Try again)$/ });
const feedback = () => screen.queryByRole('heading', { name: 'Feedback' });

/** Ten clicks on the button under the pointer, as fast as a mouse sends them. */
async function tenQuickClicks({ rendering }: { rendering: boolean }) {
  if (!rendering) {
    // All ten before React renders once: each lands on the Check the first click saw.
    const button = primary()!;
    act(() => {
      for (let detail = 1; detail <= 10; detail++) fireEvent.click(button, { detail });
    });
  } else {
    // One after the other, each on whatever is under the pointer by then (the browser counts
    // them): Try again, or nothing once the last attempt is spent.
    for (let detail = 1; detail <= 10; detail++) {
      const button = primary();
      if (button) await act(async () => void fireEvent.click(button, { detail }));
    }
  }
  await act(async () => undefined);
}

beforeEach(freshDevice);

describe('checking an answer', () => {
  it.each([false, true])(
    'records one attempt for ten quick clicks, and keeps the feedback showing (rendering between clicks: %s)',
    async (rendering) => {
      const { spec, user } = setup();
      await user.click(screen.getByRole('radio', { name: 'The Kremlin' }));
      await tenQuickClicks({ rendering });
      expect(savedAttempts(spec.id)).toBe(1);
      expect(feedback()).toBeInTheDocument();
      expect(screen.getByText('The Kremlin is not quoted in paragraph 1.')).toBeInTheDocument();
    },
  );

  it('spends one of two attempts per answer, however the clicks come', async () => {
    const { spec, user } = setup({ maxAttempts: 2 });
    await user.click(screen.getByRole('radio', { name: 'The Kremlin' }));
    await tenQuickClicks({ rendering: true });
    expect(savedAttempts(spec.id)).toBe(1);
    expect(screen.getByText(/1 attempt left/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('radio', { name: 'The U.S. Defense secretary' }));
    await tenQuickClicks({ rendering: true });
    expect(savedAttempts(spec.id)).toBe(2);
    expect(screen.getByText('You have used all your attempts.')).toBeInTheDocument();
    expect(feedback()).toBeInTheDocument();
  });

  it('shows the feedback of an answer checked again unchanged, without spending an attempt', async () => {
    const { spec, user } = setup({ maxAttempts: 3 });
    await user.click(screen.getByRole('radio', { name: 'The Kremlin' }));
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(feedback()).not.toBeInTheDocument();
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(savedAttempts(spec.id)).toBe(1);
    expect(screen.getByText(/2 attempts left/)).toBeInTheDocument();
    expect(screen.getByText('The Kremlin is not quoted in paragraph 1.')).toBeInTheDocument();
  });

  it('still tries again on a single click or from the keyboard', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('radio', { name: 'The Kremlin' }));
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    screen.getByRole('button', { name: 'Try again' }).focus();
    await user.keyboard('{Enter}');
    expect(feedback()).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'The Kremlin' })).toBeEnabled();
  });
});

describe('the key, fetched ahead of the first Check', () => {
  afterEach(() => {
    delete (window as Partial<Window>).requestIdleCallback;
    jest.useRealTimers();
  });

  it('is fetched within a second of the first answer, even when the browser grants no idle time', async () => {
    // A browser busy (or holding idle callbacks back) for good: an idle callback runs only when
    // its timeout, if it has one, runs out.
    window.requestIdleCallback = (work, options) =>
      options?.timeout === undefined ? 0 : (setTimeout(work, options.timeout) as unknown as number);
    jest.useFakeTimers();
    const { spec, key } = choiceExercise();
    const fetched = serveKeys({ url: spec.keyUrl, key });
    render(<Choice spec={spec} />);
    fireEvent.click(screen.getByRole('radio', { name: 'The Kremlin' }));
    expect(fetched).not.toHaveBeenCalled();

    await act(async () => void jest.advanceTimersByTime(1_000));
    expect(fetched).toHaveBeenCalledWith(spec.keyUrl, expect.anything());
  });

  it('lets the first Check show its verdict within the press, with no “Checking…” between', async () => {
    const { spec, key } = choiceExercise();
    const fetched = serveKeys({ url: spec.keyUrl, key });
    render(<Choice spec={spec} />);
    fireEvent.click(screen.getByRole('radio', { name: 'The Kremlin' }));
    await act(async () => void (await new Promise((resolve) => setTimeout(resolve, 50))));
    expect(fetched).toHaveBeenCalledTimes(1);

    // Nothing awaited after the press: what the press rendered is on screen now.
    act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check my answer' })));
    expect(screen.queryByRole('button', { name: 'Checking…' })).not.toBeInTheDocument();
    expect(feedback()).toBeInTheDocument();
    expect(screen.getByText('The Kremlin is not quoted in paragraph 1.')).toBeInTheDocument();
    expect(savedAttempts(spec.id)).toBe(1);
    expect(fetched).toHaveBeenCalledTimes(1);
  });

  it('has the key at hand after a reload that redrew the last check: the next Check shows at once', async () => {
    const { spec, key } = choiceExercise();
    serveKeys({ url: spec.keyUrl, key });
    const first = render(<Choice spec={spec} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'The Kremlin' }));
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    first.unmount();

    render(<Choice spec={spec} />);
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check my answer' })));
    expect(screen.queryByRole('button', { name: 'Checking…' })).not.toBeInTheDocument();
    expect(feedback()).toBeInTheDocument();
  });

  it('says the answers could not be loaded when the key fetched ahead cannot judge the answer', async () => {
    const { spec, key } = choiceExercise();
    serveKeys({ url: spec.keyUrl, key: { ...key, key: null } as unknown as typeof key });
    render(<Choice spec={spec} />);
    fireEvent.click(screen.getByRole('radio', { name: 'The Kremlin' }));
    await act(async () => void (await new Promise((resolve) => setTimeout(resolve, 50))));

    act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check my answer' })));
    await act(async () => undefined);
    expect(
      screen.getByText(exerciseText.keyUnavailable, { selector: '.exercise__note' }),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(exerciseText.keyUnavailable);
    expect(feedback()).not.toBeInTheDocument();
    expect(savedAttempts(spec.id)).toBe(0);
  });
});
