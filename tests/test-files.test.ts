/**
 * Tests answer no client: no rule reports in a file named like a test or one that imports a
 * test runner. The same code elsewhere gets a report from every rule, so each case can fail.
 */
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index';

const APP = `import express from 'express';
import errorHandler from 'errorhandler';
import bcrypt from 'bcrypt';

const app = express();
app.use(errorHandler());

app.post('/login', async (req, res) => {
  const user = await db.users.findOne({ email: req.body.email });
  if (!user) return res.status(404).json({ error: 'User not found' });
  if (!(await bcrypt.compare(req.body.password, user.passwordHash))) return res.status(401).json({ message: 'Wrong password' });
  res.json({ ok: true });
});

app.get('/items', async (req, res) => {
  try {
    res.json(await db.items.find());
  } catch (err) {
    res.status(200).json({ error: err.message });
  }
});

app.get('/report', async (req, res) => {
  try {
    res.json(await db.report());
  } catch {
    res.status(500).json({ message: 'Something went wrong' });
  }
});

export function connect(apiKey: string) {
  if (!apiKey) throw new Error('No key');
  console.error('connect failed', { apiKey });
}
`;

function rulesReported(code: string, filename: string): string[] {
  const linter = new Linter({ configType: 'flat', cwd: '/project' });
  const config = [
    { files: ['**/*.ts', '**/*.mts'], languageOptions: { parser: tsParser } },
    { plugins: { 'safe-errors': plugin }, rules: plugin.configs['flat/strict'].rules },
  ] as Linter.Config[];
  const messages = linter.verify(code, config, filename);
  return [...new Set(messages.map((message) => message.ruleId ?? `fatal: ${message.message}`))].sort();
}

const ALL_RULES = Object.keys(plugin.rules).map((name) => `safe-errors/${name}`).sort();

describe('test files', () => {
  it('every rule reports on the app outside tests', () => {
    expect(rulesReported(APP, '/project/src/app.ts')).toEqual(ALL_RULES);
    // Named like a test only in a directory's name, or importing something else: not a test.
    expect(rulesReported(APP, '/project/src/tests-helpers/app.ts')).toEqual(ALL_RULES);
    expect(rulesReported(`import { z } from 'zod';\n${APP}`, '/project/src/latest.ts')).toEqual(ALL_RULES);
  });

  it.each(['/project/src/app.test.ts', '/project/src/app.spec.ts', '/project/src/__tests__/app.ts', '/project/src/app.e2e.test.mts'])('no rule reports in %s', (filename) => {
    expect(rulesReported(APP, filename)).toEqual([]);
  });

  it.each(['vitest', '@jest/globals', 'node:test', 'bun:test'])('no rule reports in a file that imports %s', (runner) => {
    expect(rulesReported(`import { it } from '${runner}';\n${APP}`, '/project/src/app.ts')).toEqual([]);
  });
});
