/**
 * Reads and validates `settings['safe-errors']`, shared by every rule.
 *
 * A bad value never throws: it becomes a problem (reported once per file by
 * `createRule`) and the key falls back to its default.
 */

export interface ResponseHelper {
  /** Function or method name, e.g. `sendError` or `http.sendError`. */
  name: string;
  /** Index of the argument that is the response object; none for a helper that builds and returns the response. */
  response?: number;
  /** Index of the argument that becomes the response body. */
  body: number;
}

export interface SafeErrorsSettings {
  catalog: string | undefined;
  devGuards: readonly string[];
  sanitizers: readonly string[];
  safeErrorClasses: readonly string[];
  responseHelpers: readonly ResponseHelper[];
}

export interface SettingsResult {
  settings: SafeErrorsSettings;
  problems: readonly string[];
}

export const SETTINGS_KEY = 'safe-errors';

const DEFAULTS: SafeErrorsSettings = {
  catalog: undefined,
  devGuards: [],
  sanitizers: [],
  safeErrorClasses: [],
  responseHelpers: [],
};

const KNOWN_KEYS = Object.keys(DEFAULTS) as (keyof SafeErrorsSettings)[];

const EMPTY_RESULT: SettingsResult = { settings: DEFAULTS, problems: [] };

// Keyed by the settings object ESLint hands us: one validation per config, not per file.
const cache = new WeakMap<object, SettingsResult>();

export function readSettings(allSettings: Readonly<Record<string, unknown>> | undefined): SettingsResult {
  const raw = allSettings?.[SETTINGS_KEY];
  if (raw === undefined || raw === null) return EMPTY_RESULT;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      settings: DEFAULTS,
      problems: [`settings['${SETTINGS_KEY}'] must be an object, got ${describe(raw)}.`],
    };
  }
  let result = cache.get(raw);
  if (!result) {
    result = validate(raw as Record<string, unknown>);
    cache.set(raw, result);
  }
  return result;
}

function validate(raw: Record<string, unknown>): SettingsResult {
  const problems: string[] = [];
  const settings: { -readonly [K in keyof SafeErrorsSettings]: SafeErrorsSettings[K] } = { ...DEFAULTS };
  const where = (key: string): string => `settings['${SETTINGS_KEY}'].${key}`;

  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case 'catalog':
        if (typeof value === 'string' && value.trim() !== '') settings.catalog = value;
        else problems.push(`${where(key)} must be a non-empty file path string, got ${describe(value)}.`);
        break;
      case 'devGuards':
      case 'sanitizers':
      case 'safeErrorClasses':
        if (isStringArray(value)) settings[key] = value;
        else problems.push(`${where(key)} must be an array of strings, got ${describe(value)}.`);
        break;
      case 'responseHelpers': {
        const helpers = readResponseHelpers(value, where(key), problems);
        if (helpers) settings.responseHelpers = helpers;
        break;
      }
      default:
        problems.push(`${where(key)} is not a known setting. Known settings: ${KNOWN_KEYS.join(', ')}.`);
    }
  }
  return { settings, problems };
}

function readResponseHelpers(value: unknown, where: string, problems: string[]): ResponseHelper[] | undefined {
  if (!Array.isArray(value)) {
    problems.push(`${where} must be an array of { name, response, body } objects, got ${describe(value)}.`);
    return undefined;
  }
  const helpers: ResponseHelper[] = [];
  value.forEach((entry: unknown, index) => {
    const at = `${where}[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${at} must be an object like { "name": "sendError", "response": 0, "body": 1 }, got ${describe(entry)}.`);
      return;
    }
    const { name, response, body, ...rest } = entry as Record<string, unknown>;
    const unknownKeys = Object.keys(rest);
    if (unknownKeys.length > 0) {
      problems.push(`${at}.${unknownKeys[0]} is not a known key. Known keys: name, response, body.`);
      return;
    }
    if (typeof name !== 'string' || name === '') {
      problems.push(`${at}.name must be a non-empty string, got ${describe(name)}.`);
      return;
    }
    // A helper that builds and returns the response (`responses.badRequest(message)`) has no response argument.
    if (response !== undefined && !isArgumentIndex(response)) {
      problems.push(`${at}.response must be an argument index (an integer from 0), or left out for a helper that returns the response, got ${describe(response)}.`);
      return;
    }
    if (!isArgumentIndex(body)) {
      problems.push(`${at}.body must be an argument index (an integer from 0), got ${describe(body)}.`);
      return;
    }
    helpers.push({ name, body, ...(response !== undefined ? { response } : {}) });
  });
  return helpers;
}

function isArgumentIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
