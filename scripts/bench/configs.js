'use strict';
/**
 * The configurations the benchmark compares, as inline flat configs (the
 * measurement children pass them with `overrideConfigFile: true`).
 *
 * Every configuration parses `.ts` with @typescript-eslint/parser and `.js`
 * with ESLint's default parser (espree); they differ only in the rules.
 */
const path = require('node:path');

const CONFIGS = {
  a: { label: 'parse only (no rules)', typed: false },
  e: { label: 'floor: one no-op rule', typed: false },
  b: { label: 'safe-errors flat/recommended', typed: false },
  c: { label: 'safe-errors flat/strict', typed: false },
  d: { label: 'flat/strict + type info', typed: true },
  f: { label: 'tseslint recommendedTypeChecked', typed: true },
  g: { label: 'tseslint recTypeChecked + flat/strict', typed: true },
  h: { label: 'floor for six rules: six no-op rules', typed: false },
};

/** A plugin whose only rule does nothing: what ESLint charges to run any rule at all. */
const noopPlugin = {
  meta: { name: 'bench-noop', version: '0.0.0' },
  rules: {
    noop: {
      meta: { type: 'problem', schema: [] },
      create() {
        return {};
      },
    },
  },
};
/** (h): as many no-op rules as `recommended` enables, to tell ESLint's cost per rule from the rules' own work. */
const SIX_NOOP_RULES = [1, 2, 3, 4, 5, 6].map((n) => `noop${n}`);
for (const name of SIX_NOOP_RULES) noopPlugin.rules[name] = noopPlugin.rules.noop;

/** Loads the plugin under test from a directory holding its package.json (the repo root or a snapshot). */
function loadPlugin(pluginDir) {
  return require(path.resolve(pluginDir));
}

/**
 * The flat config array for one configuration letter.
 * @param {string} name a key of CONFIGS
 * @param {{ pluginDir: string, corpusDir: string }} where
 */
function buildConfig(name, { pluginDir, corpusDir, realCode = false }) {
  if (name.startsWith('rule:')) return ruleAlone(name.slice(5), { pluginDir });
  if (!CONFIGS[name]) throw new Error(`unknown configuration "${name}" (known: ${Object.keys(CONFIGS).join(', ')})`);
  const tsParser = require('@typescript-eslint/parser');
  // A real codebase (run.js --dir) also has .tsx/.jsx/.mjs/.cjs files, and dependencies and build output to skip.
  const ts = realCode ? ['**/*.{ts,tsx,mts,cts}'] : ['**/*.ts'];
  const js = realCode ? ['**/*.{js,jsx,mjs,cjs}'] : ['**/*.js'];
  const config = [
    { linterOptions: { reportUnusedDisableDirectives: 'off' } },
    { files: ts, languageOptions: { parser: tsParser } },
  ];
  if (realCode) {
    config.unshift({ ignores: ['**/node_modules/**', '**/dist/**', '**/build/**', '**/.next/**', '**/coverage/**', '**/public/**', '**/out/**', '**/*.min.js', '**/*.d.ts'] });
    config.push(
      { files: js, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      { files: ts, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    );
  }
  const typedParser = {
    files: ts,
    languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: corpusDir } },
  };
  const plugin = () => loadPlugin(pluginDir);
  switch (name) {
    case 'a':
      break;
    case 'e':
      config.push({ plugins: { 'bench-noop': noopPlugin }, rules: { 'bench-noop/noop': 'error' } });
      break;
    case 'h':
      config.push({ plugins: { 'bench-noop': noopPlugin }, rules: Object.fromEntries(SIX_NOOP_RULES.map((name) => [`bench-noop/${name}`, 'error'])) });
      break;
    case 'b':
      config.push(plugin().configs['flat/recommended']);
      break;
    case 'c':
      config.push(plugin().configs['flat/strict']);
      break;
    case 'd':
      config.push(typedParser, plugin().configs['flat/strict']);
      break;
    case 'f':
    case 'g': {
      // typescript-eslint's recommended-type-checked the way its docs set it up for a mixed
      // codebase: typed rules on the TypeScript files, `disableTypeChecked` on the JavaScript ones
      // (which keep ESLint's default parser here, like in every other configuration).
      const tseslint = require('typescript-eslint');
      config.push(...tseslint.configs.recommendedTypeChecked.map((entry) => (entry.files ? entry : { ...entry, languageOptions: undefined })));
      config.push(
        typedParser,
        { files: js, ...tseslint.configs.disableTypeChecked, languageOptions: {} },
      );
      if (name === 'g') config.push(plugin().configs['flat/strict']);
      break;
    }
    default:
      break;
  }
  return config.map(stripUndefined);
}

/** The floor's shape with one of the plugin's rules (set as in flat/strict) instead of the no-op rule. */
function ruleAlone(ruleId, { pluginDir }) {
  const tsParser = require('@typescript-eslint/parser');
  const strict = loadPlugin(pluginDir).configs['flat/strict'];
  if (!(ruleId in strict.rules)) throw new Error(`rule ${ruleId} is not in flat/strict`);
  return [
    { linterOptions: { reportUnusedDisableDirectives: 'off' } },
    { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
    { plugins: strict.plugins, rules: { [ruleId]: strict.rules[ruleId] } },
  ];
}

function stripUndefined(entry) {
  const out = {};
  for (const [key, value] of Object.entries(entry)) if (value !== undefined) out[key] = value;
  return out;
}

module.exports = { CONFIGS, buildConfig, loadPlugin };
