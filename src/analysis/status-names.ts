/**
 * Named HTTP statuses from the libraries that export them: NestJS
 * `HttpStatus.NOT_FOUND`, http-status-codes `StatusCodes.NOT_FOUND` (and its
 * older `NOT_FOUND` constants), http-status `httpStatus.NOT_FOUND`, stoker's `HttpStatusCodes.NOT_FOUND`. Read by
 * name, because their values live in another package that the parser never
 * sees.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { moduleOf, unwrap } from '../util/ast';
import { AST_NODE_TYPES, findVariable } from '../util/ts-estree';

// stoker's are the Hono OpenAPI starter's: `HttpStatusCodes.NOT_FOUND`.
const STATUS_MODULES = new Set(['@nestjs/common', 'http-status-codes', 'http-status', 'http-status-enum', 'stoker/http-status-codes']);

const STATUS_BY_NAME: ReadonlyMap<string, number> = new Map([
  ['CONTINUE', 100],
  ['SWITCHING_PROTOCOLS', 101],
  ['PROCESSING', 102],
  ['EARLY_HINTS', 103],
  ['OK', 200],
  ['CREATED', 201],
  ['ACCEPTED', 202],
  ['NON_AUTHORITATIVE_INFORMATION', 203],
  ['NO_CONTENT', 204],
  ['RESET_CONTENT', 205],
  ['PARTIAL_CONTENT', 206],
  ['MULTI_STATUS', 207],
  ['AMBIGUOUS', 300],
  ['MULTIPLE_CHOICES', 300],
  ['MOVED_PERMANENTLY', 301],
  ['FOUND', 302],
  ['MOVED_TEMPORARILY', 302],
  ['SEE_OTHER', 303],
  ['NOT_MODIFIED', 304],
  ['TEMPORARY_REDIRECT', 307],
  ['PERMANENT_REDIRECT', 308],
  ['BAD_REQUEST', 400],
  ['UNAUTHORIZED', 401],
  ['PAYMENT_REQUIRED', 402],
  ['FORBIDDEN', 403],
  ['NOT_FOUND', 404],
  ['METHOD_NOT_ALLOWED', 405],
  ['NOT_ACCEPTABLE', 406],
  ['PROXY_AUTHENTICATION_REQUIRED', 407],
  ['REQUEST_TIMEOUT', 408],
  ['CONFLICT', 409],
  ['GONE', 410],
  ['LENGTH_REQUIRED', 411],
  ['PRECONDITION_FAILED', 412],
  ['PAYLOAD_TOO_LARGE', 413],
  ['REQUEST_TOO_LONG', 413],
  ['URI_TOO_LONG', 414],
  ['REQUEST_URI_TOO_LONG', 414],
  ['UNSUPPORTED_MEDIA_TYPE', 415],
  ['REQUESTED_RANGE_NOT_SATISFIABLE', 416],
  ['EXPECTATION_FAILED', 417],
  ['I_AM_A_TEAPOT', 418],
  ['IM_A_TEAPOT', 418],
  ['MISDIRECTED', 421],
  ['MISDIRECTED_REQUEST', 421],
  ['UNPROCESSABLE_ENTITY', 422],
  ['LOCKED', 423],
  ['FAILED_DEPENDENCY', 424],
  ['UPGRADE_REQUIRED', 426],
  ['PRECONDITION_REQUIRED', 428],
  ['TOO_MANY_REQUESTS', 429],
  ['REQUEST_HEADER_FIELDS_TOO_LARGE', 431],
  ['UNAVAILABLE_FOR_LEGAL_REASONS', 451],
  ['INTERNAL_SERVER_ERROR', 500],
  ['NOT_IMPLEMENTED', 501],
  ['BAD_GATEWAY', 502],
  ['SERVICE_UNAVAILABLE', 503],
  ['GATEWAY_TIMEOUT', 504],
  ['HTTP_VERSION_NOT_SUPPORTED', 505],
  ['INSUFFICIENT_STORAGE', 507],
  ['LOOP_DETECTED', 508],
  ['NETWORK_AUTHENTICATION_REQUIRED', 511],
]);

/** `HttpStatus.NOT_FOUND`, `StatusCodes.NOT_FOUND`, `httpStatus.NOT_FOUND` or an imported `NOT_FOUND`: its number. */
export function namedStatus(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): number | undefined {
  const target = unwrap(node);
  let name: string | undefined;
  let owner: TSESTree.Node | undefined;
  if (target.type === AST_NODE_TYPES.MemberExpression && !target.computed && target.property.type === AST_NODE_TYPES.Identifier) {
    name = target.property.name;
    owner = unwrap(target.object);
  } else if (target.type === AST_NODE_TYPES.Identifier) {
    name = target.name;
    owner = target;
  }
  const status = name !== undefined ? STATUS_BY_NAME.get(name) : undefined;
  if (status === undefined || owner?.type !== AST_NODE_TYPES.Identifier) return undefined;
  return STATUS_MODULES.has(moduleOf(owner, sourceCode) ?? '') ? status : undefined;
}

/**
 * `HTTP_STATUS.UNAUTHORIZED` of any object, by the member's name alone: only where the place says a status is
 * meant, such as the first argument of http-errors' `createError` (verdaccio's `@verdaccio/core` table).
 */
export function statusOfMemberName(node: TSESTree.Node): number | undefined {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.computed || target.property.type !== AST_NODE_TYPES.Identifier) return undefined;
  return statusOfName(target.property.name);
}

/** The status a name such as `'UNAUTHORIZED'` or `'NOT_FOUND'` stands for. */
export function statusOfName(name: string): number | undefined {
  return STATUS_BY_NAME.get(name);
}

/** `HttpStatusCodes.BadRequest` with `enum HttpStatusCodes { BadRequest = 400 }` in this file: the member's number. */
export function enumMemberStatus(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): number | undefined {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.computed || target.property.type !== AST_NODE_TYPES.Identifier) return undefined;
  const owner = unwrap(target.object);
  if (owner.type !== AST_NODE_TYPES.Identifier) return undefined;
  const declaration = findVariable(sourceCode.getScope(owner), owner)?.defs[0]?.node;
  if (declaration?.type !== AST_NODE_TYPES.TSEnumDeclaration) return undefined;
  const name = target.property.name;
  const member = declaration.body.members.find((candidate) => (candidate.id.type === AST_NODE_TYPES.Identifier ? candidate.id.name : candidate.id.value) === name);
  const value = member?.initializer && unwrap(member.initializer);
  return value?.type === AST_NODE_TYPES.Literal && typeof value.value === 'number' ? value.value : undefined;
}

/** Boom's own names for statuses whose HTTP name differs: `Boom.badData()` is a 422. */
const BOOM_NAMES: ReadonlyMap<string, number> = new Map([
  ['badData', 422],
  ['proxyAuthRequired', 407],
  ['clientTimeout', 408],
  ['resourceGone', 410],
  ['entityTooLarge', 413],
  ['teapot', 418],
]);

/**
 * Error statuses by the camelCase names that http-errors, `@fastify/sensible` and Boom give their
 * helpers: `badRequest` → 400, `internalServerError` → 500, Boom's `badData` → 422.
 */
const ERROR_STATUS_BY_METHOD: ReadonlyMap<string, number> = new Map([
  ...[...STATUS_BY_NAME].filter(([, status]) => status >= 400).map(([name, status]): [string, number] => [name.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()), status]),
  ...BOOM_NAMES,
]);

export const ERROR_METHOD_NAMES: readonly string[] = [...ERROR_STATUS_BY_METHOD.keys()];

export function errorStatusOfMethod(name: string): number | undefined {
  return ERROR_STATUS_BY_METHOD.get(name);
}
