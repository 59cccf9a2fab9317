/** Unit tests of the lesson checker: Node environment, TypeScript compiled by SWC, no build step. */
export default {
  displayName: 'lessons',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.[tj]s$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  // unified, remark, micromark and friends ship only ES modules; let SWC compile them to CommonJS.
  transformIgnorePatterns: [
    '/node_modules/(?!(unified|bail|devlop|is-plain-obj|trough|vfile.*|unist-.*|mdast-.*|micromark.*|remark-.*|decode-named-character-reference|character-entities.*|ccount|escape-string-regexp|markdown-table|longest-streak|zwitch|estree-util-.*|parse-entities|character-reference-invalid|is-.*|stringify-entities|trim-lines|hast-util-.*|property-information|space-separated-tokens|comma-separated-tokens|html-void-elements|approx-string-match|fault|format)/)',
  ],
};
