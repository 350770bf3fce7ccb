import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { clearCatalogCache, findCatalog, parseCatalog } from '../../src/analysis/catalog';

const valid = {
  baseClass: 'AppError',
  errors: {
    ValidationError: { code: 'VALIDATION_FAILED', status: 400, message: 'The request is not valid' },
    NotFoundError: { code: 'NOT_FOUND', status: 404, message: 'Not found', type: 'https://api.example.com/problems/not-found' },
  },
};

describe('parseCatalog', () => {
  it('reads a valid catalog', () => {
    const catalog = parseCatalog('/p/errors.catalog.json', JSON.stringify(valid));
    expect(catalog.problems).toEqual([]);
    expect(catalog.baseClass).toBe('AppError');
    expect([...catalog.entries.keys()]).toEqual(['ValidationError', 'NotFoundError']);
    expect(catalog.entries.get('NotFoundError')).toEqual({
      className: 'NotFoundError',
      code: 'NOT_FOUND',
      status: 404,
      message: 'Not found',
      type: 'https://api.example.com/problems/not-found',
    });
  });

  it('reports JSON syntax errors with line and column', () => {
    const { problems } = parseCatalog('/p/errors.catalog.json', '{\n  "errors": {\n    "A": { "code": "A", }\n  }\n}');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^errors\.catalog\.json: invalid JSON at line 3, column \d+: /);
  });

  it('names the file and the entry of each problem', () => {
    const { problems, entries } = parseCatalog(
      '/p/errors.catalog.json',
      JSON.stringify({
        baseClass: 'Taken',
        extra: true,
        errors: {
          Taken: { code: 'TAKEN', status: 409, message: 'Taken' },
          Twin: { code: 'TAKEN', status: 409, message: 'Twin' },
          LowStatus: { code: 'LOW', status: 302, message: 'Moved' },
          Empty: { code: 'EMPTY', status: 400, message: '  ' },
          BadType: { code: 'BAD_TYPE', status: 400, message: 'x', type: 'not a uri' },
          Unknown: { code: 'UNKNOWN', status: 400, message: 'x', title: 'x' },
          'not-a-class': { code: 'X', status: 400, message: 'x' },
        },
      }),
    );
    expect(problems).toEqual([
      'errors.catalog.json: unknown key "extra" (allowed: $schema, baseClass, errors).',
      'errors.catalog.json: entry "Twin" reuses code "TAKEN" of "Taken"; codes must be unique.',
      'errors.catalog.json: entry "LowStatus": "status" must be an HTTP error status from 400 to 599, got 302.',
      'errors.catalog.json: entry "Empty": "message" must be a non-empty public message.',
      'errors.catalog.json: entry "BadType": "type" must be an absolute URI (RFC 9457), got "not a uri".',
      'errors.catalog.json: entry "Unknown": unknown key "title" (allowed: code, status, message, type, description).',
      'errors.catalog.json: entry "not-a-class": the key must be an exception class name.',
      'errors.catalog.json: "baseClass" Taken is also a catalog entry; the base class is abstract and must not be thrown.',
    ]);
    expect([...entries.keys()]).toEqual(['Taken']);
  });

  it('requires an errors object', () => {
    expect(parseCatalog('/p/c.json', '[]').problems).toEqual(['c.json: the catalog must be a JSON object with an "errors" object.']);
    expect(parseCatalog('/p/c.json', '{}').problems).toEqual([
      'c.json: "errors" must be an object mapping exception class names to { code, status, message }.',
    ]);
  });
});

describe('findCatalog', () => {
  let dir: string;

  beforeEach(() => {
    clearCatalogCache();
    dir = mkdtempSync(path.join(os.tmpdir(), 'safe-errors-catalog-'));
  });

  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('discovers the nearest errors.catalog.json walking up from the linted file', () => {
    mkdirSync(path.join(dir, 'src', 'routes'), { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{}');
    writeFileSync(path.join(dir, 'errors.catalog.json'), JSON.stringify(valid));
    const catalog = findCatalog(undefined, dir, path.join(dir, 'src', 'routes', 'users.ts'));
    expect(catalog?.file).toBe(path.join(dir, 'errors.catalog.json'));
    expect(catalog?.entries.has('NotFoundError')).toBe(true);
  });

  it('stops at the project root', () => {
    mkdirSync(path.join(dir, 'app', 'src'), { recursive: true });
    writeFileSync(path.join(dir, 'errors.catalog.json'), JSON.stringify(valid));
    writeFileSync(path.join(dir, 'app', 'package.json'), '{}');
    expect(findCatalog(undefined, dir, path.join(dir, 'app', 'src', 'a.ts'))).toBeUndefined();
  });

  it('resolves a configured path against the working directory and reports a missing file', () => {
    writeFileSync(path.join(dir, 'custom.json'), JSON.stringify(valid));
    expect(findCatalog('custom.json', dir, path.join(dir, 'a.ts'))?.entries.size).toBe(2);
    const missing = findCatalog('missing.json', dir, path.join(dir, 'a.ts'));
    expect(missing?.problems).toEqual([
      `${path.join(dir, 'missing.json')}: the error catalog cannot be read (file not found). Check settings['safe-errors'].catalog, which is relative to the working directory.`,
    ]);
  });

  it('re-reads the catalog after an edit, without a restart', () => {
    const file = path.join(dir, 'errors.catalog.json');
    writeFileSync(file, JSON.stringify(valid));
    let now = 1_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    expect(findCatalog('errors.catalog.json', dir, 'a.ts')?.entries.size).toBe(2);

    writeFileSync(file, JSON.stringify({ errors: { OnlyOne: { code: 'ONE', status: 400, message: 'One' } } }));
    utimesSync(file, new Date(), new Date(Date.UTC(2030, 0, 1)));
    // Within the recheck interval the cached catalog is served without touching the disk.
    expect(findCatalog('errors.catalog.json', dir, 'a.ts')?.entries.size).toBe(2);
    now += 1500;
    expect([...(findCatalog('errors.catalog.json', dir, 'a.ts')?.entries.keys() ?? [])]).toEqual(['OnlyOne']);
  });
});
