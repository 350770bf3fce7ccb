/**
 * Development error pages and switches mounted without an environment guard:
 * `app.use(errorhandler())`, koa-onerror / koa-error set up to print stacks,
 * Express `app.set('env', 'development')` / `app.set('showStackError', true)`,
 * Hapi's `debug: { request: ['error'] }` server option, and GraphQL servers set to send stack traces or every
 * error's message (Apollo's `debug: true` / `includeStacktraceInErrorResponses: true`, Yoga's `maskedErrors: false`).
 */
import type { TSESTree } from '@typescript-eslint/utils';

import { calledMethodName, propertyKeyName, propertyValue, singleAssignmentValue, staticString, unwrap } from '../util/ast';
import { getCollector } from './collector';
import type { FileAnalysis } from './file-analysis';
import { getGuards } from './shared';
import { getServerModel } from './server-model';
import { AST_NODE_TYPES } from '../util/ts-estree';

export interface DebugHandlerUse {
  node: TSESTree.Node;
  kind: 'debugHandler' | 'errorDetailsHandler' | 'stackOption' | 'envSetting' | 'hapiDebug' | 'graphqlDebug';
  label: string;
}

const DEV_ENVIRONMENTS = new Set(['development', 'dev']);
/** Hapi's own default is `['implementation']`; these print every request error. */
const HAPI_DEBUG_EVENTS = new Set(['error', '*']);

export function findDebugHandlers(analysis: FileAnalysis): DebugHandlerUse[] {
  const model = getServerModel(analysis);
  const collector = getCollector(analysis);
  const guards = getGuards(analysis);
  const found: DebugHandlerUse[] = [];
  const unguarded = (node: TSESTree.Node): boolean => !guards.factsAt(node).devOnly;

  for (const [node, tracked] of model.frameworks.tracked) {
    // A handler imported and mounted as it is: `import { onError } from 'stoker/middlewares'; app.onError(onError)`.
    if (tracked.kind === 'debugHandler' && node.type === AST_NODE_TYPES.ImportSpecifier) {
      for (const variable of analysis.sourceCode.getDeclaredVariables(node)) {
        for (const reference of variable.references) {
          const use = reference.identifier;
          if (isErrorHandlerArgument(use) && unguarded(use)) found.push({ node: use, kind: 'errorDetailsHandler', label: tracked.label });
        }
      }
      continue;
    }
    if (tracked.kind === 'debugHandler' && node.type === AST_NODE_TYPES.CallExpression) {
      if (tracked.printsStackByDefault) {
        if (unguarded(node)) found.push({ node, kind: 'debugHandler', label: tracked.label });
        continue;
      }
      // koa-onerror / koa-error are safe by default; options can make them print stacks.
      const options = node.arguments.map((arg) => unwrap(arg)).find((arg) => arg.type === AST_NODE_TYPES.ObjectExpression);
      if (options?.type === AST_NODE_TYPES.ObjectExpression && printsStack(options, analysis) && unguarded(node)) {
        found.push({ node, kind: 'stackOption', label: tracked.label });
      }
    }
    // `new ApolloServer({ includeStacktraceInErrorResponses: true })`, `createYoga({ maskedErrors: false })`.
    if (tracked.kind === 'graphqlServer' && (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression)) {
      const setting = exposingSetting(node, tracked.option, tracked.exposingValue, analysis);
      if (setting && unguarded(setting) && unguarded(node)) found.push({ node: setting, kind: 'graphqlDebug', label: `${tracked.option}: ${String(tracked.exposingValue)}` });
    }
    // Hapi: `Hapi.server({ debug: { request: ['error'] } })`.
    if (tracked.kind === 'app' && tracked.framework === 'hapi' && (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression)) {
      const debug = serverOption(node, 'debug', analysis);
      if (debug && logsErrorsToClient(debug) && unguarded(debug)) found.push({ node: debug, kind: 'hapiDebug', label: 'debug: { request: [...] }' });
    }
  }

  // Express: `app.set('env', 'development')`, `app.set('showStackError', true)`.
  for (const call of collector.callsWithArguments) {
    if (call.arguments.length !== 2 || calledMethodName(call) !== 'set') continue;
    const key = staticString(call.arguments[0]);
    if (key !== 'env' && key !== 'showStackError') continue;
    const value = unwrap(call.arguments[1] as TSESTree.Node);
    const hardCoded =
      key === 'env'
        ? DEV_ENVIRONMENTS.has(staticString(value) ?? '')
        : value.type === AST_NODE_TYPES.Literal && value.value === true;
    if (!hardCoded) continue;
    const receiver = (unwrap(call.callee) as TSESTree.MemberExpression).object;
    const isExpressApp = model.appFramework(receiver) === 'express' || (key === 'showStackError' ? true : model.frameworks.imported.has('express'));
    if (isExpressApp && unguarded(call)) found.push({ node: call, kind: 'envSetting', label: analysis.sourceCode.getText(call) });
  }
  return found;
}

/** `app.onError(handler)`: a handler given to Hono as the app's error handler. */
function isErrorHandlerArgument(node: TSESTree.Node): boolean {
  const call = node.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === node && calledMethodName(call) === 'onError';
}

/** An option that prints `err.stack`, or forces the development environment. */
function printsStack(options: TSESTree.ObjectExpression, analysis: FileAnalysis): boolean {
  for (const entry of options.properties) {
    if (entry.type !== AST_NODE_TYPES.Property) continue;
    const key = propertyKeyName(entry);
    if (key === 'env' && DEV_ENVIRONMENTS.has(staticString(entry.value) ?? '')) return true;
    const value = unwrap(entry.value);
    const isCode = value.type === AST_NODE_TYPES.FunctionExpression || value.type === AST_NODE_TYPES.ArrowFunctionExpression;
    if (isCode && /\.stack\b/.test(analysis.sourceCode.getText(value))) return true;
  }
  return false;
}

/** An option of a server, in the options object it is built with or a `const` holding it: `const options = { … }; Hapi.server(options)`. */
function serverOption(server: TSESTree.CallExpression | TSESTree.NewExpression, option: string, analysis: FileAnalysis): TSESTree.Node | undefined {
  const argument = server.arguments[0] && unwrap(server.arguments[0]);
  const options = argument?.type === AST_NODE_TYPES.Identifier ? singleAssignmentValue(argument, analysis.sourceCode) : argument;
  return options?.type === AST_NODE_TYPES.ObjectExpression ? propertyValue(options, option) : undefined;
}

/** The option, written as the literal that exposes errors. */
function exposingSetting(server: TSESTree.CallExpression | TSESTree.NewExpression, option: string, exposingValue: boolean, analysis: FileAnalysis): TSESTree.Node | undefined {
  const value = serverOption(server, option, analysis);
  const literal = value && unwrap(value);
  return literal?.type === AST_NODE_TYPES.Literal && literal.value === exposingValue ? value : undefined;
}

function logsErrorsToClient(debug: TSESTree.Node): boolean {
  const value = unwrap(debug);
  if (value.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const request = propertyValue(value, 'request');
  const events = request && unwrap(request);
  if (!events) return false;
  if (events.type === AST_NODE_TYPES.ArrayExpression) return events.elements.some((element) => HAPI_DEBUG_EVENTS.has((element && staticString(element)) ?? ''));
  return HAPI_DEBUG_EVENTS.has(staticString(events) ?? '');
}


