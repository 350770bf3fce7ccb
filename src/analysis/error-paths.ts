/**
 * Whether code runs because something failed: inside `catch`, a `.catch` or
 * `.then(_, onRejected)` callback, the `if (err)` branch of an error-first
 * callback, or an error handler (Express error middleware, Fastify
 * `setErrorHandler`, NestJS exception filters, Koa `app.on('error')`).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { type FunctionNode, isFunctionNode, parameterIdentifier, unwrap } from '../util/ast';
import type { ErrorCallbackKind, ErrorTaint } from './error-taint';
import type { FileAnalysis } from './file-analysis';
import type { ServerModel } from './server-model';
import { AST_NODE_TYPES, findVariable } from '../util/ts-estree';

export type ErrorPathKind = 'catch' | ErrorCallbackKind;

export const ERROR_PATH_NAMES: Record<ErrorPathKind, string> = {
  catch: 'a catch block',
  promise: 'a promise rejection handler',
  errorFirst: 'the error branch of a callback',
  errorHandler: 'an error handler',
};

export function errorPathOf(
  node: TSESTree.Node,
  analysis: FileAnalysis,
  taint: ErrorTaint,
  model: ServerModel,
): ErrorPathKind | undefined {
  return errorPathWithSource(node, analysis, taint, model)?.kind;
}

export interface ErrorPath {
  kind: ErrorPathKind;
  /** The variable holding the caught error, when it is named. */
  source: TSESLint.Scope.Variable | undefined;
}

const PATHS = Symbol('errorPaths');

/** The error path around a node; computed once per node, as several rules ask about the same sends. */
export function errorPathWithSource(node: TSESTree.Node, analysis: FileAnalysis, taint: ErrorTaint, model: ServerModel): ErrorPath | undefined {
  const paths = analysis.fact(PATHS, () => new Map<TSESTree.Node, ErrorPath | null>());
  if (paths.has(node)) return paths.get(node) ?? undefined;
  const path = findErrorPath(node, analysis, taint, model);
  paths.set(node, path ?? null);
  return path;
}

function findErrorPath(node: TSESTree.Node, analysis: FileAnalysis, taint: ErrorTaint, model: ServerModel): ErrorPath | undefined {
  const variableOf = (identifier: TSESTree.Node | null | undefined): TSESLint.Scope.Variable | undefined =>
    identifier?.type === AST_NODE_TYPES.Identifier ? (findVariable(analysis.sourceCode.getScope(identifier), identifier) ?? undefined) : undefined;
  for (let child: TSESTree.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.CatchClause && child === parent.body) return { kind: 'catch', source: variableOf(parent.param) };
    if (!isFunctionNode(parent)) continue;
    const kind = taint.errorCallbackKind(parent);
    const first = parent.params[0] && parameterIdentifier(parent.params[0]);
    if (kind === 'errorFirst') {
      if (inErrorBranch(node, parent, analysis)) return { kind, source: variableOf(first) };
    } else if (kind) {
      return { kind, source: variableOf(first) };
    }
    // A route handler is where the request starts: nothing outside it is on this path.
    if (model.handlerInfo(parent)) return undefined;
  }
  return undefined;
}

/** `if (err) { … }` or `err ? … : …` around `node`, inside an error-first callback `fn`. */
function inErrorBranch(node: TSESTree.Node, fn: FunctionNode, analysis: FileAnalysis): boolean {
  const param = fn.params[0] && parameterIdentifier(fn.params[0]);
  if (!param) return false;
  const errorVariable = findVariable(analysis.sourceCode.getScope(param), param);
  const testsError = (test: TSESTree.Node): boolean => {
    const target = unwrap(test);
    if (target.type === AST_NODE_TYPES.Identifier) {
      return findVariable(analysis.sourceCode.getScope(target), target) === errorVariable;
    }
    // `err != null`, `err !== undefined`
    if (target.type === AST_NODE_TYPES.BinaryExpression && (target.operator === '!=' || target.operator === '!==')) {
      return testsError(target.left);
    }
    return target.type === AST_NODE_TYPES.UnaryExpression && target.operator === '!' && isDoubleNegation(target) && testsError(target.argument.argument);
  };
  for (let child: TSESTree.Node = node, parent = node.parent; parent && parent !== fn; child = parent, parent = parent.parent) {
    if ((parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) && child === parent.consequent && testsError(parent.test)) {
      return true;
    }
  }
  return false;
}

function isDoubleNegation(node: TSESTree.UnaryExpression): node is TSESTree.UnaryExpression & { argument: TSESTree.UnaryExpression } {
  return node.argument.type === AST_NODE_TYPES.UnaryExpression && node.argument.operator === '!';
}
