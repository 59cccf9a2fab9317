import { classText } from '@/lib/ui-text/class';
import type { OutboxStatus } from '@/lib/class-device/outbox-sender';
import { statusLineOf } from './class-status.client';

const quiet: OutboxStatus = {
  waiting: 0,
  unreachable: false,
  sent: false,
  rejected: null,
  refused: null,
};

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
});
