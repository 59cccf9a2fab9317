import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { reloadProgress } from '@/lib/progress/progress-store';
import { compareExercise, serveKeys } from '../exercises.testdata';
import { afterNextPaint, freshDevice, tapAtOnce } from '../test-helpers';
import { Compare } from './compare';

function setup(mode: 'spot' | 'kind') {
  const { spec, key } = compareExercise({ mode });
  const fetchMock = serveKeys({ url: spec.keyUrl, key });
  const user = userEvent.setup();
  return { spec, key, fetchMock, user, ...render(<Compare spec={spec} />) };
}

const check = () => screen.getByRole('button', { name: 'Check my answer' });
const side = (n: 1 | 2) => screen.getByRole('listbox', { name: new RegExp(`^Version ${n}:`) });
const word = (box: HTMLElement, text: string) =>
  within(box)
    .getAllByRole('option')
    .find((o) => o.textContent === text)!;

// A whole passage of word options makes each user-event step slower than in most component tests.
jest.setTimeout(20_000);

beforeEach(freshDevice);

describe('a Compare exercise in spot mode', () => {
  it('has no answer in the page before checking', () => {
    const { container, key, fetchMock } = setup('spot');
    const spot = key.keys[0]!;
    if (spot.mode !== 'spot') throw new Error('expected a spot key');
    for (const g of spot.from.gold) expect(container.innerHTML).not.toContain(g.explanation);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('marks differences on both sides with the keyboard and scores them together', async () => {
    const { user } = setup('spot');
    await user.click(word(side(1), 'battered'));
    const clobbered = word(side(2), 'clobbered');
    expect(side(1)).toHaveFocus();
    await user.tab();
    expect(side(2)).toHaveFocus();
    const steps = within(side(2)).getAllByRole('option').indexOf(clobbered);
    await user.keyboard(`{ArrowRight>${steps}/}`);
    await user.keyboard(' ');
    expect(clobbered).toHaveAttribute('aria-selected', 'true');
    await afterNextPaint();
    expect(
      screen.getByText(/2 phrases marked/, { selector: '.exercise__status' }),
    ).toBeInTheDocument();
    await user.click(check());
    expect(document.querySelectorAll('.wp-word[data-fb="found"]')).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent(/^Checked\./);
  });

  it('counts a mark tapped just before Check on a touch screen, where no blur sends it', async () => {
    setup('spot');
    tapAtOnce(word(side(1), 'battered'));
    await afterNextPaint();
    tapAtOnce(word(side(2), 'clobbered'));
    tapAtOnce(check());
    await afterNextPaint();
    expect(document.querySelectorAll('.wp-word[data-fb="found"]')).toHaveLength(2);
  });

  it('shows every difference on both sides with the answer, only after an attempt', async () => {
    const { user } = setup('spot');
    expect(screen.queryByRole('button', { name: 'Show the answer' })).not.toBeInTheDocument();
    await user.click(word(side(1), 'back'));
    await user.click(check());
    await user.click(screen.getByRole('button', { name: 'Show the answer' }));
    const stars = [...document.querySelectorAll('.fb-tag')].filter((t) =>
      t.textContent?.startsWith('★'),
    );
    expect(stars.length).toBeGreaterThanOrEqual(6);
  });

  it('restores the marks on both sides after a reload', async () => {
    const { user, spec, unmount } = setup('spot');
    await user.click(word(side(2), 'clobbered'));
    await afterNextPaint();
    unmount();
    act(() => reloadProgress());
    render(<Compare spec={spec} />);
    expect(word(side(2), 'clobbered')).toHaveAttribute('aria-selected', 'true');
    expect(word(side(1), 'battered')).toHaveAttribute('aria-selected', 'false');
  });

  it('has no accessibility violations before and after checking', async () => {
    const { user, container } = setup('spot');
    await user.click(word(side(1), 'battered'));
    await afterNextPaint();
    expect(await axe(container)).toHaveNoViolations();
    await user.click(check());
    expect(await axe(container)).toHaveNoViolations();
    // axe walks two whole passages of word options: slow in jsdom, quick in a browser.
  }, 30_000);
});

describe('a Compare exercise in kind mode', () => {
  const kindOf = (n: number) =>
    screen.getByRole('group', { name: `What kind of difference is number ${n}?` });

  it('names each difference with radio buttons and gets feedback on each', async () => {
    const { user, container } = setup('kind');
    expect(container.innerHTML).not.toContain('Yes: reworded');
    await user.click(within(kindOf(1)).getByRole('radio', { name: 'Reworded' }));
    await user.click(within(kindOf(2)).getByRole('radio', { name: 'Meaning changed' }));
    await user.click(check());
    expect(screen.getByText(/^Yes: reworded/)).toBeInTheDocument();
    expect(screen.getByText(/^Not “Meaning changed”/)).toBeInTheDocument();
    expect(
      screen.getByText('1 of 2 named correctly.', { selector: '.exercise__summary' }),
    ).toBeInTheDocument();
  });

  it('restores the chosen kinds after a reload', async () => {
    const { user, spec, unmount } = setup('kind');
    await user.click(within(kindOf(2)).getByRole('radio', { name: 'Name form' }));
    unmount();
    act(() => reloadProgress());
    render(<Compare spec={spec} />);
    expect(within(kindOf(2)).getByRole('radio', { name: 'Name form' })).toBeChecked();
  });

  it('offers the answer only after an attempt', async () => {
    const { user } = setup('kind');
    await user.click(check());
    expect(screen.getByText(/^Choose a kind for at least one difference/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show the answer' })).not.toBeInTheDocument();
    await user.click(within(kindOf(1)).getByRole('radio', { name: 'Added' }));
    await user.click(check());
    await user.click(screen.getByRole('button', { name: 'Show the answer' }));
    expect(screen.getByText(/^Yes: name form/)).toBeInTheDocument();
  });

  it('has no accessibility violations', async () => {
    const { user, container } = setup('kind');
    expect(await axe(container)).toHaveNoViolations();
    await user.click(within(kindOf(1)).getByRole('radio', { name: 'Reworded' }));
    await user.click(check());
    expect(await axe(container)).toHaveNoViolations();
  });
});
