import { createRequire } from 'node:module';

const esmPackages = createRequire(import.meta.url)('../../jest.esm-packages.cjs');

/** Unit tests of the pure core: Node environment, TypeScript compiled by SWC, no build step. */
export default {
  displayName: 'core',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.[tj]s$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  // ES-module-only dependencies: see jest.esm-packages.cjs.
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
};
