// Lint rules, including the architecture: which parts may import which (see STYLE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'chrome',
  'browser',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'self',
  'globalThis',
  'process',
  'require',
  'Buffer',
];

/** `no-restricted-imports` patterns forbidding imports from the named src/ folders. */
function forbid(folders, why) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: folders.map((folder) => ({ group: [`**/${folder}`, `**/${folder}/**`], message: why })),
      },
    ],
  };
}

export default tseslint.config(
  {
    files: ['scripts/**/*.mjs', 'bin/**', 'eslint.config.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'web-ext-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      // The core runs the same in Node, in the worker and in the CLI: no browser or Node globals.
      'no-restricted-globals': [
        'error',
        ...browserGlobals.map((name) => ({
          name,
          message: 'src/core is pure: pass what you need in as an argument.',
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/store',
                '**/store/**',
                '**/background/**',
                '**/content/**',
                '**/ui/**',
                '**/shared/**',
                '**/cli/**',
              ],
              message: 'src/core imports nothing outside the core.',
            },
            {
              group: [
                'node:*',
                'fs',
                'path',
                'webextension-polyfill',
                'idb',
                'linkedom',
                'jsdom',
                'preact',
                'preact/*',
              ],
              message: 'src/core is pure: no Node, browser or UI modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: forbid(
      ['background', 'store', 'ui', 'cli'],
      "The content script runs in the reader's page: it imports only the core and shared.",
    ),
  },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    // The one exception: back up and restore read and write the library's IndexedDB from the options page
    // itself, a batch at a time, because a runtime message cannot carry a library over 64 MiB (issue 15).
    ignores: ['src/ui/options/backup.ts'],
    rules: forbid(
      ['background', 'content', 'store', 'cli'],
      'UI pages talk to the worker through messages only.',
    ),
  },
  {
    files: ['src/ui/options/backup.ts'],
    rules: forbid(['background', 'content', 'cli'], 'Back up and restore use the store and messages only.'),
  },
  {
    files: ['src/background/**/*.ts', 'src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // The one exception: the worker names the capture script's built file (`?iife`) to inject it.
              group: ['**/ui', '**/ui/**', '**/content/**', '!**/content/*.ts?iife', '**/cli/**'],
              message: 'The worker and the store never import UI, content or CLI code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: forbid(
      ['background', 'content', 'store', 'ui', 'cli'],
      'shared/ is the protocol and browser seam only.',
    ),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: forbid(
      ['background', 'content', 'ui', 'shared'],
      'The CLI is Node: it uses the core, never the extension.',
    ),
  },
);
