import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NewArticleForm } from './new-article-form.client';

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock;
});

const BRIDGE =
  'Bridge reopens after repairs\nThe bridge will reopen.\nCritics slammed the delay.\n';

function renderForm() {
  render(<NewArticleForm stories={['bridge']} today="2026-01-05" />);
  return userEvent.setup();
}
/** Pastes into the field, as a teacher pastes an article: one event, not a key per letter. */
async function fill(
  user: ReturnType<typeof userEvent.setup>,
  label: string | RegExp,
  text: string,
) {
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
}
/** The form with its required fields filled in and the three details marked None. */
async function filledIn(user: ReturnType<typeof userEvent.setup>) {
  await fill(user, 'The article’s text', 'Headline\nOne paragraph.');
  await fill(user, /^Outlet/, 'Springfield Gazette');
  await fill(user, /^Story id/, 'bridge');
  await fill(user, /^Byline/, 'Dana Whitfield');
  for (const detail of ['Dateline', 'Wire', 'Address of the page'])
    await user.click(screen.getByRole('checkbox', { name: new RegExp(`None \\(${detail}`) }));
}
const split = () => screen.getByRole('region', { name: 'How the text is split' });

describe('the New article form', () => {
  it('reads a chosen .txt file and shows it split into a headline and numbered paragraphs; with no headline, the first line is paragraph 1', async () => {
    const user = renderForm();
    await user.upload(
      screen.getByLabelText('Or choose a .txt file'),
      // jsdom's File has no text(), which every browser the kit supports has.
      Object.assign(new File([BRIDGE], 'bridge.txt', { type: 'text/plain' }), {
        text: async () => BRIDGE,
      }),
    );
    expect(await within(split()).findByText('Headline: Bridge reopens after repairs')).toBeTruthy();
    const paragraphs = () =>
      within(split())
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(paragraphs()).toEqual(['The bridge will reopen.', 'Critics slammed the delay.']);

    await user.click(screen.getByRole('checkbox', { name: 'The first line is the headline' }));
    expect(within(split()).getByText('No headline: the first line is paragraph 1.')).toBeTruthy();
    expect(paragraphs()[0]).toBe('Bridge reopens after repairs');
  });

  it('sends none for each detail marked None, and the teacher’s words for the others', async () => {
    fetchMock.mockResolvedValue({ ok: true, json: async () => ({ articleId: 'x', written: [] }) });
    const user = renderForm();
    await filledIn(user);
    await user.click(screen.getByRole('button', { name: 'Save the article' }));
    expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toMatchObject({
      headline: true,
      byline: 'Dana Whitfield',
      dateline: 'none',
      wire: 'none',
      url: 'none',
    });
  });

  it('shows the check’s problems in place, above Save, when nothing was written', async () => {
    const problem =
      'article `bridge-gazette`: `published` 2026-02-30 is not a date — write it as YYYY-MM-DD';
    fetchMock.mockResolvedValue({
      ok: false,
      status: 422,
      json: async () => ({ problems: [problem] }),
    });
    const user = renderForm();
    await filledIn(user);
    await user.click(screen.getByRole('button', { name: 'Save the article' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was written. Fix these first:');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(problem);
    expect(screen.queryByRole('link', { name: /^Annotate it/ })).toBeNull();
  });
});
