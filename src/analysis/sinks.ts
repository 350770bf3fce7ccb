/**
 * Response sinks: the places where a value reaches what a client sees, for
 * Express/Connect, node:http, Koa, Fastify, Hapi, Hono, Next.js and NestJS.
 *
 * Classification is in two steps: `isSinkCandidate` is a cheap syntactic
 * filter run on every visited node; `classifySink` resolves the receiver's
 * role (scope lookups) for the few candidates that pass.
 */
import type { TSESTree } from '@typescript-eslint/utils';

import { calledMethodName, isGlobalReference, memberName, propertyKeyName, propertyValue, staticNumber, staticString, unwrap } from '../util/ast';
import type { FileAnalysis } from './file-analysis';
import { BOOM_4XX, H3_SINK_FUNCTIONS, type Framework, type RpcErrorParts, type Tracked } from './frameworks';
import type { Role, RoleInfo, ServerModel } from './server-model';
import { statusValue } from './status';
import { ERROR_METHOD_NAMES, errorStatusOfMethod, statusOfMemberName } from './status-names';
import { AST_NODE_TYPES } from '../util/ts-estree';

/** Headers that describe the body (its type and length), whose values are never a message. */
const BODY_DESCRIPTION_HEADERS = new Set(['content-type', 'content-length']);

export type SinkChannel = 'body' | 'header' | 'redirect' | 'template' | 'exception' | 'catalogException';

export interface Sink {
  node: TSESTree.Node;
  /** How the sink reads in a message: `res.json()`, `ctx.body`, `new BadRequestException()`. */
  label: string;
  channel: SinkChannel;
  /** Expressions whose value reaches the client. */
  payloads: TSESTree.Node[];
  /** The response-like variable the sink writes to, when there is one. */
  receiver?: TSESTree.Identifier;
  receiverRole?: RoleInfo;
}

/** Methods that only adjust a response and return it, so a chain can be followed: `res.status(500).json()`. */
export const CHAIN_METHODS: ReadonlySet<string> = new Set([
  'status',
  'code',
  'type',
  'set',
  'header',
  'headers',
  'append',
  'cookie',
  'clearCookie',
  'vary',
  'location',
  'links',
  'contentType',
  'charset',
  'attachment',
  'removeHeader',
  'hijack',
  'serializer',
  // node:http: `res.writeHead(500).end(…)`, `res.setHeader(…).end(…)`.
  'writeHead',
  'setHeader',
]);

const RESPONSE_METHODS: Readonly<Record<string, SinkChannel>> = {
  send: 'body',
  json: 'body',
  jsonp: 'body',
  end: 'body',
  write: 'body',
  render: 'template',
  redirect: 'redirect',
  set: 'header',
  header: 'header',
  headers: 'header',
  setHeader: 'header',
  append: 'header',
  writeHead: 'header',
};
const KOA_METHODS: Readonly<Record<string, SinkChannel>> = {
  throw: 'body',
  assert: 'body',
  redirect: 'redirect',
  set: 'header',
  append: 'header',
  render: 'template',
  // koa-connect-flash, koa-better-flash: shown on the next page like Express's `req.flash`.
  flash: 'template',
};
const HAPI_METHODS: Readonly<Record<string, SinkChannel>> = { response: 'body', redirect: 'redirect' };
/** Hono's context (`c`), a response in this model; its `set()` stores a request variable, not a header. */
const HONO_METHODS: Readonly<Record<string, SinkChannel>> = {
  json: 'body',
  text: 'body',
  html: 'body',
  body: 'body',
  newResponse: 'body',
  redirect: 'redirect',
  header: 'header',
  // `c.render(<Page … />)` with a JSX renderer: the page is the content, not a view name.
  render: 'template',
};
const REQUEST_METHODS: Readonly<Record<string, SinkChannel>> = { flash: 'template' };
/** hono/streaming's writer: what it writes goes straight to the client. */
const STREAM_METHODS: Readonly<Record<string, SinkChannel>> = { write: 'body', writeln: 'body', writeSSE: 'body' };
const KOA_BODY_PROPERTIES = new Set(['body', 'message']);

const METHODS_BY_ROLE: Partial<Record<Role, Readonly<Record<string, SinkChannel>>>> = {
  response: RESPONSE_METHODS,
  koaContext: KOA_METHODS,
  hapiToolkit: HAPI_METHODS,
  request: REQUEST_METHODS,
  stream: STREAM_METHODS,
};

/** Every method name that can be a sink: the cheap first filter. */
const SINK_METHOD_NAMES = new Set([
  ...Object.keys(RESPONSE_METHODS),
  ...Object.keys(KOA_METHODS),
  ...Object.keys(HAPI_METHODS),
  ...Object.keys(REQUEST_METHODS),
  ...Object.keys(HONO_METHODS),
  ...Object.keys(STREAM_METHODS),
]);

/** socket.io's `socket.emit(event, …payloads)` and `socket.send(…payloads)`. */
const SOCKET_METHODS = ['emit', 'send'];
/** What socket.io apps call an event's acknowledgement callback (not `done` or `fn`, which most callbacks are called). */
export const ACK_NAMES: ReadonlySet<string> = new Set(['callback', 'cb', 'ack', 'acknowledge', 'respond']);

/** Sinks, Boom factories, @fastify/sensible's error helpers (`reply.badRequest(msg)`), @fastify/view's `reply.view` and socket.io's `emit`, in one set for the first filter. */
const CANDIDATE_METHOD_NAMES: ReadonlySet<string> = new Set([...SINK_METHOD_NAMES, ...BOOM_4XX, ...ERROR_METHOD_NAMES, 'view', ...SOCKET_METHODS]);

const NAVIGATION_REDIRECTS = new Set(['redirect', 'permanentRedirect']);
/** Who a socket.io emit goes to: `socket.to(room)`, `io.in(room)`, `socket.broadcast`, `socket.timeout(ms)`. */
const SOCKET_TARGETING_CALLS = new Set(['to', 'in', 'except', 'timeout', 'compress', 'of']);
const SOCKET_TARGETING_PROPERTIES = new Set(['broadcast', 'volatile', 'local']);
/**
 * Plain function calls that may answer: next/navigation's `redirect(url)` and h3's `createError({ statusMessage })`,
 * `send(event, body)` … (the tracker checks the import, or Nuxt's auto-import), a socket.io acknowledgement
 * `callback({ error })` and a socket.io middleware's `next(err)` (the model checks the parameter's role).
 */
const CANDIDATE_FUNCTION_NAMES: ReadonlySet<string> = new Set([...NAVIGATION_REDIRECTS, ...H3_SINK_FUNCTIONS, ...ACK_NAMES, 'next']);

/** Cheap syntactic filter: could this node write to a response? No scope work here. */
export function isSinkCandidate(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.CallExpression: {
      const method = calledMethodName(node);
      // `createError(400, message)` (http-errors), whatever it is imported as.
      // Also with a named status: `createError(HTTP_STATUS.UNAUTHORIZED, message)` (verdaccio).
      if (method === undefined) {
        const callee = unwrap(node.callee);
        if (callee.type === AST_NODE_TYPES.Identifier && CANDIDATE_FUNCTION_NAMES.has(callee.name)) return node.arguments.length > 0;
        return node.arguments.length >= 2 && (staticNumber(node.arguments[0] as TSESTree.Node) !== undefined || statusOfMemberName(node.arguments[0] as TSESTree.Node) !== undefined);
      }
      // better-call's static factories, `APIError.from(status, body)` (the tracker checks the import).
      if ((method === 'from' || method === 'fromStatus') && node.callee.type === AST_NODE_TYPES.MemberExpression) {
        return node.callee.object.type === AST_NODE_TYPES.Identifier && node.callee.object.name === 'APIError';
      }
      // `reply.unauthorized()` answers without arguments too (@fastify/sensible).
      return node.arguments.length > 0 ? CANDIDATE_METHOD_NAMES.has(method) : errorStatusOfMethod(method) !== undefined;
    }
    case AST_NODE_TYPES.NewExpression:
      return node.arguments.length > 0;
    case AST_NODE_TYPES.AssignmentExpression: {
      const left = node.left;
      if (left.type !== AST_NODE_TYPES.MemberExpression) return false;
      const name = memberName(left);
      return name !== undefined && (KOA_BODY_PROPERTIES.has(name) || name === 'statusMessage' || isLocalsTarget(left));
    }
    default:
      return false;
  }
}

export interface RoleOracle {
  (identifier: TSESTree.Identifier): RoleInfo | undefined;
}

/**
 * Resolves a candidate to a sink, or undefined when its receiver is not a
 * server response. `roleOf` decides receivers (the server model, or a
 * hypothesis while summarising a helper).
 */
export function classifySink(node: TSESTree.Node, model: ServerModel, analysis: FileAnalysis, roleOf: RoleOracle): Sink | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.CallExpression:
      return classifyCall(node, model, analysis, roleOf);
    case AST_NODE_TYPES.NewExpression:
      return classifyNew(node, model, analysis);
    case AST_NODE_TYPES.AssignmentExpression:
      return classifyAssignment(node, roleOf);
    default:
      return undefined;
  }
}

function classifyCall(
  call: TSESTree.CallExpression,
  model: ServerModel,
  analysis: FileAnalysis,
  roleOf: RoleOracle,
): Sink | undefined {
  const tracked = model.frameworks.tracked.get(call);
  if (tracked?.kind === 'responseFactory') {
    if (tracked.serverOnly && model.isClientModule()) return undefined;
    return tracked.redirect
      ? { node: call, label: tracked.label, channel: 'redirect', payloads: call.arguments.slice(0, 1) }
      : factorySink(call, tracked.label);
  }
  if (tracked?.kind === 'boom') return { node: call, label: tracked.label, channel: 'exception', payloads: call.arguments.slice(0, 1) };
  if (tracked?.kind === 'exception' && tracked.sends) return { node: call, label: tracked.label, channel: 'exception', payloads: rpcErrorPayloads(call, tracked.sends) };
  if (tracked?.kind === 'eventSend') return eventSendSink(call, tracked);
  if (tracked?.kind === 'httpError') {
    // Only 4xx errors are exposed: `createError(400, msg)`; `createError(msg)` is a 500.
    const first = call.arguments[0];
    const status = first ? (statusValue(first, analysis.sourceCode) ?? statusOfMemberName(first)) : undefined;
    if (status === undefined || status < 400 || status >= 500) return undefined;
    return { node: call, label: tracked.label, channel: 'exception', payloads: call.arguments.slice(1, 2) };
  }

  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return model.mayUseSockets() ? socketCallbackSink(call, callee, roleOf) : undefined;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = memberName(callee);
  if (!method) return undefined;
  if (SOCKET_METHODS.includes(method)) {
    const sink = socketSink(call, callee, method, model, analysis, roleOf);
    if (sink) return sink;
  }

  // The web-standard `Response.json(body)` / `Response.redirect(url)`, when `Response` is the global.
  if (callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === 'Response' && isGlobalReference(callee.object, analysis.sourceCode)) {
    if (method === 'json') return factorySink(call, 'Response.json()');
    if (method === 'redirect') return { node: call, label: 'Response.redirect()', channel: 'redirect', payloads: call.arguments.slice(0, 1) };
    return undefined;
  }

  // @fastify/sensible: `fastify.httpErrors.notFound(message)` builds the error Fastify answers with.
  if (isSensibleErrors(callee.object, model) && errorStatusOfMethod(method) !== undefined) {
    return { node: call, label: `${analysis.sourceCode.getText(callee.object)}.${method}()`, channel: 'exception', payloads: call.arguments.slice(0, 1) };
  }

  const receiver = responseRoot(callee.object);
  if (!receiver) return undefined;
  const roleInfo = roleOf(receiver.root);
  if (!roleInfo) return undefined;
  const role: Role = receiver.via === 'response' ? 'koaContext' : receiver.via === 'res' ? 'response' : roleInfo.role;
  const label = `${analysis.sourceCode.getText(receiver.node)}.${method}()`;
  // @fastify/sensible's reply helpers, `reply.badRequest(message)`: a Fastify reply has no such method of its own.
  if (role === 'response' && roleInfo.framework === 'fastify' && receiver.via === undefined && errorStatusOfMethod(method) !== undefined) {
    return { node: call, label, channel: 'exception', payloads: call.arguments.slice(0, 1), receiver: receiver.root, receiverRole: roleInfo };
  }
  // @fastify/view's `reply.view(template, locals)`: Fastify's `res.render`.
  if (role === 'response' && roleInfo.framework === 'fastify' && method === 'view') {
    return { node: call, label, channel: 'template', payloads: call.arguments.slice(1, 2), receiver: receiver.root, receiverRole: roleInfo };
  }
  const channel = answeringMethods(role, roleInfo.framework, receiver.via)?.[method];
  if (!channel) return undefined;
  const payloads = roleInfo.framework === 'hono' && method === 'render' ? call.arguments.slice(0, 1) : payloadArguments(call, role, method);
  // `res.render('login')` answers too, with a page and no locals.
  if (payloads.length === 0 && method !== 'render') return undefined;
  return { node: call, label, channel, payloads, receiver: receiver.root, receiverRole: { role, framework: roleInfo.framework } };
}

/** socket.io: `socket.emit('error', payload)`, also to a room or to everyone (`socket.to(room).emit`, `io.emit`). */
function socketSink(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, method: string, model: ServerModel, analysis: FileAnalysis, roleOf: RoleOracle): Sink | undefined {
  let target = unwrap(callee.object);
  for (;;) {
    if (target.type === AST_NODE_TYPES.CallExpression && target.callee.type === AST_NODE_TYPES.MemberExpression && SOCKET_TARGETING_CALLS.has(memberName(target.callee) ?? '')) {
      target = unwrap(target.callee.object);
    } else if (target.type === AST_NODE_TYPES.MemberExpression && SOCKET_TARGETING_PROPERTIES.has(memberName(target) ?? '')) {
      target = unwrap(target.object);
    } else break;
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  // A socket, or the server: `io.emit(…)` (typed `Server`, or created here). The role is looked up anyway for `res.send(…)`;
  // files that name no socket skip the server lookup for every `emitter.emit(…)`.
  const roleInfo = roleOf(target);
  const isSocketIo = roleInfo
    ? roleInfo.role === 'socket' || (roleInfo.role === 'app' && roleInfo.framework === 'socketio')
    : model.mayUseSockets() && model.appFramework(target) === 'socketio';
  if (!isSocketIo) return undefined;
  const payloads = method === 'emit' ? call.arguments.slice(1) : call.arguments.slice();
  if (payloads.length === 0) return undefined;
  const label = `${analysis.sourceCode.getText(callee.object)}.${method}()`;
  return { node: call, label, channel: 'body', payloads, receiver: target, receiverRole: roleInfo ?? { role: 'app', framework: 'socketio' } };
}

/**
 * socket.io: `callback({ error })`, the acknowledgement a socket event was sent with, and a middleware's `next(err)`,
 * whose client gets the error's message (`next(new Error(msg))` sends `msg`).
 */
function socketCallbackSink(call: TSESTree.CallExpression, callee: TSESTree.Identifier, roleOf: RoleOracle): Sink | undefined {
  if (call.arguments.length === 0) return undefined;
  const roleInfo = roleOf(callee);
  const label = `${callee.name}()`;
  if (roleInfo?.role === 'ack') return { node: call, label, channel: 'body', payloads: call.arguments.slice(), receiver: callee, receiverRole: roleInfo };
  if (roleInfo?.role !== 'socketNext') return undefined;
  const error = unwrap(call.arguments[0] as TSESTree.Node);
  const payload = error.type === AST_NODE_TYPES.NewExpression ? error.arguments[0] : error;
  return payload ? { node: call, label, channel: 'body', payloads: [payload], receiver: callee, receiverRole: roleInfo } : undefined;
}

/** h3: `send(event, body)`, `sendRedirect(event, url)`, `setResponseHeader(event, name, value)`; the event is the receiver. */
function eventSendSink(call: TSESTree.CallExpression, tracked: Extract<Tracked, { kind: 'eventSend' }>): Sink | undefined {
  const payload = call.arguments[tracked.payloadIndex];
  if (!payload) return undefined;
  const event = call.arguments[0] && unwrap(call.arguments[0]);
  const receiver = event?.type === AST_NODE_TYPES.Identifier ? { receiver: event, receiverRole: { role: 'response' as const, framework: 'h3' as const } } : {};
  return { node: call, label: tracked.label, channel: tracked.channel, payloads: [payload], ...receiver };
}

/** The methods that answer through a receiver of this role; for Hono's context, the context's own (not `c.res`'s). */
function answeringMethods(role: Role, framework: Framework | undefined, via: 'response' | 'res' | undefined): Readonly<Record<string, SinkChannel>> | undefined {
  if (role === 'response' && framework === 'hono') return via ? undefined : HONO_METHODS;
  return METHODS_BY_ROLE[role];
}

/** `fastify.httpErrors`, `this.httpErrors`, `request.server.httpErrors`, in a file with Fastify in it. */
function isSensibleErrors(object: TSESTree.Node, model: ServerModel): boolean {
  const target = unwrap(object);
  return target.type === AST_NODE_TYPES.MemberExpression && memberName(target) === 'httpErrors' && model.frameworks.imported.has('fastify');
}

/** A status argument: a number, or the number it falls back to (`err.status || 400`, `err.status ?? 400`). */
function koaStatus(node: TSESTree.Node): number | undefined {
  const value = unwrap(node);
  if (value.type === AST_NODE_TYPES.LogicalExpression && value.operator !== '&&') return staticNumber(value.right);
  return staticNumber(value);
}

/** Which arguments of a response method carry client-visible data. */
function payloadArguments(call: TSESTree.CallExpression, role: Role, method: string): TSESTree.Node[] {
  const args = call.arguments;
  if (role === 'koaContext' && (method === 'throw' || method === 'assert')) {
    // Koa only exposes the message of 4xx errors: `ctx.throw(400, msg)`, `ctx.assert(ok, 404, msg)`,
    // and `ctx.throw(err.status || 400, err.message)` for every error without a status (budibase).
    const statusIndex = args.findIndex((arg) => typeof koaStatus(arg) === 'number');
    const status = statusIndex >= 0 ? koaStatus(args[statusIndex] as TSESTree.Node) : undefined;
    if (status === undefined || status >= 500) return [];
    const first = method === 'assert' ? 1 : 0;
    return args.filter((_, index) => index >= first && index !== statusIndex);
  }
  switch (method) {
    case 'render':
      return args.slice(1, 2);
    case 'flash':
      return args.slice(1);
    case 'set':
    case 'header':
    case 'setHeader':
    case 'append':
      if (args.length < 2) return args.slice(0, 1);
      // A gateway copying the upstream's `Content-Type` from a failed call: a MIME type, not error text.
      return BODY_DESCRIPTION_HEADERS.has(staticString(args[0])?.toLowerCase() ?? '') ? [] : args.slice(1, 2);
    case 'headers':
      return args.slice(0, 1);
    case 'writeHead':
      return args.slice(1);
    case 'redirect':
      return args.filter((arg) => staticNumber(arg) === undefined);
    case 'end':
    case 'write':
    case 'writeln':
    case 'writeSSE':
    case 'send':
    case 'text':
    case 'html':
    case 'body':
    case 'newResponse':
    case 'json':
    case 'jsonp':
    case 'response':
      return args.slice(0, 1);
    default:
      return [];
  }
}

function classifyNew(node: TSESTree.NewExpression, model: ServerModel, analysis: FileAnalysis): Sink | undefined {
  const tracked = model.frameworks.tracked.get(node);
  if (tracked?.kind === 'responseFactory') return factorySink(node, tracked.label);
  if (tracked?.kind === 'exception') {
    const [first, second] = node.arguments;
    if (tracked.sends) return { node, label: tracked.label, channel: 'exception', payloads: rpcErrorPayloads(node, tracked.sends) };
    const payloads: TSESTree.Node[] = first ? [first] : [];
    // Nest's built-in exceptions: `new BadRequestException(message, description | { description })`.
    if (second && tracked.framework === 'nest') {
      const target = unwrap(second);
      if (target.type === AST_NODE_TYPES.ObjectExpression) {
        const description = propertyValue(target, 'description');
        if (description) payloads.push(description);
      } else if (staticNumber(second) === undefined) payloads.push(second);
    }
    return { node, label: tracked.label, channel: 'exception', payloads };
  }
  const callee = unwrap(node.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (callee.name === 'Response' && isGlobalReference(callee, analysis.sourceCode)) return factorySink(node, 'new Response()');
  // `class InternalServerError extends GraphQLError {}` in this file: `new InternalServerError(msg)` sends msg too.
  if (model.exceptionSubclass(callee.name)) return { node, label: `new ${callee.name}()`, channel: 'exception', payloads: node.arguments.slice(0, 1) };
  return undefined;
}

/**
 * What tRPC, oRPC, better-call and Hono send of an error they construct: `new TRPCError({ code, message })`, whose
 * message defaults to its cause's (`new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: err })` answers
 * `err.message`); `new ORPCError(code, { message, data })`, whose `cause` stays on the server; the body of
 * `new APIError(status, body)` or `APIError.from(status, body)`, where an Error given as `cause` serialises to `{}`;
 * and the `message` of `new HTTPException(status, { message, cause })`.
 */
function rpcErrorPayloads(node: TSESTree.NewExpression | TSESTree.CallExpression, sends: RpcErrorParts): TSESTree.Node[] {
  if (sends === 'h3Error') return h3ErrorPayloads(node);
  const argument = node.arguments[sends === 'trpcOptions' ? 0 : 1];
  const object = argument && unwrap(argument);
  if (object?.type !== AST_NODE_TYPES.ObjectExpression) return sends === 'body' && object ? [object] : [];
  const message = propertyValue(object, 'message');
  switch (sends) {
    case 'trpcOptions':
      return [message ?? propertyValue(object, 'cause')].filter((value): value is TSESTree.Node => value !== undefined);
    case 'orpcOptions':
      return [message, propertyValue(object, 'data')].filter((value): value is TSESTree.Node => value !== undefined);
    case 'honoOptions':
      return message ? [message] : [];
    case 'body':
      return object.properties.flatMap((property) => {
        if (property.type === AST_NODE_TYPES.SpreadElement) return [property.argument];
        return propertyKeyName(property) === 'cause' ? [] : [property.value];
      });
  }
}

/**
 * What h3 answers with of an error it makes: `createError({ statusCode, statusMessage, message, data })`, h3 2's
 * `new HTTPError({ status, statusText, message, data, body })`, and a message or error given alone
 * (`createError(err)` keeps `err.message`, and only errors h3 made itself are masked).
 */
function h3ErrorPayloads(node: TSESTree.NewExpression | TSESTree.CallExpression): TSESTree.Node[] {
  const first = node.arguments[0] && unwrap(node.arguments[0]);
  if (!first) return [];
  if (first.type !== AST_NODE_TYPES.ObjectExpression) return [first];
  return H3_ERROR_PARTS.flatMap((key) => propertyValue(first, key) ?? []);
}

const H3_ERROR_PARTS = ['message', 'statusMessage', 'statusText', 'data', 'body'];

function classifyAssignment(node: TSESTree.AssignmentExpression, roleOf: RoleOracle): Sink | undefined {
  const left = node.left;
  if (left.type !== AST_NODE_TYPES.MemberExpression || (node.operator !== '=' && node.operator !== '+=')) return undefined;
  const name = memberName(left);
  if (!name) return undefined;
  // `res.locals.user = …` / `res.locals = {…}`: template data.
  if (isLocalsTarget(left)) {
    const root = rootIdentifier(left);
    const roleInfo = root && roleOf(root);
    if (!root || roleInfo?.role !== 'response') return undefined;
    return { node, label: `${root.name}.locals`, channel: 'template', payloads: [node.right], receiver: root, receiverRole: roleInfo };
  }
  const object = unwrap(left.object);
  // `ctx.body = …`, `ctx.message = …`, `ctx.response.body = …`.
  let contextNode: TSESTree.Node = object;
  if (object.type === AST_NODE_TYPES.MemberExpression && memberName(object) === 'response') contextNode = unwrap(object.object);
  if (contextNode.type !== AST_NODE_TYPES.Identifier) return undefined;
  const roleInfo = roleOf(contextNode);
  if (!roleInfo) return undefined;
  if (roleInfo.role === 'koaContext' && KOA_BODY_PROPERTIES.has(name)) {
    return { node, label: `${contextNode.name}${contextNode === object ? '' : '.response'}.${name}`, channel: name === 'message' ? 'header' : 'body', payloads: [node.right], receiver: contextNode, receiverRole: roleInfo };
  }
  if (roleInfo.role === 'response' && name === 'statusMessage' && contextNode === object) {
    return { node, label: `${contextNode.name}.statusMessage`, channel: 'header', payloads: [node.right], receiver: contextNode, receiverRole: roleInfo };
  }
  return undefined;
}

/** `Response.json(body, { headers })`, `new NextResponse(body, init)`. */
function factorySink(node: TSESTree.CallExpression | TSESTree.NewExpression, label: string): Sink {
  const [body, init] = node.arguments;
  const payloads: TSESTree.Node[] = body ? [body] : [];
  const initObject = init && unwrap(init);
  if (initObject?.type === AST_NODE_TYPES.ObjectExpression) {
    const headers = propertyValue(initObject, 'headers');
    if (headers) payloads.push(headers);
    const statusText = propertyValue(initObject, 'statusText');
    if (statusText) payloads.push(statusText);
  }
  return { node, label, channel: 'body', payloads };
}

/**
 * The response variable behind a receiver: `res` in `res.status(500).json`,
 * `ctx` in `ctx.response.redirect`, `ctx` in `ctx.res.end` (as a node response).
 */
function responseRoot(expression: TSESTree.Node): { root: TSESTree.Identifier; node: TSESTree.Node; via?: 'response' | 'res' } | undefined {
  let node = unwrap(expression);
  while (node.type === AST_NODE_TYPES.CallExpression) {
    const method = calledMethodName(node);
    if (!method || !CHAIN_METHODS.has(method)) return undefined;
    node = unwrap((unwrap(node.callee) as TSESTree.MemberExpression).object);
  }
  if (node.type === AST_NODE_TYPES.Identifier) return { root: node, node };
  if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.Identifier) {
    const name = memberName(node);
    if (name === 'response') return { root: node.object, node, via: 'response' };
    if (name === 'res' || name === 'raw') return { root: node.object, node, via: 'res' };
  }
  // h3's Node response: `event.node.res.end(…)`.
  if (node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'res') {
    const owner = unwrap(node.object);
    if (owner.type === AST_NODE_TYPES.MemberExpression && memberName(owner) === 'node' && owner.object.type === AST_NODE_TYPES.Identifier) return { root: owner.object, node, via: 'res' };
  }
  return undefined;
}

function rootIdentifier(node: TSESTree.MemberExpression): TSESTree.Identifier | undefined {
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.MemberExpression) current = unwrap(current.object);
  return current.type === AST_NODE_TYPES.Identifier ? current : undefined;
}

/** `res.locals = …` or `res.locals.x = …`. */
function isLocalsTarget(left: TSESTree.MemberExpression): boolean {
  if (memberName(left) === 'locals' && unwrap(left.object).type === AST_NODE_TYPES.Identifier) return true;
  const object = unwrap(left.object);
  return (
    object.type === AST_NODE_TYPES.MemberExpression &&
    memberName(object) === 'locals' &&
    unwrap(object.object).type === AST_NODE_TYPES.Identifier
  );
}

