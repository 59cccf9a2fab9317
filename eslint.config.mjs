// One linter for the whole repo. The boundary rules keep the core pure: the app imports the
// core, never the reverse, and the quiz logic that runs in the browser imports nothing server-only.
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const uiImports = [
  { name: 'react', message: '@sayswho/core is pure TypeScript: rendering belongs in apps/web.' },
  {
    name: 'react-dom',
    message: '@sayswho/core is pure TypeScript: rendering belongs in apps/web.',
  },
  { name: 'next', message: '@sayswho/core must not depend on Next.js.' },
  { name: '@sayswho/web', message: 'The app imports the core, never the reverse.' },
];
const uiPatterns = [
  {
    group: ['react/*', 'react-dom/*', 'next/*'],
    message: 'The core and the lesson checker import no React or Next.',
  },
  { group: ['**/apps/**'], message: 'The app imports the packages, never the reverse.' },
];

// The kit's pages link with plain anchors (apps/web/components/page-link.tsx), so a built page is
// never swapped for another in place: its stylesheets are written into it and Next's links kept
// applying to nothing (apps/web/lib/first-paint/inline-stylesheets.ts), which a client-side
// navigation would not expect.
const fullPageLoadsOnly = {
  name: 'next/link',
  message: 'Link with PageLink (components/page-link.tsx): built pages expect full page loads.',
};

export default tseslint.config(
  {
    // Build output, including the service worker serwist writes into public/.
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/.next-*/**',
      '**/out/**',
      '**/.turbo/**',
      '**/next-env.d.ts',
      '**/test-results/**',
      '**/public/sw.js',
      'bench/tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['packages/core/**', 'packages/lessons/**'],
    rules: { 'no-restricted-imports': ['error', { paths: uiImports, patterns: uiPatterns }] },
  },
  {
    // The class server's package: server side only, no React or Next; the app imports it.
    files: ['packages/classroom/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiImports.map((p) => ({
            ...p,
            message: p.message.replace('@sayswho/core', '@sayswho/classroom'),
          })),
          patterns: uiPatterns,
        },
      ],
    },
  },
  {
    files: [
      'packages/core/src/quiz/**',
      'packages/core/src/class-event.ts',
      'packages/core/src/class-results/**',
      'packages/core/src/vocabulary.ts',
      'packages/core/src/diagnostics.ts',
    ],
    // Tests run in Node and may load the real corpus; only the shipped quiz code must stay browser-safe.
    ignores: ['**/*.test.ts', '**/*.testdata.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...uiImports,
            { name: 'yaml', message: 'The quiz logic runs in the browser: no YAML parser.' },
            { name: 'zod', message: 'The quiz logic runs in the browser: keep it light.' },
          ],
          patterns: [
            ...uiPatterns,
            {
              group: ['fs', 'node:*', 'path'],
              message: 'The quiz logic runs in the browser: no Node modules.',
            },
            {
              group: ['../corpus/*', '!../corpus/types'],
              message: 'The quiz logic may import only the corpus types, never the loader.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@next/next': nextPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      // App Router only: there is no pages/ directory to check links against.
      '@next/next/no-html-link-for-pages': 'off',
      'no-restricted-imports': ['error', { paths: [fullPageLoadsOnly] }],
    },
    settings: { next: { rootDir: 'apps/web' } },
  },
  {
    // The authoring pages and routes compile in `next dev` on a teacher's first visit (and in every
    // npm test): through the class server's index they would take in its database code too.
    files: [
      'apps/web/app/author/**',
      'apps/web/lib/authoring/**',
      'apps/web/lib/class-server/{answer,read-body,request-origin}.ts',
    ],
    ignores: ['**/*.test.ts', '**/*.testdata.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            fullPageLoadsOnly,
            {
              name: '@sayswho/classroom',
              message:
                'Import @sayswho/classroom/result or /request-origin: the index takes in the database.',
            },
            {
              name: '@/lib/class-server/who-is-asking',
              message:
                'It takes in the whole class server: requestOrigin is in @/lib/class-server/request-origin.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
