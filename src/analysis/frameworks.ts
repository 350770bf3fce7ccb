/**
 * Which server frameworks a file imports, and the calls that create their
 * apps, responses and client-facing exceptions. One `ReferenceTracker` pass
 * per file (CommonJS `require` and ES `import`, with and without `node:`),
 * shared by every rule.
 */
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { FileAnalysis } from './file-analysis';
import { AST_NODE_TYPES } from '../util/ts-estree';

const { ReferenceTracker } = ASTUtils;
const { CALL, CONSTRUCT, READ } = ReferenceTracker;

export type Framework = 'express' | 'koa' | 'fastify' | 'hapi' | 'hono' | 'h3' | 'next' | 'nest' | 'node' | 'graphql' | 'rpc' | 'socketio';

export type Tracked =
  /** A call that imports a framework module (`require('express')`, `import … from 'koa'`). */
  | { kind: 'module'; framework: Framework }
  /** `express()`, `Router()`, `new Koa()`, `fastify()`, `Hapi.server()`, `http.createServer()`, `new Hono()`, Hono's `createFactory()`, socket.io's `new Server()`. */
  | { kind: 'app'; framework: Framework }
  /**
   * Hono's `createMiddleware(fn)` (hono/factory): `fn` is a middleware with `(c, next)`. h3's `defineEventHandler(fn)`:
   * `fn` answers with what it returns; Nitro's `defineNitroErrorHandler(fn)` (`errorHandler`) gets the error first.
   */
  | { kind: 'handlerFactory'; framework: Framework; errorHandler?: true }
  /** h3's `send(event, body)`, `sendRedirect(event, url)`, `setResponseHeader(event, name, value)`: the event comes first. */
  | { kind: 'eventSend'; label: string; channel: 'body' | 'redirect' | 'header'; payloadIndex: number }
  /** h3's `setResponseStatus(event, status)`. */
  | { kind: 'eventStatus' }
  /** hono/streaming's `streamText(c, (stream) => …, (err, stream) => …)`: the callbacks write to the response. */
  | { kind: 'streamFactory'; framework: Framework }
  /**
   * `NextResponse.json()`, `new NextResponse()`, `NextResponse.redirect()`, and next/navigation's `redirect()`, which
   * answers only where it runs on the server (`serverOnly`: not in a `'use client'` module, where the error is the browser's own).
   */
  | { kind: 'responseFactory'; label: string; redirect: boolean; serverOnly?: true }
  /** A client-facing exception: NestJS `HttpException` family, `GraphQLError`, `ApolloError`, `TRPCError`, `ORPCError`, better-call's `APIError`, Hono's `HTTPException`, h3's `createError()`. */
  | { kind: 'exception'; label: string; framework: Framework; sends?: RpcErrorParts }
  /** `Boom.badRequest(msg)` and other 4xx Boom factories, whose message reaches the client. */
  | { kind: 'boom'; label: string }
  /** `createError(400, msg)` from http-errors: 4xx errors are marked `expose`, so error handlers send their message. */
  | { kind: 'httpError'; label: string }
  /** `util.inspect()` / `util.format()`: their output carries whatever they format. */
  | { kind: 'serializer'; label: string }
  /** Development error pages: `errorhandler()`, `koa-onerror`, `koa-error`, and stoker's `onError` (read, not called). */
  | { kind: 'debugHandler'; label: string; printsStackByDefault: boolean }
  /** A GraphQL server whose option, set to `exposingValue`, sends every error's stack or message to clients: Apollo's `debug`, Yoga's `maskedErrors`. */
  | { kind: 'graphqlServer'; option: string; exposingValue: boolean };

/**
 * What an exception built with options sends: tRPC's `{ message }` option (or its cause's), oRPC's `message` and
 * `data`, better-call's body, Hono's `HTTPException` its `message` option, h3's error its message, status text and data.
 */
export type RpcErrorParts = 'trpcOptions' | 'orpcOptions' | 'body' | 'honoOptions' | 'h3Error';

export interface FrameworkFacts {
  /** Tracked call, `new` and import nodes. */
  readonly tracked: ReadonlyMap<TSESTree.Node, Tracked>;
  /** Frameworks this file imports (values or types). */
  readonly imported: ReadonlySet<Framework>;
}

// eslint-utils' trace maps: nested objects keyed by property names and the READ/CALL/CONSTRUCT symbols.
type TraceMap = Record<string, Record<string | symbol, unknown>>;

const app = (framework: Framework): Tracked => ({ kind: 'app', framework });
const mod = (framework: Framework): Tracked => ({ kind: 'module', framework });

/** NestJS exceptions whose message is written into the response body. */
export const NEST_HTTP_EXCEPTIONS = [
  'HttpException',
  'BadRequestException',
  'UnauthorizedException',
  'NotFoundException',
  'ForbiddenException',
  'NotAcceptableException',
  'RequestTimeoutException',
  'ConflictException',
  'GoneException',
  'HttpVersionNotSupportedException',
  'PayloadTooLargeException',
  'UnsupportedMediaTypeException',
  'UnprocessableEntityException',
  'InternalServerErrorException',
  'NotImplementedException',
  'ImATeapotException',
  'MethodNotAllowedException',
  'BadGatewayException',
  'ServiceUnavailableException',
  'GatewayTimeoutException',
  'PreconditionFailedException',
  'MisdirectedException',
] as const;

/** Boom factories for 4xx answers: Hapi sends their message to the client (5xx ones are replaced). */
export const BOOM_4XX = [
  'badRequest',
  'unauthorized',
  'paymentRequired',
  'forbidden',
  'notFound',
  'methodNotAllowed',
  'notAcceptable',
  'proxyAuthRequired',
  'clientTimeout',
  'conflict',
  'resourceGone',
  'lengthRequired',
  'preconditionFailed',
  'entityTooLarge',
  'uriTooLong',
  'unsupportedMediaType',
  'rangeNotSatisfiable',
  'expectationFailed',
  'teapot',
  'badData',
  'locked',
  'failedDependency',
  'tooEarly',
  'preconditionRequired',
  'tooManyRequests',
  'illegal',
] as const;

function buildTraceMap(): TraceMap {
  const map: TraceMap = {};
  const add = (names: readonly string[], entry: Record<string | symbol, unknown>): void => {
    for (const name of names) map[name] = entry as TraceMap[string];
  };
  const withNodePrefix = (name: string): string[] => [name, `node:${name}`];

  add(['express'], {
    [READ]: mod('express'),
    [CALL]: app('express'),
    Router: { [CALL]: app('express') },
    errorHandler: { [CALL]: { kind: 'debugHandler', label: 'express.errorHandler()', printsStackByDefault: true } },
  });
  add(['errorhandler'], { [CALL]: { kind: 'debugHandler', label: 'errorhandler()', printsStackByDefault: true } });
  // stoker's Hono error handler, `app.onError(onError)`: every error's message, and its stack unless NODE_ENV is 'production'.
  add(['stoker/middlewares'], { onError: { [READ]: { kind: 'debugHandler', label: "stoker's onError", printsStackByDefault: true } } });
  add(['koa-onerror'], {
    [CALL]: { kind: 'debugHandler', label: 'onerror()', printsStackByDefault: false },
    onerror: { [CALL]: { kind: 'debugHandler', label: 'onerror()', printsStackByDefault: false } },
  });
  add(['koa-error'], { [CALL]: { kind: 'debugHandler', label: 'error()', printsStackByDefault: false } });
  add(['koa'], { [READ]: mod('koa'), [CONSTRUCT]: app('koa'), [CALL]: app('koa') });
  add(['@koa/router', 'koa-router'], { [READ]: mod('koa'), [CONSTRUCT]: app('koa'), [CALL]: app('koa') });
  add(['fastify'], {
    [READ]: mod('fastify'),
    [CALL]: app('fastify'),
    fastify: { [CALL]: app('fastify') },
    default: { [CALL]: app('fastify') },
  });
  add(['@hapi/hapi', 'hapi'], {
    [READ]: mod('hapi'),
    server: { [CALL]: app('hapi') },
    Server: { [CONSTRUCT]: app('hapi') },
  });
  for (const name of ['http', 'https', 'http2'].flatMap(withNodePrefix)) {
    map[name] = {
      [READ]: mod('node'),
      createServer: { [CALL]: app('node') },
      createSecureServer: { [CALL]: app('node') },
    } as unknown as TraceMap[string];
  }
  add(['next/server', 'next'], {
    [READ]: mod('next'),
    NextResponse: {
      [CONSTRUCT]: { kind: 'responseFactory', label: 'new NextResponse()', redirect: false },
      json: { [CALL]: { kind: 'responseFactory', label: 'NextResponse.json()', redirect: false } },
      redirect: { [CALL]: { kind: 'responseFactory', label: 'NextResponse.redirect()', redirect: true } },
    },
  });
  // Server actions, route handlers and server components: `redirect(`/posts?error=${error.message}`)`.
  const navigation: Tracked = { kind: 'responseFactory', label: 'redirect()', redirect: true, serverOnly: true };
  add(['next/navigation'], { redirect: { [CALL]: navigation }, permanentRedirect: { [CALL]: { ...navigation, label: 'permanentRedirect()' } } });
  const nest: Record<string, unknown> = { [READ]: mod('nest') };
  for (const name of NEST_HTTP_EXCEPTIONS) {
    nest[name] = { [CONSTRUCT]: { kind: 'exception', label: `new ${name}()`, framework: 'nest' } };
  }
  add(['@nestjs/common'], nest);
  add(['@nestjs/core'], { [READ]: mod('nest') });
  // A gateway answers a WsException with its message (an `exception` event).
  add(['@nestjs/websockets'], { [READ]: mod('nest'), WsException: { [CONSTRUCT]: { kind: 'exception', label: 'new WsException()', framework: 'nest' } } });
  // socket.io: `new Server(httpServer)`, `require('socket.io')(httpServer)`; what its sockets emit reaches the client.
  add(['socket.io'], { [READ]: mod('socketio'), [CALL]: app('socketio'), Server: { [CONSTRUCT]: app('socketio'), [CALL]: app('socketio') } });
  add(['graphql'], {
    [READ]: mod('graphql'),
    GraphQLError: { [CONSTRUCT]: { kind: 'exception', label: 'new GraphQLError()', framework: 'graphql' } },
  });
  const apollo: Record<string, unknown> = { [READ]: mod('graphql') };
  for (const name of ['ApolloError', 'UserInputError', 'AuthenticationError', 'ForbiddenError']) {
    apollo[name] = { [CONSTRUCT]: { kind: 'exception', label: `new ${name}()`, framework: 'graphql' } };
  }
  add(['apollo-server-errors'], apollo);
  // Apollo Server 2 and 3 send stack traces with `debug: true`, Apollo Server 4 with `includeStacktraceInErrorResponses: true`
  // (both default to it outside production); GraphQL Yoga sends every error's message with `maskedErrors: false`.
  add(['apollo-server', 'apollo-server-express', 'apollo-server-core', 'apollo-server-koa', 'apollo-server-fastify', 'apollo-server-hapi'], {
    ...apollo,
    ApolloServer: { [CONSTRUCT]: { kind: 'graphqlServer', option: 'debug', exposingValue: true } },
  });
  add(['@apollo/server'], { [READ]: mod('graphql'), ApolloServer: { [CONSTRUCT]: { kind: 'graphqlServer', option: 'includeStacktraceInErrorResponses', exposingValue: true } } });
  add(['graphql-yoga'], { [READ]: mod('graphql'), createYoga: { [CALL]: { kind: 'graphqlServer', option: 'maskedErrors', exposingValue: false } } });
  // graphql-errors' `UserError`: the formatter it pairs with sends its message to the client (spectrum).
  add(['graphql-errors'], { [READ]: mod('graphql'), UserError: { [CONSTRUCT]: { kind: 'exception', label: 'new UserError()', framework: 'graphql' } } });
  // RPC frameworks send an error's message (and oRPC its `data`) to the caller: `new TRPCError({ code, message })`.
  const rpcError = (label: string, sends: RpcErrorParts): Tracked => ({ kind: 'exception', label, framework: 'rpc', sends });
  add(['@trpc/server'], { TRPCError: { [CONSTRUCT]: rpcError('new TRPCError()', 'trpcOptions') } });
  add(['@orpc/server', '@orpc/client', '@orpc/contract'], { ORPCError: { [CONSTRUCT]: rpcError('new ORPCError()', 'orpcOptions') } });
  // better-call's `APIError(status, body)` (better-auth): the body is sent as JSON.
  const apiError = (label: string): Tracked => rpcError(label, 'body');
  add(['better-call', 'better-auth/api', '@better-auth/core/error'], {
    APIError: { [CONSTRUCT]: apiError('new APIError()'), from: { [CALL]: apiError('APIError.from()') }, fromStatus: { [CALL]: apiError('APIError.fromStatus()') } },
  });
  // Hono: `new Hono()` (also from its presets and @hono/zod-openapi), and `HTTPException`, whose `message`
  // option Hono answers with, whatever the status (its default error handler returns `err.getResponse()`).
  add(['hono', 'hono/tiny', 'hono/quick'], { [READ]: mod('hono'), Hono: { [CONSTRUCT]: app('hono') } });
  add(['@hono/zod-openapi'], { [READ]: mod('hono'), OpenAPIHono: { [CONSTRUCT]: app('hono') } });
  add(['hono/http-exception'], { [READ]: mod('hono'), HTTPException: { [CONSTRUCT]: { kind: 'exception', label: 'new HTTPException()', framework: 'hono', sends: 'honoOptions' } } });
  const streaming: Tracked = { kind: 'streamFactory', framework: 'hono' };
  add(['hono/streaming'], { [READ]: mod('hono'), stream: { [CALL]: streaming }, streamText: { [CALL]: streaming }, streamSSE: { [CALL]: streaming } });
  // `createMiddleware(fn)`, and a factory's `createMiddleware(fn)` / `createHandlers(…fns)`, which the model reads off the factory as an app.
  add(['hono/factory'], { [READ]: mod('hono'), createMiddleware: { [CALL]: { kind: 'handlerFactory', framework: 'hono' } }, createFactory: { [CALL]: app('hono') } });
  add(H3_MODULES, { [READ]: mod('h3'), ...H3_EXPORTS });
  const boom: Record<string, unknown> = { [READ]: mod('hapi') };
  for (const name of BOOM_4XX) boom[name] = { [CALL]: { kind: 'boom', label: `Boom.${name}()` } };
  add(['@hapi/boom', 'boom'], boom);
  const httpError = { kind: 'httpError', label: 'createError()' };
  add(['http-errors'], { [CALL]: httpError, default: { [CALL]: httpError } });
  for (const name of withNodePrefix('util')) {
    map[name] = {
      inspect: { [CALL]: { kind: 'serializer', label: 'util.inspect()' } },
      format: { [CALL]: { kind: 'serializer', label: 'util.format()' } },
    } as unknown as TraceMap[string];
  }
  return map;
}

/**
 * h3 (Nitro, Nuxt's server). Nitro answers an error made with `createError({ statusCode, statusMessage, message, data })`
 * with its message, status text and data, whatever the status; only errors it did not make (`unhandled`) are masked.
 */
const H3_MODULES = ['h3', 'nitropack/runtime', 'nitropack', 'nitro/runtime', 'nitro/h3'];
const h3Error = (label: string): Tracked => ({ kind: 'exception', label, framework: 'h3', sends: 'h3Error' });
const h3Handler: Tracked = { kind: 'handlerFactory', framework: 'h3' };
const h3Send = (label: string, channel: 'body' | 'redirect' | 'header', payloadIndex: number): Tracked => ({ kind: 'eventSend', label, channel, payloadIndex });
const H3_EXPORTS: Record<string, Record<symbol, Tracked>> = {
  createError: { [CALL]: h3Error('createError()') },
  H3Error: { [CONSTRUCT]: h3Error('new H3Error()') },
  HTTPError: { [CONSTRUCT]: h3Error('new HTTPError()') },
  defineEventHandler: { [CALL]: h3Handler },
  eventHandler: { [CALL]: h3Handler },
  defineCachedEventHandler: { [CALL]: h3Handler },
  cachedEventHandler: { [CALL]: h3Handler },
  defineNitroErrorHandler: { [CALL]: { kind: 'handlerFactory', framework: 'h3', errorHandler: true } },
  send: { [CALL]: h3Send('send()', 'body', 1) },
  sendRedirect: { [CALL]: h3Send('sendRedirect()', 'redirect', 1) },
  setResponseHeader: { [CALL]: h3Send('setResponseHeader()', 'header', 2) },
  setHeader: { [CALL]: h3Send('setHeader()', 'header', 2) },
  appendResponseHeader: { [CALL]: h3Send('appendResponseHeader()', 'header', 2) },
  setResponseStatus: { [CALL]: { kind: 'eventStatus' } },
};
/** h3's functions that answer when called: `createError(…)`, `send(event, body)`, `sendRedirect(event, url)` … */
export const H3_SINK_FUNCTIONS: readonly string[] = Object.keys(H3_EXPORTS).filter((name) => {
  const kind = H3_EXPORTS[name]?.[CALL]?.kind;
  return kind === 'exception' || kind === 'eventSend';
});
/**
 * Nuxt and Nitro import h3's functions for a server file without an `import`. An undeclared one of these
 * is evidence of such a file; the file's other undeclared h3 names are then h3's too.
 */
const H3_AUTO_IMPORT_EVIDENCE = new Set(['defineEventHandler', 'eventHandler', 'defineCachedEventHandler', 'cachedEventHandler', 'defineNitroErrorHandler', 'defineNitroPlugin', 'readBody', 'readValidatedBody', 'getQuery', 'getValidatedQuery', 'getRouterParam', 'getRouterParams', 'setResponseStatus']);
/** Nuxt's server directory, whose files get the auto-imports. */
const NITRO_SERVER_PATH = /(^|\/)server\/(api|routes|middleware|utils|plugins)\//;

// eslint-utils types trace maps loosely; ours is built from plain objects above.
const TRACE_MAP_BY_NAME = buildTraceMap();
const TRACE_MAP = TRACE_MAP_BY_NAME as unknown as Parameters<InstanceType<typeof ReferenceTracker>['iterateEsmReferences']>[0];

const FRAMEWORK_FACTS = Symbol('frameworkFacts');

export function getFrameworkFacts(analysis: FileAnalysis): FrameworkFacts {
  return analysis.fact(FRAMEWORK_FACTS, computeFrameworkFacts);
}

function computeFrameworkFacts(analysis: FileAnalysis): FrameworkFacts {
  const sourceCode = analysis.sourceCode;
  const program = sourceCode.ast;
  const tracked = new Map<TSESTree.Node, Tracked>();
  const imported = new Set<Framework>();

  // Most files import no framework: look for a tracked module before starting the tracker,
  // whose generators cost more than these loops.
  const importsTracked = program.body.some((statement) => {
    const source = 'source' in statement ? statement.source : undefined;
    return typeof source?.value === 'string' && Object.hasOwn(TRACE_MAP_BY_NAME, source.value);
  });
  const globalScope = sourceCode.scopeManager?.globalScope ?? sourceCode.getScope(program);
  const requiresTracked = requiresTrackedModule(globalScope);
  if (importsTracked || requiresTracked) {
    const tracker = new ReferenceTracker(globalScope, { mode: 'legacy' });
    const iterators = [
      ...(importsTracked ? [tracker.iterateEsmReferences(TRACE_MAP)] : []),
      ...(requiresTracked ? [tracker.iterateCjsReferences(TRACE_MAP), ...undeclaredRequires(globalScope, tracker)] : []),
    ];
    for (const iterator of iterators) {
      for (const found of iterator) {
        const node = found.node;
        const info = found.info as Tracked;
        if (info.kind === 'module') imported.add(info.framework);
        else tracked.set(node, info);
      }
    }
  }
  // Type-only imports (`import type { Response } from 'express'`) are evidence too,
  // and the tracker skips them.
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
    const framework = frameworkOfModule(statement.source.value);
    if (framework) imported.add(framework);
  }
  trackAutoImportedH3(globalScope, analysis.filename, tracked, imported);
  return { tracked, imported };
}

/**
 * h3's functions in a Nuxt or Nitro server file, which uses them without importing them: undeclared (or declared
 * as globals in the config) in a file that also imports h3, uses one of h3's handler or request helpers, or lies
 * in Nuxt's `server/` directory.
 */
function trackAutoImportedH3(globalScope: TSESLint.Scope.Scope, filename: string, tracked: Map<TSESTree.Node, Tracked>, imported: Set<Framework>): void {
  const references = globalScope.through.filter((reference) => Object.hasOwn(H3_EXPORTS, reference.identifier.name) || H3_AUTO_IMPORT_EVIDENCE.has(reference.identifier.name));
  for (const name of Object.keys(H3_EXPORTS)) {
    const global = globalScope.set.get(name);
    if (global && global.defs.length === 0) references.push(...global.references);
  }
  if (references.length === 0) return;
  const isServerFile =
    imported.has('h3') || references.some((reference) => H3_AUTO_IMPORT_EVIDENCE.has(reference.identifier.name)) || NITRO_SERVER_PATH.test(filename.replace(/\\/g, '/'));
  if (!isServerFile) return;
  for (const reference of references) {
    const identifier = reference.identifier;
    const entry = Object.hasOwn(H3_EXPORTS, identifier.name) ? H3_EXPORTS[identifier.name] : undefined;
    const parent = identifier.parent;
    if (!entry || (parent?.type !== AST_NODE_TYPES.CallExpression && parent?.type !== AST_NODE_TYPES.NewExpression) || parent.callee !== identifier) continue;
    const info = entry[parent.type === AST_NODE_TYPES.CallExpression ? CALL : CONSTRUCT];
    if (!info) continue;
    tracked.set(parent, info);
    imported.add('h3');
  }
}

/**
 * Whether a `require` call (of the declared Node global, or undeclared in an ES module) may load a
 * tracked module: its argument names one, or is not a plain string (the tracker evaluates it).
 */
function requiresTrackedModule(globalScope: TSESLint.Scope.Scope): boolean {
  const declared = globalScope.set.get('require');
  const references = declared ? declared.references : globalScope.through.filter((reference) => reference.identifier.name === 'require');
  return references.some((reference) => {
    const call = reference.identifier.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference.identifier) return false;
    const name = call.arguments[0] && requiredName(call.arguments[0]);
    return name === undefined || Object.hasOwn(TRACE_MAP_BY_NAME, name);
  });
}

/** `'express'` or `` `express` ``: the module a `require` call names, when it is written out. */
function requiredName(argument: TSESTree.CallExpressionArgument): string | undefined {
  if (argument.type === AST_NODE_TYPES.Literal) return typeof argument.value === 'string' ? argument.value : undefined;
  if (argument.type === AST_NODE_TYPES.TemplateLiteral && argument.expressions.length === 0) return argument.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

interface PropertyTracker {
  iteratePropertyReferences(node: TSESTree.Node, traceMap: unknown): Iterable<{ node: TSESTree.Node; info: unknown }>;
}

/**
 * `require('express')` in a file linted as an ES module (the flat-config
 * default for .js) or without Node globals: `require` is then undeclared, and
 * the tracker, which starts from the declared global, would miss it.
 */
function* undeclaredRequires(
  globalScope: TSESLint.Scope.Scope,
  tracker: InstanceType<typeof ReferenceTracker>,
): Iterable<Iterable<{ node: TSESTree.Node; info: unknown }>> {
  if (globalScope.set.has('require')) return;
  for (const reference of globalScope.through) {
    const call = reference.identifier.parent;
    if (reference.identifier.name !== 'require' || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference.identifier) continue;
    const name = call.arguments[0] && requiredName(call.arguments[0]);
    const entry = name !== undefined ? (TRACE_MAP_BY_NAME[name] as Record<string | symbol, unknown> | undefined) : undefined;
    if (!entry) continue;
    const read = entry[READ] as Tracked | undefined;
    if (read) yield [{ node: call, info: read }];
    // eslint-utils has `iteratePropertyReferences`; typescript-eslint's typings leave it out.
    const propertyTracker = tracker as unknown as PropertyTracker;
    yield propertyTracker.iteratePropertyReferences(call, entry);
  }
}

const MODULE_FRAMEWORKS = new Map<string, Framework>([
  ['express', 'express'],
  ['express-serve-static-core', 'express'],
  ['koa', 'koa'],
  ['@koa/router', 'koa'],
  ['koa-router', 'koa'],
  ['fastify', 'fastify'],
  ['@hapi/hapi', 'hapi'],
  ['hapi', 'hapi'],
  ['@hapi/boom', 'hapi'],
  ['hono', 'hono'],
  ['hono/tiny', 'hono'],
  ['hono/quick', 'hono'],
  ['hono/factory', 'hono'],
  ['hono/http-exception', 'hono'],
  ['hono/streaming', 'hono'],
  ['@hono/zod-openapi', 'hono'],
  ...H3_MODULES.map((name): [string, Framework] => [name, 'h3']),
  ['next', 'next'],
  ['next/server', 'next'],
  ['@nestjs/common', 'nest'],
  ['@nestjs/core', 'nest'],
  ['@nestjs/websockets', 'nest'],
  ['socket.io', 'socketio'],
  ['@nestjs/graphql', 'nest'],
  ['http', 'node'],
  ['https', 'node'],
  ['http2', 'node'],
  ['graphql', 'graphql'],
]);

export function frameworkOfModule(source: string): Framework | undefined {
  return MODULE_FRAMEWORKS.get(source.startsWith('node:') ? source.slice(5) : source);
}
