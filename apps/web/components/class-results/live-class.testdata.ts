/**
 * For the tests of the class page's live parts: the one stream `LiveClass` opens, driven by the
 * test, and a roster row with only what the live parts read.
 */
import type { RosterRow } from '@/lib/teacher-class/class-view';

export class FakeEventSource {
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

/** Stands in for the browser's `EventSource` in the test's page. */
export function installFakeEventSource() {
  (globalThis as { EventSource?: unknown }).EventSource = FakeEventSource;
}

export const rosterRowOf = (id: string, label: string): RosterRow => ({
  id,
  label,
  lastSeenMs: null,
  nowMs: 0,
  minutes: 0,
  cells: [],
});
