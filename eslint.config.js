import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Layering: entry points (action, cli) -> engine (the modes) -> parts -> base. Nothing imports
// a layer above its own; a folder that did would also make a cycle waiting to happen.
const PARTS = [
  'collect',
  'sign',
  'store',
  'verify',
  'review',
  'report',
  'policy',
  'oms',
  'identity',
  'advisories',
  'bom',
];
const above = (folders, why) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [{ group: folders.map((f) => `../${f}/*`), message: why }] },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'build/**',
      'node_modules/**',
      '.tools/**',
      '.venv/**',
      '.tmp/**',
      'coverage/**',
      'bench/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Only entry points (src/action, src/cli) read process.env.',
        },
      ],
    },
  },
  {
    files: ['src/action/**', 'src/cli/**', 'tools/**', '__tests__/**', 'bench/**', '*.js'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['src/engine/**'],
    rules: above(['action', 'cli'], 'The engine never imports an entry point.'),
  },
  {
    files: PARTS.map((f) => `src/${f}/**`),
    rules: above(
      ['action', 'cli', 'engine'],
      'An engine part never imports the engine or an entry point: pass what it needs in.',
    ),
  },
  {
    files: [
      'src/hash/**',
      'src/statement/**',
      'src/net/**',
      'src/commitment/**',
      'src/versions/**',
      'src/licenses/**',
      'src/present/**',
    ],
    rules: above(
      ['action', 'cli', 'engine', ...PARTS],
      'hash/, statement/, net/, commitment/, versions/, licenses/ and present/ are the base: they import nothing above them.',
    ),
  },
  {
    files: ['tools/**', '__tests__/**', 'bench/**'],
    ignores: ['tools/stack/mock.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@sigstore/mock', '@sigstore/mock/*'],
              message:
                'Reach @sigstore/mock through tools/stack/mock.ts, where its version is pinned.',
            },
          ],
        },
      ],
    },
  },
);
