// Lint rules, including the import bans that keep the rooms apart (docs/ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = { group: ['node:*'], message: 'graph-data and the renderer run outside Node' };
const ban = (groups, paths = []) => ['error', { patterns: groups, paths }];
const room = (name) => ({ group: [`**/${name}/**`, `../${name}/*`], message: `this room may not import ${name}/` });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test/fixtures/**', 'bench/results/**', 'bench/tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Input guards match control characters on purpose (NUL bytes, characters XML 1.0 forbids).
      'no-control-regex': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'never write HTML: build DOM nodes with textContent',
        },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'never write HTML' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'never write HTML' },
      ],
    },
  },
  {
    files: ['graph-data/**/*.ts'],
    rules: {
      'no-restricted-imports': ban([
        NODE_BUILTINS,
        room('main'),
        room('renderer'),
        { regex: '^(electron|better-sqlite3|cytoscape(-.*)?)$', message: 'graph-data is plain TypeScript' },
      ]),
    },
  },
  {
    files: ['main/db/**/*.ts'],
    rules: {
      'no-restricted-imports': ban([
        room('services'),
        room('ipc'),
        room('renderer'),
        { group: ['electron'], message: 'db never sees electron' },
      ]),
    },
  },
  {
    files: ['main/services/**/*.ts', 'main/cli/**/*.ts', 'main/server/**/*.ts'],
    rules: {
      'no-restricted-imports': ban([
        room('ipc'),
        room('app'),
        room('preload'),
        room('renderer'),
        { group: ['electron'], message: 'no electron outside main/app, main/ipc, main/preload' },
      ]),
    },
  },
  {
    // The CLI and the server reach the store only through the services (no SQL at the edges).
    files: ['main/cli/**/*.ts', 'main/server/**/*.ts'],
    rules: {
      'no-restricted-imports': ban([
        room('db'),
        room('ipc'),
        room('app'),
        room('preload'),
        room('renderer'),
        { group: ['electron'], message: 'no electron outside main/app, main/ipc, main/preload' },
      ]),
    },
  },
  {
    files: ['main/app/**/*.ts', 'main/ipc/**/*.ts', 'main/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ban([room('db'), room('renderer')]) },
  },
  {
    files: ['renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ban([
        NODE_BUILTINS,
        room('main'),
        { group: ['electron', 'better-sqlite3'], message: 'the renderer talks to main only through api.ts' },
      ]),
    },
  },
  {
    files: ['renderer/**/*.ts'],
    ignores: ['renderer/features/graph-view/**'],
    rules: {
      'no-restricted-imports': ban([
        NODE_BUILTINS,
        room('main'),
        { regex: '^cytoscape(-.*)?$', message: 'only features/graph-view imports cytoscape' },
        { group: ['electron', 'better-sqlite3'], message: 'the renderer talks to main only through api.ts' },
      ]),
    },
  },
  {
    files: ['renderer/state/**/*.ts'],
    rules: {
      'no-restricted-imports': ban([
        NODE_BUILTINS,
        room('main'),
        room('features'),
        { regex: '^(cytoscape(-.*)?|electron)$', message: 'state is pure' },
      ]),
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
