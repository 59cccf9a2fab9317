// Component tests: jsdom + Testing Library, compiled by Next's own SWC setup (next/jest).
const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: __dirname });

const config = createJestConfig({
  displayName: 'web',
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/components', '<rootDir>/lib', '<rootDir>/app'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
});

// Tests build exercises from the real corpus and check lessons, which use ES-module-only packages
// (jest.shared.cjs); next/jest ignores all of node_modules, so let SWC compile those.
const { esmPackages } = require('../../jest.shared.cjs');

module.exports = async () => {
  const resolved = await config();
  return {
    ...resolved,
    transformIgnorePatterns: resolved.transformIgnorePatterns.map((p) =>
      p.replace(
        '/node_modules/(?!.pnpm)(?!(',
        `/node_modules/(?!.pnpm)(?!(${esmPackages.join('|')}|`,
      ),
    ),
  };
};
