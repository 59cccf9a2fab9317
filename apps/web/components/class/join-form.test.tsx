import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { renderToStaticMarkup } from 'react-dom/server';
import { CLASS_DEVICE_KEY } from '@/lib/class-device/device-place';
import { PROGRESS_STORAGE_KEY } from '@/lib/progress/progress-storage';
import { classText } from '@/lib/ui-text/class';
import { JoinForm } from './join-form.client';

jest.setTimeout(20_000);

const joined = {
  student: { id: 's1', name: 'Ada' },
  class: { id: 'c1', name: 'Period 3', lessons: [{ slug: 'who-says-so', title: 'Who says so?' }] },
  deviceToken: 'token-ada',
};

function serve(status: number, body: unknown, headers: Record<string, string> = {}) {
  // jsdom has no Response: what the join form reads of one.
  const fetchMock = jest.fn(async () =>
    status === 0
      ? Promise.reject(new TypeError('Failed to fetch'))
      : ({
          ok: status < 300,
          status,
          headers: { get: (name: string) => headers[name] ?? null },
          json: async () => body,
        } as unknown as Response),
  );
  global.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

async function joinAs(name: string, code = 'ABC123') {
  const user = userEvent.setup();
  const view = render(<JoinForm initialCode={code} />);
  await user.type(screen.getByLabelText(classText.nameLabel), name);
  await user.click(screen.getByRole('button', { name: classText.join }));
  return { user, ...view };
}

beforeEach(() => {
  localStorage.clear();
  serve(200, joined);
});

describe('the join form', () => {
  it('cannot be sent before the page’s script runs, so a name or rejoin code never goes into the address', () => {
    // The page as the server sent it: a native submit would put the fields in this page's URL.
    document.body.innerHTML = renderToStaticMarkup(<JoinForm initialCode="ABC123" />);
    const page = within(document.body);
    expect(page.getByRole('button', { name: classText.join })).toBeDisabled();
    expect(page.getByRole('button', { name: classText.rejoin })).toBeDisabled();
    document.body.innerHTML = '';

    render(<JoinForm initialCode="ABC123" />);
    expect(screen.getByRole('button', { name: classText.join })).toBeEnabled();
    expect(screen.getByRole('button', { name: classText.rejoin })).toBeEnabled();
  });

  it('takes the code from the join link and is accessible', async () => {
    const { container } = render(<JoinForm initialCode="ABC123" />);
    expect(screen.getAllByLabelText(classText.codeLabel)[0]).toHaveValue('ABC123');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says what the server says about a wrong code, and stays on the form', async () => {
    serve(404, {
      code: 'not-found',
      reason: 'No class has this code. Check it with your teacher.',
    });
    await joinAs('Ada');
    expect(
      await screen.findByText('No class has this code. Check it with your teacher.'),
    ).toBeVisible();
    expect(localStorage.getItem(CLASS_DEVICE_KEY)).toBeNull();
  });

  it('says how long to wait when the network tried too often', async () => {
    serve(429, { code: 'rate-limited', reason: 'Too many tries.' }, { 'Retry-After': '30' });
    await joinAs('Ada');
    expect(await screen.findByText(classText.waitRateLimit(30))).toBeVisible();
  });

  it('says the server cannot be reached when the network is down', async () => {
    serve(0, null);
    await joinAs('Ada');
    expect(await screen.findByText(classText.networkDown)).toBeVisible();
  });

  it('asks for a name before it asks the server', async () => {
    const fetchMock = serve(200, joined);
    const user = userEvent.setup();
    render(<JoinForm initialCode="ABC123" />);
    await user.click(screen.getByRole('button', { name: classText.join }));
    expect(screen.getByText(classText.nameMissing)).toBeVisible();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('keeps the device’s place, and asks before bringing earlier answers into the class', async () => {
    localStorage.setItem(
      PROGRESS_STORAGE_KEY,
      JSON.stringify({
        version: 1,
        lessons: {
          'who-says-so': {
            fingerprint: 'f1',
            exercises: {
              'us-officials': {
                answer: { type: 'choice', chosen: ['a'] },
                answerText: 'a',
                attempts: 0,
                hintsUsed: 0,
                answerShown: false,
                bestScore: null,
                lastScore: null,
                completed: false,
                updatedAt: '2026-12-01T10:00:00.000Z',
              },
            },
          },
        },
      }),
    );
    serve(200, joined);
    await joinAs('Ada');
    expect(await screen.findByText(classText.earlierWorkQuestion(1))).toBeVisible();
    expect(screen.getByRole('button', { name: classText.bringWork })).toBeVisible();
    expect(JSON.parse(localStorage.getItem(CLASS_DEVICE_KEY)!)).toMatchObject({
      token: 'token-ada',
      student: { name: 'Ada' },
    });
  });
});
