/**
 * Every response a file sends, with the status it will carry and the edit
 * that would change that status: `res.json(…)`, `ctx.body = …`,
 * `NextResponse.json(…)`, `h.response(…)`, `res.sendStatus(n)`, and the
 * values Fastify and Hapi route handlers and NestJS controller methods
 * return. Computed once per file.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { calledMethodName, catchClauseAround, enclosingFunction, enclosingStatement, importedName, parameterName, unwrap } from '../util/ast';
import { getCollector, type NodeCollector } from './collector';
import type { FileAnalysis } from './file-analysis';
import { frameworkOfModule } from './frameworks';
import { answersWithReturnValue, getServerModel, type NestHttpRoute, type RoleInfo, type ServerModel } from './server-model';
import { getStatusTracker } from './shared';
import type { Sink } from './sinks';
import { NONE, type StatusAtSend, type StatusTracker } from './status';
import { AST_NODE_TYPES, findVariable } from '../util/ts-estree';

/** Builds the fix that makes a response carry `status`. */
export type StatusFix = (status: number) => TSESLint.ReportFixFunction;

export interface ResponseSend {
  /** The send: a call, an assignment (`ctx.body =`) or a `return`. */
  node: TSESTree.Node;
  body: TSESTree.Node | undefined;
  status: StatusAtSend;
  /** Undefined when no safe edit exists. */
  fixWith: StatusFix | undefined;
  /** `res.render('error')`: the view says what the page is. */
  view?: string;
  /** Hono's `c.html(…)`: an HTML page, which a browser shows. */
  page?: true;
  /** The response object, when the send goes through one. */
  receiver?: TSESTree.Identifier;
  receiverRole?: RoleInfo;
}

interface NestException {
  /** The local name of `HttpException`. */
  name: string;
  /** The `@nestjs/common` import specifier to add `HttpException` after, when it is not imported yet. */
  addTo?: TSESTree.ImportSpecifier;
}

const SENDING_METHODS = new Set(['send', 'json', 'jsonp', 'end', 'render', 'response']);
/** Hono's context: `c.json(body, status | init)`, `c.text()`, `c.html()`, `c.body()`. */
const HONO_SENDING_METHODS = new Set(['json', 'text', 'html', 'body', 'newResponse']);
const RESPONSE_ROLES = new Set(['response', 'koaContext', 'hapiToolkit']);

class SendFinder {
  private readonly model: ServerModel;
  private readonly collector: NodeCollector;
  private readonly status: StatusTracker;
  /** The file's `HttpException` import, for the NestJS fix; null when no safe edit exists. */
  private nestException: NestException | null | undefined;

  constructor(private readonly analysis: FileAnalysis) {
    this.model = getServerModel(analysis);
    this.collector = getCollector(analysis);
    this.status = getStatusTracker(analysis);
  }

  *sends(): Iterable<ResponseSend> {
    for (const candidate of this.collector.sinkCandidates) {
      const sink = this.model.sinkOf(candidate);
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

  private sendOf(sink: Sink): ResponseSend | undefined {
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
      return { node, body: node.right, status, fixWith: this.statusFix(status) ?? statementFix(node, `${receiver.name}.status = `), receiver, receiverRole: sink.receiverRole };
    }
    if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const method = calledMethodName(node);
    if (sink.receiverRole.framework === 'h3') return sink.label === 'send()' ? this.h3SendOf(node, receiver, sink.receiverRole) : undefined;
    if (sink.receiverRole.framework === 'hono') return method && HONO_SENDING_METHODS.has(method) ? this.honoSendOf(node, receiver, sink.receiverRole) : undefined;
    if (!method || !SENDING_METHODS.has(method)) return undefined;
    const status = this.status.atSend(node, receiver, sink.receiverRole.framework);
    if (method === 'response') {
      // Hapi: `h.response(x)` kept in a variable may get its `.code()` later.
      if (node.parent?.type === AST_NODE_TYPES.VariableDeclarator) return undefined;
      return { node, body: node.arguments[0], status, fixWith: this.statusFix(status) ?? appendFix(node, '.code'), receiver, receiverRole: sink.receiverRole };
    }
    const view = method === 'render' ? viewName(node) : undefined;
    if (method === 'render' && view === undefined) return undefined;
    const fixWith =
      this.statusFix(status) ??
      (sink.receiverRole.framework === 'node'
        ? statementFix(node, `${receiver.name}.statusCode = `)
        : insertAfterFix(receiver, sink.receiverRole.framework === 'fastify' ? '.code' : '.status'));
    return {
      node,
      body: method === 'render' ? undefined : node.arguments[0],
      status,
      fixWith,
      receiver,
      receiverRole: sink.receiverRole,
      ...(view !== undefined ? { view } : {}),
    };
  }

  /** Hono: the status is the second argument, a number or an init (`{ status }`), else what `c.status(n)` set before. */
  private honoSendOf(node: TSESTree.CallExpression, receiver: TSESTree.Identifier, receiverRole: RoleInfo): ResponseSend {
    const [body, second] = node.arguments;
    const status = this.status.atSend(node, receiver, 'hono');
    const fixWith = this.statusFix(status) ?? (body && !second ? (code: number) => (fixer: TSESLint.RuleFixer) => fixer.insertTextAfter(body, `, ${code}`) : undefined);
    return { node, body, status, fixWith, receiver, receiverRole, ...(calledMethodName(node) === 'html' ? { page: true as const } : {}) };
  }

  /** `res.sendStatus(200)`. */
  private sendStatusOf(call: TSESTree.CallExpression): ResponseSend | undefined {
    const callee = unwrap(call.callee) as TSESTree.MemberExpression;
    const receiver = unwrap(callee.object);
    if (receiver.type !== AST_NODE_TYPES.Identifier || this.model.roleOf(receiver)?.role !== 'response') return undefined;
    const status = call.arguments[0] ? this.status.evaluate(call.arguments[0]) : { kind: 'unknown' as const };
    return { node: call, body: undefined, status, fixWith: this.statusFix(status) };
  }

  /** Fastify and Hapi send what a route handler returns, NestJS what a controller method returns. */
  private routeReturnOf(statement: TSESTree.ReturnStatement): ResponseSend | undefined {
    const value = unwrap(statement.argument as TSESTree.Node);
    // `return reply.send(…)` and `return h.response(…)` are sends of their own, and what a call
    // returns is not known here (checked first: it is cheaper).
    if (value.type === AST_NODE_TYPES.CallExpression || value.type === AST_NODE_TYPES.AwaitExpression) return undefined;
    const nest = this.model.frameworks.imported.has('nest');
    if (!nest && !this.model.mayAnswerWithReturnValues()) return undefined;
    const fn = enclosingFunction(statement);
    const nestRoute = nest && fn ? this.model.nestHttpRoute(fn) : undefined;
    if (nestRoute) return this.nestReturnOf(statement, nestRoute);
    if (!this.model.mayAnswerWithReturnValues()) return undefined;
    const info = fn && this.model.handlerInfo(fn);
    if (!fn || !answersWithReturnValue(info)) return undefined;
    if (info.framework === 'h3') return this.h3ReturnOf(statement, fn);
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

  /** h3: an event handler's return value, with the status `setResponseStatus(event, n)` set before it. */
  private h3ReturnOf(statement: TSESTree.ReturnStatement, fn: TSESTree.FunctionLike): ResponseSend {
    const event = fn.params[0]?.type === AST_NODE_TYPES.Identifier ? fn.params[0] : undefined;
    const status = event ? this.status.setEarlier(event, statement) : NONE;
    return { node: statement, body: statement.argument ?? undefined, status, fixWith: this.statusFix(status) ?? this.h3StatusFix(statement, event) };
  }

  /** h3: `send(event, body)`, with the status set before it. */
  private h3SendOf(node: TSESTree.CallExpression, receiver: TSESTree.Identifier, receiverRole: RoleInfo): ResponseSend {
    const status = this.status.setEarlier(receiver, node);
    return { node, body: node.arguments[1], status, fixWith: this.statusFix(status) ?? this.h3StatusFix(node, receiver), receiver, receiverRole };
  }

  /**
   * `setResponseStatus(event, 500);` before the send, when the name is in scope: imported from h3, or auto-imported
   * in a Nuxt or Nitro file that imports nothing from h3.
   */
  private h3StatusFix(send: TSESTree.Node, event: TSESTree.Identifier | undefined): StatusFix | undefined {
    const setter = h3StatusSetter(this.analysis.sourceCode.ast);
    return event && setter ? statementFix(send, `${setter}(${event.name}, `, ');') : undefined;
  }

  /** `@HttpCode(200)` or Nest's default; the fix throws an `HttpException` with the same body instead. */
  private nestReturnOf(statement: TSESTree.ReturnStatement, route: NestHttpRoute): ResponseSend {
    const status: StatusAtSend = route.httpCode ? this.status.evaluate(route.httpCode) : route.isPost ? { kind: 'none', defaultValue: 201 } : NONE;
    return { node: statement, body: statement.argument ?? undefined, status, fixWith: this.nestThrowFix(statement) };
  }

  /**
   * `return body;` → `throw new HttpException(body, 500);`, adding `HttpException` to the
   * `@nestjs/common` import when it is missing. None inside a `try` block, whose `catch` would
   * take the exception instead of Nest.
   */
  private nestThrowFix(statement: TSESTree.ReturnStatement): StatusFix | undefined {
    const argument = statement.argument;
    if (!argument || catchClauseAround(statement)) return undefined;
    const exception = this.nestHttpException();
    if (!exception) return undefined;
    const body = this.analysis.sourceCode.getText(argument);
    return (code) => (fixer) => {
      const throwFix = fixer.replaceText(statement, `throw new ${exception.name}(${body}, ${code});`);
      return exception.addTo ? [fixer.insertTextAfter(exception.addTo, ', HttpException'), throwFix] : throwFix;
    };
  }

  /** `HttpException` as imported from `@nestjs/common`, or the import specifier to add it after; read once per file. */
  private nestHttpException(): NestException | undefined {
    if (this.nestException === undefined) this.nestException = this.findNestHttpException() ?? null;
    return this.nestException ?? undefined;
  }

  private findNestHttpException(): NestException | undefined {
    let addTo: TSESTree.ImportSpecifier | undefined;
    for (const statement of this.analysis.sourceCode.ast.body) {
      if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== '@nestjs/common' || statement.importKind === 'type') continue;
      for (const specifier of statement.specifiers) {
        if (specifier.type !== AST_NODE_TYPES.ImportSpecifier || specifier.importKind === 'type') continue;
        if (importedName(specifier) === 'HttpException') return { name: specifier.local.name };
        addTo = specifier;
      }
    }
    // Adding the import must not clash with a module-level `HttpException`.
    const program = this.analysis.sourceCode.ast;
    if (!addTo || findVariable(this.analysis.sourceCode.getScope(program), 'HttpException')) return undefined;
    return { name: 'HttpException', addTo };
  }

  /** When the status is written somewhere (`.status(200)`, `{ status: OK }`), the fix changes that expression. */
  private statusFix(status: StatusAtSend): StatusFix | undefined {
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
function initFix(node: TSESTree.CallExpression | TSESTree.NewExpression): StatusFix | undefined {
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
function insertAfterFix(receiver: TSESTree.Identifier, method: string): StatusFix | undefined {
  return (code) => (fixer) => fixer.insertTextAfter(receiver, `${method}(${code})`);
}

/** `h.response(x)` → `h.response(x).code(500)`. */
function appendFix(call: TSESTree.CallExpression, method: string): StatusFix | undefined {
  return (code) => (fixer) => fixer.insertTextAfter(call, `${method}(${code})`);
}

/** A statement before the send: `ctx.status = 500;`, `res.statusCode = 500;`, `reply.code(500);`. */
function statementFix(node: TSESTree.Node, prefix: string, suffix = ';'): StatusFix | undefined {
  const statement = enclosingStatement(node);
  if (!statement) return undefined;
  const indent = ' '.repeat(statement.loc.start.column);
  return (code) => (fixer) => fixer.insertTextBefore(statement, `${prefix}${code}${suffix}\n${indent}`);
}

const SENDS = Symbol('responseSends');

export function getResponseSends(analysis: FileAnalysis): readonly ResponseSend[] {
  return analysis.fact(SENDS, (file) => [...new SendFinder(file).sends()]);
}

/** The local name of h3's `setResponseStatus`: imported, or Nuxt's auto-import when nothing comes from h3 by `import`. */
function h3StatusSetter(program: TSESTree.Program): string | undefined {
  let importsH3 = false;
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || frameworkOfModule(statement.source.value) !== 'h3') continue;
    importsH3 = true;
    for (const specifier of statement.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier && importedName(specifier) === 'setResponseStatus' && statement.importKind !== 'type' && specifier.importKind !== 'type') return specifier.local.name;
    }
  }
  return importsH3 ? undefined : 'setResponseStatus';
}
