import { render, screen } from '@testing-library/react';
import { axe } from 'jest-axe';
import { Discuss, Hint, KeyTerm, TeacherNote } from './content-boxes';

describe('the lesson content boxes', () => {
  it('shows a key term as a defined term with its definition, named for screen readers', () => {
    render(<KeyTerm term="attribution">Telling the reader who said something.</KeyTerm>);
    const box = screen.getByRole('note', { name: 'Key term: attribution' });
    expect(box.querySelector('dfn')).toHaveTextContent('attribution');
    expect(box).toHaveTextContent('Telling the reader who said something.');
  });

  it('labels discussion prompts, teacher notes and hints in words, not only by look', () => {
    render(
      <>
        <Discuss>Why might an editor cut this paragraph?</Discuss>
        <TeacherNote>Ask pairs to compare.</TeacherNote>
        <Hint number={2}>Look for a verb of saying.</Hint>
      </>,
    );
    expect(screen.getByRole('note', { name: 'Discuss' })).toHaveTextContent(/^Discuss/);
    expect(screen.getByRole('note', { name: 'Teacher note' })).toHaveTextContent(
      'Ask pairs to compare.',
    );
    expect(screen.getByRole('note', { name: 'Hint 2' })).toHaveTextContent(
      'Look for a verb of saying.',
    );
  });

  it('has no accessibility violations', async () => {
    const { container } = render(
      <>
        <KeyTerm term="cue">A word such as “said”.</KeyTerm>
        <Discuss>Talk about it.</Discuss>
        <Hint>Try the first sentence.</Hint>
      </>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
