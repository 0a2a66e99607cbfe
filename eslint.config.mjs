import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// Layer rules (see docs/ARCHITECTURE.md): shared code is pure; only main's app/, platform/ and
// index.ts, and the preload, may import electron.
const noElectron = { name: 'electron', message: 'Only src/main/{index.ts,app,platform} and the preload may import electron.' }
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'net', 'http', 'https'].flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`])

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'bench/fixtures/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron, 'react', 'react-dom'], patterns: [{ group: nodeBuiltins, message: 'src/shared is pure: no Node I/O.' }] }],
    },
  },
  {
    files: ['src/main/services/**/*.ts', 'src/main/ipc/**/*.ts', 'src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: nodeBuiltins, message: 'The renderer has no Node access; go through window.api.' }] }],
    },
  },
  {
    // The published bin is a tiny CommonJS launcher for the built CLI.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['e2e/**/*.ts', 'bench/**/*.{ts,mjs}', 'scripts/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
