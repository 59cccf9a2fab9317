import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { reloadProgress } from '@/lib/progress/progress-store';
import { PROGRESS_STORAGE_KEY } from '@/lib/progress/progress-storage';
import { LESSON, rewriteExercise, serveKeys } from '../exercises.testdata';
import { freshDevice } from '../test-helpers';
import { Rewrite } from './rewrite';

function setup() {
  const { spec, key } = rewriteExercise();
  const fetchMock = serveKeys({ url: spec.keyUrl, key });
  const user = userEvent.setup();
  return { spec, key, fetchMock, user, ...render(<Rewrite spec={spec} />) };
}

const check = () => screen.getByRole('button', { name: 'Check my answer' });
const box = () => screen.getByRole('textbox', { name: 'Your version' });

// Generous: user-event and axe are slow on a shared 2-core machine.
jest.setTimeout(20_000);

beforeEach(freshDevice);

describe('a Rewrite exercise', () => {
  it('shows the sentence as published but not its loaded words or their alternatives', () => {
    const { container, spec, fetchMock } = setup();
    expect(screen.getByText(spec.original)).toBeInTheDocument();
    expect(container.innerHTML).not.toMatch(/struck|“Battered” pictures/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('names the loaded word still in the rewrite and offers plainer ones', async () => {
    const { user, spec } = setup();
    await user.type(
      box(),
      spec.original.replace('repeatedly been battered', 'often been battered'),
    );
    await user.click(check());
    expect(screen.getByText('Loaded words remain.')).toBeInTheDocument();
    expect(screen.getByText('“battered”')).toBeInTheDocument();
    expect(screen.getByText(/“battered” → “hit”, “struck”, “attacked”/)).toBeInTheDocument();
  });

  it('leaves a rewrite without loaded words to the teacher instead of calling it right', async () => {
    const { user, spec } = setup();
    await user.type(box(), spec.original.replace('battered', 'hit'));
    await user.click(check());
    expect(screen.getByText('For your teacher to review.')).toBeInTheDocument();
    expect(screen.queryByText(/^Right/)).not.toBeInTheDocument();
    const saved = JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY)!).lessons[LESSON.slug]
      .exercises['rewrite-battered'];
    expect(saved).toMatchObject({ bestScore: null, completed: true, attempts: 1 });
  });

  it('does not count an empty rewrite as an attempt', async () => {
    const { user } = setup();
    await user.click(check());
    expect(screen.getByText(/^Write your version of the sentence first/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show the answer' })).not.toBeInTheDocument();
  });

  it('keeps the draft through a reload', async () => {
    const { user, spec, unmount } = setup();
    await user.type(box(), 'Civilians were hit');
    unmount();
    act(() => reloadProgress());
    render(<Rewrite spec={spec} />);
    expect(box()).toHaveValue('Civilians were hit');
  });

  it('has no accessibility violations before and after checking', async () => {
    const { user, container } = setup();
    expect(await axe(container)).toHaveNoViolations();
    await user.type(box(), 'Civilians were hit by drones.');
    await user.click(check());
    expect(await axe(container)).toHaveNoViolations();
  });
});
