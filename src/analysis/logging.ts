/** Logging calls: `console.*`, and `log`/`logger`/`winston`/`pino`/`bunyan` style objects, `req.log`, Sentry. */
import type { TSESTree } from '@typescript-eslint/utils';

import { calleePath } from './error-taint';

const LOGGER_OBJECT = /(^|\.)(console|log|logger|winston|pino|bunyan|debug|sentry)$/i;

export function isLoggingCall(call: TSESTree.CallExpression): boolean {
  const path = calleePath(call.callee);
  if (!path) return false;
  const dot = path.lastIndexOf('.');
  if (dot < 0) return false;
  // `request.log(…)` (Hapi), `this.log(…)`: a method named log.
  if (path.slice(dot + 1) === 'log') return true;
  const objectPath = path.slice(0, dot);
  return LOGGER_OBJECT.test(objectPath) || /logger$/i.test(objectPath);
}
