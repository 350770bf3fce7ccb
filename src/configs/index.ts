import type { TSESLint } from '@typescript-eslint/utils';

import type { SafeErrorsDocs } from '../util/create-rule';

export const NAMESPACE = 'safe-errors';
export const CONFIG_NAMES = ['recommended', 'strict'] as const;
export type ConfigName = (typeof CONFIG_NAMES)[number];

type AnyRule = TSESLint.RuleModule<string, readonly unknown[], SafeErrorsDocs>;
type RuleEntries = Record<string, TSESLint.SharedConfig.RuleEntry>;

export interface SafeErrorsConfigs {
  recommended: TSESLint.ClassicConfig.Config;
  strict: TSESLint.ClassicConfig.Config;
  'flat/recommended': TSESLint.FlatConfig.Config;
  'flat/strict': TSESLint.FlatConfig.Config;
}

/** Which configs include a rule whose `docs.recommended` is `level`. */
const INCLUDED_IN: Record<SafeErrorsDocs['recommended'], readonly ConfigName[]> = {
  recommended: ['recommended', 'strict'],
  strict: ['strict'],
};

/** The rule entries of one config, derived from each rule's `meta.docs`. */
export function rulesFor(configName: ConfigName, rules: Readonly<Record<string, AnyRule>>): RuleEntries {
  const entries: RuleEntries = {};
  for (const [id, rule] of Object.entries(rules)) {
    const level = rule.meta.docs?.recommended;
    if (!level || !INCLUDED_IN[level].includes(configName)) continue;
    const options = rule.meta.docs?.configOptions?.[configName];
    entries[`${NAMESPACE}/${id}`] = options ? ['error', ...options] : 'error';
  }
  return entries;
}

/**
 * Builds the eslintrc and flat configs. Flat configs hold the very plugin
 * object the user registers, or ESLint refuses with "Cannot redefine plugin".
 */
export function buildConfigs(
  plugin: object,
  rules: Readonly<Record<string, AnyRule>>,
): SafeErrorsConfigs {
  const flatPlugin = plugin as TSESLint.FlatConfig.Plugin;
  const recommended = rulesFor('recommended', rules);
  const strict = rulesFor('strict', rules);
  return {
    recommended: { plugins: [NAMESPACE], rules: recommended },
    strict: { plugins: [NAMESPACE], rules: strict },
    'flat/recommended': { name: `${NAMESPACE}/flat/recommended`, plugins: { [NAMESPACE]: flatPlugin }, rules: recommended },
    'flat/strict': { name: `${NAMESPACE}/flat/strict`, plugins: { [NAMESPACE]: flatPlugin }, rules: strict },
  };
}
