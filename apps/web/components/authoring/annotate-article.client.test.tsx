import path from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { loadCorpus } from '@sayswho/core';
import { afterNextPaint, tapAtOnce } from '../exercises/test-helpers';
import { AnnotateArticle } from './annotate-article.client';

jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn() }) }));

const fixture = path.join(__dirname, '../../../../packages/core/src/corpus/fixtures/valid-story');
const article = loadCorpus(fixture).corpus.articles.find((a) => a.id === 'demo-a')!;

function annotate() {
  return render(
    <AnnotateArticle
      articleId={article.id}
      text={article.text}
      blocks={article.blocks}
      annotations={article.annotations}
    >
      <p>The article as drawn</p>
    </AnnotateArticle>,
  );
}

describe('the Annotate page’s form and list', () => {
  it('puts the form, with the text to mark, before the article as drawn and its list', () => {
    annotate();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['New annotation', 'Its annotations']);
    const form = screen.getByRole('form', { name: 'New annotation' });
    expect(
      within(form).getByRole('listbox', { name: 'Article text: mark the words' }),
    ).toBeTruthy();
    const list = screen.getByRole('region', { name: 'Its annotations' });
    expect(within(list).getByText('The article as drawn')).toBeTruthy();
  });

  it('Edit takes the teacher, and the screen reader, up to the form, which names the annotation and holds its fields', async () => {
    const { container } = annotate();
    await userEvent.click(screen.getByRole('button', { name: 'Edit a-minister' }));
    const heading = screen.getByRole('heading', { name: 'Edit a-minister' });
    expect(heading).toHaveFocus();
    const form = screen.getByRole('form', { name: 'Edit a-minister' });
    expect(within(form).getByLabelText('Explanation for students')).toHaveValue(
      'The minister is the source of the news about the bridge.',
    );
    expect(form).toHaveTextContent('Source: “the transport minister”');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('takes words dragged with the mouse as the source, and a word tapped on a touch screen as the cue', async () => {
    annotate();
    const user = userEvent.setup();
    const picker = screen.getByRole('listbox', { name: 'Article text: mark the words' });
    const word = (text: string) =>
      within(picker)
        .getAllByRole('option')
        .find((w) => w.textContent === text)!;
    await user.pointer([
      { keys: '[MouseLeft>]', target: word('transport') },
      { target: word('minister') },
      { keys: '[/MouseLeft]' },
    ]);
    // The picker sends a drag's marks in the frame after it draws them, as a person's next click comes.
    await afterNextPaint();
    await user.click(screen.getByRole('button', { name: 'Use the marked words as the source' }));
    await user.pointer({ keys: '[TouchA]', target: word('said') });
    await afterNextPaint();
    await user.click(screen.getByRole('button', { name: 'Use the marked words as the cue' }));
    const form = screen.getByRole('form', { name: 'New annotation' });
    expect(form).toHaveTextContent('Source: “transport minister”');
    expect(form).toHaveTextContent('Cue: “said”');
  });

  it('takes a word tapped just before the button, on a touch screen where no blur sends it', () => {
    annotate();
    const picker = screen.getByRole('listbox', { name: 'Article text: mark the words' });
    tapAtOnce(within(picker).getAllByRole('option', { name: 'said' })[0]!);
    tapAtOnce(screen.getByRole('button', { name: 'Use the marked words as the cue' }));
    expect(screen.getByRole('form', { name: 'New annotation' })).toHaveTextContent('Cue: “said”');
  });
});
