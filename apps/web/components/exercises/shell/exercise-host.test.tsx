import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StoredAnswer } from '@sayswho/core/quiz';
import { scoreAnswer } from '@sayswho/lessons/score-answer';
import { Choice } from '../choice/choice';
import { choiceExercise, serveKeys } from '../exercises.testdata';
import { freshDevice } from '../test-helpers';
import { ExerciseHostContext, type ExerciseHost, type HostJudgement } from './exercise-host';

jest.setTimeout(20_000);
beforeEach(freshDevice);

const WAIT = 'Saved here. It will be checked when the network is back.';

/** A class server stand-in: judges with the shared scoreAnswer, or waits like an offline outbox. */
function classHost(judge: (answer: StoredAnswer | null) => HostJudgement) {
  const recorded: string[] = [];
  const listeners = new Set<() => void>();
  let locked = false;
  let release: (() => void) | null = null;
  let offline = false;
  const host: ExerciseHost = {
    record: (kind) => void recorded.push(kind),
    check(_lesson, _id, answer, waiting) {
      recorded.push('check');
      if (!offline) return Promise.resolve(judge(answer));
      waiting(WAIT);
      return new Promise((resolve) => (release = () => resolve(judge(answer))));
    },
    key: () =>
      Promise.reject(new Error('Check your answer first: the answer shows after a Check.')),
    subscribe: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
    locked: () => locked,
    Note: () => (locked ? <p>Your teacher has closed this exercise for now.</p> : null),
  };
  return {
    host,
    recorded,
    goOffline: () => void (offline = true),
    networkBack: () => release?.(),
    lock(on: boolean) {
      locked = on;
      listeners.forEach((l) => l());
    },
  };
}

function setup() {
  const { spec, key } = choiceExercise();
  const fetchMock = serveKeys({ url: spec.keyUrl, key });
  const server = classHost((answer) =>
    answer ? scoreAnswer(spec, key, answer) : { ok: false, reason: 'Choose an answer first.' },
  );
  render(
    <ExerciseHostContext.Provider value={server.host}>
      <Choice spec={spec} />
    </ExerciseHostContext.Provider>,
  );
  return { ...server, fetchMock, user: userEvent.setup() };
}

const check = () => screen.getByRole('button', { name: 'Check my answer' });

describe('an exercise in a class', () => {
  it('records each change and shows the server’s judgement as it shows its own, without the public key', async () => {
    const { user, recorded, fetchMock } = setup();
    await user.click(screen.getByRole('radio', { name: 'The Kremlin' }));
    await user.click(check());
    expect(
      await screen.findByText('The Kremlin is not quoted in paragraph 1.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Not right.')).toBeInTheDocument();
    expect(recorded).toEqual(['answer', 'check']);
    expect(fetchMock).not.toHaveBeenCalledWith(
      expect.stringContaining('/keys/'),
      expect.anything(),
    );
  });

  it('says a Check offline waits for the network, lets the student keep working, then shows it', async () => {
    const { user, goOffline, networkBack } = setup();
    goOffline();
    await user.click(screen.getByRole('radio', { name: 'The Kremlin' }));
    await user.click(check());
    expect(screen.getByText(WAIT, { selector: '.exercise__note' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'The Kremlin' })).toBeEnabled();
    await act(async () => networkBack());
    expect(await screen.findByText('Not right.')).toBeInTheDocument();
  });

  it('closes Check on an exercise the teacher locked, and says so', async () => {
    const { lock } = setup();
    act(() => lock(true));
    expect(check()).toBeDisabled();
    expect(screen.getByText('Your teacher has closed this exercise for now.')).toBeInTheDocument();
    act(() => lock(false));
    expect(check()).toBeEnabled();
  });

  it('lets the student go back to their answer when the lock comes after a Check', async () => {
    const { user, lock } = setup();
    await user.click(screen.getByRole('radio', { name: 'The Kremlin' }));
    await user.click(check());
    await screen.findByText('Not right.');
    act(() => lock(true));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('radio', { name: 'The Kremlin' })).toBeEnabled();
    expect(check()).toBeDisabled();
  });
});
