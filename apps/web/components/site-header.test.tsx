import { render, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { SiteHeader } from './site-header';

describe('the site header', () => {
  it('offers lessons, articles, the compare view and the guide in a named navigation landmark', () => {
    render(<SiteHeader />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Lessons', '/'],
      ['Articles', '/articles'],
      ['Compare versions', '/compare'],
      ['Teacher guide', '/guide'],
    ]);
  });

  it('has no accessibility violations', async () => {
    const { container } = render(<SiteHeader />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
