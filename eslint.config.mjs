// @ts-check
/**
 * Lint, and the layering rule that keeps dependencies pointing one way:
 *   renderer → shared ← main, with electron only in main's electron/ layer and the preload.
 * src/shared is pure TypeScript: no electron, no Node built-ins, no React, no DOM.
 * (Type-checking enforces the same from the other side: tsconfig.shared.json has neither DOM nor Node types.)
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const restrict = (message, names) => names.map((name) => ({ name, message }));
const layer = {
  electron: (where) => restrict(`electron may only be imported in src/main/electron and src/preload, not ${where}.`, ['electron']),
  node: (where) => restrict(`Node built-ins are not available ${where}.`, nodeBuiltins),
  react: (where) => restrict(`React belongs to the renderer, not ${where}.`, ['react', 'react-dom', 'react-dom/client']),
};
const forbidFolders = (message, folders) => ({ group: folders.flatMap((f) => [`**/${f}/*`, `**/${f}`]), message });

const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'HTMLElement',
  'fetch',
  'XMLHttpRequest',
];
const NODE_GLOBALS = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.cache/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...layer.electron('src/shared'),
            ...layer.node('in src/shared (it must run in the renderer too)'),
            ...layer.react('src/shared'),
          ],
          patterns: [
            forbidFolders('src/shared may not import from main, renderer or preload: dependencies point into shared.', [
              'main',
              'renderer',
              'preload',
            ]),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[...DOM_GLOBALS, ...NODE_GLOBALS].map((name) => ({ name, message: `src/shared runs in Node and in the browser: no ${name}.` })),
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [...layer.electron('the renderer (use the API contract)'), ...layer.node('in the renderer')],
          patterns: [forbidFolders('The renderer reaches main only through the API contract in src/shared.', ['main', 'preload'])],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...layer.electron('the plain Node services of src/main'), ...layer.react('src/main')],
          patterns: [forbidFolders('src/main may not import the renderer or the preload.', ['renderer', 'preload'])],
        },
      ],
    },
  },
  {
    files: ['src/main/electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: layer.react('src/main'), patterns: [forbidFolders('src/main may not import the renderer.', ['renderer'])] },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...layer.node('in a sandboxed preload'), ...layer.react('the preload')],
          patterns: [forbidFolders('The preload exposes the contract only; it may not import main or the renderer.', ['main', 'renderer'])],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.test.ts', 'src/test/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.{js,mjs,cjs,ts}', 'eval/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
