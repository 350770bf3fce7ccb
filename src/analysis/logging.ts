/** Logging calls: `console.*`, and `log`/`logger`/`winston`/`pino`/`bunyan` style objects, `req.log`, Sentry. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { calleePath } from '../util/ast';

const LOGGER_OBJECT = /(^|\.)(console|log|logger|winston|pino|bunyan|debug|sentry)$/i;
/** Objects whose own `log()` method logs: Hapi's `request.log()` and `server.log()`, a class's `this.log()`. */
const LOG_METHOD_OWNER = /(^|\.)(this|request|req|server|h|ctx|context|app|fastify)$/i;

export function isLoggingCall(call: TSESTree.CallExpression): boolean {
  const path = calleePath(call.callee);
  if (!path) return false;
  const dot = path.lastIndexOf('.');
  if (dot < 0) return false;
  const objectPath = path.slice(0, dot);
  if (LOGGER_OBJECT.test(objectPath) || /logger$/i.test(objectPath)) return true;
  // `request.log(…)` (Hapi), `this.log(…)`; not `tokens.log(token)`, which records a token's use.
  return path.slice(dot + 1) === 'log' && LOG_METHOD_OWNER.test(objectPath);
}

/** Whether a log call's arguments name `name` (an identifier or a path like `req.id`) as a whole word. */
export function logCallMentions(call: TSESTree.CallExpression, name: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const pattern = new RegExp(`(^|[^\\w$.])${name.replace(/[.$]/g, (c) => `\\${c}`)}(?![\\w$])`);
  return call.arguments.some((arg) => pattern.test(sourceCode.getText(arg)));
}
