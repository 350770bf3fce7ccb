/**
 * The nodes rules need from one traversal, gathered once per file however
 * many rules use them. Rules read the result at `Program:exit`.
 */
import type { TSESTree } from '@typescript-eslint/utils';

import { type FunctionNode, THIS_ALIASES, calledMethodName, enclosingFunction, memberName, unwrap } from '../util/ast';
import type { FileAnalysis } from './file-analysis';
import { isSinkCandidate } from './sinks';
import { selfGuarded } from '../util/self-guarded';
import { AST_NODE_TYPES } from '../util/ts-estree';

const STATUS_METHODS = new Set(['status', 'code', 'writeHead', 'sendStatus']);
const STATUS_PROPERTIES = new Set(['status', 'statusCode']);
const LOG_METHODS = new Set(['error', 'warn', 'warning', 'info', 'log', 'debug', 'fatal', 'trace', 'exception', 'captureException', 'critical']);

export class NodeCollector {
  /** Calls, `new` and assignments that might write to a response. */
  readonly sinkCandidates: TSESTree.Node[] = [];
  /** Calls of a plain or `this.` function with arguments: same-file helpers and configured response helpers. */
  readonly helperCalls: TSESTree.CallExpression[] = [];
  /** Every call with arguments, for rules that match callee names from their options (password checks). */
  readonly callsWithArguments: TSESTree.CallExpression[] = [];
  /** Calls that look like logging: `console.error(…)`, `logger.warn(…)`, `req.log.info(…)`. */
  readonly logCalls: TSESTree.CallExpression[] = [];
  readonly returns: TSESTree.ReturnStatement[] = [];
  /** `return;` statements, without a value. */
  readonly bareReturns: TSESTree.ReturnStatement[] = [];
  /** `res.status(n)`, `reply.code(n)`, `res.writeHead(n)`, `res.sendStatus(n)`, `res.statusCode = n`, `ctx.status = n`, h3's `setResponseStatus(event, n)`. */
  readonly statusWrites: (TSESTree.CallExpression | TSESTree.AssignmentExpression)[] = [];
  readonly catchClauses: TSESTree.CatchClause[] = [];
  readonly throws: TSESTree.ThrowStatement[] = [];
  /** Classes with an `extends` clause. */
  readonly subclasses: (TSESTree.ClassDeclaration | TSESTree.ClassExpression)[] = [];
  /** Set once one rule has registered the listeners that feed this collector. */
  listenersClaimed = false;
  /** What a visit threw (a bug); the collector stops, and the rule that registered it reports the error. */
  failure: unknown;
  private returnsByFunction: Map<FunctionNode, TSESTree.ReturnStatement[]> | undefined;

  /** Record a node; cheap syntactic checks only. */
  visit(node: TSESTree.Node): void {
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression: {
        if (isSinkCandidate(node)) this.sinkCandidates.push(node);
        if (node.arguments.length === 0) return;
        this.callsWithArguments.push(node);
        const callee = unwrap(node.callee);
        if (callee.type === AST_NODE_TYPES.Identifier) {
          this.helperCalls.push(node);
          // h3's `setResponseStatus(event, 400)` (the status tracker checks the import).
          if (callee.name === 'setResponseStatus') this.statusWrites.push(node);
        }
        else if (callee.type === AST_NODE_TYPES.MemberExpression) {
          // `this.render(…)`, and `self.render(…)` through an alias of `this` (checked where the helper is looked up).
          if (callee.object.type === AST_NODE_TYPES.ThisExpression || (callee.object.type === AST_NODE_TYPES.Identifier && THIS_ALIASES.has(callee.object.name))) {
            this.helperCalls.push(node);
          }
          const method = calledMethodName(node);
          if (method && LOG_METHODS.has(method)) this.logCalls.push(node);
          if (method && STATUS_METHODS.has(method)) this.statusWrites.push(node);
        }
        return;
      }
      case AST_NODE_TYPES.AssignmentExpression:
        if (isSinkCandidate(node)) this.sinkCandidates.push(node);
        if (node.left.type === AST_NODE_TYPES.MemberExpression && STATUS_PROPERTIES.has(memberName(node.left) ?? '')) {
          this.statusWrites.push(node);
        }
        return;
      case AST_NODE_TYPES.NewExpression:
        if (isSinkCandidate(node)) this.sinkCandidates.push(node);
        return;
      case AST_NODE_TYPES.ReturnStatement:
        if (node.argument) this.returns.push(node);
        else this.bareReturns.push(node);
        return;
      case AST_NODE_TYPES.CatchClause:
        this.catchClauses.push(node);
        return;
      case AST_NODE_TYPES.ThrowStatement:
        this.throws.push(node);
        return;
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.ClassExpression:
        if (node.superClass) this.subclasses.push(node);
        return;
      default:
        return;
    }
  }

  /** The `return` statements directly inside a function (not in nested functions). */
  returnsOf(fn: FunctionNode): readonly TSESTree.ReturnStatement[] {
    if (!this.returnsByFunction) {
      this.returnsByFunction = new Map();
      for (const statement of this.returns) {
        const owner = enclosingFunction(statement);
        if (!owner) continue;
        const list = this.returnsByFunction.get(owner);
        if (list) list.push(statement);
        else this.returnsByFunction.set(owner, [statement]);
      }
    }
    return this.returnsByFunction.get(fn) ?? [];
  }
}

const COLLECTOR = Symbol('collector');

export function getCollector(analysis: FileAnalysis): NodeCollector {
  return analysis.fact(COLLECTOR, () => new NodeCollector());
}

/**
 * The listeners that feed the shared collector. ESLint creates every enabled
 * rule before it walks the file, so the first rule of this plugin to ask
 * registers them and the others get none: each node is dispatched to one
 * collector listener, however many rules read the result at `Program:exit`.
 */
export function collectorListeners(collector: NodeCollector): Record<string, (node: TSESTree.Node) => void> {
  if (collector.listenersClaimed) return {};
  collector.listenersClaimed = true;
  const visit = selfGuarded(
    (node: TSESTree.Node): void => {
      if (collector.failure !== undefined) return;
      try {
        collector.visit(node);
      } catch (error) {
        collector.failure = error ?? new Error('unknown error');
      }
    },
    () => collector.failure,
  );
  return {
    CallExpression: visit,
    NewExpression: visit,
    AssignmentExpression: visit,
    ReturnStatement: visit,
    CatchClause: visit,
    ThrowStatement: visit,
    ClassDeclaration: visit,
    ClassExpression: visit,
  };
}
