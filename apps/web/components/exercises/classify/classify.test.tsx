import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { reloadProgress } from '@/lib/progress/progress-store';
import { classifyExercise, serveKeys } from '../exercises.testdata';
import { freshDevice } from '../test-helpers';
import { Classify } from './classify';

function setup() {
  const { spec, key } = classifyExercise();
  const fetchMock = serveKeys({ url: spec.keyUrl, key });
  const user = userEvent.setup();
  return { spec, key, fetchMock, user, ...render(<Classify spec={spec} />) };
}

const check = () => screen.getByRole('button', { name: 'Check my answer' });
const select = (text: string) =>
  screen.getByRole('combobox', { name: `Where does “${text}” belong?` });

// Generous: user-event and axe are slow on a shared 2-core machine.
jest.setTimeout(20_000);

beforeEach(freshDevice);

describe('a Classify exercise', () => {
  it('never puts an item’s right category in the page before checking', () => {
    const { container, key, fetchMock } = setup();
    expect(key.key.items.length).toBeGreaterThan(2);
    for (const item of key.key.items) expect(container.innerHTML).not.toContain(item.explanation);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows who a pronoun source refers to, so a student can sort “He” without guessing', () => {
    setup();
    expect(select('He (Andrii Kovalenko)')).toBeInTheDocument();
    expect(select('It (South Korea)')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Where does “He” belong?' })).toBeNull();
  });

  it('shows the text for context with the article’s paragraph numbers, each labelled for screen readers', () => {
    const { spec } = setup();
    const numbered = [...document.querySelectorAll('.passage-text [data-p]')];
    const first = spec.passage.blocks[0]!.paragraph!;
    expect(numbered[0]).toHaveAttribute('data-p', String(first));
    expect(numbered[0]).toHaveAttribute('data-label', `Paragraph ${first}`);
    expect(numbered).toHaveLength(spec.passage.blocks.filter((b) => b.paragraph !== null).length);
  });

  it('sorts items with the keyboard alone and gives credit per item', async () => {
    const { user, key } = setup();
    const [first, second] = key.key.items;
    select(first!.text).focus();
    await user.selectOptions(select(first!.text), 'Named official');
    await user.selectOptions(
      select(second!.text),
      second!.category === 'anonymous-officials'
        ? 'Government or military body'
        : 'Anonymous officials',
    );
    await user.click(check());
    expect(
      screen.getByText(`Right: “${first!.text}” is Named official.`, { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Think again about who exactly is speaking/)).toBeInTheDocument();
    expect(
      screen.getByText(`1 of ${key.key.items.length} placed correctly.`, {
        selector: '.exercise__summary',
      }),
    ).toBeInTheDocument();
  });

  it('asks for at least one item before checking, then offers the answer after a real attempt', async () => {
    const { user, key } = setup();
    await user.click(check());
    expect(screen.getByText(/^Put at least one item into a category/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show the answer' })).not.toBeInTheDocument();
    await user.selectOptions(select(key.key.items[0]!.text), 'Anonymous officials');
    await user.click(check());
    await user.click(screen.getByRole('button', { name: 'Show the answer' }));
    expect(screen.getByText(key.key.items[1]!.explanation)).toBeInTheDocument();
  });

  it('restores the placed items after a reload', async () => {
    const { user, key, spec, unmount } = setup();
    await user.selectOptions(select(key.key.items[0]!.text), 'Anonymous officials');
    unmount();
    act(() => reloadProgress());
    render(<Classify spec={spec} />);
    expect(select(key.key.items[0]!.text)).toHaveValue('anonymous-officials');
  });

  it('has no accessibility violations before and after checking', async () => {
    const { user, key, container } = setup();
    expect(await axe(container)).toHaveNoViolations();
    await user.selectOptions(select(key.key.items[0]!.text), 'Named official');
    await user.click(check());
    expect(await axe(container)).toHaveNoViolations();
  });
});
