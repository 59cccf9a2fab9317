import { act, render, screen } from '@testing-library/react';
import type { ClassView } from '@/lib/teacher-class/class-view';
import { LiveClass, LiveStatus, REFRESH_INTERVAL_MS, useClassView } from './live-class.client';
import { FakeEventSource, installFakeEventSource } from './live-class.testdata';

const viewWith = (checked: number): ClassView => ({
  exercises: [
    {
      key: 'who-says-so/find-cues',
      statuses: { checked, working: 0, 'answer-shown': 0, 'not-started': 3 - checked },
    },
  ],
  difficult: [],
  open: null,
  roster: null,
  rewrites: null,
});

/** Stands for a live part of the page: what the view says now. */
function Checked() {
  return <p data-testid="checked">{useClassView().exercises[0]!.statuses.checked}</p>;
}

/** The view route's answers, in the order the test releases them. */
let answers: ((view: ClassView | null) => void)[] = [];
const fetched: string[] = [];

beforeEach(() => {
  jest.useFakeTimers();
  answers = [];
  fetched.length = 0;
  installFakeEventSource();
  globalThis.fetch = jest.fn(
    (url: string) =>
      new Promise((resolve) => {
        fetched.push(url);
        answers.push((view) =>
          resolve(
            view
              ? ({ ok: true, json: async () => view } as Response)
              : ({ ok: false, status: 401 } as Response),
          ),
        );
      }),
  ) as unknown as typeof fetch;
});
afterEach(() => jest.useRealTimers());

function renderLive() {
  return render(
    <LiveClass
      classId="c1"
      query={{ exercise: 'who-says-so/find-cues', students: 2 }}
      initial={viewWith(0)}
    >
      <LiveStatus />
      <Checked />
    </LiveClass>,
  );
}

const message = { data: JSON.stringify({ kind: 'events', classId: 'c1' }) };

describe('the live class page', () => {
  it('fetches the view it shows once for a burst of 30 Checks, redraws it, then once more', async () => {
    const { unmount } = renderLive();
    const source = FakeEventSource.last;
    expect(source.url).toBe('/api/class/teacher/classes/c1/live');
    expect(screen.getByRole('status')).toHaveTextContent('Connecting to live updates…');
    act(() => source.onopen!());
    expect(screen.getByRole('status')).toHaveTextContent('Live: this updates by itself');
    act(() => {
      for (let i = 0; i < 30; i++) source.onmessage!(message);
    });
    expect(fetched).toEqual([
      '/api/class/teacher/classes/c1/view?exercise=who-says-so/find-cues&students=2',
    ]);
    await act(async () => answers[0]!(viewWith(2)));
    expect(screen.getByTestId('checked')).toHaveTextContent('2');
    expect(screen.getByRole('status')).toHaveTextContent(/^Updated at \d\d:\d\d/);
    act(() => jest.advanceTimersByTime(REFRESH_INTERVAL_MS));
    expect(fetched).toHaveLength(2);
    unmount();
    expect(source.closed).toBe(true);
  });

  it('keeps the newer view when an older fetch answers last', async () => {
    renderLive();
    const source = FakeEventSource.last;
    act(() => source.onmessage!(message));
    act(() => jest.advanceTimersByTime(REFRESH_INTERVAL_MS));
    act(() => source.onmessage!(message));
    expect(fetched).toHaveLength(2);
    await act(async () => answers[1]!(viewWith(3)));
    await act(async () => answers[0]!(viewWith(1)));
    expect(screen.getByTestId('checked')).toHaveTextContent('3');
  });

  it('says so when the view cannot be fetched, and keeps what it showed', async () => {
    renderLive();
    act(() => FakeEventSource.last.onmessage!(message));
    await act(async () => answers[0]!(null));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Live updates could not fetch the latest results; they try again at the next change. If this stays, reload the page.',
    );
    expect(screen.getByTestId('checked')).toHaveTextContent('0');
  });

  it('says when the stream is lost and it is reconnecting', () => {
    renderLive();
    act(() => FakeEventSource.last.onerror!());
    expect(screen.getByRole('status')).toHaveTextContent('Live updates paused: reconnecting…');
  });
});
