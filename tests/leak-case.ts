import type { InvalidTestCase } from '@typescript-eslint/rule-tester';

import type { Options } from '../src/rules/no-leaked-error-details';

type MessageId = 'leak' | 'launderedIntoCatalogError';
type Case = InvalidTestCase<'leak' | 'launderedIntoCatalogError' | 'replaceWithGeneric' | 'logError', [Options]>;

export interface LeakCaseOptions {
  /** The error variable the "log it" suggestion logs; omit when the code already logs it. */
  log?: { error: string; before: string };
  messageId?: MessageId;
  options?: [Options];
  filename?: string;
  settings?: Record<string, unknown>;
  languageOptions?: Case['languageOptions'];
  /** Exact replacement text when the leak is a shorthand property or spread. */
  replacement?: string;
}

const GENERIC = "'Internal Server Error'";

/**
 * An invalid case written with the leaked expressions marked: `«err.message»`.
 * Each mark must be reported at its line, with a suggestion that replaces
 * exactly that expression, and (when `log` is given) one that logs the error
 * just before the statement starting with `log.before`.
 */
export function leakCase(marked: string, options: LeakCaseOptions = {}): Case {
  const marks: { start: number; end: number }[] = [];
  let code = '';
  for (const part of marked.split(/(«[^»]*»)/)) {
    if (part.startsWith('«')) {
      const text = part.slice(1, -1);
      marks.push({ start: code.length, end: code.length + text.length });
      code += text;
    } else code += part;
  }
  if (marks.length === 0) throw new Error(`leakCase needs a «mark»: ${marked}`);
  const lineOf = (offset: number): number => code.slice(0, offset).split('\n').length;
  const errors = marks.map(({ start, end }) => {
    const replaced = code.slice(0, start) + (options.replacement ?? GENERIC) + code.slice(end);
    const suggestions: { messageId: 'replaceWithGeneric' | 'logError'; output: string; data?: Record<string, string> }[] = [
      { messageId: 'replaceWithGeneric', output: options.replacement ? applyShorthand(code, start, end, options.replacement) : replaced },
    ];
    if (options.log) {
      const at = code.lastIndexOf(options.log.before, start);
      if (at < 0) throw new Error(`leakCase: "${options.log.before}" not found before the mark`);
      const padding = ' '.repeat(at - (code.lastIndexOf('\n', at) + 1));
      suggestions.push({
        messageId: 'logError',
        data: { error: options.log.error },
        output: `${code.slice(0, at)}console.error(${options.log.error});\n${padding}${code.slice(at)}`,
      });
    }
    return { messageId: options.messageId ?? 'leak', line: lineOf(start), suggestions };
  });
  return {
    code,
    errors,
    ...(options.options ? { options: options.options } : {}),
    ...(options.filename ? { filename: options.filename } : {}),
    ...(options.settings ? { settings: options.settings } : {}),
    ...(options.languageOptions ? { languageOptions: options.languageOptions } : {}),
  };
}

/** For `{ message }` and `{ ...err }`, the replacement covers the property, not just the value. */
function applyShorthand(code: string, start: number, end: number, replacement: string): string {
  const before = code.slice(0, start);
  const spread = before.endsWith('...') ? 3 : 0;
  return code.slice(0, start - spread) + replacement + code.slice(end);
}
