// What the repo's Jest projects share.

// Packages that ship only ES modules (unified, remark, micromark and friends, and the fuzzy quote
// matcher). Jest runs CommonJS, so each project lets SWC compile these and only these.
const esmPackages = [
  'unified',
  'bail',
  'devlop',
  'is-plain-obj',
  'trough',
  'vfile.*',
  'unist-.*',
  'mdast-.*',
  'micromark.*',
  'remark-.*',
  'decode-named-character-reference',
  'character-entities.*',
  'ccount',
  'escape-string-regexp',
  'markdown-table',
  'longest-streak',
  'zwitch',
  'estree-util-.*',
  'parse-entities',
  'character-reference-invalid',
  'is-.*',
  'stringify-entities',
  'trim-lines',
  'hast-util-.*',
  'property-information',
  'space-separated-tokens',
  'comma-separated-tokens',
  'html-void-elements',
  'approx-string-match',
  'fault',
  'format',
];

/** A package's unit tests: Node environment, TypeScript compiled by SWC, no build step. */
function nodeProject(displayName) {
  return {
    displayName,
    testEnvironment: 'node',
    roots: ['<rootDir>/src'],
    testMatch: ['**/*.test.ts'],
    // Jest's 5 s default is what the slowest property and corpus tests take on a busy two-core CI
    // machine; a test should need at most a third of its timeout.
    testTimeout: 15_000,
    transform: {
      '^.+\\.[tj]s$': [
        '@swc/jest',
        { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } },
      ],
    },
    transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  };
}

module.exports = { esmPackages, nodeProject };
