import { render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { TryAgain } from './try-again';

describe('Try again on the offline pages', () => {
  it('opens the address the student asked for again, as plain HTML: it works before any script has run', () => {
    window.history.replaceState(null, '', '/class/0b4c/lessons/who-says-so');
    // The page as the server sent it, never hydrated.
    document.body.innerHTML = renderToStaticMarkup(<TryAgain />);
    // Testing Library's roles take no `a` with an empty href for a link; Chromium does (the
    // offline browser tests find it by its role).
    const link = screen.getByText('Try again');
    expect(link).toBeInstanceOf(HTMLAnchorElement);
    expect((link as HTMLAnchorElement).href).toBe(
      'http://localhost/class/0b4c/lessons/who-says-so',
    );
  });

  it('renders without warnings (React accepts an empty href on a link)', () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    render(<TryAgain />);
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});
