/** Unit tests of the pure core: Node environment, TypeScript compiled by SWC, no build step. */
export default {
  displayName: 'core',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.[tj]s$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  // Some of our dependencies ship only ES modules; let SWC compile those few to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(approx-string-match)/)'],
};
