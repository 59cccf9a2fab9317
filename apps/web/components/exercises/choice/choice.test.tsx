import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { reloadProgress } from '@/lib/progress/progress-store';
import { choiceExercise, serveKeys } from '../exercises.testdata';
import { freshDevice } from '../test-helpers';
import { Choice } from './choice';

function setup(opts: Parameters<typeof choiceExercise>[0] = {}) {
  const { spec, key } = choiceExercise(opts);
  const fetchMock = serveKeys({ url: spec.keyUrl, key });
  const user = userEvent.setup();
  return { spec, key, fetchMock, user, ...render(<Choice spec={spec} />) };
}

const check = () => screen.getByRole('button', { name: 'Check my answer' });

// Generous: user-event and axe are slow on a shared 2-core machine.
jest.setTimeout(20_000);

beforeEach(freshDevice);

describe('a Choice exercise', () => {
  it('shows no feedback and no correct flag before the student checks', () => {
    const { container, key, fetchMock } = setup();
    for (const o of key.key.options) expect(container.innerHTML).not.toContain(o.feedback);
    expect(container.innerHTML).not.toContain('A named source can be checked');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('is answered with the keyboard and gives the feedback of the chosen option', async () => {
    const { user } = setup();
    await user.tab();
    expect(screen.getByRole('radio', { name: 'The U.S. Defense secretary' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'The Kremlin' })).toBeChecked();
    await user.click(check());
    expect(screen.getByText('The Kremlin is not quoted in paragraph 1.')).toBeInTheDocument();
    expect(screen.getByText('Not right.')).toBeInTheDocument();
    // The right option's feedback would give the answer away before "show the answer".
    expect(screen.queryByText(/paragraph 1 names him/)).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Checked. Not this one.');
  });

  it('keeps keyboard focus on Check while it checks, and a second Enter meanwhile checks nothing twice', async () => {
    const { user, fetchMock } = setup();
    let arrive = () => {};
    const served = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(
      (url: string) => new Promise((resolve) => (arrive = () => resolve(served(url)))),
    );
    await user.click(screen.getByRole('radio', { name: 'The Kremlin' }));
    check().focus();
    await user.keyboard('{Enter}');
    const checking = screen.getByRole('button', { name: 'Checking…' });
    expect(checking).toBeEnabled();
    expect(checking).toHaveFocus();
    await user.keyboard('{Enter}');
    await act(async () => arrive());
    expect(await screen.findByText('Not right.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('gives partial credit and feedback on each chosen option when several answers fit', async () => {
    const { user } = setup({ multiple: true });
    await user.click(screen.getByRole('checkbox', { name: 'The U.S. Defense secretary' }));
    await user.click(check());
    expect(screen.getByText('Yes: paragraph 1 names him as the source.')).toBeInTheDocument();
    expect(
      screen.getByText(/You chose 1 of the 2 correct answers/, { selector: '.exercise__summary' }),
    ).toBeInTheDocument();
  });

  it('offers the answer after a real attempt and then shows every option’s feedback', async () => {
    const { user } = setup();
    await user.click(check());
    expect(screen.getByText(/^Choose an answer before you check it/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show the answer' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'The Kremlin' }));
    await user.click(check());
    await user.click(screen.getByRole('button', { name: 'Show the answer' }));
    expect(screen.getByText('Yes: paragraph 1 names him as the source.')).toBeInTheDocument();
    expect(screen.getByText('A named source can be checked.')).toBeInTheDocument();
  });

  it('restores the chosen option after a reload', async () => {
    const { user, spec, unmount } = setup();
    await user.click(screen.getByRole('radio', { name: 'Anonymous officials' }));
    unmount();
    act(() => reloadProgress());
    render(<Choice spec={spec} />);
    expect(screen.getByRole('radio', { name: 'Anonymous officials' })).toBeChecked();
  });

  it('has no accessibility violations before and after checking', async () => {
    const { user, container } = setup();
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('radio', { name: 'The Kremlin' }));
    await user.click(check());
    expect(await axe(container)).toHaveNoViolations();
  });
});
