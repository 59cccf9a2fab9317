import { throttle } from './throttle';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('throttle', () => {
  it('runs the first request at once and a burst of others once, an interval later', () => {
    const run = jest.fn();
    const refresh = throttle(run, 1000);
    refresh.request();
    expect(run).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 30; i++) {
      jest.advanceTimersByTime(20);
      refresh.request();
    }
    expect(run).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs a request long after the last one at once', () => {
    const run = jest.fn();
    const refresh = throttle(run, 1000);
    refresh.request();
    jest.advanceTimersByTime(5000);
    refresh.request();
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs nothing pending once cancelled', () => {
    const run = jest.fn();
    const refresh = throttle(run, 1000);
    refresh.request();
    refresh.request();
    refresh.cancel();
    jest.advanceTimersByTime(2000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
