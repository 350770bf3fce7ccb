/** @type {import('eslint-doc-generator').GenerateOptions} */
module.exports = {
  // Flat and eslintrc configs hold the same rules: list each once.
  ignoreConfig: ['flat/recommended', 'flat/strict'],
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ruleDocTitleFormat: 'name',
  ruleListColumns: ['name', 'description', 'configsError', 'hasSuggestions', 'fixable', 'requiresTypeChecking'],
  urlConfigs: 'https://github.com/safe-errors/eslint-plugin-safe-errors#configs',
};
