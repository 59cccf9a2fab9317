// Two projects: the component tests (jsdom + Testing Library, compiled by Next's own SWC setup,
// next/jest), and the class server's route handlers and helpers (Node, against a test database
// the classroom package's global setup prepares once per run).
const nextJest = require('next/jest');
const { esmPackages, nodeProject } = require('../../jest.shared.cjs');

const createJestConfig = nextJest({ dir: __dirname });

const classServerRoots = ['<rootDir>/app/api/class', '<rootDir>/lib/class-server'];

const config = createJestConfig({
  displayName: 'web',
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/components', '<rootDir>/lib', '<rootDir>/app'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/app/api/class/', '/lib/class-server/'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
});

function classServerProject() {
  const base = nodeProject('web · class server');
  const swc = Object.values(base.transform)[0];
  const classroomTesting = '<rootDir>/../../packages/classroom/src/testing';
  return {
    ...base,
    rootDir: __dirname,
    roots: classServerRoots,
    transform: { '^.+\\.(c?js|ts)$': swc },
    // PGlite's CommonJS build loads Node modules with import(): SWC compiles it to require()
    // (as in packages/classroom/jest.config.js).
    transformIgnorePatterns: [`/node_modules/(?!(@electric-sql/pglite|${esmPackages.join('|')})/)`],
    moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
    // One migrated PGlite per Jest worker, borrowed by each test file in turn.
    testEnvironment: `${classroomTesting}/pglite-environment.ts`,
    globalSetup: `${classroomTesting}/global-setup-pglite.ts`,
    globalTeardown: `${classroomTesting}/global-teardown.ts`,
  };
}

module.exports = async () => {
  const resolved = await config();
  return {
    // Opening a test database (PGlite loads a data folder into memory) takes seconds when busy.
    testTimeout: 20_000,
    projects: [
      {
        ...resolved,
        // Tests build exercises from the real corpus and check lessons, which use ES-module-only
        // packages (jest.shared.cjs); next/jest ignores all of node_modules, so let SWC compile those.
        transformIgnorePatterns: resolved.transformIgnorePatterns.map((p) =>
          p.replace(
            '/node_modules/(?!.pnpm)(?!(',
            `/node_modules/(?!.pnpm)(?!(${esmPackages.join('|')}|`,
          ),
        ),
      },
      classServerProject(),
    ],
  };
};
