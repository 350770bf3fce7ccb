/**
 * What a response body says: an error (`{ error }`, `{ success: false }`,
 * `'Failed to …'`), a plain message, or data.
 */
import type { TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, memberName, propertyKeyName, singleAssignmentValue, staticString, unwrap } from '../util/ast';
import type { ErrorTaint } from './error-taint';
import type { FileAnalysis } from './file-analysis';
import { AST_NODE_TYPES } from '../util/ts-estree';

export type BodyKind =
  /** Says that something failed: reported with a success status anywhere. */
  | 'error'
  /** A message, or an error key whose value is only known at run time: reported on error paths. */
  | 'message'
  /** Data, a fallback value, or something we cannot tell. */
  | 'data';

export interface BodyShape {
  kind: BodyKind;
  /** The key or text that makes it an error, for the message. */
  evidence?: string;
}

const ERROR_KEYS = new Set(['error', 'err', 'errorMessage', 'error_message']);
const FAILED_STATUS_VALUES = new Set(['error', 'fail', 'failed', 'failure']);
/** Keys of a message body, problem details (RFC 9457: `type`, `title`, `detail`, `instance`) included. */
const MESSAGE_KEYS = new Set(['message', 'msg', 'detail', 'details', 'description', 'reason', 'title', 'type', 'instance', 'code', 'statusCode', 'status']);
/** Keys of a yes/no answer: `{ success: false, available: false }` answers the question asked. */
const ANSWER_KEYS = new Set(['available', 'isAvailable', 'exists', 'valid', 'isValid', 'taken', 'found', 'allowed', 'eligible']);
const SUCCESS_KEYS = new Set(['success', 'ok']);
const ERROR_TEXT = /^\s*(error|failed|failure)\b/i;

export function classifyBody(node: TSESTree.Node | undefined, analysis: FileAnalysis, taint: ErrorTaint, depth = 0): BodyShape {
  if (!node) return { kind: 'data' };
  const body = unwrap(node);
  const text = staticString(body) ?? textPrefix(body);
  if (text !== undefined) {
    // `res.send('')`: an empty page is a fallback, like `res.json([])`.
    if (text.trim() === '') return { kind: 'data' };
    return ERROR_TEXT.test(text) ? { kind: 'error', evidence: JSON.stringify(text.trim().split(/\s+/).slice(0, 4).join(' ')) } : { kind: 'message' };
  }
  switch (body.type) {
    case AST_NODE_TYPES.ObjectExpression:
      return classifyObject(body);
    // A JSX page (Hono's `c.html(<ResetPage error="…" />)`): like a rendered view, a page a browser shows, reported only
    // on an error path (a form shown again with its error and 200 is how server-rendered pages answer).
    case AST_NODE_TYPES.JSXElement:
      return { kind: 'message' };
    case AST_NODE_TYPES.NewExpression: {
      const callee = unwrap(body.callee);
      return callee.type === AST_NODE_TYPES.Identifier && /Error$/.test(callee.name) ? { kind: 'error', evidence: `new ${callee.name}()` } : { kind: 'data' };
    }
    case AST_NODE_TYPES.Identifier: {
      const error = taint.taintOf(body);
      if (error?.raw) return { kind: 'error', evidence: 'the error object' };
      if (error) return { kind: 'message' };
      // `const body = { error: '…' }; res.json(body)`
      const value = depth < 2 ? singleAssignmentValue(body, analysis.sourceCode) : undefined;
      if (value) return classifyBody(value, analysis, taint, depth + 1);
      return { kind: 'data' };
    }
    case AST_NODE_TYPES.CallExpression:
      // node:http bodies are serialised by hand: `res.end(JSON.stringify({ error: 'Invalid login' }))`.
      if (isJsonStringify(body) && body.arguments[0] && depth < 2) return classifyBody(body.arguments[0], analysis, taint, depth + 1);
      return taint.taintOf(body) ? { kind: 'message' } : { kind: 'data' };
    case AST_NODE_TYPES.MemberExpression:
      return taint.taintOf(body) ? { kind: 'message' } : { kind: 'data' };
    default:
      return { kind: 'data' };
  }
}

/**
 * A fallback answer: data with nothing of the error in it and no key that carries a message
 * (`res.json([])`, `res.json({ finished: false })`, `res.send('')`), unlike `{ message: err.message, stack }`.
 */
export function isFallbackBody(node: TSESTree.Node, analysis: FileAnalysis, taint: ErrorTaint): boolean {
  if (classifyBody(node, analysis, taint).kind !== 'data' || taint.taintOf(node)) return false;
  const body = unwrap(node);
  if (body.type !== AST_NODE_TYPES.ObjectExpression) return true;
  return body.properties.every((property) => {
    const key = property.type === AST_NODE_TYPES.Property ? propertyKeyName(property) : undefined;
    return key !== undefined && !MESSAGE_KEYS.has(key) && !ERROR_KEYS.has(key) && key !== 'errors';
  });
}

/**
 * `{ trackedEvents: [], message: e.message }`: data answered from an error path that also carries the caught
 * error's text under a message or error key, which says the request failed (growthbook).
 */
export function carriesCaughtErrorText(node: TSESTree.Node, taint: ErrorTaint): boolean {
  const body = unwrap(node);
  // `{ isValid: false, error: err.message }` answers a yes/no question, with the reason (novu's bridge check).
  if (body.type !== AST_NODE_TYPES.ObjectExpression || answersYesOrNo(body)) return false;
  return body.properties.some((property) => {
    if (property.type !== AST_NODE_TYPES.Property) return false;
    const key = propertyKeyName(property);
    return key !== undefined && (ERROR_KEYS.has(key) || key === 'message' || key === 'msg') && taint.taintOf(property.value) !== undefined;
  });
}

/** `{ valid: false, message }`, `{ available: true }`: an answer to the yes/no question a route was asked. */
export function answersYesOrNo(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((property) => property.type === AST_NODE_TYPES.Property && ANSWER_KEYS.has(propertyKeyName(property) ?? '') && isBooleanLiteral(property.value));
}

/**
 * The properties a body always has: its own, those of an object literal spread into it, and those both arms of
 * `...(c ? { … } : { … })` give. `...(dev && { stack })` only may add some. Undefined when a spread is not written
 * out (`...err`, `...extra`).
 */
export function fixedProperties(object: TSESTree.ObjectExpression, depth = 0): TSESTree.Property[] | undefined {
  const fixed: TSESTree.Property[] = [];
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.Property) {
      fixed.push(property);
      continue;
    }
    const spread = fixedPropertiesOfSpread(unwrap(property.argument), depth);
    if (!spread) return undefined;
    fixed.push(...spread);
  }
  return fixed;
}

function fixedPropertiesOfSpread(value: TSESTree.Node, depth: number): TSESTree.Property[] | undefined {
  if (depth > 2) return undefined;
  if (value.type === AST_NODE_TYPES.ObjectExpression) return fixedProperties(value, depth + 1);
  // `...(cond && { stack })`: nothing for sure.
  if (value.type === AST_NODE_TYPES.LogicalExpression && value.operator === '&&' && unwrap(value.right).type === AST_NODE_TYPES.ObjectExpression) {
    return fixedProperties(unwrap(value.right) as TSESTree.ObjectExpression, depth + 1) && [];
  }
  if (value.type === AST_NODE_TYPES.ConditionalExpression) {
    const consequent = fixedPropertiesOfSpread(unwrap(value.consequent), depth + 1);
    const alternate = fixedPropertiesOfSpread(unwrap(value.alternate), depth + 1);
    if (!consequent || !alternate) return undefined;
    const both = new Set(alternate.map((property) => propertyKeyName(property)));
    return consequent.filter((property) => both.has(propertyKeyName(property)));
  }
  // `...(dev ? { stack } : {})` arms, and an empty `{}` or `undefined` spread to nothing.
  if (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined') return [];
  if (value.type === AST_NODE_TYPES.Literal && value.value === null) return [];
  return undefined;
}

function classifyObject(object: TSESTree.ObjectExpression, depth = 0): BodyShape {
  const keys = new Set<string>();
  let runtimeErrorKey: string | undefined;
  const properties = fixedProperties(object);
  if (!properties) return { kind: 'data' }; // a spread of something else: cannot tell
  for (const property of properties) {
    const key = propertyKeyName(property);
    if (key === undefined) continue;
    keys.add(key);
  }
  // GraphQL answers `{ data, errors }` with 200 by design.
  if (keys.has('data') && keys.has('errors')) return { kind: 'data' };
  // `{ success: false, available: false }`: a business answer to a yes/no question, not a failure.
  if (answersYesOrNo(object)) return { kind: 'data' };
  // `{ success: true, indexed, errors }`: a success that reports what failed along the way.
  if (properties.some((property) => SUCCESS_KEYS.has(propertyKeyName(property) ?? '') && isLiteral(unwrap(property.value), true))) {
    return { kind: 'data' };
  }
  for (const property of properties) {
    const key = propertyKeyName(property);
    const value = unwrap(property.value);
    if (key && ERROR_KEYS.has(key)) {
      if (isEmptyValue(value)) continue;
      if (isPassThrough(value) && !inFailureBranch(object, value)) runtimeErrorKey ??= key;
      else return { kind: 'error', evidence: `{ ${key} }` };
    } else if (key === 'errors') {
      if (isEmptyValue(value) || isNumeric(value)) continue;
      if (isPassThrough(value) && !inFailureBranch(object, value)) runtimeErrorKey ??= key;
      else return { kind: 'error', evidence: '{ errors }' };
    } else if (SUCCESS_KEYS.has(key ?? '') && isLiteral(value, false)) {
      return { kind: 'error', evidence: `{ ${key}: false }` };
    } else if (key === 'failed' && isLiteral(value, true)) {
      return { kind: 'error', evidence: '{ failed: true }' };
    } else if (key === 'status' || key === 'statusCode') {
      const text = staticString(value);
      if (key === 'status' && text !== undefined && FAILED_STATUS_VALUES.has(text.toLowerCase())) return { kind: 'error', evidence: `{ status: '${text}' }` };
      // `{ status: 404, message: 'Could not find session' }`: the body says which error it is (typebot's stream route).
      const code = value.type === AST_NODE_TYPES.Literal && typeof value.value === 'number' ? value.value : undefined;
      if (code !== undefined && code >= 400 && code < 600) return { kind: 'error', evidence: `{ ${key}: ${code} }` };
    }
  }
  // One level down: `{ data: { error: 'Something went wrong' } }`.
  if (depth === 0) {
    for (const property of properties) {
      const value = unwrap(property.value);
      if (value.type !== AST_NODE_TYPES.ObjectExpression) continue;
      const nested = classifyObject(value, 1);
      if (nested.kind === 'error') return { kind: 'error', evidence: `{ ${propertyKeyName(property) ?? '…'}: ${nested.evidence ?? '…'} }` };
    }
  }
  if (runtimeErrorKey) return { kind: 'message', evidence: `{ ${runtimeErrorKey} }` };
  if (keys.size > 0 && [...keys].every((key) => MESSAGE_KEYS.has(key))) return { kind: 'message' };
  return { kind: 'data' };
}

/** The text a built string starts with: `\`Failed: ${x}\`` and `'Failed: ' + x` both start with `Failed: `. */
function textPrefix(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.quasis[0]?.value.cooked ?? undefined;
  if (node.type !== AST_NODE_TYPES.BinaryExpression || node.operator !== '+') return undefined;
  const left = unwrap(node.left);
  return left.type === AST_NODE_TYPES.Literal && typeof left.value === 'string' ? left.value : textPrefix(left);
}

export function isJsonStringify(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && unwrap(callee.object).type === AST_NODE_TYPES.Identifier && (unwrap(callee.object) as TSESTree.Identifier).name === 'JSON' && memberName(callee) === 'stringify';
}

/** A value read at run time, `error` or `result.error`: a pass-through that may well be empty. */
function isRuntimeValue(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression;
}

/**
 * A run-time value, or one picked at run time against nothing or another run-time value:
 * `job.failed ? job.error : undefined`, `other?.error ?? null`, `a.error || b.error` (growthbook).
 */
function isPassThrough(node: TSESTree.Node): boolean {
  if (isRuntimeValue(node)) return true;
  // `a ?? b?.error ?? null`: a chain of run-time values that may end in nothing.
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '&&') {
    const [left, right] = [unwrap(node.left), unwrap(node.right)];
    return isPassThrough(left) && (isPassThrough(right) || isEmptyValue(right));
  }
  if (node.type !== AST_NODE_TYPES.ConditionalExpression) return false;
  const [consequent, alternate] = [unwrap(node.consequent), unwrap(node.alternate)];
  return (isRuntimeValue(consequent) && isEmptyValue(alternate)) || (isEmptyValue(consequent) && isRuntimeValue(alternate));
}

/**
 * Whether an `if` (or `?:`) around a body takes its branch because the value's owner failed:
 * `if (!check.valid) res.json({ error: check.error })`, `if (error) res.json({ error })`,
 * `if (form.hasErrors) { if (req.xhr) res.json({ error: form.errorSummary }) }`, and the `else`
 * of `if (!form.hasErrors)`. A pass-through with no such branch may well carry no error.
 */
function inFailureBranch(object: TSESTree.ObjectExpression, value: TSESTree.Node): boolean {
  const root = rootName(value);
  if (root === undefined) return false;
  for (let child: TSESTree.Node = object, parent: TSESTree.Node | undefined = object.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    if ((parent.type !== AST_NODE_TYPES.IfStatement && parent.type !== AST_NODE_TYPES.ConditionalExpression) || child === parent.test) continue;
    const truthyMeansFailure = failureTest(parent.test, root, value);
    if (truthyMeansFailure !== undefined) return (child === parent.consequent) === truthyMeansFailure;
  }
  return false;
}

const FAILURE_NAMES = /^(error|err|errors|has_?errors?|failed|failure|is_?error|invalid)$/i;
const SUCCESS_NAMES = /^(ok|success|succeeded|valid|is_?valid|is_?ok|passed)$/i;

/**
 * Whether a condition being true means the value's owner failed (`error`, `result.failed`,
 * `!check.valid`), succeeded (`result.ok`), or says nothing about it (undefined).
 */
function failureTest(test: TSESTree.Node, root: string, value: TSESTree.Node): boolean | undefined {
  const node = unwrap(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
    const inner = failureTest(node.argument, root, value);
    return inner === undefined ? undefined : !inner;
  }
  if (node.type === AST_NODE_TYPES.LogicalExpression) return failureTest(node.left, root, value) ?? failureTest(node.right, root, value);
  // `if (error) res.json({ error })`: the value itself.
  if (node.type === AST_NODE_TYPES.Identifier) return value.type === AST_NODE_TYPES.Identifier && node.name === value.name ? true : undefined;
  if (node.type !== AST_NODE_TYPES.MemberExpression || rootName(node) !== root) return undefined;
  const name = memberName(node) ?? '';
  return FAILURE_NAMES.test(name) ? true : SUCCESS_NAMES.test(name) ? false : undefined;
}

/** `result` in `result.error` and in `result`. */
function rootName(node: TSESTree.Node): string | undefined {
  let current = unwrap(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) current = unwrap(current.object);
  return current.type === AST_NODE_TYPES.Identifier ? current.name : undefined;
}

function isBooleanLiteral(node: TSESTree.Node): boolean {
  const target = unwrap(node);
  return target.type === AST_NODE_TYPES.Literal && typeof target.value === 'boolean';
}

function isLiteral(node: TSESTree.Node, value: unknown): boolean {
  return node.type === AST_NODE_TYPES.Literal && node.value === value;
}

function isNumeric(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === 'number';
}

/** `false`, `null`, `undefined`, `''`, `0`, `[]`, `{}`: an error key that says "no error", a field that holds nothing. */
export function isEmptyValue(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal) return !node.value;
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'undefined';
  if (node.type === AST_NODE_TYPES.ArrayExpression) return node.elements.length === 0;
  if (node.type === AST_NODE_TYPES.ObjectExpression) return node.properties.length === 0;
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.expressions.length === 0 && node.quasis[0]?.value.cooked === '';
  return false;
}
