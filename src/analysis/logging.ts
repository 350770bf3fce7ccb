/** Logging calls: `console.*`, and `log`/`logger`/`winston`/`pino`/`bunyan` style objects, `req.log`, Sentry. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { calleePath, memberName, unwrap } from '../util/ast';
import { AST_NODE_TYPES } from '../util/ts-estree';

const LOGGER_OBJECT = /(^|\.)(console|log|logger|winston|pino|bunyan|debug|sentry)$/i;
/** Objects whose own `log()` method logs: Hapi's `request.log()` and `server.log()`, a class's `this.log()`. */
const LOG_METHOD_OWNER = /(^|\.)(this|request|req|server|h|ctx|context|app|fastify)$/i;

/** Factories that hand out a logger: `logger().debug(…)` (dittofeed), `getLogger().error(…)`. */
const LOGGER_FACTORY = /(^|\.)(logger|log|get_?logger|create_?logger)$/i;
const LOG_LEVELS = new Set(['error', 'warn', 'info', 'debug', 'trace', 'fatal', 'log']);

export function isLoggingCall(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && unwrap(callee.object).type === AST_NODE_TYPES.CallExpression) {
    const factory = unwrap(callee.object) as TSESTree.CallExpression;
    const factoryPath = calleePath(factory.callee);
    return factory.arguments.length === 0 && factoryPath !== undefined && LOGGER_FACTORY.test(factoryPath) && LOG_LEVELS.has(memberName(callee) ?? '');
  }
  const path = calleePath(callee);
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
