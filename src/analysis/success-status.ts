/**
 * Responses that answer a failure with a success status: an error-shaped body
 * sent with 2xx (or no status), and any message sent from an error path with
 * 2xx (or no status). Shared by `no-error-with-success-status`.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { calledMethodName, enclosingFunction, enclosingStatement, parameterName, unwrap } from '../util/ast';
import { getCollector, type NodeCollector } from './collector';
import { errorPathOf, type ErrorPathKind } from './error-paths';
import { classifyBody, type BodyShape } from './error-shape';
import type { ErrorTaint } from './error-taint';
import type { FileAnalysis } from './file-analysis';
import { getErrorTaint, getStatusTracker } from './shared';
import { getServerModel, type ServerModel } from './server-model';
import { classifySink, type Sink } from './sinks';
import { isSuccess, type StatusAtSend, type StatusTracker } from './status';

export interface SuccessStatusReport {
  /** The send: a call, an assignment (`ctx.body =`) or a `return`. */
  node: TSESTree.Node;
  reason: 'errorBody' | 'errorPath';
  status: StatusAtSend;
  shape: BodyShape;
  path: ErrorPathKind | undefined;
  /** Builds the fix that makes the response carry `status`; undefined when no safe edit exists. */
  fixWith: ((status: number) => (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined;
}

const SENDING_METHODS = new Set(['send', 'json', 'jsonp', 'end', 'render', 'response']);
const ERROR_VIEW = /(^|\/)(error|errors|4\d\d|5\d\d)(\/|$|\.)/i;
const RESPONSE_ROLES = new Set(['response', 'koaContext', 'hapiToolkit']);

interface Send {
  node: TSESTree.Node;
  body: TSESTree.Node | undefined;
  status: StatusAtSend;
  fixWith: SuccessStatusReport['fixWith'];
  /** `res.render('error')`: the view says what the page is. */
  view?: string;
}

export class SuccessStatusFinder {
  private readonly model: ServerModel;
  private readonly collector: NodeCollector;
  private readonly status: StatusTracker;
  private readonly taint: ErrorTaint;

  constructor(
    private readonly analysis: FileAnalysis,
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
  ) {
    this.model = getServerModel(analysis);
    this.collector = getCollector(analysis);
    this.status = getStatusTracker(analysis);
    this.taint = getErrorTaint(analysis);
  }

  findAll(): SuccessStatusReport[] {
    const reports: SuccessStatusReport[] = [];
    for (const send of this.sends()) {
      if (!isSuccess(send.status)) continue;
      const path = errorPathOf(send.node, this.analysis, this.taint, this.model);
      const shape: BodyShape =
        send.view !== undefined
          ? { kind: ERROR_VIEW.test(send.view) ? 'error' : 'message', evidence: `view '${send.view}'` }
          : send.body
            ? classifyBody(send.body, this.analysis, this.taint)
            : { kind: 'message' };
      if (shape.kind === 'error' && this.isGraphQLErrors(shape)) continue;
      if (shape.kind === 'error' && (send.body || send.view !== undefined)) {
        reports.push({ node: send.node, reason: 'errorBody', status: send.status, shape, path, fixWith: send.fixWith });
      } else if (path && shape.kind !== 'data') {
        reports.push({ node: send.node, reason: 'errorPath', status: send.status, shape, path, fixWith: send.fixWith });
      }
    }
    return reports;
  }

  /** GraphQL answers errors with 200 by protocol. */
  private isGraphQLErrors(shape: BodyShape): boolean {
    return shape.evidence === '{ errors }' && this.model.frameworks.imported.has('graphql');
  }

  private *sends(): Iterable<Send> {
    for (const candidate of this.collector.sinkCandidates) {
      const sink = classifySink(candidate, this.model, this.analysis, (identifier) => this.model.roleOf(identifier));
      const send = sink && this.sendOf(sink);
      if (send) yield send;
    }
    for (const write of this.collector.statusWrites) {
      if (write.type === AST_NODE_TYPES.CallExpression && calledMethodName(write) === 'sendStatus') {
        const send = this.sendStatusOf(write);
        if (send) yield send;
      }
    }
    for (const statement of this.collector.returns) {
      const send = this.routeReturnOf(statement);
      if (send) yield send;
    }
  }

  private sendOf(sink: Sink): Send | undefined {
    if (sink.channel !== 'body' && sink.channel !== 'template') return undefined;
    const node = sink.node;
    // `NextResponse.json(body, init)`, `Response.json(body, init)`, `new Response(body, init)`.
    if (!sink.receiver && (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression)) {
      const status = this.status.fromInit(node.arguments[1]);
      return { node, body: node.arguments[0], status, fixWith: this.statusFix(status) ?? initFix(node) };
    }
    if (!sink.receiver || !sink.receiverRole || !RESPONSE_ROLES.has(sink.receiverRole.role)) return undefined;
    const receiver = sink.receiver;
    if (node.type === AST_NODE_TYPES.AssignmentExpression) {
      // Koa: `ctx.body = …`, with `ctx.status` read when Koa answers.
      if (sink.channel !== 'body' || sink.label.endsWith('.message')) return undefined;
      const status = this.status.setEarlier(receiver, node, true);
      return { node, body: node.right, status, fixWith: this.statusFix(status) ?? statementFix(node, `${receiver.name}.status = `) };
    }
    if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const method = calledMethodName(node);
    if (!method || !SENDING_METHODS.has(method)) return undefined;
    const status = this.status.chained(node) ?? this.status.setEarlier(receiver, node);
    if (method === 'response') {
      // Hapi: `h.response(x)` kept in a variable may get its `.code()` later.
      if (node.parent?.type === AST_NODE_TYPES.VariableDeclarator) return undefined;
      return { node, body: node.arguments[0], status, fixWith: this.statusFix(status) ?? appendFix(node, '.code') };
    }
    const view = method === 'render' ? viewName(node) : undefined;
    if (method === 'render' && view === undefined) return undefined;
    const fixWith =
      this.statusFix(status) ??
      (sink.receiverRole.framework === 'node'
        ? statementFix(node, `${receiver.name}.statusCode = `)
        : insertAfterFix(receiver, sink.receiverRole.framework === 'fastify' ? '.code' : '.status'));
    return { node, body: method === 'render' ? undefined : node.arguments[0], status, fixWith, ...(view !== undefined ? { view } : {}) };
  }

  /** `res.sendStatus(200)`. */
  private sendStatusOf(call: TSESTree.CallExpression): Send | undefined {
    const callee = unwrap(call.callee) as TSESTree.MemberExpression;
    const receiver = unwrap(callee.object);
    if (receiver.type !== AST_NODE_TYPES.Identifier || this.model.roleOf(receiver)?.role !== 'response') return undefined;
    const status = call.arguments[0] ? this.status.evaluate(call.arguments[0]) : { kind: 'unknown' as const };
    return { node: call, body: undefined, status, fixWith: this.statusFix(status) };
  }

  /** Fastify and Hapi send what a route handler returns. */
  private routeReturnOf(statement: TSESTree.ReturnStatement): Send | undefined {
    const fn = enclosingFunction(statement);
    const info = fn && this.model.handlerInfo(fn);
    if (!fn || !info?.returnIsResponse || (info.framework !== 'fastify' && info.framework !== 'hapi')) return undefined;
    const value = unwrap(statement.argument as TSESTree.Node);
    // `return reply.send(…)` and `return h.response(…)` are sends of their own.
    if (value.type === AST_NODE_TYPES.CallExpression || value.type === AST_NODE_TYPES.AwaitExpression) return undefined;
    const replyIndex = info.roles.indexOf('response');
    const replyParam = replyIndex >= 0 ? fn.params[replyIndex] : undefined;
    const replyName = replyParam && parameterName(replyParam);
    const reply = replyParam && replyParam.type === AST_NODE_TYPES.Identifier ? replyParam : undefined;
    const status = reply ? this.status.setEarlier(reply, statement) : { kind: 'none' as const };
    return {
      node: statement,
      body: statement.argument ?? undefined,
      status,
      fixWith: this.statusFix(status) ?? (replyName && info.framework === 'fastify' ? statementFix(statement, `${replyName}.code(`, ');') : undefined),
    };
  }

  /** When the status is written somewhere (`.status(200)`, `{ status: OK }`), the fix changes that expression. */
  private statusFix(status: StatusAtSend): SuccessStatusReport['fixWith'] {
    if (status.kind !== 'known') return undefined;
    const expression = status.node;
    const parent = expression.parent;
    if (parent?.type === AST_NODE_TYPES.Property && parent.shorthand) {
      return (code) => (fixer) => fixer.replaceText(parent, `status: ${code}`);
    }
    return (code) => (fixer) => fixer.replaceText(expression, String(code));
  }
}

function viewName(call: TSESTree.CallExpression): string | undefined {
  const view = call.arguments[0] && unwrap(call.arguments[0]);
  return view?.type === AST_NODE_TYPES.Literal && typeof view.value === 'string' ? view.value : undefined;
}

/** `{ status: 500 }` into a `Response` init, or a new init after the body. */
function initFix(node: TSESTree.CallExpression | TSESTree.NewExpression): SuccessStatusReport['fixWith'] {
  const [body, init] = node.arguments;
  if (!body) return undefined;
  if (!init) return (code) => (fixer) => fixer.insertTextAfter(body, `, { status: ${code} }`);
  const object = unwrap(init);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const first = object.properties[0];
  if (!first) return (code) => (fixer) => fixer.replaceText(object, `{ status: ${code} }`);
  return (code) => (fixer) => fixer.insertTextBefore(first, `status: ${code}, `);
}

/** `res.json(x)` → `res.status(500).json(x)`. */
function insertAfterFix(receiver: TSESTree.Identifier, method: string): SuccessStatusReport['fixWith'] {
  return (code) => (fixer) => fixer.insertTextAfter(receiver, `${method}(${code})`);
}

/** `h.response(x)` → `h.response(x).code(500)`. */
function appendFix(call: TSESTree.CallExpression, method: string): SuccessStatusReport['fixWith'] {
  return (code) => (fixer) => fixer.insertTextAfter(call, `${method}(${code})`);
}

/** A statement before the send: `ctx.status = 500;`, `res.statusCode = 500;`, `reply.code(500);`. */
function statementFix(node: TSESTree.Node, prefix: string, suffix = ';'): SuccessStatusReport['fixWith'] {
  const statement = enclosingStatement(node);
  if (!statement) return undefined;
  const indent = ' '.repeat(statement.loc.start.column);
  return (code) => (fixer) => fixer.insertTextBefore(statement, `${prefix}${code}${suffix}\n${indent}`);
}

const FINDER = Symbol('successStatusFinder');

export function getSuccessStatusReports(analysis: FileAnalysis, sourceCode: Readonly<TSESLint.SourceCode>): SuccessStatusReport[] {
  return analysis.fact(FINDER, () => new SuccessStatusFinder(analysis, sourceCode).findAll());
}
