import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import plugin from '../src/index';
import { ruleDocsUrl } from '../src/util/create-rule';

const ROOT = path.resolve(__dirname, '..');
const ruleIds = Object.keys(plugin.rules);
const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

describe('plugin object', () => {
  it('carries meta from package.json', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: 'safe-errors' });
  });

  it('lists one rule per file in src/rules', () => {
    const files = readdirSync(path.join(ROOT, 'src', 'rules'))
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(ruleIds.sort()).toEqual(files);
  });

  it('turns on the timing check in strict only', () => {
    expect(plugin.configs.recommended.rules?.['safe-errors/no-user-enumeration']).toBe('error');
    expect(plugin.configs.strict.rules?.['safe-errors/no-user-enumeration']).toEqual(['error', { checkTiming: true }]);
  });

  it('references the one plugin object from every flat config', () => {
    expect(plugin.configs['flat/recommended'].plugins?.['safe-errors']).toBe(plugin);
    expect(plugin.configs['flat/strict'].plugins?.['safe-errors']).toBe(plugin);
    expect(plugin.configs['flat/recommended'].name).toBe('safe-errors/flat/recommended');
    expect(plugin.configs['flat/strict'].name).toBe('safe-errors/flat/strict');
  });

  it('generates eslintrc and flat configs from the same rule metadata', () => {
    const expected = (levels: string[], config: 'recommended' | 'strict'): Record<string, unknown> =>
      Object.fromEntries(
        ruleIds
          .filter((id) => levels.includes(plugin.rules[id as keyof typeof plugin.rules].meta.docs?.recommended ?? ''))
          .map((id) => {
            const options = plugin.rules[id as keyof typeof plugin.rules].meta.docs?.configOptions?.[config];
            return [`safe-errors/${id}`, options ? ['error', ...options] : 'error'];
          }),
      );
    expect(plugin.configs.recommended).toEqual({ plugins: ['safe-errors'], rules: expected(['recommended'], 'recommended') });
    expect(plugin.configs.strict).toEqual({ plugins: ['safe-errors'], rules: expected(['recommended', 'strict'], 'strict') });
    expect(plugin.configs['flat/recommended'].rules).toEqual(plugin.configs.recommended.rules);
    expect(plugin.configs['flat/strict'].rules).toEqual(plugin.configs.strict.rules);
  });
});

describe.each(ruleIds)('rule %s', (id) => {
  const rule = plugin.rules[id as keyof typeof plugin.rules];

  it('has a test file', () => {
    expect(existsSync(path.join(ROOT, 'tests', 'rules', `${id}.test.ts`))).toBe(true);
  });

  it('has a doc page with examples, linked from meta.docs.url', () => {
    const doc = path.join(ROOT, 'docs', 'rules', `${id}.md`);
    expect(existsSync(doc)).toBe(true);
    const text = readFileSync(doc, 'utf8');
    expect(text).toContain('## Examples');
    expect(text).toContain('❌ Incorrect');
    expect(text).toContain('✅ Correct');
    expect(rule.meta.docs?.url).toBe(ruleDocsUrl(id));
  });

  it('has a row in the README rules table', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`[${id}](docs/rules/${id}.md)`);
  });

  it('is a problem rule with suggestions and no type-information requirement', () => {
    expect(rule.meta.type).toBe('problem');
    expect(rule.meta.docs?.requiresTypeChecking).not.toBe(true);
  });
});
