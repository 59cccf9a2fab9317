/**
 * @jest-environment node
 */
import {
  PHASE_DEVELOPMENT_SERVER,
  PHASE_EXPORT,
  PHASE_PRODUCTION_BUILD,
  PHASE_PRODUCTION_SERVER,
} from 'next/constants';
import nextConfig from '../../next.config';

describe('the authoring pages exist in next dev only', () => {
  it('next dev serves page.author.tsx and route.author.ts', () => {
    expect(nextConfig(PHASE_DEVELOPMENT_SERVER).pageExtensions).toEqual(
      expect.arrayContaining(['author.tsx', 'author.ts']),
    );
  });

  it.each([PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER, PHASE_EXPORT])(
    '%s has no authoring page or route, so their addresses are a 404',
    (phase) => {
      expect(nextConfig(phase).pageExtensions?.filter((e) => e.startsWith('author'))).toEqual([]);
    },
  );
});
