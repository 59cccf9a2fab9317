import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReviewForm } from './review-form.client';

const refresh = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh }) }));

const fetchMock = jest.fn();
/** What `fetch` resolves to, as far as the island reads it (jsdom has no `Response`). */
const answer = (status: number, body: unknown) => ({
  ok: status < 400,
  status,
  statusText: '',
  json: async () => body,
});

beforeEach(() => {
  fetchMock.mockReset();
  refresh.mockReset();
  global.fetch = fetchMock;
});

function renderForm(saved: Parameters<typeof ReviewForm>[0]['saved'] = null) {
  render(
    <ReviewForm classId="c1" eventId="e1" studentLabel="Sam (2)" saved={saved} maxComment={20} />,
  );
  return userEvent.setup();
}

test('a verdict and comment go to the reviews route; the page refreshes and says it is saved', async () => {
  fetchMock.mockResolvedValue(answer(200, { eventId: 'e1' }));
  const user = renderForm();
  await user.click(screen.getByRole('radio', { name: 'Needs work' }));
  await user.type(screen.getByLabelText(/Comment/), ' Say who hit what. ');
  await user.click(screen.getByRole('button', { name: 'Save the review' }));
  expect(
    await screen.findByText('Review of Sam (2)’s rewrite saved; it reaches their device.'),
  ).toHaveAttribute('role', 'status');
  expect(fetchMock).toHaveBeenCalledWith('/api/class/teacher/classes/c1/reviews', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ eventId: 'e1', verdict: 'try-again', comment: 'Say who hit what.' }),
  });
  expect(refresh).toHaveBeenCalled();
});

test('without a verdict nothing is sent and the error is said in words at the choice', async () => {
  const user = renderForm();
  await user.click(screen.getByRole('button', { name: 'Save the review' }));
  const group = screen.getByRole('group', { name: 'Your verdict on Sam (2)’s rewrite' });
  expect(group).toHaveAccessibleDescription('Error: Choose “Good” or “Needs work”.');
  expect(screen.getByRole('radio', { name: 'Good' })).toHaveFocus();
  expect(fetchMock).not.toHaveBeenCalled();
});

test('a comment over the limit is refused before sending, at the field', async () => {
  const user = renderForm();
  await user.click(screen.getByRole('radio', { name: 'Good' }));
  await user.type(screen.getByLabelText(/Comment/), 'x'.repeat(21));
  await user.click(screen.getByRole('button', { name: 'Save the review' }));
  expect(screen.getByLabelText(/Comment/)).toHaveAccessibleDescription(
    'Error: Keep the comment to 20 characters.',
  );
  expect(screen.getByLabelText(/Comment/)).toHaveFocus();
  expect(fetchMock).not.toHaveBeenCalled();
});

test('the server’s refusal is announced with its reason', async () => {
  fetchMock.mockResolvedValue(answer(404, { reason: 'There is no such rewrite in this class.' }));
  const user = renderForm({ verdict: 'fair', comment: 'Plain.' });
  expect(screen.getByRole('radio', { name: 'Good' })).toBeChecked();
  await user.click(screen.getByRole('button', { name: 'Save the review' }));
  expect(
    await screen.findByText('That did not work: There is no such rewrite in this class.'),
  ).toHaveAttribute('role', 'status');
  expect(refresh).not.toHaveBeenCalled();
});
