/**
 * Decides which variables are server responses, requests, Koa contexts or
 * Hapi toolkits — from evidence, never from a name alone:
 *
 * - route registration (`app.get('/path', handler)`, `router.use(fn)`,
 *   `server.route({ handler })`, `fastify.setErrorHandler(fn)`,
 *   `http.createServer(fn)`), on tracked apps or with a path argument;
 * - type annotations resolved to their framework import (`res: Response`
 *   from express, `reply: FastifyReply`, `ctx: Context`, `RequestHandler`);
 * - NestJS parameter decorators (`@Res()`), exception filters (`@Catch()`);
 * - handler signatures that only servers have: `(err, req, res, next)`,
 *   `(req, res, next)`, `(ctx, next)`, an exported `(req, res)`, and the
 *   default export of a Next.js `pages/api/` file;
 * - with type information, the parameter's declared type.
 *
 * Names (`res`, `reply`, `ctx`, `h`) only pick a role inside a function that
 * has one of these.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import {
  type FunctionNode,
  calledMethodName,
  enclosingFunction,
  functionName,
  importedName,
  isFunctionNode,
  memberName,
  moduleOf,
  parameterIdentifier,
  parameterName,
  propertyKeyName,
  propertyValue,
  isThisReference,
  staticString,
  singleAssignmentValue,
  unwrap,
} from '../util/ast';
import { getCollector } from './collector';
import type { FileAnalysis } from './file-analysis';
import { NEST_HTTP_EXCEPTIONS, frameworkOfModule, getFrameworkFacts, type Framework, type FrameworkFacts } from './frameworks';
import { ACK_NAMES, CHAIN_METHODS, classifySink, type Sink } from './sinks';
import { AST_NODE_TYPES, findVariable } from '../util/ts-estree';

/**
 * `socket`: a socket.io socket, whose `emit` reaches its client; `ack`: the acknowledgement callback of a socket event,
 * which answers it; `socketNext`: a socket.io middleware's `next`, whose error the client gets as `connect_error`;
 * `h3Event`: h3's event, whose Node response is `event.node.res`.
 */
export type Role = 'response' | 'request' | 'koaContext' | 'hapiToolkit' | 'errorSource' | 'next' | 'app' | 'stream' | 'socket' | 'ack' | 'socketNext' | 'h3Event';

export interface HandlerInfo {
  framework: Framework | undefined;
  /** Role of each parameter, by position. */
  roles: readonly (Role | undefined)[];
  /** The framework sends what the function returns (Fastify and Hapi routes, Fastify error handlers). */
  returnIsResponse: boolean;
  /** The route path it is registered under, when static: `/auth/login`. */
  path?: string;
}

/** Frameworks that send what a route handler returns: Fastify, Hapi, h3. */
const RETURN_ANSWERING_FRAMEWORKS: ReadonlySet<Framework | undefined> = new Set(['fastify', 'hapi', 'h3']);

/** A handler whose return value the framework sends. */
export function answersWithReturnValue(info: HandlerInfo | undefined): info is HandlerInfo {
  return info !== undefined && info.returnIsResponse && RETURN_ANSWERING_FRAMEWORKS.has(info.framework);
}

export interface NestHttpRoute {
  /** Routed with `@Post()`, whose default status is 201. */
  isPost: boolean;
  /** The argument of the method's `@HttpCode()`, if it has one. */
  httpCode: TSESTree.Node | undefined;
}

export interface RoleInfo {
  role: Role;
  framework: Framework | undefined;
}

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options', 'all', 'search']);
const REQUEST_NAMES = new Set(['req', 'request']);
/** Fastify hooks whose reply can still answer the request. */
const FASTIFY_ANSWERING_HOOKS = new Set(['onRequest', 'preParsing', 'preValidation', 'preHandler']);
const RESPONSE_NAMES = new Set(['res', 'response', 'reply']);
const ERROR_NAMES = new Set(['err', 'error', 'e', 'ex', 'exception']);
const CONTEXT_NAMES = new Set(['ctx', 'context']);
const NEXT_JS_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/** Framework types, by module and exported name, to the role a value of that type plays. */
const TYPE_ROLES: Readonly<Record<string, Readonly<Record<string, Role>>>> = {
  express: { Response: 'response', Request: 'request', NextFunction: 'next', Express: 'app', Application: 'app', Router: 'app' },
  'express-serve-static-core': { Response: 'response', Request: 'request', NextFunction: 'next', Express: 'app', Application: 'app', Router: 'app' },
  koa: { Context: 'koaContext', ParameterizedContext: 'koaContext', ExtendableContext: 'koaContext', DefaultContext: 'koaContext', Next: 'next' },
  '@koa/router': { RouterContext: 'koaContext' },
  'koa-router': { RouterContext: 'koaContext', IRouterContext: 'koaContext' },
  fastify: { FastifyReply: 'response', FastifyRequest: 'request', FastifyInstance: 'app', FastifyError: 'errorSource' },
  '@hapi/hapi': { ResponseToolkit: 'hapiToolkit', Request: 'request', Server: 'app' },
  next: { NextApiResponse: 'response', NextApiRequest: 'request' },
  'next/server': { NextRequest: 'request' },
  http: { ServerResponse: 'response', IncomingMessage: 'request', Server: 'app' },
  http2: { Http2ServerResponse: 'response', Http2ServerRequest: 'request' },
  // Hono's context answers the request, so it plays the response here.
  hono: { Context: 'response', HonoRequest: 'request', Next: 'next', Hono: 'app' },
  '@hono/zod-openapi': { OpenAPIHono: 'app' },
  // NestJS gateways too: `@ConnectedSocket() client: Socket`.
  'socket.io': { Socket: 'socket', Server: 'app' },
};

/** Function types whose parameters have fixed roles. */
const FUNCTION_TYPE_ROLES: Readonly<Record<string, Readonly<Record<string, HandlerInfo>>>> = {
  express: {
    RequestHandler: { framework: 'express', roles: ['request', 'response', 'next'], returnIsResponse: false },
    ErrorRequestHandler: { framework: 'express', roles: ['errorSource', 'request', 'response', 'next'], returnIsResponse: false },
  },
  next: { NextApiHandler: { framework: 'next', roles: ['request', 'response'], returnIsResponse: false } },
  koa: { Middleware: { framework: 'koa', roles: ['koaContext', 'next'], returnIsResponse: false } },
  '@koa/router': { Middleware: { framework: 'koa', roles: ['koaContext', 'next'], returnIsResponse: false } },
  fastify: {
    RouteHandlerMethod: { framework: 'fastify', roles: ['request', 'response'], returnIsResponse: true },
    RouteHandler: { framework: 'fastify', roles: ['request', 'response'], returnIsResponse: true },
  },
  hono: {
    Handler: { framework: 'hono', roles: ['response', 'next'], returnIsResponse: false },
    MiddlewareHandler: { framework: 'hono', roles: ['response', 'next'], returnIsResponse: false },
    ErrorHandler: { framework: 'hono', roles: ['errorSource', 'response'], returnIsResponse: false },
    NotFoundHandler: { framework: 'hono', roles: ['response'], returnIsResponse: false },
  },
  '@hono/zod-openapi': { RouteHandler: { framework: 'hono', roles: ['response', 'next'], returnIsResponse: false } },
};

/** Roles by framework and handler kind. */
function positionalRoles(framework: Framework | undefined, arity: number): (Role | undefined)[] {
  switch (framework) {
    case 'koa':
      return ['koaContext', 'next'];
    case 'hapi':
      return ['request', 'hapiToolkit'];
    case 'fastify':
      return ['request', 'response'];
    case 'hono':
      return ['response', 'next'];
    default:
      return arity >= 4 ? ['errorSource', 'request', 'response', 'next'] : ['request', 'response', 'next'];
  }
}

export class ServerModel {
  private readonly facts: FrameworkFacts;
  private readonly handlers = new Map<FunctionNode, HandlerInfo | null>();
  private readonly roles = new Map<TSESLint.Scope.Variable, RoleInfo | null>();
  private readonly apps = new Map<TSESLint.Scope.Variable, Framework | null>();
  private readonly sinks = new Map<TSESTree.Node, Sink | null>();
  private answersWithReturns: boolean | undefined;
  private mentionsUseServer: boolean | undefined;
  private socketText: boolean | undefined;
  private serverActionFile: boolean | undefined;
  private clientModule: boolean | undefined;
  private honoImport: boolean | undefined;
  private exceptionSubclasses: Map<string, Framework> | undefined;

  constructor(private readonly analysis: FileAnalysis) {
    this.facts = getFrameworkFacts(analysis);
  }

  get frameworks(): FrameworkFacts {
    return this.facts;
  }

  /** The sink a candidate node is, with receivers judged by this model; computed once per node for all rules. */
  sinkOf(candidate: TSESTree.Node): Sink | undefined {
    if (this.sinks.has(candidate)) return this.sinks.get(candidate) ?? undefined;
    const sink = classifySink(candidate, this, this.analysis, (identifier) => this.roleOf(identifier));
    this.sinks.set(candidate, sink ?? null);
    return sink;
  }

  /** The role of the variable an identifier refers to, if there is evidence for one. */
  roleOf(identifier: TSESTree.Identifier): RoleInfo | undefined {
    const variable = findVariable(this.analysis.sourceCode.getScope(identifier), identifier);
    return variable ? this.roleOfVariable(variable) : undefined;
  }

  roleOfVariable(variable: TSESLint.Scope.Variable): RoleInfo | undefined {
    if (this.roles.has(variable)) return this.roles.get(variable) ?? undefined;
    this.roles.set(variable, null); // breaks cycles through aliases
    const info = this.computeRole(variable);
    this.roles.set(variable, info ?? null);
    return info;
  }

  /** Handler facts for a function, or undefined when nothing shows it is a server handler. */
  handlerInfo(fn: FunctionNode): HandlerInfo | undefined {
    if (this.handlers.has(fn)) return this.handlers.get(fn) ?? undefined;
    this.handlers.set(fn, null);
    const info = this.computeHandler(fn);
    this.handlers.set(fn, info ?? null);
    return info;
  }

  /**
   * Same-file subclasses of client-facing exceptions that keep their parent's constructor, so their
   * message is sent like the parent's: `class InternalServerError extends GraphQLError {}`.
   */
  exceptionSubclass(name: string): Framework | undefined {
    this.exceptionSubclasses ??= this.findExceptionSubclasses();
    return this.exceptionSubclasses.get(name);
  }

  private findExceptionSubclasses(): Map<string, Framework> {
    const found = new Map<string, Framework>();
    const classes = getCollector(this.analysis).subclasses.filter((node) => node.id && !hasOwnConstructor(node));
    // Repeat until nothing changes, so a subclass of a subclass is found in any order.
    for (let changed = classes.length > 0; changed; ) {
      changed = false;
      for (const node of classes) {
        const superClass = node.superClass && unwrap(node.superClass);
        if (!node.id || found.has(node.id.name) || superClass?.type !== AST_NODE_TYPES.Identifier) continue;
        const framework = found.get(superClass.name) ?? this.exceptionClassFramework(superClass);
        if (framework) {
          found.set(node.id.name, framework);
          changed = true;
        }
      }
    }
    return found;
  }

  /** `GraphQLError` from graphql, `BadRequestException` from @nestjs/common, `ApolloError` from apollo-server. */
  private exceptionClassFramework(identifier: TSESTree.Identifier): Framework | undefined {
    const source = moduleOf(identifier, this.analysis.sourceCode);
    if (source === '@nestjs/common' && (NEST_HTTP_EXCEPTIONS as readonly string[]).includes(identifier.name)) return 'nest';
    if (source === 'graphql' && identifier.name === 'GraphQLError') return 'graphql';
    if (source?.startsWith('apollo-server') && APOLLO_EXCEPTIONS.has(identifier.name)) return 'graphql';
    return undefined;
  }

  /**
   * A NestJS controller or resolver method whose return value Nest sends: `@Get()`, `@Post()`,
   * `@Query()`, `@Mutation()` … in a `@Controller()` or `@Resolver()` class, without `@Res()`
   * (which hands the answer to the method).
   */
  isNestRouteMethod(fn: FunctionNode): boolean {
    if (!this.facts.imported.has('nest')) return false;
    const method = fn.parent;
    if (method?.type !== AST_NODE_TYPES.MethodDefinition || method.value !== fn) return false;
    const classNode = method.parent.parent;
    if (classNode.type !== AST_NODE_TYPES.ClassDeclaration && classNode.type !== AST_NODE_TYPES.ClassExpression) return false;
    if (!hasDecorator(classNode.decorators, NEST_ROUTE_CLASSES) || !hasDecorator(method.decorators, NEST_RETURNING_METHODS)) return false;
    return !fn.params.some((param) => 'decorators' in param && hasDecorator(param.decorators, NEST_RESPONSE_PARAMS));
  }

  /**
   * A NestJS `@Controller()` method whose return value is the HTTP body, sent with its
   * `@HttpCode()` or Nest's default: 201 for `@Post()`, 200 otherwise. Resolver methods
   * (`@Query()`, `@Mutation()`) have no HTTP route: GraphQL answers errors with 200 by protocol.
   * `@Render()`, `@Redirect()` and `@Sse()` methods are left out: what they return is no body.
   */
  nestHttpRoute(fn: FunctionNode): NestHttpRoute | undefined {
    if (!this.isNestRouteMethod(fn)) return undefined;
    const method = fn.parent as TSESTree.MethodDefinition;
    let route: string | undefined;
    let httpCode: TSESTree.Node | undefined;
    for (const decorator of method.decorators ?? []) {
      const name = decoratorName(decorator) ?? '';
      if (NEST_NO_BODY_METHODS.has(name)) return undefined;
      if (NEST_ROUTE_DECORATORS.has(name)) route = name;
      else if (name === 'HttpCode' && decorator.expression.type === AST_NODE_TYPES.CallExpression) httpCode = decorator.expression.arguments[0];
    }
    return route ? { isPost: route === 'Post', httpCode } : undefined;
  }

  /**
   * A Next.js server action, whose return value is serialised to the browser that called it: an
   * exported function of a `'use server'` file, or a function whose body starts with `'use server'`.
   */
  isServerAction(fn: FunctionNode): boolean {
    if (!this.mayHaveServerActions()) return false;
    if (fn.body?.type === AST_NODE_TYPES.BlockStatement && hasDirective(fn.body.body, 'use server')) return true;
    this.serverActionFile ??= hasDirective(this.analysis.sourceCode.ast.body, 'use server');
    return this.serverActionFile && this.isExported(fn);
  }

  /** An import of `hono`, `hono/…` or `@hono/…`, values or types. */
  private importsHono(): boolean {
    this.honoImport ??= this.analysis.sourceCode.ast.body.some(
      (statement) => statement.type === AST_NODE_TYPES.ImportDeclaration && /^(hono$|hono\/|@hono\/)/.test(statement.source.value),
    );
    return this.honoImport;
  }

  /** A `'use client'` module: its code runs in the browser, which already has whatever it shows. */
  isClientModule(): boolean {
    this.clientModule ??= hasDirective(this.analysis.sourceCode.ast.body, 'use client');
    return this.clientModule;
  }

  /**
   * Whether socket.io may be used here: imported, or a socket (or its API) named in the text. Files without it skip the
   * role lookups for every `emit(…)` and `callback(…)`.
   */
  mayUseSockets(): boolean {
    this.socketText ??= this.facts.imported.has('socketio') || SOCKET_TEXT.test(this.analysis.sourceCode.text);
    return this.socketText;
  }

  /** Cheap check first: almost no file has the `'use server'` directive anywhere. */
  mayHaveServerActions(): boolean {
    this.mentionsUseServer ??= this.analysis.sourceCode.text.includes('use server');
    return this.mentionsUseServer;
  }

  /** Whether a send answers a health route, which load balancers and orchestrators read by its status alone. */
  answersHealthProbe(send: TSESTree.Node): boolean {
    for (let fn = enclosingFunction(send); fn; fn = enclosingFunction(fn)) {
      const path = this.routePath(fn);
      if (path !== undefined) return HEALTH_PATH.test(path);
    }
    return false;
  }

  /**
   * The route a function answers, when static: its registration's path (`app.get('/healthz', fn)`),
   * a Next.js route file's (`app/api/health/route.ts` → `api/health`), or a NestJS controller
   * method's `@Controller('health')` and `@Get('db')` joined (`health/db`).
   */
  routePath(fn: FunctionNode): string | undefined {
    const registered = this.handlerInfo(fn)?.path;
    if (registered !== undefined) return registered;
    // Also `export const GET = withError(async (request) => …)`, whose roles other evidence decides (Medusa's are `(req, res)`).
    if (this.nextRouteExport(fn) || isExportedMethodConst(fn, this.analysis.sourceCode)) return nextRoutePath(this.analysis.filename.replace(/\\/g, '/'));
    if (!this.facts.imported.has('nest')) return undefined;
    const method = fn.parent;
    if (method?.type !== AST_NODE_TYPES.MethodDefinition) return undefined;
    const classNode = method.parent.parent;
    const route = decoratorPath(method.decorators, NEST_ROUTE_DECORATORS);
    if (route === undefined) return undefined;
    const prefix = classNode.type === AST_NODE_TYPES.ClassDeclaration || classNode.type === AST_NODE_TYPES.ClassExpression ? decoratorPath(classNode.decorators, NEST_CONTROLLER) : undefined;
    return [prefix, route].filter((part) => part).join('/');
  }

  /**
   * Whether some function here may be a Fastify or Hapi handler whose return value is the
   * response. `registrationAt` and `typedFunction` only find one with evidence that is visible
   * file-wide: a Fastify or Hapi import, type information, a `setErrorHandler` call, or a second
   * parameter named `reply` or `h`. Most files have none, and skip the handler lookup for each
   * `return`. Keep in step with those two methods.
   */
  mayAnswerWithReturnValues(): boolean {
    this.answersWithReturns ??= this.computeMayAnswerWithReturnValues();
    return this.answersWithReturns;
  }

  private computeMayAnswerWithReturnValues(): boolean {
    const imported = this.facts.imported;
    if (imported.has('fastify') || imported.has('hapi') || imported.has('h3') || this.analysis.parserServices) return true;
    if (getCollector(this.analysis).callsWithArguments.some((call) => calledMethodName(call) === 'setErrorHandler')) return true;
    const scopes = this.analysis.sourceCode.scopeManager?.scopes;
    if (!scopes) return true;
    return scopes.some((scope) => {
      if (scope.type !== 'function' || !isFunctionNode(scope.block)) return false;
      const second = scope.block.params[1];
      const name = second && parameterName(second);
      return name === 'reply' || name === 'h';
    });
  }

  /** The framework of an app/router/server expression (`app`, `router`, `express.Router()`). */
  appFramework(expression: TSESTree.Node): Framework | undefined {
    const node = unwrapAwait(unwrap(expression));
    const tracked = this.facts.tracked.get(node);
    if (tracked?.kind === 'app') return tracked.framework;
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrap(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const method = memberName(callee) ?? '';
      // Express route chains: `app.route('/users').get(handler)`.
      if (method === 'route') return this.appFramework(callee.object);
      // A socket.io namespace: `io.of('/chat').on('connection', …)`.
      if (method === 'of') return this.appFramework(callee.object) === 'socketio' ? 'socketio' : undefined;
      // Hono's app methods return the app: `new Hono().use(logger()).get('/', handler).onError(fn)` (Zero).
      return HONO_CHAINING_METHODS.has(method) && this.appFramework(callee.object) === 'hono' ? 'hono' : undefined;
    }
    if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = findVariable(this.analysis.sourceCode.getScope(node), node);
    if (!variable) return undefined;
    if (this.apps.has(variable)) return this.apps.get(variable) ?? undefined;
    this.apps.set(variable, null);
    const framework = this.computeAppFramework(variable);
    this.apps.set(variable, framework ?? null);
    return framework;
  }

  private computeAppFramework(variable: TSESLint.Scope.Variable): Framework | undefined {
    const def = variable.defs[0];
    if (!def) return undefined;
    if (def.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.Identifier && def.node.init) {
      return this.appFramework(def.node.init);
    }
    if (def.type === 'Parameter' && isFunctionNode(def.node)) {
      const typed = this.typeRole(def.name as TSESTree.Identifier);
      if (typed?.role === 'app') return typed.framework;
      if (this.globalFastifyType(def.name as TSESTree.Identifier)) return 'fastify';
      // Fastify plugins: `app.register(async (instance) => { instance.get(…) })`, `fp(async (fastify) => …)`.
      const fn = def.node;
      const call = fn.parent;
      if (fn.params[0] === def.name && call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === fn) {
        const callee = unwrap(call.callee);
        if (callee.type === AST_NODE_TYPES.Identifier) return moduleOf(callee, this.analysis.sourceCode) === 'fastify-plugin' ? 'fastify' : undefined;
        if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'register') return this.appFramework(callee.object);
      }
    }
    return undefined;
  }

  private computeRole(variable: TSESLint.Scope.Variable): RoleInfo | undefined {
    const def = variable.defs[0];
    if (!def) return undefined;
    if (def.type === 'Parameter' && isFunctionNode(def.node)) {
      const fn = def.node;
      const index = fn.params.findIndex((param) => parameterIdentifier(param) === def.name);
      if (index < 0) return undefined;
      const typed = this.typeRole(def.name as TSESTree.Identifier);
      if (typed) return typed;
      // The response parameter of a helper declared in settings['safe-errors'].responseHelpers.
      const name = functionName(fn);
      if (name && this.analysis.settings.responseHelpers.some((helper) => helper.response === index && helper.name.split('.').pop() === name)) {
        return { role: 'response', framework: undefined };
      }
      const decorated = this.decoratorRole(fn.params[index]);
      if (decorated) return decorated;
      const handler = this.handlerInfo(fn);
      const role = handler?.roles[index];
      return role ? { role, framework: handler.framework } : (this.typeCheckerRole(def.name as TSESTree.Identifier) ?? this.passedRole(fn, index) ?? socketByUse(variable));
    }
    if (def.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.Identifier && def.node.init) {
      const init = unwrapAwait(unwrap(def.node.init));
      // NestJS filters and interceptors: `host.switchToHttp().getResponse()`.
      if (
        init.type === AST_NODE_TYPES.CallExpression &&
        this.facts.imported.has('nest') &&
        (calledMethodName(init) === 'getResponse' || calledMethodName(init) === 'getRequest')
      ) {
        return { role: calledMethodName(init) === 'getResponse' ? 'response' : 'request', framework: 'nest' };
      }
      // `const r = res` aliases, only when never reassigned.
      if (init.type === AST_NODE_TYPES.Identifier && def.parent?.kind === 'const') return this.roleOf(init);
      // `const _res = res.status(err.httpCode || 500)`: a response method that returns the response (saltcorn).
      if (init.type === AST_NODE_TYPES.CallExpression && def.parent?.kind === 'const' && CHAIN_METHODS.has(calledMethodName(init) ?? '')) {
        const receiver = unwrap((unwrap(init.callee) as TSESTree.MemberExpression).object);
        const role = receiver.type === AST_NODE_TYPES.Identifier ? this.roleOf(receiver) : undefined;
        if (role?.role === 'response') return role;
      }
      const typed = this.typeRole(def.node.id);
      if (typed) return typed;
    }
    return undefined;
  }

  /**
   * A same-file helper handed a handler's response: `actionPandoc(req, res, note)` (codimd), or a
   * method of the class called as `this.handleCallback(kind, query, req, res)` (heyform).
   */
  private passedRole(fn: FunctionNode, index: number): RoleInfo | undefined {
    for (const call of this.callsOf(fn)) {
      const argument = call.arguments[index];
      const role = argument?.type === AST_NODE_TYPES.Identifier ? this.roleOf(argument) : undefined;
      if (role && ANSWERING_ROLES.has(role.role)) return role;
    }
    return undefined;
  }

  /** Calls of a same-file function: through the name it is bound to, or `this.name(…)` for a method, from its own class. */
  *callsOf(fn: FunctionNode): Iterable<TSESTree.CallExpression> {
    for (const use of this.usesAsValue(fn)) {
      const call = use.parent;
      if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === use) yield call;
    }
    const member = fn.parent;
    if ((member?.type !== AST_NODE_TYPES.MethodDefinition && member?.type !== AST_NODE_TYPES.PropertyDefinition) || member.computed || member.static) return;
    const name = member.key.type === AST_NODE_TYPES.Identifier ? member.key.name : undefined;
    const classBody = member.parent;
    if (!name) return;
    for (const call of getCollector(this.analysis).helperCalls) {
      const callee = unwrap(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== name || !isThisReference(callee.object, this.analysis.sourceCode)) continue;
      if (call.range[0] >= classBody.range[0] && call.range[1] <= classBody.range[1]) yield call;
    }
  }

  private computeHandler(fn: FunctionNode): HandlerInfo | undefined {
    return (
      this.registration(fn) ??
      this.typedFunction(fn) ??
      this.typedParameters(fn) ??
      this.nestFilter(fn) ??
      this.nextHandler(fn) ??
      this.signature(fn) ??
      this.returnedByWrapper(fn)
    );
  }

  /**
   * The handler a wrapper returns: `function handleError(fn) { return (req, res) => … }`, registered
   * as `app.post('/accounts', handleError(async (req, res) => …))` (actual's sync server).
   */
  private returnedByWrapper(fn: FunctionNode): HandlerInfo | undefined {
    const wrapper = functionReturning(fn);
    if (!wrapper) return undefined;
    for (const use of this.usesAsValue(wrapper)) {
      const call = use.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== use) continue;
      const info = this.registrationAt(fn, call);
      if (info) return info;
    }
    return undefined;
  }

  /**
   * h3 sends what an event handler returns (`defineEventHandler(async (event) => …)`); a Nuxt or Nitro file route
   * (`server/api/auth/login.post.ts`, its default export) is served at its path. Nitro's error handler,
   * `defineNitroErrorHandler((error, event) => …)`, answers with what it sends.
   */
  private h3Handler(call: TSESTree.CallExpression, errorHandler: true | undefined): HandlerInfo {
    if (errorHandler) return { framework: 'h3', roles: ['errorSource', 'h3Event'], returnIsResponse: false };
    const exported = call.parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration || isExportPosition(call, this.analysis.sourceCode);
    return { framework: 'h3', roles: ['h3Event'], returnIsResponse: true, ...optionalPath(exported ? nitroRoutePath(this.analysis.filename.replace(/\\/g, '/')) : undefined) };
  }

  /**
   * socket.io: `io.on('connection', (socket) => …)` (also on a namespace, `io.of('/chat')`), and an event of a known
   * socket, `socket.on('message', (data, callback) => …)`, whose last parameter, named as acknowledgements are, answers it.
   */
  private socketHandler(fn: FunctionNode, emitter: TSESTree.Node, appFramework: Framework | undefined, event: string | undefined): HandlerInfo | undefined {
    if (appFramework === 'socketio') return event === 'connection' || event === 'connect' ? { framework: 'socketio', roles: ['socket'], returnIsResponse: false } : undefined;
    const socket = unwrap(emitter);
    if (socket.type !== AST_NODE_TYPES.Identifier || this.roleOf(socket)?.role !== 'socket') return undefined;
    const roles: (Role | undefined)[] = fn.params.map(() => undefined);
    if (hasParamNamed(fn, fn.params.length - 1, ACK_NAMES)) roles[fn.params.length - 1] = 'ack';
    return { framework: 'socketio', roles, returnIsResponse: false };
  }

  /** `app.get('/x', fn)`, `router.use(fn)`, `server.route({ handler: fn })` … for fn or a reference to it. */
  private registration(fn: FunctionNode): HandlerInfo | undefined {
    for (const use of this.usesAsValue(fn)) {
      const info = this.registrationAt(fn, use);
      if (info) return info;
    }
    return undefined;
  }

  /**
   * Nodes where a function is passed on: the function itself (or the wrapper
   * call around it, `asyncHandler(fn)`), and reads of the name it is bound to.
   */
  private *usesAsValue(fn: FunctionNode): Iterable<TSESTree.Node> {
    const value = wrappedValue(fn);
    yield value;
    const nameNode = boundName(fn, value);
    if (!nameNode) return;
    const variable = findVariable(this.analysis.sourceCode.getScope(nameNode), nameNode);
    for (const reference of variable?.references ?? []) {
      if (reference.isRead()) yield reference.identifier;
    }
  }

  /**
   * Exported from this module, directly or by name: `export { f }`, `module.exports = { f }`,
   * `export default f`, also wrapped (`{ f: expressify(f) }`) in an object that a `const` holds
   * and the module exports (`const Controller = { f }; export default Controller`).
   */
  private isExported(fn: FunctionNode): boolean {
    const declarationParent = fn.parent?.type;
    if (declarationParent === AST_NODE_TYPES.ExportNamedDeclaration || declarationParent === AST_NODE_TYPES.ExportDefaultDeclaration) return true;
    for (const use of this.usesAsValue(fn)) {
      const parent = use.parent;
      const value = parent?.type === AST_NODE_TYPES.CallExpression && parent.callee !== use ? parent : use;
      if (isExportPosition(value, this.analysis.sourceCode) || this.inExportedObject(value)) return true;
    }
    return false;
  }

  /** A method of a class that the module exports: `export class UserController { async login(ctx) {} }`, `module.exports = { UserController }`, `module.exports = class …`. */
  private isExportedClassMethod(fn: FunctionNode): boolean {
    const method = fn.parent;
    if (method?.type !== AST_NODE_TYPES.MethodDefinition || method.static) return false;
    const classNode = method.parent.parent;
    // `module.exports = class MemberController { … }` (Ghost).
    if (classNode.type === AST_NODE_TYPES.ClassExpression) return isExportPosition(classNode, this.analysis.sourceCode);
    if (classNode.type !== AST_NODE_TYPES.ClassDeclaration || !classNode.id) return false;
    if (classNode.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration || classNode.parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration) return true;
    // The class's own scope binds its name too, for the class body; exports read the outer binding (looked up by name,
    // since a node would lead back into the class scope).
    const scope = this.analysis.sourceCode.getScope(classNode);
    const variable = findVariable(scope.block === classNode ? (scope.upper ?? scope) : scope, classNode.id.name);
    return variable?.references.some((reference) => reference.isRead() && (isExportPosition(reference.identifier, this.analysis.sourceCode) || this.inExportedObject(reference.identifier))) ?? false;
  }

  /** `const Controller = { f }` (or `{ f: wrap(f) }`) with `Controller` exported. */
  private inExportedObject(value: TSESTree.Node): boolean {
    const property = value.parent;
    if (property?.type !== AST_NODE_TYPES.Property || property.value !== value) return false;
    const declarator = property.parent.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== property.parent || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = findVariable(this.analysis.sourceCode.getScope(declarator.id), declarator.id);
    return variable?.references.some((reference) => reference.isRead() && isExportPosition(reference.identifier, this.analysis.sourceCode)) ?? false;
  }

  /**
   * The handler of a route config: `server.route({ method, path, handler })`, `options: { handler }`,
   * or a config that is not passed inline (`server.route([…])`, `const routes = […]`,
   * `module.exports = [{ method, path, handler }]`), which its `method` and `path` (or `url`) show.
   */
  private routeConfigHandler(fn: FunctionNode, holder: TSESTree.ObjectExpression): HandlerInfo | undefined {
    let route = holder;
    const options = route.parent;
    if (options?.type === AST_NODE_TYPES.Property && options.value === route && options.parent.type === AST_NODE_TYPES.ObjectExpression && ROUTE_OPTION_KEYS.has(propertyKeyName(options) ?? '')) {
      route = options.parent;
    }
    const call = route.parent?.type === AST_NODE_TYPES.CallExpression && calledMethodName(route.parent) === 'route' ? route.parent : undefined;
    const method = propertyValue(route, 'method');
    const pathNode = propertyValue(route, 'path') ?? propertyValue(route, 'url');
    if (!call && !(method && pathNode)) return undefined;
    const target = call ? this.appFramework((unwrap(call.callee) as TSESTree.MemberExpression).object) : undefined;
    const framework = target ?? this.singleImportedFramework(['hapi', 'fastify']) ?? guessByNames(fn) ?? (hasParamNamed(fn, 0, REQUEST_NAMES) && hasParamNamed(fn, 1, RESPONSE_NAMES) ? 'express' : undefined);
    const path = staticString(pathNode);
    const where = path ? { path } : {};
    if (framework === 'hapi' || framework === 'fastify') return { framework, roles: positionalRoles(framework, fn.params.length), returnIsResponse: true, ...where };
    // An app's own route table of `(req, res)` handlers (`[{ method: 'get', path, handler }]`), wired up elsewhere.
    if (!call && framework === 'express') return { framework, roles: positionalRoles(framework, fn.params.length), returnIsResponse: false, ...where };
    return undefined;
  }

  /**
   * A Fastify request hook given in a route's options: `app.get('/users', { preValidation }, handler)`,
   * `fastify.route({ method, url, preHandler: [auth, hook], handler })`. It answers with `reply` like `addHook`'s.
   */
  private routeOptionHook(fn: FunctionNode, options: TSESTree.Node): HandlerInfo | undefined {
    const call = options.parent;
    if (options.type !== AST_NODE_TYPES.ObjectExpression || call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(options)) return undefined;
    const method = calledMethodName(call);
    if (!method || (!ROUTE_METHODS.has(method) && method !== 'route')) return undefined;
    const framework = this.appFramework((unwrap(call.callee) as TSESTree.MemberExpression).object) ?? this.singleImportedFramework(['fastify']) ?? guessByNames(fn);
    return framework === 'fastify' ? { framework, roles: ['request', 'response'], returnIsResponse: false } : undefined;
  }

  /** The options of next-safe-action's `createSafeActionClient({ … })`. */
  isSafeActionClientOptions(options: TSESTree.Node | undefined): boolean {
    const call = options?.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== options) return false;
    const callee = unwrap(call.callee);
    return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'createSafeActionClient' && moduleOf(callee, this.analysis.sourceCode) === 'next-safe-action';
  }

  private registrationAt(fn: FunctionNode, use: TSESTree.Node): HandlerInfo | undefined {
    let parent = use.parent;
    // `server.route({ method: 'GET', path: '/', handler })` and `options: { handler }`.
    if (parent?.type === AST_NODE_TYPES.Property && parent.value === use) {
      const key = parent.key.type === AST_NODE_TYPES.Identifier ? parent.key.name : undefined;
      if (key && SAFE_ACTION_ERROR_HANDLERS.has(key)) return this.isSafeActionClientOptions(parent.parent) ? SAFE_ACTION_ERROR_HANDLER : undefined;
      if (key && FASTIFY_ANSWERING_HOOKS.has(key)) return this.routeOptionHook(fn, parent.parent);
      if (key !== 'handler' || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
      // h3's object form: `defineEventHandler({ onRequest: [auth], handler: async (event) => … })`.
      const options = parent.parent;
      const factory = options.parent?.type === AST_NODE_TYPES.CallExpression && options.parent.arguments[0] === options ? this.facts.tracked.get(options.parent) : undefined;
      if (factory?.kind === 'handlerFactory' && factory.framework === 'h3') return this.h3Handler(options.parent as TSESTree.CallExpression, factory.errorHandler);
      return this.routeConfigHandler(fn, options);
    }
    // Arrays of handlers: `router.get('/', [auth, handler])`, and of Fastify route hooks: `{ preHandler: [auth, hook] }`.
    if (parent?.type === AST_NODE_TYPES.ArrayExpression) {
      const hookOption = parent.parent;
      if (hookOption?.type === AST_NODE_TYPES.Property && hookOption.value === parent && FASTIFY_ANSWERING_HOOKS.has(propertyKeyName(hookOption) ?? '')) {
        return this.routeOptionHook(fn, hookOption.parent);
      }
      use = parent;
      parent = parent.parent;
    }
    if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(use as TSESTree.CallExpressionArgument)) {
      return undefined;
    }
    const call = parent;
    const argumentIndex = call.arguments.indexOf(use as TSESTree.CallExpressionArgument);
    const tracked = this.facts.tracked.get(call);
    if (tracked?.kind === 'app' && tracked.framework === 'node') {
      return { framework: 'node', roles: ['request', 'response'], returnIsResponse: false };
    }
    if (tracked?.kind === 'handlerFactory' && argumentIndex === 0) {
      if (tracked.framework === 'h3') return this.h3Handler(call, tracked.errorHandler);
      return { framework: tracked.framework, roles: positionalRoles(tracked.framework, fn.params.length), returnIsResponse: false };
    }
    // `streamSSE(c, async (stream) => …, async (err, stream) => …)`: the writer, and an error callback.
    if (tracked?.kind === 'streamFactory' && argumentIndex > 0) {
      return { framework: tracked.framework, roles: argumentIndex === 1 ? ['stream'] : ['errorSource', 'stream'], returnIsResponse: false };
    }
    const callee = unwrap(call.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) return this.validatorHook(callee, argumentIndex);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const appFramework = this.appFramework(callee.object);
    // `router[method]('/api/report', handler)` on a known router: a route, whichever method (yapi's createAction).
    const method = memberName(callee) ?? (callee.computed && appFramework ? 'all' : undefined);
    if (!method) return undefined;
    const firstParam = fn.params[0] && parameterName(fn.params[0]);

    switch (method) {
      case 'setErrorHandler':
        if (appFramework !== 'fastify' && !this.facts.imported.has('fastify') && !hasParamNamed(fn, 1, REQUEST_NAMES)) return undefined;
        return { framework: 'fastify', roles: ['errorSource', 'request', 'response'], returnIsResponse: true };
      case 'setNotFoundHandler':
        if (appFramework !== 'fastify' && !this.facts.imported.has('fastify')) return undefined;
        return { framework: 'fastify', roles: ['request', 'response'], returnIsResponse: true };
      case 'onError':
        // Hono: `app.onError((err, c) => c.json(…, 500))`.
        if (appFramework !== 'hono') return undefined;
        return { framework: 'hono', roles: ['errorSource', 'response'], returnIsResponse: false };
      case 'notFound':
        if (appFramework !== 'hono') return undefined;
        return { framework: 'hono', roles: ['response'], returnIsResponse: false };
      case 'createMiddleware':
      case 'createHandlers':
        // hono/factory: `const factory = createFactory(); factory.createHandlers(logger(), (c) => …)`.
        if (appFramework !== 'hono') return undefined;
        return { framework: 'hono', roles: positionalRoles('hono', fn.params.length), returnIsResponse: false };
      case 'openapi':
        // @hono/zod-openapi: `app.openapi(createRoute({ method, path, … }), handler)`.
        if (appFramework !== 'hono' || argumentIndex === 0) return undefined;
        return { framework: 'hono', roles: positionalRoles('hono', fn.params.length), returnIsResponse: false, ...optionalPath(openApiRoutePath(call.arguments[0], this.analysis.sourceCode)) };
      case 'on': {
        // Hono: `app.on('POST', '/login', handler)`, `app.on(['GET', 'POST'], ['/a', '/b'], handler)`.
        if (appFramework === 'hono') {
          if (argumentIndex < 2) return undefined;
          return { framework: 'hono', roles: positionalRoles('hono', fn.params.length), returnIsResponse: false, ...optionalPath(staticString(call.arguments[1])) };
        }
        const event = staticString(call.arguments[0]);
        if (argumentIndex === 1) {
          const socketHandler = this.socketHandler(fn, callee.object, appFramework, event);
          if (socketHandler) return socketHandler;
        }
        if (event === 'error' && appFramework === 'koa') return { framework: 'koa', roles: ['errorSource', 'koaContext'], returnIsResponse: false };
        if (event === 'request' && appFramework === 'node') return { framework: 'node', roles: ['request', 'response'], returnIsResponse: false };
        return undefined;
      }
      case 'addHook': {
        // Request hooks can answer early: `fastify.addHook('preHandler', async (request, reply) => …)`.
        const hook = staticString(call.arguments[0]);
        if (appFramework !== 'fastify' || !hook || !FASTIFY_ANSWERING_HOOKS.has(hook) || argumentIndex !== 1) return undefined;
        return { framework: 'fastify', roles: ['request', 'response'], returnIsResponse: false };
      }
      case 'decorate':
        // `fastify.decorate('authenticate', async (request, reply) => …)`, used as a preHandler.
        if (appFramework !== 'fastify' || argumentIndex !== 1 || !hasParamNamed(fn, 1, RESPONSE_NAMES)) return undefined;
        return { framework: 'fastify', roles: ['request', 'response'], returnIsResponse: false };
      case 'ext':
        if (appFramework !== 'hapi') return undefined;
        return { framework: 'hapi', roles: ['request', 'hapiToolkit'], returnIsResponse: false };
      case 'use': {
        // socket.io middleware, `io.use((socket, next) => …)`: `next(err)` refuses the connection with err's message.
        if (appFramework === 'socketio') return { framework: 'socketio', roles: ['socket', 'socketNext'], returnIsResponse: false };
        const framework = appFramework ?? this.singleImportedFramework(['express', 'koa', 'fastify']) ?? guessByNames(fn);
        const arity = fn.params.length;
        if (!appFramework) {
          // An untracked `x.use(fn)` needs a middleware signature: `(req, res, next)`, `(err, req, res, next)`, `(ctx, next)`,
          // or a mount path and a handler's: `x.use('/api/1', async (req, res) => …)` (etherpad's hooks get `app` handed in).
          const lastParam = fn.params[arity - 1];
          const lastName = lastParam && usedParameterName(lastParam);
          const middlewareShape = arity >= 3 ? lastName === 'next' : framework === 'koa' && arity >= 1 && CONTEXT_NAMES.has(firstParam ?? '');
          const mountedHandler = argumentIndex > 0 && isRoutePath(call.arguments[0]) && hasParamNamed(fn, 0, REQUEST_NAMES) && hasParamNamed(fn, 1, RESPONSE_NAMES);
          if (!middlewareShape && !mountedHandler) return undefined;
        }
        return { framework, roles: positionalRoles(framework, arity), returnIsResponse: false };
      }
      case 'param':
        if (!appFramework) return undefined;
        return { framework: appFramework, roles: ['request', 'response', 'next'], returnIsResponse: false };
      default:
        break;
    }
    if (!ROUTE_METHODS.has(method)) return undefined;
    const isRoute = appFramework !== undefined || (argumentIndex > 0 && isRoutePath(call.arguments[0]));
    if (!isRoute) return undefined;
    // `request.get(url, (err, res, body) => …)` is an outgoing call, not a route.
    if (firstParam && ERROR_NAMES.has(firstParam) && fn.params.length < 4) return undefined;
    const framework = appFramework ?? this.singleImportedFramework(['express', 'koa', 'fastify', 'hapi', 'hono']) ?? guessByNames(fn);
    const path = argumentIndex > 0 ? staticString(call.arguments[0]) : routeChainPath(callee.object);
    // Hono handlers return a `Response`, built by the context's methods: those are the sends.
    return { framework, roles: positionalRoles(framework, fn.params.length), returnIsResponse: framework !== 'hono', ...optionalPath(path) };
  }

  /**
   * Hono validators' hooks, which answer a failed validation: `zValidator('json', schema, (result, c) => …)`
   * (@hono/zod-validator and the other @hono/…-validator packages) and `validator('json', (value, c) => …)` (hono/validator).
   */
  private validatorHook(callee: TSESTree.Identifier, argumentIndex: number): HandlerInfo | undefined {
    if (!/^[a-z]*validator$/i.test(callee.name)) return undefined; // cheap check before the import lookup
    const source = moduleOf(callee, this.analysis.sourceCode) ?? '';
    const isHook = source === 'hono/validator' ? argumentIndex === 1 : /^@hono\/[\w-]+-validator$/.test(source) && argumentIndex === 2;
    return isHook ? { framework: 'hono', roles: [undefined, 'response'], returnIsResponse: false } : undefined;
  }

  /**
   * `const handler: RequestHandler = (req, res) => …`, and the function a factory declared to return a handler
   * returns: `const withScope = (...scopes): MiddlewareHandler => async (c, next) => …` (midday).
   */
  private typedFunction(fn: FunctionNode): HandlerInfo | undefined {
    const declarator = fn.parent;
    const annotation =
      declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === fn
        ? declarator.id.typeAnnotation?.typeAnnotation
        : functionReturning(fn)?.returnType?.typeAnnotation;
    if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
    const resolved = this.resolveTypeName(annotation.typeName);
    return resolved ? FUNCTION_TYPE_ROLES[resolved.module]?.[resolved.name] : undefined;
  }

  /** Any parameter typed with a framework type makes the function a handler of that framework. */
  private typedParameters(fn: FunctionNode): HandlerInfo | undefined {
    const typedRoles = fn.params.map((param) => {
      const identifier = parameterIdentifier(param);
      return identifier ? this.typeRole(identifier) : undefined;
    });
    const typed = typedRoles.find((role) => role !== undefined && role.role !== 'app');
    if (!typed) return undefined;
    // NestJS injects decorated parameters (`@Req() req: Request, @Body() dto, @Res() res: Response`) by
    // decorator, not by position: only their own types say what they are.
    const injected = fn.params.some((param) => 'decorators' in param && (param.decorators?.length ?? 0) > 0);
    const positional = injected ? [] : positionalRoles(typed.framework, fn.params.length);
    // Positions count only where the typed parameters sit in them: `(req: Request, res: Response, id, options)` is
    // no error handler, and `(data, teamId, token, res: NextApiResponse)` has no error in its first place.
    const inPlace = typedRoles.every((typedRole, index) => typedRole === undefined || typedRole.role === positional[index]);
    // Hono's error handler, `handleError(err: Error, c: Context)`, registered in another file with `app.onError(handleError)`.
    if (!inPlace && typed.framework === 'hono' && fn.params.length === 2 && typedRoles[1]?.role === 'response' && hasParamNamed(fn, 0, ERROR_NAMES)) {
      return { framework: 'hono', roles: ['errorSource', 'response'], returnIsResponse: false };
    }
    const roles = fn.params.map((_, index) => typedRoles[index]?.role ?? (inPlace ? positional[index] : undefined));
    return { framework: typed.framework, roles, returnIsResponse: false };
  }

  /** NestJS exception filters: `@Catch() class F { catch(exception, host) {} }`. */
  private nestFilter(fn: FunctionNode): HandlerInfo | undefined {
    const method = fn.parent;
    if (method?.type !== AST_NODE_TYPES.MethodDefinition || method.key.type !== AST_NODE_TYPES.Identifier || method.key.name !== 'catch') {
      return undefined;
    }
    const classNode = method.parent.parent;
    const isFilter =
      (classNode.type === AST_NODE_TYPES.ClassDeclaration || classNode.type === AST_NODE_TYPES.ClassExpression) &&
      (classNode.decorators ?? []).some((decorator) => decoratorName(decorator) === 'Catch');
    return isFilter ? { framework: 'nest', roles: ['errorSource'], returnIsResponse: false } : undefined;
  }

  /** Next.js: `pages/api/*` default exports, and `app/**\/route.ts` method exports. */
  private nextHandler(fn: FunctionNode): HandlerInfo | undefined {
    switch (this.nextRouteExport(fn)) {
      case 'pages':
        return { framework: 'next', roles: ['request', 'response'], returnIsResponse: false };
      case 'app':
        return { framework: 'next', roles: ['request'], returnIsResponse: true };
      default:
        return undefined;
    }
  }

  private nextRouteExport(fn: FunctionNode): 'pages' | 'app' | undefined {
    const parent = fn.parent;
    if (parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration && /\/pages\/api\//.test(this.analysis.filename.replace(/\\/g, '/'))) return 'pages';
    const isMethodExport = fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id && NEXT_JS_METHODS.has(fn.id.name) && parent?.type === AST_NODE_TYPES.ExportNamedDeclaration;
    return isMethodExport ? 'app' : undefined;
  }

  /** Signatures only server middleware has. */
  private signature(fn: FunctionNode): HandlerInfo | undefined {
    const names = fn.params.map((param) => usedParameterName(param) ?? '');
    const [first = '', second = '', third = '', fourth = ''] = names;
    if (names.length === 4 && ERROR_NAMES.has(first) && REQUEST_NAMES.has(second) && RESPONSE_NAMES.has(third) && fourth === 'next') {
      return { framework: 'express', roles: ['errorSource', 'request', 'response', 'next'], returnIsResponse: false };
    }
    if (names.length === 3 && REQUEST_NAMES.has(first) && RESPONSE_NAMES.has(second) && third === 'next') {
      return { framework: 'express', roles: ['request', 'response', 'next'], returnIsResponse: false };
    }
    if (names.length === 2 && CONTEXT_NAMES.has(first) && second === 'next') {
      return { framework: 'koa', roles: ['koaContext', 'next'], returnIsResponse: false };
    }
    // An exported Koa `(ctx)`, or the `(ctx)` method of an exported controller class: routes wired up in another file.
    if (names.length === 1 && CONTEXT_NAMES.has(first) && (this.isExported(fn) || this.isExportedClassMethod(fn))) {
      return { framework: 'koa', roles: ['koaContext'], returnIsResponse: false };
    }
    // An exported Hono `(c)` or `(c, next)` in a file that imports Hono or one of its helpers (`hono/jwt`): a handler
    // or middleware its routes file wires up (TCGToolWS).
    if (first === 'c' && (names.length === 1 || (names.length === 2 && second === 'next')) && this.importsHono() && (this.isExported(fn) || this.isExportedClassMethod(fn))) {
      return { framework: 'hono', roles: positionalRoles('hono', names.length), returnIsResponse: false };
    }
    // An exported Hapi `(request, h)`: a handler its routes file wires up.
    if (names.length === 2 && REQUEST_NAMES.has(first) && second === 'h' && this.isExported(fn)) {
      return { framework: 'hapi', roles: ['request', 'hapiToolkit'], returnIsResponse: true };
    }
    // An exported `(req, res)`, or the `(req, res)` method of an exported controller class: a controller registered from
    // another file, or a helper that answers for one (`actionPandoc(req, res, note)`).
    if (names.length >= 2 && REQUEST_NAMES.has(first) && RESPONSE_NAMES.has(second) && (this.isExported(fn) || this.isExportedClassMethod(fn))) {
      const framework = second === 'reply' ? 'fastify' : this.singleImportedFramework(['express', 'fastify', 'next', 'node']) ?? 'express';
      return { framework, roles: ['request', 'response'], returnIsResponse: false };
    }
    return undefined;
  }

  private singleImportedFramework(candidates: readonly Framework[]): Framework | undefined {
    const found = candidates.filter((framework) => this.facts.imported.has(framework));
    return found.length === 1 ? found[0] : undefined;
  }

  /** Role from a parameter's or variable's type annotation, resolved through its import. */
  private typeRole(identifier: TSESTree.Identifier): RoleInfo | undefined {
    const annotation = identifier.typeAnnotation?.typeAnnotation;
    if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
    const resolved = this.resolveTypeName(annotation.typeName);
    if (!resolved) return undefined;
    const role = TYPE_ROLES[resolved.module]?.[resolved.name];
    return role ? { role, framework: frameworkOfModule(resolved.module) } : undefined;
  }

  /** `server: FastifyZodProvider`: a type named for Fastify that no import declares, an app's global alias of `FastifyInstance` (infisical). */
  private globalFastifyType(identifier: TSESTree.Identifier): boolean {
    const annotation = identifier.typeAnnotation?.typeAnnotation;
    if (annotation?.type !== AST_NODE_TYPES.TSTypeReference || annotation.typeName.type !== AST_NODE_TYPES.Identifier) return false;
    const typeName = annotation.typeName;
    return /^Fastify[A-Z]\w*$/.test(typeName.name) && !findVariable(this.analysis.sourceCode.getScope(typeName), typeName);
  }

  /** `Response` → { module: 'express', name: 'Response' } when imported from express; `express.Response` likewise. */
  private resolveTypeName(typeName: TSESTree.EntityName, depth = 0): { module: string; name: string } | undefined {
    let local: TSESTree.Identifier;
    let member: string | undefined;
    if (typeName.type === AST_NODE_TYPES.Identifier) local = typeName;
    else if (typeName.type === AST_NODE_TYPES.TSQualifiedName && typeName.left.type === AST_NODE_TYPES.Identifier) {
      local = typeName.left;
      member = typeName.right.name;
    } else return undefined;
    const variable = findVariable(this.analysis.sourceCode.getScope(local), local);
    const def = variable?.defs[0];
    // A same-file alias: `type HonoContext = Context<{ Variables: … }>` (Zero).
    if (def?.type === 'Type' && def.node.type === AST_NODE_TYPES.TSTypeAliasDeclaration && !member && depth < 3) {
      const aliased = def.node.typeAnnotation;
      return aliased.type === AST_NODE_TYPES.TSTypeReference ? this.resolveTypeName(aliased.typeName, depth + 1) : undefined;
    }
    if (def?.type !== 'ImportBinding') return undefined;
    const declaration = def.parent;
    if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
    const source = declaration.source.value.replace(/^node:/, '');
    const specifier = def.node;
    if (member) {
      // `import express from 'express'` or `import * as http from 'http'`, then `express.Response`.
      const isWholeModule =
        specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier || specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier;
      return isWholeModule ? { module: source, name: member } : undefined;
    }
    if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) return undefined;
    return { module: source, name: importedName(specifier) };
  }

  /** NestJS `@Res()` / `@Req()` parameter decorators. */
  private decoratorRole(param: TSESTree.Parameter | undefined): RoleInfo | undefined {
    if (!param || !('decorators' in param) || !param.decorators?.length || !this.facts.imported.has('nest')) return undefined;
    for (const decorator of param.decorators) {
      const name = decoratorName(decorator);
      if (name === 'Res' || name === 'Response') return { role: 'response', framework: 'nest' };
      if (name === 'Req' || name === 'Request') return { role: 'request', framework: 'nest' };
    }
    return undefined;
  }

  /**
   * With type information: the parameter's declared type, by symbol name and declaring package, or
   * an app's own interface built on one (`interface AppContext extends Koa.Context`).
   */
  private typeCheckerRole(identifier: TSESTree.Identifier): RoleInfo | undefined {
    const services = this.analysis.parserServices;
    if (!services) return undefined;
    return roleOfType(services.getTypeAtLocation(identifier), services.program.getTypeChecker(), 0);
  }
}

function roleOfType(type: ts.Type, checker: ts.TypeChecker, depth: number): RoleInfo | undefined {
  const symbol = type.aliasSymbol ?? type.getSymbol();
  const declaration = symbol?.declarations?.[0];
  if (!symbol || !declaration) return undefined;
  const file = declaration.getSourceFile().fileName.replace(/\\/g, '/');
  const module = moduleOfDeclarationFile(file);
  if (module) {
    const role = TYPE_ROLES[module]?.[symbol.getName()];
    return role ? { role, framework: frameworkOfModule(module) } : undefined;
  }
  if (depth >= 3 || !type.isClassOrInterface()) return undefined;
  for (const base of checker.getBaseTypes(type)) {
    const role = roleOfType(base, checker, depth + 1);
    if (role) return role;
  }
  return undefined;
}

/** Maps a declaration file (`…/node_modules/@types/express-serve-static-core/index.d.ts`) to its module. */
function moduleOfDeclarationFile(file: string): string | undefined {
  const match = /\/node_modules\/(?:@types\/)?((?:@[^/]+\/)?[^/]+)\//.exec(file);
  if (!match?.[1]) return undefined;
  const name = match[1];
  if (name === 'node') return /\/http2\.d\.ts$/.test(file) ? 'http2' : 'http';
  return name;
}

function guessByNames(fn: FunctionNode): Framework | undefined {
  const first = fn.params[0] && parameterName(fn.params[0]);
  const second = fn.params[1] && parameterName(fn.params[1]);
  if (first && CONTEXT_NAMES.has(first)) return 'koa';
  if (second === 'reply') return 'fastify';
  if (second === 'h') return 'hapi';
  // Hono's context is `c` by convention; Express and Fastify handlers take the request first.
  if (first === 'c') return 'hono';
  return undefined;
}

/** Hono app methods that return the app, so that calls can be chained. */
const HONO_CHAINING_METHODS = new Set([...ROUTE_METHODS, 'on', 'use', 'route', 'basePath', 'onError', 'notFound', 'openapi', 'doc', 'doc31']);

/** The function whose return value `fn` is: `function wrap() { return fn }`, `() => fn`. */
function functionReturning(fn: FunctionNode): FunctionNode | undefined {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.ReturnStatement) return enclosingFunction(parent);
  return parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === fn ? parent : undefined;
}

function optionalPath(path: string | undefined): { path?: string } {
  return path ? { path } : {};
}

/** The `path` of an OpenAPI route: `createRoute({ path: '/login', … })`, inline or in a `const`. */
function openApiRoutePath(route: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  let target = route && unwrap(route);
  if (target?.type === AST_NODE_TYPES.Identifier) {
    const value = singleAssignmentValue(target, sourceCode);
    target = value && unwrap(value);
  }
  if (target?.type === AST_NODE_TYPES.CallExpression) target = target.arguments[0] && unwrap(target.arguments[0]);
  return target?.type === AST_NODE_TYPES.ObjectExpression ? staticString(propertyValue(target, 'path')) : undefined;
}

/** `_next` → `next`: in `(err, _req, res, _next)` a leading underscore only says the parameter is unused. */
function usedParameterName(param: TSESTree.Parameter): string | undefined {
  return parameterName(param)?.replace(/^_+(?=\w)/, '');
}

/** A socket named, or socket.io's own API used: `socket`, `.broadcast`, `.handshake`, `.to(room).emit(`. */
const SOCKET_TEXT = /socket|\.broadcast\b|\.handshake\b|\.(?:to|in)\([^)]*\)\s*\.emit\(/i;

/**
 * A parameter used with socket.io's own API, `socket.broadcast.emit(…)`, `socket.handshake`, `io.to(room).emit(…)`:
 * a socket (or server) handed over from the file that registered the connection.
 */
function socketByUse(variable: TSESLint.Scope.Variable): RoleInfo | undefined {
  const used = variable.references.some(({ identifier }) => {
    const member = identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) return false;
    const name = memberName(member);
    if (name === 'broadcast' || name === 'handshake') return true;
    const call = member.parent;
    const emit = call?.type === AST_NODE_TYPES.CallExpression && call.callee === member ? call.parent : undefined;
    return (name === 'to' || name === 'in') && emit?.type === AST_NODE_TYPES.MemberExpression && memberName(emit) === 'emit';
  });
  return used ? { role: 'socket', framework: 'socketio' } : undefined;
}

function hasParamNamed(fn: FunctionNode, index: number, names: ReadonlySet<string>): boolean {
  const param = fn.params[index];
  const name = param && parameterName(param);
  return name !== undefined && names.has(name);
}

function isRoutePath(node: TSESTree.Node | undefined): boolean {
  if (!node) return false;
  if (node.type === AST_NODE_TYPES.Literal && 'regex' in node && node.regex) return true;
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.quasis[0]?.value.cooked?.startsWith('/') ?? false;
  if (node.type === AST_NODE_TYPES.ArrayExpression) return node.elements.some((element) => isRoutePath(element ?? undefined));
  const text = staticString(node);
  return text !== undefined && (text.startsWith('/') || text === '*');
}

/** `app.route('/login').post(handler)`: the path given to `route()`. */
function routeChainPath(object: TSESTree.Node): string | undefined {
  const target = unwrap(object);
  return target.type === AST_NODE_TYPES.CallExpression && calledMethodName(target) === 'route' ? staticString(target.arguments[0]) : undefined;
}


function unwrapAwait(node: TSESTree.Node): TSESTree.Node {
  return node.type === AST_NODE_TYPES.AwaitExpression ? unwrap(node.argument) : node;
}

const NEST_ROUTE_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Head', 'Options']);
const NEST_CONTROLLER = new Set(['Controller']);
const NEST_ROUTE_CLASSES = new Set(['Controller', 'Resolver']);
const NEST_RETURNING_METHODS = new Set([...NEST_ROUTE_DECORATORS, 'Query', 'Mutation', 'ResolveField']);
const NEST_RESPONSE_PARAMS = new Set(['Res', 'Response']);
const NEST_NO_BODY_METHODS = new Set(['Render', 'Redirect', 'Sse']);

function hasDecorator(decorators: readonly TSESTree.Decorator[] | undefined, names: ReadonlySet<string>): boolean {
  return (decorators ?? []).some((decorator) => names.has(decoratorName(decorator) ?? ''));
}

/** The path given to one of `names` among the decorators: `@Get('db')` → `db`, `@Get()` → ``, `@Controller({ path: 'health' })` → `health`. */
function decoratorPath(decorators: readonly TSESTree.Decorator[] | undefined, names: ReadonlySet<string>): string | undefined {
  for (const decorator of decorators ?? []) {
    if (!names.has(decoratorName(decorator) ?? '') || decorator.expression.type !== AST_NODE_TYPES.CallExpression) continue;
    const argument = decorator.expression.arguments[0];
    if (!argument) return '';
    const target = unwrap(argument);
    const path = target.type === AST_NODE_TYPES.ObjectExpression ? propertyValue(target, 'path') : target;
    return path ? staticString(path) : undefined;
  }
  return undefined;
}

/** A directive in the prologue of a module or function body: `'use server'`, `'use client'`. */
function hasDirective(statements: readonly TSESTree.Node[], directive: string): boolean {
  for (const statement of statements) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) return false;
    if (statement.directive === directive) return true;
  }
  return false;
}

/** `export const GET = async (request) => …`, also wrapped once: `export const GET = withError('health', async (request) => …)`. */
function isExportedMethodConst(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const value = fn.parent?.type === AST_NODE_TYPES.CallExpression && (fn.parent.arguments as readonly TSESTree.Node[]).includes(fn) ? fn.parent : fn;
  const declarator = value.parent;
  return declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id.type === AST_NODE_TYPES.Identifier && NEXT_JS_METHODS.has(declarator.id.name) && isExportPosition(value, sourceCode);
}

/** The route a Next.js file answers: `pages/api/health.ts` → `api/health`, `app/api/health/route.ts` → `api/health`. */
/** Nitro's file routes: `server/api/auth/login.post.ts` → `api/auth/login`, `server/routes/reset/[token].ts` → `reset/[token]`. */
function nitroRoutePath(filename: string): string | undefined {
  const match = /\/server\/(?:routes\/)?((?:api\/)?.*?)(?:\/index)?(?:\.(?:get|post|put|patch|delete|head|options))?\.[cm]?[jt]s$/.exec(filename);
  return match && !/^(middleware|utils|plugins)\//.test(match[1] as string) ? match[1] : undefined;
}

function nextRoutePath(filename: string): string | undefined {
  const match = /\/pages\/(api\/.*?)(?:\/index)?\.[cm]?[jt]sx?$/.exec(filename) ?? /\/app\/(.*?)\/route\.[cm]?[jt]sx?$/.exec(filename);
  return match?.[1];
}

/** next-safe-action sends what these return to the browser as the action's `serverError`. */
export const SAFE_ACTION_ERROR_HANDLERS = new Set(['handleServerError', 'handleReturnedServerError']);
const SAFE_ACTION_ERROR_HANDLER: HandlerInfo = { framework: 'next', roles: ['errorSource'], returnIsResponse: true };
/** `/health`, `/healthz/ready`, `/_health`, `/ping`: routes of health and readiness probes. */
const HEALTH_PATH = /(^|\/)_?(health|healthz|healthcheck|health-check|ready|readyz|readiness|live|livez|liveness|ping)(\/|$)/i;
/** Roles of what answers a client: a response, a Koa context, a Hapi toolkit. */
const ANSWERING_ROLES: ReadonlySet<Role> = new Set(['response', 'koaContext', 'hapiToolkit']);
/** Where a route config keeps its handler: `{ method, path, options: { handler } }` (Hapi 17+), `config` (Hapi 16). */
const ROUTE_OPTION_KEYS = new Set(['options', 'config']);
const APOLLO_EXCEPTIONS = new Set(['ApolloError', 'UserInputError', 'AuthenticationError', 'ForbiddenError']);

function hasOwnConstructor(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): boolean {
  return node.body.body.some((member) => member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor');
}

function decoratorName(decorator: TSESTree.Decorator): string | undefined {
  const expression = decorator.expression;
  const callee = expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
  return callee.type === AST_NODE_TYPES.Identifier ? callee.name : undefined;
}

/**
 * `asyncHandler(async (req, res) => …)`, `catchAsync(fn)`, `co.wrap(function* (req, res) {…})`:
 * the call that wraps a handler stands for it (two levels at most).
 */
function wrappedValue(fn: FunctionNode): TSESTree.Node {
  let value: TSESTree.Node = fn;
  for (let depth = 0; depth < 2; depth += 1) {
    const parent: TSESTree.Node | undefined = value.parent;
    if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.arguments.length !== 1 || parent.arguments[0] !== value) break;
    const callee = unwrap(parent.callee);
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
    // A registration or a promise callback is not a wrapper; nor is `createServer(fn)` imported by name.
    if (method && (ROUTE_METHODS.has(method) || WRAPPER_EXCLUDED.has(method))) break;
    if (callee.type === AST_NODE_TYPES.Identifier && WRAPPER_EXCLUDED.has(callee.name)) break;
    if (callee.type !== AST_NODE_TYPES.Identifier && !method) break;
    value = parent;
  }
  return value;
}

const WRAPPER_EXCLUDED = new Set([
  'use', 'route', 'then', 'catch', 'finally', 'on', 'once', 'map', 'forEach', 'filter', 'reduce', 'find', 'some', 'every',
  'setErrorHandler', 'setNotFoundHandler', 'register', 'ext', 'param', 'createServer', 'onError', 'notFound', 'createMiddleware', 'createHandlers',
  'defineEventHandler', 'eventHandler', 'defineCachedEventHandler', 'cachedEventHandler', 'defineNitroErrorHandler',
]);

/** The identifier a function (or its wrapper) is bound to: `function f`, `const f = …`. */
function boundName(fn: FunctionNode, value: TSESTree.Node): TSESTree.Identifier | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) return fn.id;
  const parent = value.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id : undefined;
}

/** Whether a value sits where a module exports it. */
function isExportPosition(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.ExportDefaultDeclaration:
    case AST_NODE_TYPES.ExportSpecifier:
      return true;
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === node && parent.parent?.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration;
    case AST_NODE_TYPES.FunctionDeclaration:
      return false;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === node && isModuleExportsTarget(parent, sourceCode);
    case AST_NODE_TYPES.Property: {
      // `module.exports = { handler }`, `module.exports = { handler: fn }`
      const object = parent.parent;
      return parent.value === node && object?.type === AST_NODE_TYPES.ObjectExpression && isModuleExportsTarget(object.parent, sourceCode);
    }
    default:
      return false;
  }
}

/** `module.exports = …`, `module.exports.x = …`, `exports.x = …`, and `controller.x = …` after `const controller = module.exports` (NodeBB). */
function isModuleExportsTarget(node: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (node?.type !== AST_NODE_TYPES.AssignmentExpression) return false;
  const left = node.left;
  if (left.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = left.object;
  if (object.type === AST_NODE_TYPES.Identifier) {
    if (object.name === 'exports' || (object.name === 'module' && memberName(left) === 'exports')) return true;
    const def = findVariable(sourceCode.getScope(object), object)?.defs[0];
    return def?.type === 'Variable' && def.parent?.kind === 'const' && def.node.init !== null && isModuleExports(unwrap(def.node.init));
  }
  return isModuleExports(object);
}

function isModuleExports(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.Identifier && node.object.name === 'module' && memberName(node) === 'exports';
}

const SERVER_MODEL = Symbol('serverModel');

export function getServerModel(analysis: FileAnalysis): ServerModel {
  return analysis.fact(SERVER_MODEL, (file) => new ServerModel(file));
}
