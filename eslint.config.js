import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      // The build's staging folders (scripts/build.mjs), left behind only by a build that was killed.
      '.build/',
      'node_modules/',
      'coverage/',
      '.tessera/',
      'examples/**/node_modules/',
      'bench/.out/',
      'test-output/',
      // The real-runner matrix's suites: plain runner code (one file fails to load on purpose).
      'test/runners/suites/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        AbortController: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // src/cli is the composition root of the CLI: the one place in src/ allowed to wire providers in.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/providers/**'],
              message: 'src/ never imports providers/ (DESIGN.md dependency rule).',
            },
          ],
        },
      ],
    },
  },
);
