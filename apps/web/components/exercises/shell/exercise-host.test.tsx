import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StoredAnswer } from '@sayswho/core/quiz';
import { scoreAnswer } from '@sayswho/lessons/score-answer';
import { Choice } from '../choice/choice';
import { choiceExercise, serveKeys } from '../exercises.testdata';
import { afterNextPaint, freshDevice } from '../test-helpers';
import { ExerciseHostContext, type ExerciseHost, type HostJudgement } from './exercise-host';

jest.setTimeout(20_000);
beforeEach(freshDevice);

const WAIT = 'Saved here. It will be checked when the network is back.';
const HINT_OFFLINE = 'The next hint comes from your teacher’s server.';
const OWN_HINT = 'Look at who paragraph 1 quotes.';
const ANSWER_CHANGED = 'Your answer changed since that Check: check again.';

/**
 * A class server stand-in: judges with the shared scoreAnswer, or waits like an offline outbox;
 * keeps its last verdict as the device does; gives an automatic hint per hint recorded past the
 * lesson's own.
 */
function classHost(
  judge: (answer: StoredAnswer | null) => HostJudgement,
  ownHints: number,
  automaticHints: readonly string[],
) {
  const recorded: string[] = [];
  const listeners = new Set<() => void>();
  const verdictListeners = new Set<(answer: StoredAnswer, judgement: HostJudgement) => void>();
  let locked = false;
  // The Check waiting in the outbox, and the page waiting for it (gone after a reload).
  let waitingCheck: {
    answer: StoredAnswer | null;
    page: ((j: HostJudgement) => void) | null;
  } | null = null;
  let lastAnswer: StoredAnswer | null = null;
  let offline = false;
  let keysAsked = 0;
  let kept: { answer: string; judgement: HostJudgement } | null = null;
  const verdict = (answer: StoredAnswer | null) => {
    const judgement = judge(answer);
    kept = { answer: JSON.stringify(answer), judgement };
    return judgement;
  };
  const host: ExerciseHost = {
    record: (kind, _lesson, _id, answer) => {
      recorded.push(kind);
      if (kind === 'answer') lastAnswer = answer ?? null;
    },
    check(_lesson, _id, answer, waiting) {
      recorded.push('check');
      if (!offline) return Promise.resolve(verdict(answer));
      waiting(WAIT);
      return new Promise((page) => (waitingCheck = { answer, page }));
    },
    onVerdict: (_lesson, _id, listener) => (
      verdictListeners.add(listener),
      () => void verdictListeners.delete(listener)
    ),
    lastCheck: (_lesson, _id, answer) =>
      kept?.answer === JSON.stringify(answer) ? kept.judgement : null,
    key: () => {
      keysAsked += 1;
      return Promise.reject(new Error('Check your answer first: the answer shows after a Check.'));
    },
    hints: async () => {
      if (offline) throw new Error(HINT_OFFLINE);
      const given = recorded.filter((kind) => kind === 'hint').length - ownHints;
      return automaticHints.map((text, n) =>
        n < given ? text : 'Shows when the network is back.',
      );
    },
    subscribe: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
    locked: () => locked,
    Note: () => (locked ? <p>Your teacher has closed this exercise for now.</p> : null),
  };
  return {
    host,
    recorded,
    keysAsked: () => keysAsked,
    goOffline: () => void (offline = true),
    /** The waiting Check is judged: its page hears, or (reloaded since) whoever listens now. */
    networkBack() {
      offline = false;
      if (!waitingCheck) return;
      const { answer, page } = waitingCheck;
      waitingCheck = null;
      const judgement = verdict(answer);
      // As the class host does: a verdict on an answer changed since is not shown, but counts.
      const changed = JSON.stringify(lastAnswer) !== JSON.stringify(answer);
      if (!page) verdictListeners.forEach((l) => l(answer!, judgement));
      else if (changed && judgement.ok)
        page({ ok: false, reason: ANSWER_CHANGED, unseen: { score: judgement.score } });
      else page(judgement);
    },
    /** A reload: the page that waited for the Check is gone; the outbox keeps the Check. */
    forgetPage: () => void (waitingCheck && (waitingCheck = { ...waitingCheck, page: null })),
    lock(on: boolean) {
      locked = on;
      listeners.forEach((l) => l());
    },
  };
}

function setup(automaticHints: readonly string[] = [], maxAttempts: number | null = null) {
  const { spec, key } = choiceExercise({
    hintsHtml: [`<p>${OWN_HINT}</p>`],
    policy: { maxAttempts },
  });
  const fetchMock = serveKeys({ url: spec.keyUrl, key });
  const server = classHost(
    (answer) =>
      answer ? scoreAnswer(spec, key, answer) : { ok: false, reason: 'Choose an answer first.' },
    spec.hintsHtml.length,
    automaticHints,
  );
  const page = () => (
    <ExerciseHostContext.Provider value={server.host}>
      <Choice spec={spec} />
    </ExerciseHostContext.Provider>
  );
  const view = render(page());
  // The page's own state goes; the device's (its progress, the kept verdict) stays.
  const reload = () => {
    view.unmount();
    server.forgetPage();
    render(page());
  };
  return { ...server, fetchMock, reload, user: userEvent.setup() };
}

const check = () => screen.getByRole('button', { name: 'Check my answer' });

/** Three attempts allowed; "The Kremlin" chosen and checked offline, the Check waiting. */
async function checkOfflineWithThreeAttempts() {
  const setUp = setup([], 3);
  setUp.goOffline();
  await setUp.user.click(screen.getByRole('radio', { name: 'The Kremlin' }));
  await setUp.user.click(check());
  await screen.findByText(WAIT, { selector: '.exercise__note' });
  return setUp;
}

describe('an exercise in a class', () => {
  it('records each change and shows the server’s judgement as it shows its own, without the public key', async () => {
    const { user, recorded, fetchMock, keysAsked } = setup();
    await user.click(screen.getByRole('radio', { name: 'The Kremlin' }));
    // Time for the idle fetch of the key a page without a class makes after the first answer.
    await afterNextPaint();
    await user.click(check());
    expect(
      await screen.findByText('The Kremlin is not quoted in paragraph 1.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Not right.')).toBeInTheDocument();
    expect(recorded).toEqual(['answer', 'check']);
    expect(keysAsked()).toBe(0);
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

  it('shows the verdict of a Check made before a reload when it comes, and counts its attempt once', async () => {
    const { user, networkBack, reload } = await checkOfflineWithThreeAttempts();
    reload();
    expect(screen.queryByText('Not right.')).toBeNull();
    await act(async () => networkBack());
    expect(await screen.findByText('Not right.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^Checked\./);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('2 attempts left')).toBeInTheDocument();
  });

  it('counts the attempt of a Check whose verdict came after the answer changed, as the server does', async () => {
    const { user, networkBack } = await checkOfflineWithThreeAttempts();
    await user.click(screen.getByRole('radio', { name: 'Anonymous officials' }));
    await act(async () => networkBack());
    expect(
      await screen.findByText(ANSWER_CHANGED, { selector: '.exercise__note' }),
    ).toBeInTheDocument();
    expect(screen.getByText('2 attempts left')).toBeInTheDocument();
  });

  it('counts the attempt of a Check made before a reload whose answer changed since, and shows nothing of it', async () => {
    const { user, networkBack, reload } = await checkOfflineWithThreeAttempts();
    reload();
    await user.click(screen.getByRole('radio', { name: 'Anonymous officials' }));
    await act(async () => networkBack());
    expect(screen.getByText('2 attempts left')).toBeInTheDocument();
    expect(screen.queryByText('Not right.')).toBeNull();
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

  it('redraws the server’s verdict on the last Check after a reload, without the key', async () => {
    const { user, reload, fetchMock } = setup();
    await user.click(screen.getByRole('radio', { name: 'The Kremlin' }));
    await user.click(check());
    await screen.findByText('Not right.');
    reload();
    expect(await screen.findByText('Not right.')).toBeInTheDocument();
    expect(screen.getByText('The Kremlin is not quoted in paragraph 1.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalledWith(
      expect.stringContaining('/keys/'),
      expect.anything(),
    );
  });

  it('gives the lesson’s own hints, then those the class server hands out one at a time', async () => {
    const { user, recorded, goOffline, reload } = setup(['Look for “said”.', 'Look for “told”.']);
    const hint = () => screen.getByRole('button', { name: /hint/ });
    await user.click(hint());
    expect(await screen.findByText(OWN_HINT)).toBeInTheDocument();
    await user.click(hint());
    expect(await screen.findByText('Look for “said”.')).toBeInTheDocument();
    expect(recorded).toEqual(['hint', 'hint']);

    // Offline, the hints already given stay, and no hint is spent unseen.
    goOffline();
    await user.click(hint());
    expect(
      await screen.findByText(HINT_OFFLINE, { selector: '.exercise__note' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(HINT_OFFLINE);
    expect(screen.getByText('Look for “said”.')).toBeInTheDocument();
    expect(screen.queryByText('Look for “told”.')).toBeNull();
    expect(recorded).toEqual(['hint', 'hint']);
    reload();
    expect(screen.getByText(OWN_HINT)).toBeInTheDocument();
  });

  it('gives an automatic hint after a reload, asked of the class server again', async () => {
    const { user, reload } = setup(['Look for “said”.']);
    const hint = () => screen.getByRole('button', { name: /hint/ });
    await user.click(hint());
    await user.click(hint());
    await screen.findByText('Look for “said”.');
    reload();
    expect(await screen.findByText('Look for “said”.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /hint/ })).toBeNull();
  });
});
