/**
 * Error responses: sends with a 4xx/5xx status or from an error path, with
 * what their body says (its keys, when it is an object literal) and whether
 * they answer a vetted catalog exception (`if (err instanceof AppError)`).
 * Shared by `require-error-reference` and `consistent-error-shape`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { enclosingFunction, functionName, memberName, propertyKeyName, singleAssignmentValue, unwrap } from '../util/ast';
import { errorPathWithSource, type ErrorPathKind } from './error-paths';
import { answersYesOrNo, fixedProperties, isFallbackBody, isJsonStringify } from './error-shape';
import type { FileAnalysis } from './file-analysis';
import { NEST_HTTP_EXCEPTIONS } from './frameworks';
import { GuardAnalysis } from './guards';
import { getResponseSends, type ResponseSend } from './sends';
import { getServerModel } from './server-model';
import { getErrorTaint } from './shared';
import { AST_NODE_TYPES } from '../util/ts-estree';

export interface ErrorResponse {
  send: ResponseSend;
  /** The known status, if any. */
  status: number | undefined;
  path: ErrorPathKind | undefined;
  /** The caught error on this path. */
  error: TSESLint.Scope.Variable | undefined;
  /** Answers a catalog (or otherwise vetted) exception with its own message; worked out on first use. */
  readonly vetted: boolean;
  /** The object literal that is sent, looked through a `const`; undefined for other bodies. */
  object: TSESTree.ObjectExpression | undefined;
  /** A bare string body. */
  text: TSESTree.Node | undefined;
  /** Built inside a configured `responseHelpers` function. */
  inHelper: boolean;
}

const ERROR_RESPONSES = Symbol('errorResponses');

export function getErrorResponses(analysis: FileAnalysis, cwd: string): readonly ErrorResponse[] {
  return analysis.fact(ERROR_RESPONSES, (file) => findErrorResponses(file, cwd));
}

function findErrorResponses(analysis: FileAnalysis, cwd: string): ErrorResponse[] {
  const sends = getResponseSends(analysis);
  if (sends.length === 0) return [];
  const model = getServerModel(analysis);
  const taint = getErrorTaint(analysis);
  // The catalog and the guards only matter when a rule asks whether an answer is vetted.
  let guards: GuardAnalysis | undefined;
  const vettedGuards = (): GuardAnalysis => {
    if (guards) return guards;
    const catalog = analysis.getCatalog(cwd);
    const vettedClasses = new Set<string>([...NEST_HTTP_EXCEPTIONS, ...analysis.settings.safeErrorClasses, ...(catalog?.entries.keys() ?? [])]);
    if (catalog?.baseClass) vettedClasses.add(catalog.baseClass);
    guards = new GuardAnalysis(analysis, vettedClasses, analysis.settings.devGuards);
    return guards;
  };
  const helperNames = new Set(analysis.settings.responseHelpers.map((helper) => helper.name.split('.').pop() ?? helper.name));
  const responses: ErrorResponse[] = [];
  for (const send of sends) {
    const status = send.status.kind === 'known' ? send.status.value : undefined;
    const fn = enclosingFunction(send.node);
    const inHelper = fn !== undefined && helperNames.has(functionName(fn) ?? '');
    const found = status !== undefined && status < 400 ? undefined : errorPathWithSource(send.node, analysis, taint, model);
    const errorStatus = status !== undefined && status >= 400;
    if (!errorStatus && !found && !inHelper) continue;
    // A fallback answered from an error path (`res.json({ finished: false })` while a job runs) is data, not an error answer.
    if (!errorStatus && !inHelper && send.body && isFallbackBody(send.body, analysis, taint)) continue;
    const body = send.body && literalBody(send.body, analysis);
    // A test-connection route's `{ valid: false, message }` from its `catch` answers the question asked (budibase).
    if (!errorStatus && !inHelper && body?.type === AST_NODE_TYPES.ObjectExpression && answersYesOrNo(body)) continue;
    const source = found?.source;
    let vetted: boolean | undefined;
    responses.push({
      send,
      status,
      path: found?.kind,
      error: source,
      get vetted(): boolean {
        vetted ??= source !== undefined && vettedGuards().factsAt(send.node).vetted.has(source);
        return vetted;
      },
      object: body?.type === AST_NODE_TYPES.ObjectExpression ? body : undefined,
      text: body && isText(body) ? body : undefined,
      inHelper,
    });
  }
  return responses;
}

/** The literal a body is, looking through one variable bound once and `JSON.stringify(…)` (node:http answers). */
function literalBody(node: TSESTree.Node, analysis: FileAnalysis): TSESTree.Node | undefined {
  const body = unwrap(stringifiedValue(node) ?? node);
  if (body.type !== AST_NODE_TYPES.Identifier) return body;
  const value = singleAssignmentValue(body, analysis.sourceCode);
  return value && unwrap(value);
}

function stringifiedValue(node: TSESTree.Node): TSESTree.Node | undefined {
  const call = unwrap(node);
  return call.type === AST_NODE_TYPES.CallExpression && isJsonStringify(call) ? call.arguments[0] : undefined;
}

function isText(node: TSESTree.Node): boolean {
  if ((node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') || node.type === AST_NODE_TYPES.TemplateLiteral) return true;
  // A translated text: i18n's `res.__('Invalid email or password.')` (juice-shop), `__('…')`.
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length === 0) return false;
  const callee = unwrap(node.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
  const format = unwrap(node.arguments[0] as TSESTree.Node);
  return (name === '__' || name === '__n') && isText(format) && format.type !== AST_NODE_TYPES.CallExpression;
}

/**
 * The keys an object body always has, or undefined when a spread hides some. A written-out spread that may add keys
 * (`...(dev && { stack: err.stack })`) does not hide the others.
 */
export function bodyKeys(object: TSESTree.ObjectExpression): Map<string, TSESTree.Property> | undefined {
  const properties = fixedProperties(object);
  if (!properties) return undefined;
  const keys = new Map<string, TSESTree.Property>();
  for (const property of properties) {
    const key = propertyKeyName(property);
    if (key === undefined) return undefined;
    keys.set(key, property);
  }
  return keys;
}
