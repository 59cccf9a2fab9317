import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { reloadProgress } from '@/lib/progress/progress-store';
import { PROGRESS_STORAGE_KEY } from '@/lib/progress/progress-storage';
import { LESSON, serveKeys, spotExercise } from '../exercises.testdata';
import { afterNextPaint, freshDevice, tapAtOnce } from '../test-helpers';
import { Spot } from './spot';

const target = { layer: 'attribution', role: 'cue', paragraphs: [1, 5] } as const;

function setup(opts: Parameters<typeof spotExercise>[0] = {}) {
  const { spec, key } = spotExercise({ target, ...opts });
  const fetchMock = serveKeys({ url: spec.keyUrl, key });
  const user = userEvent.setup();
  const view = render(<Spot spec={spec} />);
  return { spec, key, fetchMock, user, ...view };
}

const words = () => screen.getAllByRole('option');
const indexOf = (word: string, nth = 0) => words().filter((w) => w.textContent === word)[nth]!;
const position = (el: HTMLElement) => words().indexOf(el);

const passage = () => screen.getByRole('listbox');
/** The word a keyboard user is on: the listbox keeps focus and points at it. */
const active = () => document.getElementById(passage().getAttribute('aria-activedescendant') ?? '');

/** Tab into the text and walk to `el` with the arrow keys, as a keyboard user would. */
async function walkTo(user: ReturnType<typeof userEvent.setup>, el: HTMLElement) {
  await user.tab();
  expect(passage()).toHaveFocus();
  const steps = position(el);
  if (steps > 0) await user.keyboard(`{ArrowRight>${steps}/}`);
  expect(active()).toBe(el);
}

const check = () => screen.getByRole('button', { name: 'Check my answer' });

// A whole passage of word options makes each user-event step slower than in most component tests.
jest.setTimeout(20_000);

beforeEach(freshDevice);

describe('a Spot exercise', () => {
  it('keeps every answer and explanation out of the page until the student checks', async () => {
    const { container, key, fetchMock } = setup();
    const html = container.innerHTML;
    expect(html).not.toContain(key.explanationHtml!);
    for (const item of key.key.gold) expect(html).not.toContain(item.explanation);
    for (const d of key.key.distractors) expect(html).not.toContain(d.note);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Show the answer' })).not.toBeInTheDocument();
  });

  it('hydrates the server-rendered passage without a mismatch, then marks words', async () => {
    const { spec, key } = spotExercise({ target });
    serveKeys({ url: spec.keyUrl, key });
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(<Spot spec={spec} />);
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <Spot spec={spec} />);
    });
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    const said = within(container)
      .getAllByRole('option')
      .find((w) => w.textContent === 'said')!;
    await userEvent.setup().click(said);
    expect(said).toHaveAttribute('aria-selected', 'true');
    await afterNextPaint();
    act(() => root?.unmount());
    container.remove();
  });

  it('lets a keyboard user mark a cue with Space and hears it announced', async () => {
    const { user } = setup();
    const said = indexOf('said');
    await walkTo(user, said);
    await user.keyboard(' ');
    expect(said).toHaveAttribute('aria-selected', 'true');
    await afterNextPaint();
    expect(screen.getByRole('status')).toHaveTextContent('Marked “said”. 1 phrase marked.');
    expect(
      screen.getByText(/1 phrase marked\./, { selector: '.exercise__status' }),
    ).toBeInTheDocument();
    await user.keyboard(' ');
    expect(said).toHaveAttribute('aria-selected', 'false');
    await afterNextPaint();
    expect(screen.getByRole('status')).toHaveTextContent('Unmarked “said”.');
  });

  it('stretches a mark over a phrase with Shift and the arrows, and Delete unmarks the whole phrase', async () => {
    const { user } = setup();
    const the = words()[position(indexOf('U.S.')) - 1]!;
    await walkTo(user, the);
    await user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{/Shift}');
    await afterNextPaint();
    const selected = words()
      .filter((w) => w.getAttribute('aria-selected') === 'true')
      .map((w) => w.textContent);
    expect(selected).toEqual(['the', 'U.S.', 'Defense']);
    expect(screen.getByRole('status')).toHaveTextContent('Marked “the U.S. Defense”.');
    await user.keyboard('{ArrowLeft}{Delete}');
    expect(words().some((w) => w.getAttribute('aria-selected') === 'true')).toBe(false);
  });

  it('jumps paragraph by paragraph with the up and down arrows, and to the ends with Home and End', async () => {
    const { user } = setup();
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(active()).toHaveTextContent(/^The$/);
    expect(active()?.closest('[role="group"]')).toHaveAccessibleName('Paragraph 2');
    await user.keyboard('{End}');
    expect(active()).toBe(words()[words().length - 1]);
    await user.keyboard('{ArrowUp}');
    expect(active()?.closest('[role="group"]')).toHaveAccessibleName('Paragraph 5');
    await user.keyboard('{Home}');
    expect(active()).toBe(words()[0]);
    // The focus ring is on that word, and on no other.
    expect(active()).toHaveClass('wp-word--ring');
    expect(document.querySelectorAll('.wp-word--ring')).toHaveLength(1);
  });

  it('numbers the paragraphs as the article does, once per paragraph and outside the words', () => {
    setup({ target: { layer: 'attribution', role: 'cue', paragraphs: [4, 8] } });
    const groups = within(passage()).getAllByRole('group');
    expect(groups.map((g) => [g.getAttribute('data-p'), g.getAttribute('aria-label')])).toEqual(
      [4, 5, 6, 7, 8].map((n) => [String(n), `Paragraph ${n}`]),
    );
    // The number is drawn by CSS: no word of the listbox holds it.
    expect(words().some((w) => /^\d+$/.test(w.textContent ?? ''))).toBe(false);
  });

  it('marks a phrase by dragging the mouse across it', async () => {
    const { user } = setup();
    const from = indexOf('Lloyd');
    const to = indexOf('III');
    await user.pointer([
      { keys: '[MouseLeft>]', target: from },
      { target: indexOf('J.') },
      { target: to },
      { keys: '[/MouseLeft]' },
    ]);
    const selected = words()
      .filter((w) => w.getAttribute('aria-selected') === 'true')
      .map((w) => w.textContent);
    expect(selected).toEqual(['Lloyd', 'J.', 'Austin', 'III']);
  });

  it('marks and unmarks a word with a tap on a touch screen', async () => {
    const { user } = setup();
    const said = indexOf('said', 1);
    await user.pointer({ keys: '[TouchA]', target: said });
    expect(said).toHaveAttribute('aria-selected', 'true');
    await user.pointer({ keys: '[TouchA]', target: said });
    expect(said).toHaveAttribute('aria-selected', 'false');
  });

  it('checks the marks and gives feedback at each span, and hints rather than the explanation below the pass mark', async () => {
    const { user, fetchMock, spec } = setup();
    await user.click(indexOf('said', 0));
    await user.click(indexOf('said', 1));
    await user.click(indexOf('allow'));
    await user.click(check());
    await afterNextPaint();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith(spec.keyUrl, expect.anything());

    // Feedback is drawn on the marked words themselves, each described by its note.
    const found = document.querySelectorAll('.wp-word[data-fb="found"]');
    expect(found).toHaveLength(2);
    expect(found[0]).toHaveAccessibleDescription(/^Found You found “said”\./);
    const wrong = document.querySelector('.wp-word[data-fb="not-an-instance"]');
    expect(wrong).toHaveTextContent('allow');
    expect(wrong?.nextElementSibling).toHaveTextContent('✗');
    expect(passage()).toHaveAttribute('aria-readonly', 'true');
    expect(screen.getByText(/“Allow” is what the administration will do/)).toBeInTheDocument();
    expect(screen.getByText(/You missed a cue in paragraph 5/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^Checked\. You found 2 of 3 cues/);
    // The lesson's explanation and the corpus's names the answers: not for a 39% check.
    expect(screen.queryByText(/Cue words like/)).not.toBeInTheDocument();
    expect(document.querySelector('.fb-note__why')).toBeNull();
    expect(screen.getByRole('button', { name: 'Show a hint' })).toBeInTheDocument();
  });

  it('shows the explanation after a check that reaches the pass mark, before the answer may be shown', async () => {
    const { user } = setup({ policy: { showAnswerAfterAttempts: 3 } });
    for (const [word, nth] of [
      ['said', 0],
      ['said', 1],
      ['said', 2],
    ] as const) {
      await user.click(indexOf(word, nth));
    }
    await user.click(check());
    await afterNextPaint();
    expect(screen.getByText(/Score: 100%/, { selector: '.exercise__summary' })).toBeInTheDocument();
    expect(screen.getByText(/Cue words like/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show the answer' })).not.toBeInTheDocument();
  });

  it('answers a selection of the whole passage with one message, and marks no answer', async () => {
    const { user, key } = setup();
    await user.tab();
    await user.keyboard('{Shift>}{End}{/Shift}');
    await user.click(check());
    await afterNextPaint();
    expect(screen.getByText(/Score: 0%/, { selector: '.exercise__summary' })).toBeInTheDocument();
    const notes = [...document.querySelectorAll('.fb-note')].map((n) => n.textContent);
    expect(notes).toEqual([
      expect.stringMatching(/^!1 Takes in too much Your selection “.*” takes in too much to count/),
    ]);
    expect(document.querySelectorAll('[data-fb]')).toHaveLength(0);
    for (const item of key.key.gold)
      expect(document.body.textContent).not.toContain(item.explanation);
    expect(screen.queryByText(/Cue words like/)).not.toBeInTheDocument();
  });

  it('says when a selection has the right cue but the wrong boundary', async () => {
    const { user } = setup();
    await user.pointer([
      { keys: '[MouseLeft>]', target: indexOf('said', 1) },
      { target: indexOf('the', 3) },
      { keys: '[/MouseLeft]' },
    ]);
    await user.click(check());
    await afterNextPaint();
    expect(document.querySelector('.wp-word[data-fb="boundary"]')).toBeInTheDocument();
    expect(screen.getByText(/Right cue, wrong boundary/)).toBeInTheDocument();
  });

  it('asks for a real attempt before checking and does not count an empty one', async () => {
    const { user } = setup();
    await user.click(check());
    await afterNextPaint();
    expect(screen.getByText(/^Select at least one word/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show the answer' })).not.toBeInTheDocument();
  });

  it('offers the answer only after a real attempt, and then marks every cue with its explanation', async () => {
    const { user, key } = setup();
    await user.click(indexOf('allow'));
    expect(screen.queryByRole('button', { name: 'Show the answer' })).not.toBeInTheDocument();
    await user.click(check());
    await afterNextPaint();
    await user.click(screen.getByRole('button', { name: 'Show the answer' }));
    // The marks are drawn in a deferred render after the verdict's frame (useDeferredValue): on a
    // busy machine that comes later than the next paint, so wait for them as a student would.
    const stars = () =>
      [...document.querySelectorAll('.fb-tag')].filter((t) => t.textContent?.startsWith('★'));
    await waitFor(() => expect(stars()).toHaveLength(3));
    expect(screen.getByText(key.key.gold[2]!.explanation)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'The answer is shown.' })).toHaveFocus();
  });

  it('waits for the number of attempts the lesson sets before offering the answer', async () => {
    const { user } = setup({ policy: { showAnswerAfterAttempts: 2 } });
    await user.click(indexOf('allow'));
    await user.click(check());
    await afterNextPaint();
    expect(screen.queryByRole('button', { name: 'Show the answer' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(document.querySelector('[data-fb], .fb-tag')).toBeNull();
    expect(passage()).not.toHaveAttribute('aria-readonly');
    // A second attempt is a second answer: the same one checked again spends nothing.
    await user.click(indexOf('said'));
    await user.click(check());
    await afterNextPaint();
    // The lesson's explanation names the answers: it comes with the answer, which is recorded.
    expect(screen.queryByText(/Cue words like/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show the answer' }));
    expect(screen.getByText(/Cue words like/)).toBeInTheDocument();
  });

  it('stops checking once the attempts are used up', async () => {
    const { user } = setup({ policy: { maxAttempts: 1 } });
    expect(screen.getByText(/1 attempt left/)).toBeInTheDocument();
    await user.click(indexOf('allow'));
    await user.click(check());
    await afterNextPaint();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByText('You have used all your attempts.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show the answer' })).toBeInTheDocument();
  });

  it('gives the lesson’s hints first, then the automatic ones from the key', async () => {
    const { user, fetchMock } = setup();
    await user.click(screen.getByRole('button', { name: 'Show a hint' }));
    expect(
      screen.getByText('Reporters use a handful of verbs again and again.'),
    ).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Show another hint' }));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Look for 3 cues in paragraphs 1, 4 and 5.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Hint 2: Look for 3 cues');
  });

  it('keeps keyboard focus on the hint button while the automatic hints load', async () => {
    const { user, fetchMock } = setup();
    await user.click(screen.getByRole('button', { name: 'Show a hint' }));
    let arrive = () => {};
    const served = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(
      (url: string) => new Promise((resolve) => (arrive = () => resolve(served(url)))),
    );
    const hint = screen.getByRole('button', { name: 'Show another hint' });
    hint.focus();
    await user.keyboard('{Enter}');
    expect(hint).toBeEnabled();
    expect(hint).toHaveFocus();
    await act(async () => arrive());
    expect(screen.getByText('Look for 3 cues in paragraphs 1, 4 and 5.')).toBeInTheDocument();
    expect(hint).toHaveFocus();
  });

  it('saves the marks on every change and restores them after a reload', async () => {
    const first = setup();
    await first.user.click(indexOf('said', 1));
    await afterNextPaint();
    const saved = JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY)!);
    expect(saved.lessons[LESSON.slug].exercises['find-cues'].answerText).toBe('“said”');
    first.unmount();

    act(() => reloadProgress());
    render(<Spot spec={first.spec} />);
    expect(indexOf('said', 1)).toHaveAttribute('aria-selected', 'true');
    expect(indexOf('said', 0)).toHaveAttribute('aria-selected', 'false');
  });

  it.each([
    ['closes (pagehide)', () => window.dispatchEvent(new Event('pagehide'))],
    ['is hidden (visibilitychange)', () => document.dispatchEvent(new Event('visibilitychange'))],
  ])('saves a mark made less than a frame before the tab %s', async (_, leave) => {
    const savedAnswer = () =>
      JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY) ?? '{}').lessons?.[LESSON.slug]
        ?.exercises['find-cues']?.answerText;
    // The tab goes before its next frame: the save that waits for that frame never runs.
    const frames = jest.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const { user } = setup();
    await user.click(indexOf('said', 1));
    expect(savedAnswer()).toBeUndefined();
    act(leave);
    expect(savedAnswer()).toBe('“said”');
    frames.mockRestore();
  });

  it('counts a mark tapped just before Check on a touch screen, where no blur sends it', async () => {
    setup();
    tapAtOnce(indexOf('said', 0));
    tapAtOnce(indexOf('said', 1));
    await afterNextPaint();
    // The third cue and Check within one frame: a quick finger, or a busy phone.
    tapAtOnce(indexOf('said', 2));
    tapAtOnce(check());
    await afterNextPaint();
    expect(
      screen.getByText(/^You found 3 of 3 cues/, { selector: '.exercise__summary' }),
    ).toBeVisible();
  });

  it('counts a mark made with Space when a screen reader presses Check without leaving the passage', async () => {
    const { user } = setup();
    await walkTo(user, indexOf('said', 2));
    fireEvent.keyDown(passage(), { key: ' ' });
    // A screen reader's browse mode presses a button with a click alone: no key, no pointer, no blur.
    fireEvent.click(check());
    await afterNextPaint();
    expect(
      screen.getByText(/^You found 1 of 3 cues/, { selector: '.exercise__summary' }),
    ).toBeVisible();
  });

  it('redraws the last check, marks and feedback, after a reload', async () => {
    const first = setup();
    await first.user.click(indexOf('said', 1));
    await first.user.click(indexOf('allow'));
    await first.user.click(check());
    await afterNextPaint();
    first.unmount();
    act(() => reloadProgress());
    render(<Spot spec={first.spec} />);
    expect(await screen.findByRole('heading', { name: 'Feedback' })).toBeInTheDocument();
    await afterNextPaint();
    expect(
      screen.getByText(/^You found 1 of 3 cues/, { selector: '.exercise__summary' }),
    ).toBeInTheDocument();
    expect(indexOf('said', 1)).toHaveAttribute('data-fb', 'found');
    expect(indexOf('allow')).toHaveAttribute('data-fb', 'not-an-instance');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByText(/Your last check scored/)).not.toBeInTheDocument();
  });

  it('does not redraw a check whose answer was changed afterwards, nor fetch the key for it', async () => {
    const first = setup();
    await first.user.click(indexOf('said', 1));
    await first.user.click(check());
    await afterNextPaint();
    await first.user.click(screen.getByRole('button', { name: 'Try again' }));
    await first.user.click(indexOf('allow'));
    await afterNextPaint();
    first.unmount();
    act(() => reloadProgress());
    first.fetchMock.mockClear();
    render(<Spot spec={first.spec} />);
    await act(async () => undefined);
    expect(screen.queryByRole('heading', { name: 'Feedback' })).not.toBeInTheDocument();
    expect(indexOf('allow')).toHaveAttribute('aria-selected', 'true');
    expect(first.fetchMock).not.toHaveBeenCalled();
  });

  it('shows the hints already given again after a reload', async () => {
    const first = setup();
    await first.user.click(screen.getByRole('button', { name: 'Show a hint' }));
    await first.user.click(screen.getByRole('button', { name: 'Show another hint' }));
    first.unmount();
    act(() => reloadProgress());
    render(<Spot spec={first.spec} />);
    expect(
      screen.getByText('Reporters use a handful of verbs again and again.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Look for 3 cues in paragraphs 1, 4 and 5.'),
    ).toBeInTheDocument();
  });

  it('tells the student when the key cannot be loaded, and checks on the next try', async () => {
    const { user, spec, key } = setup();
    global.fetch = jest.fn(
      async () => ({ ok: false, status: 503 }) as Response,
    ) as unknown as typeof fetch;
    await user.click(indexOf('said'));
    await user.click(check());
    await afterNextPaint();
    expect(
      screen.getByText(/The answers could not be loaded/, { selector: '.exercise__note' }),
    ).toBeInTheDocument();
    serveKeys({ url: spec.keyUrl, key });
    await user.click(check());
    await afterNextPaint();
    expect(screen.getByRole('heading', { name: 'Feedback' })).toBeInTheDocument();
  });

  it('fetches the key once the student starts marking, so a Check after the connection drops still gives feedback', async () => {
    const { user, fetchMock, spec } = setup();
    await user.click(indexOf('said', 1));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledWith(spec.keyUrl, expect.anything()));
    await afterNextPaint();
    global.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await user.click(check());
    await afterNextPaint();
    expect(screen.getByRole('heading', { name: 'Feedback' })).toBeInTheDocument();
    expect(indexOf('said', 1)).toHaveAttribute('data-fb', 'found');
    expect(global.fetch).not.toHaveBeenCalled();
  });

  it('has no accessibility violations while answering or after checking', async () => {
    const { user, container } = setup();
    await user.click(indexOf('said'));
    await afterNextPaint();
    expect(await axe(container)).toHaveNoViolations();
    await user.click(check());
    await afterNextPaint();
    expect(within(container).getByRole('heading', { name: 'Feedback' })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
    // axe walks every word option of the passage: slow in jsdom, quick in a browser.
  }, 30_000);
});
