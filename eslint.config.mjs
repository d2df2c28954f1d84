// @ts-check
import js from '@eslint/js'
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
