import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, chrome: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: the extension runs no dynamic code.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: the extension runs no dynamic code.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No innerHTML: build DOM nodes or use Preact.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'No outerHTML: build DOM nodes or use Preact.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
      ],
    },
  },
  {
    // Small modules with one job, functions a reader can hold in their head (issue #11).
    files: ['src/**'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Test harnesses reach into browser internals on purpose.
    files: ['e2e/**', 'test/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
