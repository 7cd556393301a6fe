// ESLint flat config (ESLint 9). Run with `npm run lint` (`eslint --max-warnings=0 .`).
//
// Not type-aware on purpose (no parserOptions.project): `tsc --noEmit` already type-checks, and
// this keeps a full lint run to a few seconds.
import nextPlugin from '@next/eslint-plugin-next';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CODE = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts', '**/*.mjs', '**/*.cjs', '**/*.js'];

// --- Import boundaries -------------------------------------------------------------------------
// Each restriction is { paths, patterns } for the core `no-restricted-imports` rule. In a flat
// config a later `no-restricted-imports` entry REPLACES an earlier one for the same file (options
// are not merged), so every folder block below lists ALL the restrictions that apply to it,
// composed with `restrictImports(...)`.
//
// Bare package names go in `paths` (exact match); a bare name in `patterns` is gitignore-style and
// would also match a local file such as './react'. Patterns with a slash are anchored.
// Note: the rule sees `import`/`export ... from` only, not `require()`/`createRequire()` or `import()`.

const GUIDE = '(see ../shared/guides/architecture.md)';
const LIB_MESSAGE = `lib/ is pure TypeScript: no React, Next or app/ imports ${GUIDE}`;

/** Nothing outside app/_components/charts/ may import recharts. */
const NO_RECHARTS = {
  paths: [{ name: 'recharts', message: 'only app/_components/charts/ imports recharts' }],
  patterns: [{ group: ['recharts/*'], message: 'only app/_components/charts/ imports recharts' }],
};

/** lib/ must not depend on app/ (alias or relative). */
const NO_APP_FROM_LIB = {
  paths: [],
  patterns: [{ group: ['@/app', '@/app/*', '**/app/*'], message: `${LIB_MESSAGE}; imports run app/ -> lib/, never back` }],
};

/** lib/ must not depend on React or Next. */
const NO_UI_FROM_LIB = {
  paths: ['react', 'react-dom', 'next'].map((name) => ({ name, message: LIB_MESSAGE })),
  patterns: [{ group: ['react/*', 'react-dom/*', 'next/*'], message: LIB_MESSAGE }],
};

/** lib/ must not depend on server/ (the request/response layer sits on top of lib/). */
const NO_SERVER_FROM_LIB = {
  paths: [],
  patterns: [
    {
      group: ['@/server', '@/server/*', '**/server/*'],
      message: `lib/ must not import from server/: server/ (serving: routes, cache, headers) builds on lib/, not the reverse ${GUIDE}`,
    },
  ],
};

/** The test runner stays in tests: in lib/, only tests and their helpers (test-*.ts) may import vitest. */
const VITEST_MESSAGE =
  'in lib/, only tests (*.test.ts) and their helpers (test-*.ts) import vitest: production lib/ code must not depend on the test runner';
const NO_VITEST = {
  paths: [{ name: 'vitest', message: VITEST_MESSAGE }],
  patterns: [{ group: ['vitest/*'], message: VITEST_MESSAGE }],
};

/** server/ must not depend on app/. */
const NO_APP_FROM_SERVER = {
  paths: [],
  patterns: [
    {
      group: ['@/app', '@/app/*', '**/app/*'],
      message: `server/ must not import from app/: app/ builds on server/, not the reverse ${GUIDE}`,
    },
  ],
};

/** Compose restrictions into one `no-restricted-imports` rule entry. */
function restrictImports(...restrictions) {
  return [
    'error',
    {
      paths: restrictions.flatMap((r) => r.paths),
      patterns: restrictions.flatMap((r) => r.patterns),
    },
  ];
}

export default defineConfig(
  // The .eslintignore equivalent (global ignores: these paths are never linted).
  globalIgnores(
    [
      '.next/',
      '.next-standalone/',
      '.next-base/',
      '.next-scale/',
      '.prod/',
      'node_modules/',
      'coverage/',
      'playwright-report/',
      'test-results/',
      'blob-report/',
      'out/',
      'next-env.d.ts',
      'public/',
    ],
    'project/ignores',
  ),

  // typescript-eslint recommended (syntax only, no type information).
  {
    name: 'project/typescript',
    files: CODE,
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Matches the codebase's style: `import type { X }` and `import { type X, y }`.
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      // App, lib and server code logs nothing to stdout; scripts/ are CLIs and may (see below).
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },

  // Node scripts and root-level config/ESM files.
  {
    name: 'project/node-scripts',
    files: ['scripts/**/*.mjs', '*.mjs', '*.mts', '*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'project/scripts',
    files: ['scripts/**'],
    rules: { 'no-console': 'off' },
  },

  // Next.js: recommended + core-web-vitals (the latter is a superset of the former).
  {
    name: 'project/next',
    files: ['app/**'],
    plugins: { '@next/next': nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
    },
  },

  // React hooks (incl. the React Compiler rules shipped in v7).
  {
    name: 'project/react-hooks',
    files: ['app/**'],
    extends: [reactHooks.configs.flat.recommended],
  },

  // --- Import boundaries (later blocks replace earlier ones per file; see restrictImports) ---
  {
    name: 'project/boundaries/everywhere',
    files: CODE,
    ignores: ['app/_components/charts/**'],
    rules: { 'no-restricted-imports': restrictImports(NO_RECHARTS) },
  },
  {
    name: 'project/boundaries/lib',
    files: ['lib/**'],
    ignores: ['lib/**/*.test.ts', 'lib/**/test-*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(NO_RECHARTS, NO_APP_FROM_LIB, NO_UI_FROM_LIB, NO_SERVER_FROM_LIB, NO_VITEST),
    },
  },
  {
    name: 'project/boundaries/lib-tests',
    files: ['lib/**/*.test.ts', 'lib/**/test-*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(NO_RECHARTS, NO_APP_FROM_LIB, NO_UI_FROM_LIB, NO_SERVER_FROM_LIB),
    },
  },
  {
    name: 'project/boundaries/server',
    files: ['server/**'],
    rules: { 'no-restricted-imports': restrictImports(NO_RECHARTS, NO_APP_FROM_SERVER) },
  },
);
