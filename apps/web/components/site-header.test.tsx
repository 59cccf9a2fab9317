import { render, screen } from '@testing-library/react';
import { axe } from 'jest-axe';
import { SiteHeader } from './site-header';

describe('the site header', () => {
  it('offers the lessons in a named navigation landmark', () => {
    render(<SiteHeader />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toContainElement(screen.getByRole('link', { name: 'Lessons' }));
  });

  it('has no accessibility violations', async () => {
    const { container } = render(<SiteHeader />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
