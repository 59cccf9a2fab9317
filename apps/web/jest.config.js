// Component tests: jsdom + Testing Library, compiled by Next's own SWC setup (next/jest).
const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: __dirname });

module.exports = createJestConfig({
  displayName: 'web',
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/components', '<rootDir>/lib', '<rootDir>/app'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
});
