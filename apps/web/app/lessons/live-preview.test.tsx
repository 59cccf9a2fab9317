import { render, screen } from '@testing-library/react';
import { LivePreview } from './live-preview';

// The watcher listens to the dev server's events, which a test has none of.
jest.mock('./live-preview/live-preview.client', () => ({ LivePreviewClient: () => null }));
jest.mock('@/lib/lessons/lesson-kit', () => ({ filesVersion: () => 'v1' }));

const inMode = (mode: string) => Object.assign(process.env, { NODE_ENV: mode });
afterEach(() => inMode('test'));

describe('the live preview on a lesson page', () => {
  it('links a teacher in npm run dev to the authoring pages', () => {
    inMode('development');
    render(<LivePreview />);
    expect(screen.getByRole('link', { name: 'Add and annotate articles' })).toHaveAttribute(
      'href',
      '/author',
    );
  });

  it('is not on a page of npm start or the static export, where those pages do not exist', () => {
    inMode('production');
    const { container } = render(<LivePreview />);
    expect(container).toBeEmptyDOMElement();
  });
});
