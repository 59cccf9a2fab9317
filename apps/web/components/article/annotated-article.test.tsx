import { render, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { AnnotatedArticle } from './annotated-article';
import { testArticle } from './article.testdata';

describe('the annotated article', () => {
  it('offers one checkbox per layer the article has, named with its count, checked for the layers shown at first', () => {
    render(<AnnotatedArticle article={testArticle} initialLayers={['loaded-wording']} />);
    const boxes = within(screen.getByRole('group', { name: 'Show on the text' })).getAllByRole(
      'checkbox',
    );
    // The stylesheet shows a layer's marks where the checkbox with the layer as its value is checked.
    expect(
      boxes.map((box) => [(box as HTMLInputElement).value, (box as HTMLInputElement).checked]),
    ).toEqual([
      ['attribution', false],
      ['claims', false],
      ['loaded-wording', true],
      ['structure', false],
    ]);
    expect(screen.getByRole('checkbox', { name: 'Who says so (2 marks)' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Loaded wording (1 mark)' })).toBeChecked();
  });

  it('links each marker to a note that explains the mark, and back', () => {
    render(<AnnotatedArticle article={testArticle} />);
    const marker = screen.getByRole('link', { name: /^L1\b.*note on Loaded wording$/ });
    const noteId = marker.getAttribute('href')!.slice(1);
    const note = document.getElementById(noteId)!;
    expect(note).toHaveTextContent('“Battered” suggests repeated blows.');
    expect(note).toHaveTextContent('Plainer wordshit, struck');
    expect(within(note).getByRole('link', { name: 'Back to L1 in the text' })).toHaveAttribute(
      'href',
      `#${marker.id}`,
    );
  });

  it('numbers paragraphs in the margin, shows the headline as a heading and the summary box as a list', () => {
    render(<AnnotatedArticle article={testArticle} headlineLevel={1} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Mines for Ukraine/);
    expect(screen.getByText('KYIV, Ukraine', { exact: false }).closest('p')).toHaveTextContent(
      /^Paragraph 1/,
    );
    const box = screen.getByRole('complementary', { name: 'Summary box' });
    expect(within(box).getAllByRole('listitem')).toHaveLength(1);
  });

  it('credits the outlet and the wire service', () => {
    render(<AnnotatedArticle article={testArticle} paragraphs={[1, 1]} />);
    expect(screen.getByText(/as published by the Test Gazette/)).toBeInTheDocument();
  });

  it('keeps teacher notes out of the student view', () => {
    const withNote = {
      ...testArticle,
      annotations: testArticle.annotations.map((a) =>
        a.id === 'test-battered' ? { ...a, teacherNote: 'Ask who chose the word.' } : a,
      ),
    };
    const { unmount } = render(<AnnotatedArticle article={withNote} />);
    expect(screen.queryByText(/Ask who chose the word/)).not.toBeInTheDocument();
    unmount();
    render(<AnnotatedArticle article={withNote} teacher />);
    expect(screen.getByText(/Ask who chose the word/)).toBeInTheDocument();
  });

  it('shows a fixed legend instead of switches when the layers are not switchable', () => {
    render(<AnnotatedArticle article={testArticle} layers={['claims']} switchable={false} />);
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Key to the marks' })).toHaveTextContent(
      'Unverified claims (1 mark)',
    );
  });

  it('has no accessibility violations', async () => {
    const { container } = render(<AnnotatedArticle article={testArticle} headlineLevel={1} />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
