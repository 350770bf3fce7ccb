import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, findVariable } from './ts-estree';

export type FunctionNode =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression;

export function isFunctionNode(node: TSESTree.Node | null | undefined): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression
  );
}

/** Strips wrappers that do not change a value: `x!`, `x as T`, `<T>x`, `x satisfies T`, `a?.b` chains. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The static name of a member access (`a.b`, `a['b']`), or undefined. */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : undefined;
  return node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string'
    ? node.property.value
    : undefined;
}

/** `obj.name(...)`: the called method name, or undefined for other callees. */
export function calledMethodName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = unwrap(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
}

/** The name of a plain identifier callee: `name(...)`. */
export function calledFunctionName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = unwrap(call.callee);
  return callee.type === AST_NODE_TYPES.Identifier ? callee.name : undefined;
}

/** The innermost function around a node (the node itself excluded). */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}

/** A static property key: `{ a: 1 }`, `{ 'a': 1 }`, `{ [`a`]: 1 }`. */
export function propertyKeyName(property: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string | undefined {
  const key = property.key;
  if (!property.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The name a parameter binds, looking through defaults and TS parameter properties. */
export function parameterName(param: TSESTree.Parameter): string | undefined {
  let node: TSESTree.Node = param;
  if (node.type === AST_NODE_TYPES.TSParameterProperty) node = node.parameter;
  if (node.type === AST_NODE_TYPES.AssignmentPattern) node = node.left;
  return node.type === AST_NODE_TYPES.Identifier ? node.name : undefined;
}

/** The identifier a parameter binds (through defaults), or undefined for patterns. */
export function parameterIdentifier(param: TSESTree.Parameter): TSESTree.Identifier | undefined {
  let node: TSESTree.Node = param;
  if (node.type === AST_NODE_TYPES.TSParameterProperty) node = node.parameter;
  if (node.type === AST_NODE_TYPES.AssignmentPattern) node = node.left;
  return node.type === AST_NODE_TYPES.Identifier ? node : undefined;
}

/** Whether `inner` lies within `outer` (inclusive), by source range. */
export function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** A string literal or a template literal without expressions. */
export function staticString(node: TSESTree.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The statement that holds a node, for inserting code before it. */
export function enclosingStatement(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current: TSESTree.Node | undefined = node; current?.parent; current = current.parent) {
    const parent: TSESTree.Node = current.parent;
    if (
      parent.type === AST_NODE_TYPES.BlockStatement ||
      parent.type === AST_NODE_TYPES.Program ||
      parent.type === AST_NODE_TYPES.SwitchCase
    ) {
      return current;
    }
    if (isFunctionNode(parent)) return undefined;
  }
  return undefined;
}

/** The exported name an import specifier reads: `x` in `import { x as y }` and in `import { 'x' as y }`. */
export function importedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
}

/** The `catch` that an exception thrown at `node` lands in, within the same function. */
export function catchClauseAround(node: TSESTree.Node): TSESTree.CatchClause | undefined {
  let child: TSESTree.Node = node;
  for (let parent: TSESTree.Node | undefined = node.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.TryStatement && child === parent.block && parent.handler) return parent.handler;
  }
  return undefined;
}

/**
 * A throw inside `try { … } catch (e) { … }` of the same function that does
 * not rethrow it: it never leaves the flow as it is. A callback whose call is
 * awaited inside the `try` counts too: `try { await db.$transaction(async (tx) => { throw … }) } catch …`.
 */
export function isCaughtLocally(statement: TSESTree.ThrowStatement): boolean {
  for (let child: TSESTree.Node = statement, parent: TSESTree.Node | undefined = statement.parent; parent; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent)) {
      const call: TSESTree.Node | undefined = parent.parent;
      // The callback's rejection becomes the awaited call's: keep looking for a `try` around the `await`.
      if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.some((argument) => argument === parent) || call.parent?.type !== AST_NODE_TYPES.AwaitExpression) return false;
      parent = call;
      continue;
    }
    if (parent.type !== AST_NODE_TYPES.TryStatement || child !== parent.block || !parent.handler) continue;
    const param = parent.handler.param;
    return !(param?.type === AST_NODE_TYPES.Identifier && handlerRethrows(parent.handler, param.name));
  }
  return false;
}

/** `throw err`, or `next(err)` / `return next(err)`, which hands the error to Express's error handler like a rethrow. */
function handlerRethrows(handler: TSESTree.CatchClause, name: string): boolean {
  return handler.body.body.some((statement) => {
    if (statement.type === AST_NODE_TYPES.ThrowStatement) return statement.argument.type === AST_NODE_TYPES.Identifier && statement.argument.name === name;
    const expression = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : statement.type === AST_NODE_TYPES.ReturnStatement ? statement.argument : undefined;
    const call = expression && unwrap(expression);
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 1) return false;
    const [argument] = call.arguments;
    return call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'next' && argument?.type === AST_NODE_TYPES.Identifier && argument.name === name;
  });
}


/**
 * A function's own name: its declaration, method or property key, or what
 * it (or a wrapper call around it, `asyncHandler(fn)`) is assigned to:
 * `const login = …`, `exports.forgotPassword = …`.
 */
export function functionName(fn: FunctionNode): string | undefined {
  if ((fn.type === AST_NODE_TYPES.FunctionDeclaration || fn.type === AST_NODE_TYPES.FunctionExpression) && fn.id) return fn.id.name;
  let value: TSESTree.Node = fn;
  if (value.parent?.type === AST_NODE_TYPES.CallExpression && value.parent.arguments[0] === value && value.parent.arguments.length === 1) {
    value = value.parent;
  }
  const parent = value.parent;
  if (parent?.type === AST_NODE_TYPES.MethodDefinition || parent?.type === AST_NODE_TYPES.Property || parent?.type === AST_NODE_TYPES.PropertyDefinition) {
    return propertyKeyName(parent);
  }
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === value && parent.left.type === AST_NODE_TYPES.MemberExpression) {
    return memberName(parent.left);
  }
  return undefined;
}


/** The value of a plain (non-computed or literal-keyed) property of an object literal. */
export function propertyValue(object: TSESTree.ObjectExpression, name: string): TSESTree.Node | undefined {
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.Property && propertyKeyName(property) === name) return property.value;
  }
  return undefined;
}

/** A number literal, also negative: `404`, `-4`. */
export function staticNumber(node: TSESTree.Node | undefined): number | undefined {
  if (!node) return undefined;
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Literal && typeof target.value === 'number') return target.value;
  if (target.type === AST_NODE_TYPES.UnaryExpression && target.operator === '-') {
    const value = staticNumber(target.argument);
    return value === undefined ? undefined : -value;
  }
  return undefined;
}

/** Whether an identifier refers to a global that this file does not declare or assign. */
export function isGlobalReference(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  return !variable || variable.defs.length === 0;
}

/** `this`, or an alias of it (`const self = this`) in one of the usual names, written once. */
export function isThisReference(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (node.type === AST_NODE_TYPES.ThisExpression) return true;
  if (node.type !== AST_NODE_TYPES.Identifier || !THIS_ALIASES.has(node.name)) return false;
  return singleAssignmentValue(node, sourceCode)?.type === AST_NODE_TYPES.ThisExpression;
}

/** Names code gives `this` to reach it from nested functions: `const self = this`. */
export const THIS_ALIASES: ReadonlySet<string> = new Set(['self', 'that', '_this', '_self', 'me']);

/**
 * The value a variable is bound to once and never reassigned:
 * `const body = { … }`, or a `let` written only by its initialiser.
 */
export function singleAssignmentValue(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Expression | undefined {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  const def = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || def?.type !== 'Variable' || def.node.id !== def.name || !def.node.init) return undefined;
  return variable.references.every((reference) => !reference.isWrite() || reference.init) ? def.node.init : undefined;
}

/** `a.b.c` for a callee made of identifiers, else undefined. */
export function calleePath(node: TSESTree.Node): string | undefined {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.ThisExpression) return 'this';
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const object = calleePath(target.object);
    const name = memberName(target);
    return object && name ? `${object}.${name}` : undefined;
  }
  return undefined;
}

/**
 * The module an identifier comes from: `import { X } from 'm'`, `import * as X from 'm'`,
 * `const X = require('m')`, `const { X } = require('m')`, `const X = require('m').X`.
 */
export function moduleOf(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  const def = variable?.defs[0];
  if (def?.type === 'ImportBinding') return def.parent?.type === AST_NODE_TYPES.ImportDeclaration ? def.parent.source.value : undefined;
  if (def?.type !== 'Variable' || !def.node.init) return undefined;
  let init = unwrap(def.node.init);
  if (init.type === AST_NODE_TYPES.MemberExpression) init = unwrap(init.object);
  return isRequireCall(init) ? staticString(init.arguments[0]) : undefined;
}

/** `require(…)`. */
export function isRequireCall(node: TSESTree.Node): node is TSESTree.CallExpression {
  return node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require';
}

/** The function a name of this file is bound to: `function f() {}`, or `const f = () => …` (never reassigned). */
export function sameFileFunction(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): FunctionNode | undefined {
  const def = findVariable(sourceCode.getScope(identifier), identifier)?.defs[0];
  if (def?.type === 'FunctionName' && isFunctionNode(def.node)) return def.node;
  if (def?.type !== 'Variable' || def.parent?.kind !== 'const' || !def.node.init) return undefined;
  const init = unwrap(def.node.init);
  return isFunctionNode(init) ? init : undefined;
}

/** `null` or `undefined`, written out. */
export function isNullish(node: TSESTree.Node): boolean {
  return (node.type === AST_NODE_TYPES.Literal && node.value === null) || (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined');
}
