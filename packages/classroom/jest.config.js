import { createRequire } from 'node:module';

const { esmPackages, nodeProject } = createRequire(import.meta.url)('../../jest.shared.cjs');

/** The shared project, with PGlite's CommonJS build (.cjs) compiled too. */
function project(displayName, setup) {
  const base = nodeProject(displayName);
  const swc = Object.values(base.transform)[0];
  return {
    ...base,
    transform: { '^.+\\.(c?js|ts)$': swc },
    // One module per project: Jest runs a global setup module once, for the first project using it.
    globalSetup: `<rootDir>/src/testing/global-setup-${setup}.ts`,
    globalTeardown: '<rootDir>/src/testing/global-teardown.ts',
    // PGlite's CommonJS build loads Node modules with import(), which Jest's sandbox cannot run
    // without --experimental-vm-modules: SWC compiles it to require().
    transformIgnorePatterns: [`/node_modules/(?!(@electric-sql/pglite|${esmPackages.join('|')})/)`],
  };
}

export default {
  // Opening a database (PGlite loads a data folder into memory) takes seconds on a busy machine.
  testTimeout: 20_000,
  projects: [
    { ...project('classroom', 'unit'), testPathIgnorePatterns: ['\\.db\\.test\\.ts$'] },
    {
      ...project('classroom · PGlite', 'pglite'),
      testEnvironment: '<rootDir>/src/testing/pglite-environment.ts',
      testMatch: ['**/*.db.test.ts'],
      globals: { CLASSROOM_ENGINE: 'pglite' },
    },
    {
      ...project('classroom · PostgreSQL', 'postgres'),
      testMatch: ['**/*.db.test.ts'],
      globals: { CLASSROOM_ENGINE: 'postgres' },
    },
  ],
};
