/**
 * The error catalog: business exception classes with a code, an HTTP status
 * and a public message — the list of everything the API may say.
 *
 * Read once per process and cached by path and modification time (checked at
 * most once a second), so editors see edits without a restart. Never throws:
 * a missing, unreadable or invalid file becomes a list of problems.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface CatalogEntry {
  className: string;
  code: string;
  status: number;
  message: string;
  type?: string;
  description?: string;
}

export interface Catalog {
  /** Absolute path of the catalog file. */
  file: string;
  baseClass: string | undefined;
  entries: ReadonlyMap<string, CatalogEntry>;
  /** Problems found while reading or validating; each names the file and the entry. */
  problems: readonly string[];
}

export const CATALOG_FILE_NAME = 'errors.catalog.json';
const ENTRY_KEYS = new Set(['code', 'status', 'message', 'type', 'description']);
const TOP_LEVEL_KEYS = new Set(['$schema', 'baseClass', 'errors']);
const RECHECK_MS = 1000;
const DISCOVERY_MS = 5000;

interface CachedCatalog {
  mtimeMs: number;
  checkedAt: number;
  catalog: Catalog;
}

const catalogs = new Map<string, CachedCatalog>();
const discovered = new Map<string, { file: string | undefined; checkedAt: number }>();

/**
 * The catalog for a linted file: `configured` (relative to `cwd`) when set,
 * else the nearest `errors.catalog.json` above the file. Undefined when none exists.
 */
export function findCatalog(configured: string | undefined, cwd: string, lintedFile: string): Catalog | undefined {
  // ESLint passes absolute paths; `path.resolve` would normalise them again for every file.
  const file = configured ? path.resolve(cwd, configured) : discover(path.dirname(path.isAbsolute(lintedFile) ? lintedFile : path.resolve(cwd, lintedFile)));
  if (!file) return undefined;
  return loadCatalog(file, configured !== undefined);
}

/**
 * The nearest catalog above a directory. Every directory on the way up is
 * cached with the answer, so sibling folders cost nothing; answers are kept
 * a few seconds so a new catalog is found without a restart.
 */
function discover(directory: string): string | undefined {
  const now = Date.now();
  const cached = discovered.get(directory);
  if (cached && now - cached.checkedAt < DISCOVERY_MS) return cached.file;
  const visited: string[] = [];
  // `existsSync` rather than `statSync`: several times cheaper, and asked twice for each new directory.
  let file: string | undefined;
  for (let dir = directory; ; dir = path.dirname(dir)) {
    const known = dir === directory ? undefined : discovered.get(dir);
    if (known && now - known.checkedAt < DISCOVERY_MS) {
      file = known.file;
      break;
    }
    visited.push(dir);
    const candidate = path.join(dir, CATALOG_FILE_NAME);
    if (existsSync(candidate)) {
      file = candidate;
      break;
    }
    if (path.dirname(dir) === dir || existsSync(path.join(dir, 'package.json'))) break; // stop at the project root
  }
  for (const dir of visited) discovered.set(dir, { file, checkedAt: now });
  return file;
}


export function loadCatalog(file: string, mustExist = true): Catalog | undefined {
  const now = Date.now();
  const cached = catalogs.get(file);
  if (cached && now - cached.checkedAt < RECHECK_MS) return cached.catalog;
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    if (!mustExist) return undefined;
    const catalog = emptyCatalog(file, [`${file}: the error catalog cannot be read (file not found). Check settings['safe-errors'].catalog, which is relative to the working directory.`]);
    catalogs.set(file, { mtimeMs: -1, checkedAt: now, catalog });
    return catalog;
  }
  if (cached && cached.mtimeMs === mtimeMs) {
    cached.checkedAt = now;
    return cached.catalog;
  }
  const catalog = parseCatalog(file, readText(file));
  catalogs.set(file, { mtimeMs, checkedAt: now, catalog });
  return catalog;
}

function readText(file: string): string | Error {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function emptyCatalog(file: string, problems: string[]): Catalog {
  return { file, baseClass: undefined, entries: new Map(), problems };
}

/** Parses and validates catalog text. Exported for tests and the listing command. */
export function parseCatalog(file: string, text: string | Error): Catalog {
  const name = path.basename(file);
  if (text instanceof Error) return emptyCatalog(file, [`${name}: the error catalog cannot be read (${text.message}).`]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return emptyCatalog(file, [`${name}: invalid JSON${jsonErrorLocation(text, error)}: ${error instanceof Error ? error.message : String(error)}.`]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return emptyCatalog(file, [`${name}: the catalog must be a JSON object with an "errors" object.`]);
  }
  const problems: string[] = [];
  const root = data as Record<string, unknown>;
  for (const key of Object.keys(root)) {
    if (!TOP_LEVEL_KEYS.has(key)) problems.push(`${name}: unknown key "${key}" (allowed: $schema, baseClass, errors).`);
  }
  let baseClass: string | undefined;
  if (root.baseClass !== undefined) {
    if (typeof root.baseClass === 'string' && root.baseClass !== '') baseClass = root.baseClass;
    else problems.push(`${name}: "baseClass" must be a class name string.`);
  }
  const errors = root.errors;
  const entries = new Map<string, CatalogEntry>();
  if (typeof errors !== 'object' || errors === null || Array.isArray(errors)) {
    problems.push(`${name}: "errors" must be an object mapping exception class names to { code, status, message }.`);
    return { file, baseClass, entries, problems };
  }
  const codes = new Map<string, string>();
  for (const [className, value] of Object.entries(errors as Record<string, unknown>)) {
    const entry = validateEntry(name, className, value, problems);
    if (!entry) continue;
    const clash = codes.get(entry.code);
    if (clash) {
      problems.push(`${name}: entry "${className}" reuses code "${entry.code}" of "${clash}"; codes must be unique.`);
      continue;
    }
    codes.set(entry.code, className);
    entries.set(className, entry);
  }
  if (baseClass && entries.has(baseClass)) {
    problems.push(`${name}: "baseClass" ${baseClass} is also a catalog entry; the base class is abstract and must not be thrown.`);
  }
  return { file, baseClass, entries, problems };
}

function validateEntry(name: string, className: string, value: unknown, problems: string[]): CatalogEntry | undefined {
  const at = `${name}: entry "${className}"`;
  if (!/^[A-Za-z_$][\w$]*$/.test(className)) {
    problems.push(`${at}: the key must be an exception class name.`);
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${at} must be an object with code, status and message.`);
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const before = problems.length;
  for (const key of Object.keys(record)) {
    if (!ENTRY_KEYS.has(key)) problems.push(`${at}: unknown key "${key}" (allowed: code, status, message, type, description).`);
  }
  const { code, status, message, type, description } = record;
  if (typeof code !== 'string' || code.trim() === '') problems.push(`${at}: "code" must be a non-empty string.`);
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599) {
    problems.push(`${at}: "status" must be an HTTP error status from 400 to 599, got ${JSON.stringify(status)}.`);
  }
  if (typeof message !== 'string' || message.trim() === '') problems.push(`${at}: "message" must be a non-empty public message.`);
  if (type !== undefined && (typeof type !== 'string' || !/^[a-z][a-z\d+.-]*:\S+$/i.test(type))) {
    problems.push(`${at}: "type" must be an absolute URI (RFC 9457), got ${JSON.stringify(type)}.`);
  }
  if (description !== undefined && typeof description !== 'string') problems.push(`${at}: "description" must be a string.`);
  if (problems.length > before) return undefined;
  return {
    className,
    code: code as string,
    status: status as number,
    message: message as string,
    ...(typeof type === 'string' ? { type } : {}),
    ...(typeof description === 'string' ? { description } : {}),
  };
}

/** " at line 3, column 5" from a JSON.parse error, when it gives a position. */
function jsonErrorLocation(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  if (!position?.[1]) return '';
  const offset = Number(position[1]);
  const lines = text.slice(0, offset).split('\n');
  return ` at line ${lines.length}, column ${(lines[lines.length - 1]?.length ?? 0) + 1}`;
}

/** For tests: forget cached catalogs and discoveries. */
export function clearCatalogCache(): void {
  catalogs.clear();
  discovered.clear();
}
