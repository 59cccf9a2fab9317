import { TextEncoder } from 'node:util';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { entryOf } from '@/lib/class-device/class-device.testdata';
import { createOutboxSender, QUIET_STATUS } from '@/lib/class-device/outbox-sender';
import { memoryOutbox } from '@/lib/class-device/outbox-store';
import { useStatusLine } from '@/components/offline/status-line';
import { classText } from '@/lib/ui-text/class';
import { ClassStatus, statusLineOf } from './class-status.client';

// jsdom has no TextEncoder; the outbox measures its batches with one.
globalThis.TextEncoder ??= TextEncoder as typeof globalThis.TextEncoder;

const quiet = QUIET_STATUS;

describe('the class status line', () => {
  it('says nothing before anything was sent, and leaves the line to the offline notice', () => {
    expect(statusLineOf(quiet, false)).toBeNull();
    expect(statusLineOf(quiet, true)).toBeNull();
  });

  it('says the work reached the teacher once nothing waits', () => {
    expect(statusLineOf({ ...quiet, sent: true }, false)).toBe(classText.status.sent);
  });

  it('says the work is saved here while the network or the server is down', () => {
    expect(statusLineOf({ ...quiet, waiting: 2, unreachable: true }, false)).toBe(
      classText.status.waiting,
    );
    expect(statusLineOf({ ...quiet, waiting: 1, sent: true }, true)).toBe(classText.status.waiting);
  });

  it('says why the server refused an event, and that it is kept', () => {
    expect(statusLineOf({ ...quiet, sent: true, rejected: 'unknown format' }, false)).toBe(
      classText.status.rejected('unknown format'),
    );
  });

  it('says the student was removed, and that the work stays on the device', () => {
    const refused = { code: 'removed', reason: 'Your teacher removed you from this class.' };
    expect(statusLineOf({ ...quiet, refused }, false)).toBe(classText.status.held(refused.reason));
  });

  it('says plainly, from the start, that a tab without IndexedDB keeps the work only until closed', () => {
    const memoryOnly = { ...quiet, memoryOnly: true };
    expect(statusLineOf(memoryOnly, false)).toBe(classText.status.memoryOnly);
    expect(statusLineOf({ ...memoryOnly, sent: true, waiting: 1 }, true)).toBe(
      classText.status.memoryOnly,
    );
    expect(statusLineOf({ ...memoryOnly, sent: true }, false)).toBe(classText.status.sent);
  });
});

/** jsdom has no Response: what the outbox reads of one. */
function answer(status: number, body: unknown): Response {
  return {
    ok: status < 300,
    status,
    headers: { get: () => null },
    json: async () => body,
  } as unknown as Response;
}

/** The page's status line, as the offline notices draw it. */
function StatusLine() {
  return <p role="status">{useStatusLine()}</p>;
}

describe('sending refused work again from the status line', () => {
  async function refusedOnce(secondAnswer: (ids: string[]) => Response) {
    let calls = 0;
    const fetchImpl = jest.fn(async (_url: string, init: RequestInit) => {
      calls += 1;
      const ids = (JSON.parse(String(init.body)) as { events: { id: string }[] }).events.map(
        (e) => e.id,
      );
      return calls === 1
        ? answer(200, {
            results: ids.map((id) => ({ id, status: 'rejected', reason: 'Unknown exercise.' })),
          })
        : secondAnswer(ids);
    });
    const sender = createOutboxSender({
      store: memoryOutbox(),
      fetchImpl: fetchImpl as unknown as typeof fetch,
    });
    render(
      <>
        <ClassStatus outbox={() => sender} />
        <StatusLine />
      </>,
    );
    await act(() => sender.queue(entryOf('e1')));
    await act(() => sender.flush());
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(classText.status.rejected('Unknown exercise.'));
    return { status, fetchImpl, user: userEvent.setup() };
  }

  it('offers "Send again" by keyboard, and says when the server took the work', async () => {
    const { status, fetchImpl, user } = await refusedOnce((ids) =>
      answer(200, { results: ids.map((id) => ({ id, status: 'recorded' })) }),
    );
    await user.tab();
    expect(screen.getByRole('button', { name: classText.status.sendAgain })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(fetchImpl).toHaveBeenCalledTimes(2);
    expect(status).toHaveTextContent(classText.status.sent);
    expect(screen.queryByRole('button', { name: classText.status.sendAgain })).toBeNull();
    // Not lost to the top of the page: focus stays where the answer is read.
    await waitFor(() => expect(status).toHaveFocus());
  });

  it('says when the server refused the work again, and keeps offering to send it', async () => {
    const { status, user } = await refusedOnce(() =>
      answer(422, { code: 'invalid', reason: 'Old format.' }),
    );
    await user.click(screen.getByRole('button', { name: classText.status.sendAgain }));
    expect(status).toHaveTextContent(classText.status.rejectedAgain('Old format.'));
    expect(screen.getByRole('button', { name: classText.status.sendAgain })).toBeEnabled();
  });
});
