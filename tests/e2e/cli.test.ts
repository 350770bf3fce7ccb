/**
 * The real ESLint CLI and Node API of each supported major, over a fixture
 * project, in the four ways users load the plugin. Nothing is installed at
 * test time: each ESLint major is an aliased dev dependency (`eslint-v8`,
 * `eslint-v9`, `eslint-v10`) linked into a temporary copy of the fixture as
 * its `eslint`, next to the built plugin.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURE = path.join(__dirname, 'fixtures', 'project');
const RULE = 'safe-errors/no-leaked-error-details';
const STATUS_RULE = 'safe-errors/no-error-with-success-status';
const ENUMERATION_RULE = 'safe-errors/no-user-enumeration';
const CATALOG_RULE = 'safe-errors/only-throw-catalog-errors';
const DEBUG_RULE = 'safe-errors/no-debug-error-handler';
const SECRETS_RULE = 'safe-errors/no-sensitive-data-in-errors';

interface Mode {
  name: string;
  eslintPackage: 'eslint-v8' | 'eslint-v9' | 'eslint-v10';
  flat: boolean;
  config?: string;
}

const MODES: Mode[] = [
  { name: 'ESLint 8.57, .eslintrc.json', eslintPackage: 'eslint-v8', flat: false },
  { name: 'ESLint 9, .eslintrc.json (ESLINT_USE_FLAT_CONFIG=false)', eslintPackage: 'eslint-v9', flat: false },
  { name: 'ESLint 9, eslint.config.js', eslintPackage: 'eslint-v9', flat: true },
  { name: 'ESLint 10, eslint.config.js', eslintPackage: 'eslint-v10', flat: true },
  { name: 'ESLint 9, defineConfig extends "safe-errors/recommended"', eslintPackage: 'eslint-v9', flat: true, config: 'eslint.define-config.js' },
  { name: 'ESLint 10, defineConfig extends "safe-errors/recommended"', eslintPackage: 'eslint-v10', flat: true, config: 'eslint.define-config.js' },
];

/** Every finding the fixture must produce: file, rule, line. */
const EXPECTED_FINDINGS = [
  ['src/auth.ts', ENUMERATION_RULE, 10],
  ['src/auth.ts', ENUMERATION_RULE, 12],
  ['src/auth.ts', CATALOG_RULE, 19],
  ['src/auth.ts', CATALOG_RULE, 23],
  ['src/leaky.ts', RULE, 9],
  ['src/leaky.ts', RULE, 14],
  ['src/leaky.ts', STATUS_RULE, 21],
  ['src/legacy.js', RULE, 8],
  ['src/setup.js', DEBUG_RULE, 5],
  ['src/setup.js', SECRETS_RULE, 8],
];

const BAD_SETTINGS = { 'safe-errors': { catalgo: 'errors.catalog.json', catalog: 'missing.catalog.json' } };

interface LintMessage {
  ruleId: string | null;
  line: number;
  message: string;
  fatal?: boolean;
  suggestions?: { desc: string }[];
}
interface LintResult {
  filePath: string;
  messages: LintMessage[];
}

const projects = new Map<Mode, string>();

beforeAll(() => {
  for (const mode of MODES) projects.set(mode, makeProject(mode));
});

afterAll(() => {
  for (const dir of projects.values()) rmSync(dir, { recursive: true, force: true });
});

/**
 * `npm run test:pack` sets this to folders where the packed tarball was installed from the
 * registry next to each ESLint major; by default the suite uses this checkout's build.
 */
const INSTALLS = process.env.SAFE_ERRORS_E2E_INSTALLS
  ? (JSON.parse(process.env.SAFE_ERRORS_E2E_INSTALLS) as Record<Mode['eslintPackage'], string>)
  : undefined;

/** A temporary copy of the fixture whose node_modules holds this mode's ESLint and the plugin. */
function makeProject(mode: Mode): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'safe-errors-e2e-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const modules = path.join(dir, 'node_modules');
  mkdirSync(path.join(modules, '@typescript-eslint'), { recursive: true });
  const installed = INSTALLS?.[mode.eslintPackage];
  const link = (target: string, name: string): void => symlinkSync(target, path.join(modules, name), 'dir');
  if (installed) {
    link(path.join(installed, 'eslint'), 'eslint');
    link(path.join(installed, 'eslint-plugin-safe-errors'), 'eslint-plugin-safe-errors');
    link(path.join(installed, '@typescript-eslint', 'parser'), '@typescript-eslint/parser');
  } else {
    link(path.join(ROOT, 'node_modules', mode.eslintPackage), 'eslint');
    link(ROOT, 'eslint-plugin-safe-errors');
    link(path.join(ROOT, 'node_modules', '@typescript-eslint', 'parser'), '@typescript-eslint/parser');
  }
  writeFileSync(
    path.join(dir, 'eslint.bad-settings.config.js'),
    `module.exports = [...require('./eslint.config.js'), { settings: ${JSON.stringify(BAD_SETTINGS)} }];\n`,
  );
  writeFileSync(
    path.join(dir, '.eslintrc.bad-settings.json'),
    JSON.stringify({ ...JSON.parse(readFileSync(path.join(FIXTURE, '.eslintrc.json'), 'utf8')), settings: BAD_SETTINGS }, null, 2),
  );
  return dir;
}

function runCli(mode: Mode, args: string[], config = mode.config): { status: number | null; results: LintResult[]; stderr: string } {
  const dir = projects.get(mode) as string;
  const configArgs = mode.flat ? (config ? ['--config', config] : []) : ['--ext', '.js,.ts', ...(config ? ['--no-eslintrc', '--config', config] : [])];
  const result = spawnSync(process.execPath, [path.join(dir, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--format', 'json', ...configArgs, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ESLINT_USE_FLAT_CONFIG: mode.flat ? 'true' : 'false' },
  });
  let results: LintResult[] = [];
  try {
    results = JSON.parse(result.stdout) as LintResult[];
  } catch {
    throw new Error(`ESLint printed no JSON (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return { status: result.status, results, stderr: result.stderr };
}

function findings(results: LintResult[], dir: string): (string | number | null)[][] {
  return results
    .flatMap((result) => result.messages.map((message) => [path.relative(dir, result.filePath).replace(/\\/g, '/'), message.ruleId, message.line]))
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[2]) - Number(b[2]));
}

describe.each(MODES)('$name', (mode) => {
  it('reports exactly the expected findings and exits 1', () => {
    const { status, results, stderr } = runCli(mode, ['src']);
    expect(findings(results, projects.get(mode) as string)).toEqual(EXPECTED_FINDINGS);
    expect(results.flatMap((result) => result.messages).some((message) => message.fatal)).toBe(false);
    expect(status, stderr).toBe(1);
  });

  it('reports the strict rules with the strict config', () => {
    const config = mode.flat ? 'eslint.strict.config.js' : '.eslintrc.strict.json';
    const { status, results } = runCli(mode, ['src/strict.ts'], config);
    expect(findings(results, projects.get(mode) as string)).toEqual([
      ['src/strict.ts', 'safe-errors/consistent-error-shape', 7],
      ['src/strict.ts', 'safe-errors/require-error-reference', 7],
    ]);
    expect(status).toBe(1);
  });

  it('exits 0 on clean code', () => {
    const { status, results } = runCli(mode, ['src/clean.ts']);
    expect(results).toHaveLength(1);
    expect(results[0]?.messages).toEqual([]);
    expect(status).toBe(0);
  });

  it('turns a broken configuration into lint messages, not a crash', () => {
    const config = mode.flat ? 'eslint.bad-settings.config.js' : '.eslintrc.bad-settings.json';
    const { status, results, stderr } = runCli(mode, ['src/clean.ts'], config);
    const messages = results[0]?.messages ?? [];
    // Reported once per file, by whichever of the plugin's rules runs first.
    expect(messages.map((message) => [message.ruleId?.startsWith('safe-errors/'), message.line])).toEqual([
      [true, 1],
      [true, 1],
    ]);
    expect(messages[0]?.message).toContain("settings['safe-errors'].catalgo is not a known setting");
    expect(messages[1]?.message).toMatch(/missing\.catalog\.json: the error catalog cannot be read/);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(status).toBe(1);
  });

  it('returns suggestions through the Node API, as editors use it', async () => {
    const dir = projects.get(mode) as string;
    const requireFromProject = createRequire(path.join(dir, 'package.json'));
    const eslintModule = requireFromProject('eslint') as typeof import('eslint');
    let eslint: { lintText(code: string, options: { filePath: string }): Promise<{ messages: unknown[] }[]> };
    if (mode.eslintPackage === 'eslint-v8') {
      eslint = new eslintModule.ESLint({ cwd: dir });
    } else {
      const ESLintClass = await eslintModule.loadESLint({ useFlatConfig: mode.flat });
      eslint = new ESLintClass({ cwd: dir, ...(mode.config ? { overrideConfigFile: mode.config } : {}) });
    }
    const code = `import express from 'express';
const app = express();
app.use((err, req, res, next) => {
  res.status(500).json({ error: err.message });
});
`;
    const [result] = await eslint.lintText(code, { filePath: path.join(dir, 'src', 'typed-in-editor.ts') });
    const messages = (result?.messages ?? []) as LintMessage[];
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([[RULE, 4]]);
    expect(messages[0]?.suggestions?.map((suggestion) => suggestion.desc)).toEqual([
      "Replace with 'Internal Server Error'.",
      'Log err before answering.',
    ]);
  });
});
