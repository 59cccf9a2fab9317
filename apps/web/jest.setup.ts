import '@testing-library/jest-dom';
// For the matcher's types only: type imports are dropped when compiled.
import type * as JestAxe from 'jest-axe';

type AxeResults = Parameters<typeof JestAxe.toHaveNoViolations.toHaveNoViolations>[0];

// jest-axe loads axe-core (about 0.15 s of CPU in each test file's fresh module registry), and
// most component test files never check accessibility, so the matcher loads it on first use.
// The files that run axe import jest-axe themselves.
expect.extend({
  toHaveNoViolations(results: AxeResults) {
    const { toHaveNoViolations } = jest.requireActual<typeof JestAxe>('jest-axe');
    return toHaveNoViolations.toHaveNoViolations(results);
  },
});
