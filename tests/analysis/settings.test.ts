import { describe, expect, it } from 'vitest';

import { readSettings } from '../../src/analysis/settings';

describe('readSettings', () => {
  it('defaults when the key is absent', () => {
    expect(readSettings({})).toEqual({
      settings: { catalog: undefined, devGuards: [], sanitizers: [], safeErrorClasses: [], responseHelpers: [] },
      problems: [],
    });
    expect(readSettings(undefined).problems).toEqual([]);
  });

  it('reads every known key', () => {
    const helper = { name: 'sendError', response: 0, body: 1 };
    const { settings, problems } = readSettings({
      'safe-errors': {
        catalog: './errors.catalog.json',
        devGuards: ['isDev'],
        sanitizers: ['toPublicError'],
        safeErrorClasses: ['HttpException'],
        responseHelpers: [helper],
      },
    });
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      catalog: './errors.catalog.json',
      devGuards: ['isDev'],
      sanitizers: ['toPublicError'],
      safeErrorClasses: ['HttpException'],
      responseHelpers: [helper],
    });
  });

  it('names an unknown key and falls back for it', () => {
    const { settings, problems } = readSettings({ 'safe-errors': { sanitisers: ['x'], devGuards: ['isDev'] } });
    expect(problems).toEqual([
      "settings['safe-errors'].sanitisers is not a known setting. Known settings: catalog, devGuards, sanitizers, safeErrorClasses, responseHelpers.",
    ]);
    expect(settings.devGuards).toEqual(['isDev']);
    expect(settings.sanitizers).toEqual([]);
  });

  it('names each key with a wrong type', () => {
    const { problems } = readSettings({
      'safe-errors': { catalog: 3, devGuards: 'isDev', sanitizers: [1], safeErrorClasses: {}, responseHelpers: 'x' },
    });
    expect(problems).toEqual([
      "settings['safe-errors'].catalog must be a non-empty file path string, got number 3.",
      `settings['safe-errors'].devGuards must be an array of strings, got "isDev".`,
      "settings['safe-errors'].sanitizers must be an array of strings, got an array.",
      "settings['safe-errors'].safeErrorClasses must be an array of strings, got an object.",
      `settings['safe-errors'].responseHelpers must be an array of { name, response, body } objects, got "x".`,
    ]);
  });

  it('checks each response helper', () => {
    const { settings, problems } = readSettings({
      'safe-errors': {
        responseHelpers: [
          { name: 'ok', response: 0, body: 1 },
          { name: 'sendError', response: -1, body: 1 },
          { name: '', response: 0, body: 1 },
          { name: 'x', response: 0, body: 1, status: 2 },
          'sendError',
          { name: 'responses.badRequest', body: 0 },
          { name: 'problem' },
        ],
      },
    });
    expect(settings.responseHelpers).toEqual([
      { name: 'ok', response: 0, body: 1 },
      { name: 'responses.badRequest', body: 0 },
    ]);
    expect(problems).toEqual([
      "settings['safe-errors'].responseHelpers[1].response must be an argument index (an integer from 0), or left out for a helper that returns the response, got number -1.",
      `settings['safe-errors'].responseHelpers[2].name must be a non-empty string, got "".`,
      "settings['safe-errors'].responseHelpers[3].status is not a known key. Known keys: name, response, body.",
      `settings['safe-errors'].responseHelpers[4] must be an object like { "name": "sendError", "response": 0, "body": 1 }, got "sendError".`,
      "settings['safe-errors'].responseHelpers[6].body must be an argument index (an integer from 0), got nothing.",
    ]);
  });

  it('rejects a non-object', () => {
    expect(readSettings({ 'safe-errors': ['catalog'] }).problems).toEqual(["settings['safe-errors'] must be an object, got an array."]);
  });
});
