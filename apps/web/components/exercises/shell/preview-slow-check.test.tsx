import { act, render, screen } from '@testing-library/react';
import { authoringText } from '@/lib/ui-text/authoring';
import { PreviewSlowCheck, SLOW_CHECK_AFTER_MS } from './preview-slow-check';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('the live preview’s note on a slow first Check', () => {
  it('says what is happening once a Check has waited a few seconds, and goes when it is done', () => {
    const { rerender } = render(<PreviewSlowCheck busy />);
    act(() => jest.advanceTimersByTime(SLOW_CHECK_AFTER_MS - 100));
    expect(screen.queryByRole('status')).toBeNull();
    act(() => jest.advanceTimersByTime(200));
    expect(screen.getByRole('status')).toHaveTextContent(authoringText.previewFirstCheck);

    rerender(<PreviewSlowCheck busy={false} />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says nothing about a Check that answers quickly', () => {
    const { rerender } = render(<PreviewSlowCheck busy />);
    act(() => jest.advanceTimersByTime(500));
    rerender(<PreviewSlowCheck busy={false} />);
    act(() => jest.advanceTimersByTime(SLOW_CHECK_AFTER_MS * 2));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
