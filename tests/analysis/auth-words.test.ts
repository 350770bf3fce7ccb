import { describe, expect, it } from 'vitest';

import { AUTH_WORDS, FLOW_PATTERNS } from '../../src/analysis/auth-flows';

/**
 * The words of one alternative of a name or path pattern, spelled every way the pattern allows
 * its optional characters: `log_?in` → `login`, `log_in`; `sessions?` → `session`, `sessions`.
 */
function spellings(alternative: string): string[] {
  let forms = [''];
  for (let i = 0; i < alternative.length; i++) {
    let char = alternative[i] as string;
    if (char === '\\') char = alternative[++i] as string;
    const optional = alternative[i + 1] === '?';
    if (optional) i++;
    forms = forms.flatMap((form) => (optional ? [form, form + char] : [form + char]));
  }
  return forms;
}

/** The alternatives of a pattern's main group: `^(a|b|c)$`, `(^|\/)(a|b)(\/|$)` or `(a|b)`. */
function alternatives(pattern: RegExp): string[] {
  const groups = [...pattern.source.matchAll(/\(([^()]*)\)/g)].map((match) => match[1] as string);
  const main = groups.find((group) => !group.includes('^') && !group.includes('$')) ?? pattern.source;
  return main.split('|');
}

describe('AUTH_WORDS', () => {
  for (const [name, pattern] of Object.entries(FLOW_PATTERNS)) {
    it(`covers every alternative of ${name}`, () => {
      const texts = alternatives(pattern)
        .flatMap(spellings)
        .filter((text) => pattern.test(text) || pattern.test(`/${text}`));
      // Every alternative yields at least one real match, so no alternative goes untested.
      expect(texts.length).toBeGreaterThanOrEqual(alternatives(pattern).length);
      expect(texts.filter((text) => !AUTH_WORDS.test(text))).toEqual([]);
    });
  }

  it('passes on a passport strategy and skips ordinary code', () => {
    expect(AUTH_WORDS.test('new LocalStrategy(async (username, password, done) => {})')).toBe(true);
    expect(AUTH_WORDS.test('export function chunk(items, size) { return items.slice(0, size); }')).toBe(false);
  });

  it('takes createAccount only as a whole name', () => {
    expect(AUTH_WORDS.test('async createAccount(dto) {')).toBe(true);
    expect(AUTH_WORDS.test('export interface CreateAccountInput { name: string }')).toBe(false);
  });
});
