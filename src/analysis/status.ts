/**
 * The HTTP status a response will carry when it is sent: chained
 * (`res.status(400).json()`, `reply.code(404).send()`, `h.response(x).code(500)`),
 * set earlier on the same object (`res.status(402); res.json()`,
 * `res.statusCode = 502`, `ctx.status = 503`, `res.writeHead(500)`), given in
 * the init (`NextResponse.json(body, { status })`), or a constant. A status
 * that is not a compile-time constant is unknown.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { calledMethodName, contains, enclosingFunction, memberName, propertyKeyName, unwrap } from '../util/ast';
import type { NodeCollector } from './collector';
import { dominates } from './error-taint';
import type { FileAnalysis } from './file-analysis';
import { getFrameworkFacts, type Framework, type FrameworkFacts } from './frameworks';
import { alwaysExits } from './guards';
import { CHAIN_METHODS } from './sinks';
import { enumMemberStatus, namedStatus } from './status-names';
import { AST_NODE_TYPES, findVariable, getStaticValue } from '../util/ts-estree';

export type StatusAtSend =
  /** Nothing sets a status on this path: the framework's default, 200 unless `defaultValue` says otherwise (NestJS `@Post()`: 201). */
  | { kind: 'none'; defaultValue?: number }
  /** `node` is the expression that gives the status. */
  | { kind: 'known'; value: number; node: TSESTree.Node }
  | { kind: 'unknown' };

const STATUS_CALLS = new Set(['status', 'code', 'writeHead']);

export const NONE: StatusAtSend = { kind: 'none' };
const UNKNOWN: StatusAtSend = { kind: 'unknown' };

/** The statuses a send may carry: the known one, or each constant of a pick (`err.expired ? 401 : 400`). */
export function possibleStatuses(status: StatusAtSend, sourceCode: Readonly<TSESLint.SourceCode>): number[] {
  if (status.kind !== 'known') return [];
  if (status.node.type !== AST_NODE_TYPES.ConditionalExpression) return [status.value];
  // Both constants, or the tracker would not have known the status (see `oneOfClass`).
  return [status.node.consequent, status.node.alternate].map((arm) => statusValue(arm, sourceCode) as number);
}

export function isSuccess(status: StatusAtSend): boolean {
  return status.kind === 'none' || (status.kind === 'known' && status.value >= 200 && status.value < 300);
}

export class StatusTracker {
  private writesByVariable: Map<TSESLint.Scope.Variable, (TSESTree.CallExpression | TSESTree.AssignmentExpression)[]> | undefined;

  constructor(
    private readonly analysis: FileAnalysis,
    private readonly collector: NodeCollector,
  ) {}

  /** A status expression's value: a number when it is a compile-time constant or a named status. */
  evaluate(node: TSESTree.Node): StatusAtSend {
    const value = statusValue(node, this.analysis.sourceCode);
    if (value !== undefined) return { kind: 'known', value, node: unwrap(node) };
    return this.oneOfClass(node) ?? UNKNOWN;
  }

  /**
   * `err.code === UNAUTHORIZED ? 401 : 400`, also held in a `const`: two constants of one class
   * (both 4xx, say), known as the first, with the conditional as its node (documenso).
   */
  private oneOfClass(node: TSESTree.Node): StatusAtSend | undefined {
    let target = unwrap(node);
    if (target.type === AST_NODE_TYPES.Identifier) {
      const def = findVariable(this.analysis.sourceCode.getScope(target), target)?.defs[0];
      if (def?.type !== 'Variable' || def.parent?.kind !== 'const' || !def.node.init) return undefined;
      target = unwrap(def.node.init);
    }
    if (target.type !== AST_NODE_TYPES.ConditionalExpression) return undefined;
    const first = statusValue(target.consequent, this.analysis.sourceCode);
    const second = statusValue(target.alternate, this.analysis.sourceCode);
    if (first === undefined || second === undefined || Math.floor(first / 100) !== Math.floor(second / 100)) return undefined;
    return { kind: 'known', value: first, node: target };
  }

  /** The status set in the chain of a send call: `res.status(500).json(…)`, `h.response(x).code(500)`. */
  chained(call: TSESTree.CallExpression): StatusAtSend | undefined {
    // Outward: `h.response(x).code(500)`.
    const outer = call.parent;
    if (outer?.type === AST_NODE_TYPES.MemberExpression && outer.object === call && STATUS_CALLS.has(memberName(outer) ?? '')) {
      const statusCall = outer.parent;
      if (statusCall?.type === AST_NODE_TYPES.CallExpression && statusCall.arguments[0]) return this.evaluate(statusCall.arguments[0]);
    }
    // Inward: `res.status(500).set('x', y).json(…)`.
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    let receiver = unwrap(callee.object);
    while (receiver.type === AST_NODE_TYPES.CallExpression) {
      const method = calledMethodName(receiver);
      if (!method || !CHAIN_METHODS.has(method)) return undefined;
      if (STATUS_CALLS.has(method) && receiver.arguments[0]) return this.evaluate(receiver.arguments[0]);
      receiver = unwrap((unwrap(receiver.callee) as TSESTree.MemberExpression).object);
    }
    return undefined;
  }

  /**
   * The status set on `receiver` by statements before `send` on the same path.
   * `anyOrder` for Koa, which reads `ctx.status` when it answers, not when `ctx.body` is set.
   */
  setEarlier(receiver: TSESTree.Identifier, sendNode: TSESTree.Node, anyOrder = false): StatusAtSend {
    const variable = findVariable(this.analysis.sourceCode.getScope(receiver), receiver);
    if (!variable) return NONE;
    // `res.status(404); res.format({ json() { res.json(…) } })`: Express runs the handler within format().
    const send = formatCallAround(sendNode, receiver.name) ?? sendNode;
    const scope = enclosingFunction(send);
    const writes = (this.byVariable().get(variable) ?? []).filter(
      (write) => write !== send && (!scope || contains(scope, write)) && (anyOrder || write.range[1] <= send.range[0]),
    );
    let seenSuccess: StatusAtSend | undefined;
    for (let index = writes.length - 1; index >= 0; index -= 1) {
      const write = writes[index] as TSESTree.CallExpression | TSESTree.AssignmentExpression;
      // Koa reads `ctx.status` when it answers, so a write after the body counts too, if execution gets there.
      const reachable = write.range[1] <= send.range[0] ? onPath(write, send) : onPath(send, write);
      if (!reachable) continue;
      const status = this.statusOfWrite(write);
      if (anyOrder || dominates(write, send)) return status;
      if (!isSuccess(status)) return UNKNOWN; // maybe 4xx/5xx on this path
      seenSuccess = status;
    }
    return seenSuccess ?? NONE;
  }

  /** The status of a send through a response object: given with the send (chained, or after a Hono body), else set earlier. */
  atSend(call: TSESTree.CallExpression, receiver: TSESTree.Identifier, framework: Framework | undefined): StatusAtSend {
    return (framework === 'hono' ? this.afterBody(call) : this.chained(call)) ?? this.setEarlier(receiver, call);
  }

  /**
   * Hono: the status a send takes after its body, `c.json(body, 401)` or `c.json(body, { status: 401 })`, or the
   * status of the exception whose response it builds, `new HTTPException(400, { res: c.json(body) })` (Hono 4.7+
   * answers with that status); undefined without one.
   */
  private afterBody(call: TSESTree.CallExpression): StatusAtSend | undefined {
    const second = call.arguments[1];
    if (second) return unwrap(second).type === AST_NODE_TYPES.ObjectExpression ? this.fromInit(second) : this.evaluate(second);
    const exception = this.honoExceptionBuilt(call);
    return exception && (exception.arguments[0] ? this.evaluate(exception.arguments[0]) : UNKNOWN);
  }

  /** The `new HTTPException(status, { res })` whose `res` is this call. */
  private honoExceptionBuilt(call: TSESTree.CallExpression): TSESTree.NewExpression | undefined {
    const property = call.parent;
    if (property?.type !== AST_NODE_TYPES.Property || property.value !== call || propertyKeyName(property) !== 'res') return undefined;
    const exception = property.parent.parent;
    if (exception?.type !== AST_NODE_TYPES.NewExpression || exception.arguments[1] !== property.parent) return undefined;
    const tracked = getFrameworkFacts(this.analysis).tracked.get(exception);
    return tracked?.kind === 'exception' && tracked.framework === 'hono' ? exception : undefined;
  }

  /** `{ status: 500 }` in a `Response`/`NextResponse` init. */
  fromInit(init: TSESTree.Node | undefined): StatusAtSend {
    if (!init) return NONE;
    const object = unwrap(init);
    if (object.type !== AST_NODE_TYPES.ObjectExpression) return UNKNOWN;
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) return UNKNOWN;
      if (propertyKeyName(property) === 'status') return this.evaluate(property.value);
    }
    return NONE;
  }

  private statusOfWrite(write: TSESTree.CallExpression | TSESTree.AssignmentExpression): StatusAtSend {
    if (write.type === AST_NODE_TYPES.AssignmentExpression) return this.evaluate(write.right);
    const arg = write.arguments[write.callee.type === AST_NODE_TYPES.Identifier ? 1 : 0];
    return arg ? this.evaluate(arg) : UNKNOWN;
  }

  private byVariable(): Map<TSESLint.Scope.Variable, (TSESTree.CallExpression | TSESTree.AssignmentExpression)[]> {
    if (this.writesByVariable) return this.writesByVariable;
    const map = new Map<TSESLint.Scope.Variable, (TSESTree.CallExpression | TSESTree.AssignmentExpression)[]>();
    const tracked = getFrameworkFacts(this.analysis).tracked;
    for (const write of this.collector.statusWrites) {
      const root = write.type === AST_NODE_TYPES.CallExpression && write.callee.type === AST_NODE_TYPES.Identifier ? h3StatusReceiver(write, tracked) : writeReceiver(write);
      if (!root) continue;
      const variable = findVariable(this.analysis.sourceCode.getScope(root), root);
      if (!variable) continue;
      const list = map.get(variable);
      if (list) list.push(write);
      else map.set(variable, [write]);
    }
    this.writesByVariable = map;
    return map;
  }
}

/** A status expression's number: a compile-time constant, a library's named status (`HttpStatus.NOT_FOUND`) or a same-file enum's member. */
export function statusValue(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): number | undefined {
  const value = getStaticValue(node, sourceCode.getScope(node));
  if (typeof value?.value === 'number') return value.value;
  // `res.status('403')`: Express takes a status as text too.
  if (typeof value?.value === 'string' && /^[1-5]\d\d$/.test(value.value)) return Number(value.value);
  return namedStatus(node, sourceCode) ?? enumMemberStatus(node, sourceCode);
}

const WRAPPED_RESPONSES = new Set(['response', 'res', 'raw']);

/**
 * `res` in `res.status(500)`, `res.statusCode = 500`, `ctx.status = 500`; `ctx` in `ctx.response.status = 500`
 * and in the raw Node response of Koa and Fastify, `ctx.res.writeHead(500)`, `reply.raw.statusCode = 500`.
 * Not part of a send chain.
 */
function writeReceiver(write: TSESTree.CallExpression | TSESTree.AssignmentExpression): TSESTree.Identifier | undefined {
  let object: TSESTree.Node;
  if (write.type === AST_NODE_TYPES.AssignmentExpression) {
    object = unwrap((write.left as TSESTree.MemberExpression).object);
  } else {
    // `res.status(404).json(…)` is a send of its own; it sets nothing for later sends.
    if (write.parent?.type === AST_NODE_TYPES.MemberExpression && write.parent.object === write) return undefined;
    object = unwrap((unwrap(write.callee) as TSESTree.MemberExpression).object);
  }
  if (object.type === AST_NODE_TYPES.MemberExpression && WRAPPED_RESPONSES.has(memberName(object) ?? '')) object = unwrap(object.object);
  // h3's Node response: `event.node.res.statusCode = 500`.
  if (object.type === AST_NODE_TYPES.MemberExpression && memberName(object) === 'node') object = unwrap(object.object);
  return object.type === AST_NODE_TYPES.Identifier ? object : undefined;
}

/** `event` in h3's `setResponseStatus(event, 500)`. */
function h3StatusReceiver(write: TSESTree.CallExpression, tracked: FrameworkFacts['tracked']): TSESTree.Identifier | undefined {
  const event = write.arguments[0] && unwrap(write.arguments[0]);
  return tracked.get(write)?.kind === 'eventStatus' && event?.type === AST_NODE_TYPES.Identifier ? event : undefined;
}

/** The `res.format({ … })` call whose handler object holds the function around `send`, for the same response. */
function formatCallAround(send: TSESTree.Node, receiverName: string): TSESTree.CallExpression | undefined {
  const handler = enclosingFunction(send);
  const property = handler?.parent;
  const object = property?.type === AST_NODE_TYPES.Property ? property.parent : undefined;
  const call = object?.type === AST_NODE_TYPES.ObjectExpression ? object.parent : undefined;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== object || calledMethodName(call) !== 'format') return undefined;
  const callee = unwrap(call.callee);
  const owner = callee.type === AST_NODE_TYPES.MemberExpression ? unwrap(callee.object) : undefined;
  return owner?.type === AST_NODE_TYPES.Identifier && owner.name === receiverName ? call : undefined;
}

/** Whether a status write can still apply at `send`: its block leads there, or does not exit first. */
function onPath(write: TSESTree.Node, send: TSESTree.Node): boolean {
  if (inOppositeArms(write, send)) return false;
  for (let node: TSESTree.Node | undefined = write.parent; node; node = node.parent) {
    if (node.type === AST_NODE_TYPES.BlockStatement || node.type === AST_NODE_TYPES.SwitchCase) {
      if (contains(node, send)) return true;
      // A `try` block that completes skips its `catch`.
      const tryStatement = node.parent;
      if (tryStatement?.type === AST_NODE_TYPES.TryStatement && tryStatement.block === node && tryStatement.handler && contains(tryStatement.handler, send)) return false;
      const statements = node.type === AST_NODE_TYPES.SwitchCase ? node.consequent : node.body;
      const last = statements[statements.length - 1];
      return !(last && alwaysExits(last));
    }
    if (node.type === AST_NODE_TYPES.Program) return true;
  }
  return true;
}

/** `if (key) ctx.body = data; else ctx.status = 404`: the two run on different paths (budibase). */
function inOppositeArms(a: TSESTree.Node, b: TSESTree.Node): boolean {
  for (let child: TSESTree.Node = a, node = a.parent; node; child = node, node = node.parent) {
    if (!contains(node, b)) continue;
    if (node.type !== AST_NODE_TYPES.IfStatement && node.type !== AST_NODE_TYPES.ConditionalExpression) return false;
    const other = child === node.consequent ? node.alternate : child === node.alternate ? node.consequent : undefined;
    return other != null && contains(other, b);
  }
  return false;
}
