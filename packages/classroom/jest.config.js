import { createRequire } from 'node:module';

const { esmPackages, nodeProject } = createRequire(import.meta.url)('../../jest.shared.cjs');

/** The shared project, with PGlite's CommonJS build (.cjs) compiled too. */
function project(displayName) {
  const base = nodeProject(displayName);
  const swc = Object.values(base.transform)[0];
  return {
    ...base,
    transform: { '^.+\\.(c?js|ts)$': swc },
    globalSetup: '<rootDir>/src/testing/global-setup.ts',
    globalTeardown: '<rootDir>/src/testing/global-teardown.ts',
    // PGlite's CommonJS build loads Node modules with import(), which Jest's sandbox cannot run
    // without --experimental-vm-modules: SWC compiles it to require().
    transformIgnorePatterns: [`/node_modules/(?!(@electric-sql/pglite|${esmPackages.join('|')})/)`],
  };
}

export default {
  projects: [
    { ...project('classroom'), testPathIgnorePatterns: ['\\.db\\.test\\.ts$'] },
    {
      ...project('classroom · PGlite'),
      testMatch: ['**/*.db.test.ts'],
      globals: { CLASSROOM_ENGINE: 'pglite' },
    },
    {
      ...project('classroom · PostgreSQL'),
      testMatch: ['**/*.db.test.ts'],
      globals: { CLASSROOM_ENGINE: 'postgres' },
    },
  ],
};
