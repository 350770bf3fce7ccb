import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { clearCatalogCache, parseCatalog } from '../src/analysis/catalog';
import { formatCatalogTable, runCli, USAGE } from '../src/cli';

const FIXTURE = path.join(__dirname, 'fixtures', 'errors.catalog.json');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(argv: string[], cwd: string): Run {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const FIXTURE_TABLE = `| Code | Status | Class | Public message | Type |
| --- | --- | --- | --- | --- |
| \`VALIDATION_FAILED\` | 400 | \`ValidationError\` | The request is not valid |  |
| \`NOT_FOUND\` | 404 | \`NotFoundError\` | The resource was not found |  |
| \`INVALID_CREDENTIALS\` | 401 | \`InvalidCredentialsError\` | Invalid username or password |  |
`;

describe('formatCatalogTable', () => {
  it('prints code, status, class, public message and type, in file order', () => {
    const catalog = parseCatalog(FIXTURE, readFileSync(FIXTURE, 'utf8'));
    expect(formatCatalogTable(catalog)).toBe(FIXTURE_TABLE);
  });

  it('keeps cells on one line and escapes pipes', () => {
    const catalog = parseCatalog(
      '/p/errors.catalog.json',
      JSON.stringify({
        errors: {
          PaymentError: {
            code: 'PAY|MENT',
            status: 402,
            message: 'Payment | required\nplease',
            type: 'https://api.example.com/problems/payment',
          },
          Odd: { code: 'WITH`TICK', status: 500, message: 'Back\\slash' },
        },
      }),
    );
    expect(catalog.problems).toEqual([]);
    expect(formatCatalogTable(catalog).split('\n').slice(2)).toEqual([
      '| `PAY\\|MENT` | 402 | `PaymentError` | Payment \\| required please | https://api.example.com/problems/payment |',
      '| WITH`TICK | 500 | `Odd` | Back\\\\slash |  |',
      '',
    ]);
  });

  it('prints only the header for an empty catalog', () => {
    const catalog = parseCatalog('/p/errors.catalog.json', '{ "errors": {} }');
    expect(formatCatalogTable(catalog)).toBe('| Code | Status | Class | Public message | Type |\n| --- | --- | --- | --- | --- |\n');
  });
});

describe('runCli', () => {
  let root: string;

  beforeEach(() => {
    clearCatalogCache();
    root = mkdtempSync(path.join(os.tmpdir(), 'safe-errors-cli-'));
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('prints the catalog at a given path, relative to the working directory', () => {
    const result = run(['catalog', path.relative(root, FIXTURE)], root);
    expect(result).toEqual({ code: 0, stdout: FIXTURE_TABLE, stderr: '' });
  });

  it('reads ./errors.catalog.json by default', () => {
    writeFileSync(path.join(root, 'errors.catalog.json'), readFileSync(FIXTURE, 'utf8'));
    expect(run(['catalog'], root)).toEqual({ code: 0, stdout: FIXTURE_TABLE, stderr: '' });
  });

  it('discovers the catalog upward from the working directory', () => {
    writeFileSync(path.join(root, 'package.json'), '{}');
    writeFileSync(path.join(root, 'errors.catalog.json'), readFileSync(FIXTURE, 'utf8'));
    const deep = path.join(root, 'src', 'routes');
    mkdirSync(deep, { recursive: true });
    expect(run(['catalog'], deep)).toEqual({ code: 0, stdout: FIXTURE_TABLE, stderr: '' });
  });

  it('does not look past the project root', () => {
    const project = path.join(root, 'project');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), '{}');
    writeFileSync(path.join(root, 'errors.catalog.json'), readFileSync(FIXTURE, 'utf8'));
    const result = run(['catalog'], project);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `No errors.catalog.json found in ${project} or its parent directories (up to the folder holding package.json). ` +
        'Pass its path: eslint-plugin-safe-errors catalog path/to/errors.catalog.json\n',
    );
  });

  it('exits 1 and prints every problem to stderr when the catalog is invalid', () => {
    const file = path.join(root, 'errors.catalog.json');
    writeFileSync(
      file,
      JSON.stringify({
        errors: {
          A: { code: 'SAME', status: 400, message: 'A' },
          B: { code: 'SAME', status: 302, message: '' },
        },
      }),
    );
    const result = run(['catalog', file], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `${file} is not a valid error catalog (2 problems):\n` +
        '  - errors.catalog.json: entry "B": "status" must be an HTTP error status from 400 to 599, got 302.\n' +
        '  - errors.catalog.json: entry "B": "message" must be a non-empty public message.\n',
    );
  });

  it('exits 1 on invalid JSON, with line and column', () => {
    writeFileSync(path.join(root, 'errors.catalog.json'), '{\n  "errors": {,\n}');
    const result = run(['catalog'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\(1 problem\):\n {2}- errors\.catalog\.json: invalid JSON at line 2, column \d+: /);
  });

  it('exits 1 when the given file does not exist', () => {
    const result = run(['catalog', 'missing.json'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path.join(root, 'missing.json')}: no such file. Pass the path of an error catalog`);
    expect(result.stderr).not.toContain('settings');
  });

  it.each([
    [[], 'Missing command.'],
    [['list'], 'Unknown command "list".'],
    [['catalog', 'a.json', 'b.json'], 'Expected at most one catalog path, got 2.'],
    [['catalog', '--json'], 'Unknown option "--json".'],
  ])('exits 2 on bad usage: %j', (argv, message) => {
    const result = run(argv, root);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${message}\n${USAGE}\n` });
  });

  it('prints help with exit code 0', () => {
    for (const argv of [['--help'], ['-h'], ['catalog', '--help']]) {
      const result = run(argv, root);
      expect(result.code).toBe(0);
      expect(result.stdout.startsWith(`${USAGE}\n`)).toBe(true);
      expect(result.stderr).toBe('');
    }
  });
});

describe('bin', () => {
  it('is declared in package.json and starts with a shebang', () => {
    const root = path.join(__dirname, '..');
    const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
    expect(packageJson.bin).toEqual({ 'eslint-plugin-safe-errors': './dist/cli.js' });
    expect(readFileSync(path.join(root, 'src', 'cli.ts'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
