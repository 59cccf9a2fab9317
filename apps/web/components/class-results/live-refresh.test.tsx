import { act, render, screen } from '@testing-library/react';
import { LiveRefresh, REFRESH_INTERVAL_MS } from './live-refresh.client';

const refresh = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh }) }));

/** The one stream the component opens, driven by the test. */
class FakeEventSource {
  static last: FakeEventSource;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  close() {
    this.closed = true;
  }
}

beforeEach(() => {
  jest.useFakeTimers();
  refresh.mockClear();
  (globalThis as { EventSource?: unknown }).EventSource = FakeEventSource;
});
afterEach(() => jest.useRealTimers());

const message = (kind: string) => ({ data: JSON.stringify({ kind, classId: 'c1' }) });

describe('the live refresh of the class page', () => {
  it('listens to the class’s stream and refreshes once for a burst of 30 Checks, then once more', () => {
    const { unmount } = render(<LiveRefresh classId="c1" />);
    const source = FakeEventSource.last;
    expect(source.url).toBe('/api/class/teacher/classes/c1/live');
    expect(screen.getByRole('status')).toHaveTextContent('Connecting to live updates…');
    act(() => source.onopen!());
    act(() => {
      for (let i = 0; i < 30; i++) source.onmessage!(message('events'));
    });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent(/^Updated at \d\d:\d\d/);
    act(() => jest.advanceTimersByTime(REFRESH_INTERVAL_MS));
    expect(refresh).toHaveBeenCalledTimes(2);
    unmount();
    expect(source.closed).toBe(true);
  });

  it('says when the stream is lost and it is reconnecting', () => {
    render(<LiveRefresh classId="c1" />);
    act(() => FakeEventSource.last.onerror!());
    expect(screen.getByRole('status')).toHaveTextContent('Live updates paused: reconnecting…');
  });
});
