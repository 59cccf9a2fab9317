import { act, render, screen, within } from '@testing-library/react';
import { LiveClass } from '@/components/class-results/live-class.client';
import {
  FakeEventSource,
  rosterRowOf,
  installFakeEventSource,
} from '@/components/class-results/live-class.testdata';
import type { ClassView, RosterRow } from '@/lib/teacher-class/class-view';
import { LiveStudents } from './live-students.client';

jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn() }) }));

const viewOf = (rows: RosterRow[]): ClassView => ({
  exercises: [],
  difficult: [],
  open: null,
  roster: { page: 1, pages: 1, total: rows.length, first: 1, rows, timeZone: 'UTC' },
  rewrites: [],
});
const student = (id: string, name: string, label = name) => ({
  id,
  name,
  label,
  joinOrder: 1,
  rejoinCode: 'ABCD',
  devices: 1,
  joinedAt: '2026-03-10T09:00:00.000Z',
});

/** What the view and roster routes answer next. */
let view: ClassView;
let roster: ReturnType<typeof student>[];
const fetched: string[] = [];

beforeEach(() => {
  installFakeEventSource();
  fetched.length = 0;
  globalThis.fetch = jest.fn(async (url: string) => {
    fetched.push(url);
    const body = url.includes('/view') ? view : roster;
    return { ok: true, json: async () => body } as Response;
  }) as unknown as typeof fetch;
});

function renderPage() {
  view = viewOf([rosterRowOf('s1', 'Ada')]);
  roster = [student('s1', 'Ada')];
  render(
    <LiveClass classId="c1" query={{ students: 1 }} initial={view}>
      <h2 id="roster-heading">Students</h2>
      <LiveStudents
        classId="c1"
        maxName={40}
        classmates={[{ id: 's1', label: 'Ada' }]}
        students={[{ ...student('s1', 'Ada'), joined: '10 Mar 2026, 09:00' }]}
      />
    </LiveClass>,
  );
  return FakeEventSource.last;
}

const names = () =>
  within(screen.getByRole('list', { name: 'Students' }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('the class page’s list of students', () => {
  it('shows a student who joins while it is open, told apart by label, and says so politely', async () => {
    const stream = renderPage();
    expect(names()).toEqual(['Ada']);
    view = viewOf([rosterRowOf('s1', 'Ada'), rosterRowOf('s2', 'Ada (2)')]);
    roster = [student('s1', 'Ada'), student('s2', 'Ada', 'Ada (2)')];
    await act(async () =>
      stream.onmessage!({ data: JSON.stringify({ kind: 'joined', classId: 'c1' }) }),
    );
    expect(names()).toEqual(['Ada', 'Ada (2)']);
    expect(screen.getByText('2 students in this class')).toBeInTheDocument();
    expect(
      screen.getAllByRole('status').find((s) => s.textContent!.startsWith('Last to join')),
    ).toHaveTextContent('Last to join: Ada (2).');
  });

  it('asks the roster again only when students change, not on every Check', async () => {
    const stream = renderPage();
    await act(async () =>
      stream.onmessage!({ data: JSON.stringify({ kind: 'events', classId: 'c1' }) }),
    );
    expect(fetched.filter((url) => url.endsWith('/students'))).toEqual([]);
    expect(fetched).toHaveLength(1);
  });
});
