// @ts-check
import js from '@eslint/js'
import formatjs from 'eslint-plugin-formatjs'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'net',
  'crypto',
  'util',
  'worker_threads',
]

/** The process boundaries of STYLE.md, as import rules. */
const boundary = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.cache/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: boundary([
      {
        group: [
          'electron',
          'electron/*',
          'react',
          'react-*',
          ...nodeBuiltins,
          '**/src-main/**',
          '**/src-renderer/**',
        ],
        message: 'src-shared is pure: it imports nothing from Electron, Node, React or the other two sides.',
      },
    ]),
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...boundary([
        {
          group: [
            'electron',
            'electron/*',
            'better-sqlite3',
            'ws',
            'electron-log',
            ...nodeBuiltins,
            '**/src-main/**',
          ],
          message:
            'The renderer talks to the main process only through lib/api.ts and the contract in src-shared.',
        },
      ]),
    },
  },
  {
    // A screen's folder is its own room: what two screens share lives in ui/ (components and their CSS) or
    // lib/ (logic), and another feature is reached, if at all, through its public entry (its index.ts).
    // The typescript-eslint twin of the rule, so that the renderer's boundary above still applies here.
    files: ['src-renderer/features/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\./)[^/]+/|(^|/)features/',
              message:
                "Another feature's internals: move what both use to ui/ or lib/, or import that feature's index.",
            },
          ],
        },
      ],
    },
  },
  {
    // Issue 20: every word a user reads comes from the catalogues (src-shared/i18n/messages), never a
    // literal in JSX: a product name or a symbol is a named constant outside the markup.
    files: ['src-renderer/**/*.tsx'],
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': [
        'error',
        {
          props: {
            include: [['*', '{aria-label,aria-description,title,alt,placeholder,label}']],
          },
        },
      ],
    },
  },
  {
    // Test-only modules carry the .test-support.ts suffix, and only tests and benchmarks import them. A rule
    // of its own (no-restricted-syntax) so that it adds to the import boundaries instead of replacing them.
    files: ['src-main/**/*.ts', 'src-shared/**/*.ts', 'src-renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.test-support.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].map(
          (node) => ({
            selector: `${node}[source.value=/\\.test-support(\\.ts)?$/]`,
            message: 'A *.test-support.ts module is for tests and benchmarks only, never for the app.',
          }),
        ),
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/app/**'],
    rules: boundary([
      {
        group: ['electron', 'electron/*', 'electron-log/main'],
        message:
          'Only src-main/app imports Electron; the services run under plain Node (CLI, browser host, tests).',
      },
      {
        group: ['**/src-renderer/**', 'react', 'react-dom'],
        message: 'The main process never imports the renderer.',
      },
    ]),
  },
  {
    // IPC handlers and CLI commands only translate between the outside and a service: they never build a
    // repository or touch the database handle (STYLE.md, Database). Tests of them may. The typescript-eslint
    // twin of the rule, so that the src-main boundary above still applies to these files too.
    files: ['src-main/ipc/**/*.ts', 'src-main/cli/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-support.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/repos/**', '**/db/connection', 'better-sqlite3', '**/context-wiring'],
              message:
                'Handlers and commands go through the services of AppContext, which own the repositories and the database.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/app/preload.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', '**/ipc/contract', '**/domain/*', 'electron-log', 'electron-log/*'],
              allowTypeImports: true,
              message: 'The sandboxed preload is one small CommonJS file: channel names only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/cli/**/*.ts', 'src-main/host/main.ts', 'src-main/launch/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.test.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/explicit-module-boundary-types': 'off',
      // expect.any() and friends are typed any on purpose
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // Playwright fixtures declare the fixtures they use by destructuring, even when there are none
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['eslint.config.mjs', '.puppeteerrc.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
)
