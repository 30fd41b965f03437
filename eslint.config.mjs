// One flat config for the whole repo. The layer rules keep the architecture honest:
// domain stays pure, web never reaches into the server, store never speaks API shapes.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const layer = (files, patterns, extra = {}) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }], ...extra },
});

const SERVER_SYNTAX = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render user text as text.' },
  {
    selector: "MemberExpression[property.name='log'][object.name=/^(app|request|reply|fastify|instance|scope)$/]",
    message: 'Fastify runs without a logger here: use app.logger, or requestLog(request) inside a request.',
  },
];

// Server code other than tests builds no SQL (issue 7 §3): every query is a store repository function.
const NO_SQL_MESSAGE = 'Server code builds no SQL: call (or add) a repository function in @kratom-care/store.';
const NO_SQL_SYNTAX = [
  {
    selector:
      'MemberExpression[property.name=/^(selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto)$/]',
    message: NO_SQL_MESSAGE,
  },
  { selector: "TaggedTemplateExpression[tag.name='sql']", message: NO_SQL_MESSAGE },
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'coverage/**', 'test-results/**', 'playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.tooling.json', './packages/*/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always'],
      'no-throw-literal': 'error',
      'no-nested-ternary': 'error',
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/no-explicit-any': 'error',
      // `const { secret, ...rest } = row` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render user text as text.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-console': 'off' },
  },
  layer(
    ['packages/domain/src/**/*.ts'],
    ['node:*', 'fs', 'path', 'react', 'react-dom', 'zod', 'fastify', 'kysely', '@kratom-care/*'],
    {
      'no-restricted-globals': ['error', 'fetch', 'process', 'localStorage', 'sessionStorage', 'window', 'document'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass `at`/`now` in; domain has no clock.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass `now` in.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Pass an rng in.',
        },
      ],
      '@typescript-eslint/explicit-function-return-type': ['error', { allowExpressions: true }],
    },
  ),
  layer(['packages/contracts/src/**/*.ts'], ['node:*', '@kratom-care/store', '@kratom-care/server', 'react']),
  layer(['packages/store/src/**/*.ts'], ['@kratom-care/server', '@kratom-care/contracts', 'react']),
  layer(['packages/web/src/**/*.{ts,tsx}'], ['@kratom-care/store', '@kratom-care/server', 'node:*']),
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // process.env is read in exactly one place (config.ts); main.ts passes it in.
    files: ['packages/server/src/**/*.ts'],
    ignores: ['packages/server/src/main.ts', 'packages/server/src/config.ts', 'packages/server/src/cli/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read config, not env.' }],
    },
  },
  {
    // Fastify runs without its own logger (docs/decisions/0006): its `log` properties write nothing.
    files: ['packages/server/src/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...SERVER_SYNTAX] },
  },
  {
    // The server builds no SQL and does not import Kysely (issue 7 §3): routes, record types,
    // access, audit, auth and the CLI all call store functions. Tests and their fixtures may.
    files: ['packages/server/src/**/*.ts'],
    ignores: ['**/*.test.ts', 'packages/server/src/test/**', 'packages/server/src/access/__old__/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['kysely', 'kysely/*'], message: NO_SQL_MESSAGE }] }],
      'no-restricted-syntax': ['error', ...SERVER_SYNTAX, ...NO_SQL_SYNTAX],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
