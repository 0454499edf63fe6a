import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Layering: entry points (action, cli) -> their request builders (request) -> engine (the modes)
// -> parts -> base. Nothing imports a layer above its own; a folder that did would also make a
// cycle waiting to happen. Below request, nothing parses what the user typed.
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
  'lineage',
];
// One bundle verifier (src/verify/signer.ts) checks every signature verify reads: the
// provenance, the training record, the ML-BOM and model.sig alike. No module outside src/verify/
// checks one itself, nor calls the check around verify's stages.
const ONLY_VERIFY =
  'Only src/verify/ checks a signature: go through its stages (verifyProvenance, checkModelSignatures).';
const SIGNATURE_CHECKS = [
  { group: ['@sigstore/verify', '@sigstore/verify/*'], message: ONLY_VERIFY },
  {
    group: ['**/verify/*'],
    importNames: [
      'verifySigner',
      'createVerifier',
      'checkCarriedCertificate',
      'verifyOmsSignature',
      'dsseSignatureVerifies',
    ],
    message: ONLY_VERIFY,
  },
];
const above = (folders, why, checks = SIGNATURE_CHECKS) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...(folders.length ? [{ group: folders.map((f) => `../${f}/*`), message: why }] : []),
        ...checks,
      ],
    },
  ],
});
// Parts that build on another part (import it): that one never imports them back, or the two
// folders would import each other. lineage verifies each base through verify's stages; verify
// reads model paths (collect) and the OMS format (oms); policy checks identities (identity); sign
// reads a trust config's trusted root as verify parses it (verify/trust-root.ts). Key and PEM
// helpers both need are below both (src/pem.ts).
const BUILDS_ON = {
  lineage: ['verify'],
  verify: ['collect', 'oms'],
  policy: ['identity'],
  sign: ['verify'],
};
const notBack = (part) => {
  const users = Object.keys(BUILDS_ON).filter((k) => BUILDS_ON[k].includes(part));
  if (!users.length) return [];
  const names = users.map((u) => `src/${u}/`).join(', ');
  return [
    {
      group: users.map((u) => `../${u}/*`),
      message: `src/${part}/ never imports ${names}, which imports it (one way only): own the shared type or function in src/${part}/, or have the caller hand it in (as the engine hands verifyAll the lineage stage).`,
    },
  ];
};
const PART_WHY =
  'An engine part never imports the engine or an entry point: pass what it needs in.';

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
    files: ['src/**'],
    ignores: ['src/verify/**'],
    rules: above([], ''),
  },
  {
    files: ['src/request/**'],
    rules: above(['action', 'cli'], 'A request builder never imports an entry point.'),
  },
  {
    files: ['src/engine/**'],
    rules: above(
      ['action', 'cli', 'request'],
      'The engine never imports an entry point, nor parses what the user typed (src/request).',
    ),
  },
  ...PARTS.filter((f) => f !== 'verify').map((f) => ({
    files: [`src/${f}/**`],
    rules: above(['action', 'cli', 'engine', 'request'], PART_WHY, [
      ...SIGNATURE_CHECKS,
      ...notBack(f),
    ]),
  })),
  {
    files: ['src/verify/**'],
    rules: above(['action', 'cli', 'engine', 'request'], PART_WHY, notBack('verify')),
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
      ['action', 'cli', 'request', 'engine', ...PARTS],
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
