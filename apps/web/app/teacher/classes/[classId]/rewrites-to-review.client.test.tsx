import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LiveClass } from '@/components/class-results/live-class.client';
import {
  FakeEventSource,
  rosterRowOf,
  installFakeEventSource,
} from '@/components/class-results/live-class.testdata';
import type { ClassView, RewriteToReview } from '@/lib/teacher-class/class-view';
import { RewritesToReview } from './rewrites-to-review.client';

jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn() }) }));

const rewrite = (studentId: string, text: string): RewriteToReview => ({
  studentId,
  label: studentId === 's1' ? 'Ada' : 'Bo',
  eventId: `e-${studentId}`,
  text,
  verdict: 'for-teacher-review',
  review: null,
});
const viewOf = (rewrites: RewriteToReview[]): ClassView => ({
  exercises: [],
  difficult: [],
  open: null,
  roster: {
    page: 1,
    pages: 1,
    total: 2,
    first: 1,
    rows: [rosterRowOf('s1', 'Ada'), rosterRowOf('s2', 'Bo')],
    timeZone: 'UTC',
  },
  rewrites: [
    {
      key: 'battered/rewrite',
      lessonTitle: 'Battered or clobbered?',
      exerciseId: 'rewrite',
      rewrites,
    },
  ],
});

/** What the view route answers next. */
let view: ClassView;

beforeEach(() => {
  installFakeEventSource();
  globalThis.fetch = jest.fn(
    async () => ({ ok: true, json: async () => view }) as Response,
  ) as unknown as typeof fetch;
});

function renderPage(initial: ClassView) {
  render(
    <LiveClass classId="c1" query={{ students: 1 }} initial={initial}>
      <RewritesToReview classId="c1" maxComment={200} />
    </LiveClass>,
  );
  return FakeEventSource.last;
}

/** A student checks a rewrite: the stream says so and the view route answers `next`. */
async function studentChecks(stream: FakeEventSource, next: ClassView) {
  view = next;
  await act(async () =>
    stream.onmessage!({ data: JSON.stringify({ kind: 'events', classId: 'c1' }) }),
  );
}

const rewriteOf = (label: string) =>
  screen
    .getAllByRole('listitem')
    .find((li) => within(li).queryByRole('heading', { name: label, level: 4 }))!;

describe('the rewrites to review', () => {
  it('shows a rewrite checked while the page is open, and says whose politely', async () => {
    const stream = renderPage(viewOf([]));
    expect(screen.getByText('No rewrites checked yet.')).toBeInTheDocument();
    await studentChecks(stream, viewOf([rewrite('s2', 'Russian forces hit the city again.')]));
    expect(screen.queryByText('No rewrites checked yet.')).not.toBeInTheDocument();
    expect(within(rewriteOf('Bo')).getByRole('blockquote')).toHaveTextContent(
      'Russian forces hit the city again.',
    );
    expect(
      within(rewriteOf('Bo')).getByRole('group', { name: 'Your verdict on Bo’s rewrite' }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByRole('status').find((s) => s.textContent!.startsWith('New rewrite')),
    ).toHaveTextContent('New rewrite to review, from Bo.');
  });

  it('keeps the text and focus of a review being written when another student’s rewrite arrives', async () => {
    const stream = renderPage(viewOf([rewrite('s1', 'Forces hit the city.')]));
    const user = userEvent.setup();
    const ada = rewriteOf('Ada');
    await user.click(within(ada).getByRole('radio', { name: 'Needs work' }));
    const comment = within(ada).getByRole('textbox', { name: /Comment/ });
    await user.type(comment, 'Who hit wh');
    await studentChecks(
      stream,
      viewOf([rewrite('s1', 'Forces hit the city.'), rewrite('s2', 'They hit it again.')]),
    );
    expect(rewriteOf('Bo')).toBeInTheDocument();
    expect(within(rewriteOf('Ada')).getByRole('textbox', { name: /Comment/ })).toBe(comment);
    expect(comment).toHaveFocus();
    await user.type(comment, 'at?');
    expect(comment).toHaveValue('Who hit what?');
    expect(within(rewriteOf('Ada')).getByRole('radio', { name: 'Needs work' })).toBeChecked();
  });

  it('shows the review a teacher saved once the view has it', async () => {
    const stream = renderPage(viewOf([rewrite('s1', 'Forces hit the city.')]));
    expect(within(rewriteOf('Ada')).getByText(/Your review/)).toHaveTextContent(
      'Not reviewed yet.',
    );
    await studentChecks(
      stream,
      viewOf([
        {
          ...rewrite('s1', 'Forces hit the city.'),
          review: { verdict: 'fair', comment: 'Plain.' },
        },
      ]),
    );
    expect(within(rewriteOf('Ada')).getByText(/Your review/)).toHaveTextContent(
      'Your review: Good — Plain.',
    );
  });
});
