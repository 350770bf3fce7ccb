// Flat config (ESLint 9 and 10).
const tsParser = require('@typescript-eslint/parser');
const safeErrors = require('eslint-plugin-safe-errors');

module.exports = [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  safeErrors.configs['flat/strict'],
  { settings: { 'safe-errors': { catalog: 'errors.catalog.json' } } },
];
