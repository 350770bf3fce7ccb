/**
 * Error sources and the values that carry their details, within one file.
 *
 * Sources: `catch (e)` (also destructured), `.catch(e => …)`, `.then(_, e => …)`,
 * error-first callbacks `(err, …) => …`, error middleware, Fastify
 * `setErrorHandler`, Koa `app.on('error')`, NestJS exception filters.
 *
 * Details: any property but status fields, `String(e)`, `e.toString()`,
 * templates, concatenation, `JSON.stringify`, `util.inspect/format`, spreads,
 * `Object.assign`, literals holding them, string methods, aliases, `await`,
 * conditionals, and same-file helpers that return them.
 *
 * Vetted (not details): anything under a development guard, an `expose`d /
 * `instanceof`-safe error, sanitizer results.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { type FunctionNode, calledMethodName, calleePath, contains, isFunctionNode, isGlobalReference, memberName, moduleOf, parameterName, propertyKeyName, sameFileFunction, singleAssignmentValue, staticString, unwrap } from '../util/ast';
import type { FileAnalysis } from './file-analysis';
import { alwaysExits, type GuardAnalysis } from './guards';
import type { ServerModel } from './server-model';
import { AST_NODE_TYPES, findVariable } from '../util/ts-estree';

type Variable = TSESLint.Scope.Variable;

export interface Taint {
  /** The caught error variable the value comes from. */
  source: Variable;
  /** The value is the error object itself (so `.status` on it is still safe). */
  raw: boolean;
  /** Read from what the error wraps or from where it was thrown (`err.cause`, `err.stack`): no error class vets that. */
  beyondVetting?: true;
}

export type ErrorCallbackKind = 'promise' | 'errorFirst' | 'errorHandler';

/**
 * A property of a tainted value. After `err instanceof HTTPException`, `err.message` was written for the client;
 * `err.cause` and `err.stack` were not.
 */
function propertyOf(taint: Taint, name: string | undefined): Taint {
  return taint.raw && (name === 'cause' || name === 'stack') ? { source: taint.source, raw: false, beyondVetting: true } : derivedFrom(taint, false);
}

/** A value computed from a tainted one: same source, and still beyond vetting if that one was. */
function derivedFrom(taint: Taint, raw: boolean): Taint {
  return taint.beyondVetting ? { source: taint.source, raw, beyondVetting: true } : { source: taint.source, raw };
}

export interface Leak extends Taint {
  /** The smallest expression that carries the details. */
  node: TSESTree.Node;
}

export interface TaintOptions {
  /** Properties of an error that are not details: `status`, `statusCode`, `expose`, plus the user's. */
  safeProperties: ReadonlySet<string>;
  /** Functions whose result is safe to send (`settings.sanitizers`). */
  sanitizers: ReadonlySet<string>;
}

/** Methods of a string (or array) that return more of the same text. */
const TEXT_METHODS = new Set([
  'toString',
  'toLocaleString',
  'toJSON',
  'trim',
  'trimStart',
  'trimEnd',
  'slice',
  'substring',
  'substr',
  'replace',
  'replaceAll',
  'concat',
  'toUpperCase',
  'toLowerCase',
  'padStart',
  'padEnd',
  'normalize',
  'split',
  'join',
  'at',
  'repeat',
]);
/** Array callbacks: their first parameter is an element, not an error. */
export const ITERATION_METHODS: ReadonlySet<string> = new Set(['forEach', 'map', 'filter', 'find', 'findIndex', 'some', 'every', 'reduce', 'flatMap', 'sort']);
const ERROR_CALLBACK_NAMES = new Set(['err', 'error']);
const SERIALIZING_STATICS = new Set(['JSON.stringify', 'Object.assign', 'Object.entries', 'Object.values', 'Object.fromEntries']);
/** JSON.stringify that survives cycles (fast-safe-stringify, safe-stable-stringify, apps' own `safeStringify`), imported under these names. */
export const SAFE_STRINGIFY_NAMES: ReadonlySet<string> = new Set(['safeStringify', 'safeJsonStringify', 'fastSafeStringify', 'stableStringify']);
/**
 * Functions named for turning an error into its text: `getErrorMessage(err)`, `normalizeErrorString(err)` (medplum),
 * `errorToString(err)`. Imported ones are taken at their name; a same-file one is read instead.
 */
const ERROR_TEXT_FUNCTION = /^((get|normalize|extract|format|to)?Error(Message|String|Text)|errorTo(String|Message|Text))$/;
/** Global functions that return their argument's text, encoded: `encodeURIComponent(err.message)` still says it. */
const TEXT_GLOBALS = new Set(['String', 'encodeURIComponent', 'encodeURI', 'escape']);
/** HTML escapers stop injection, not disclosure: `escapeHtml(err.message)` still says it. */
const HTML_ESCAPE_NAMES = /^(escape_?html|html_?escape|encode_?html|html_?encode|sanitize_?html)$/i;
/** Packages whose `escape`/`encode` HTML-escape their argument: `import { encode } from 'html-entities'`, `he.encode(…)`, `_.escape(…)`. */
const HTML_ESCAPE_PACKAGES = new Set(['html-entities', 'escape-html', 'he', 'lodash', 'lodash.escape', 'lodash-es', 'underscore', 'validator', 'entities', 'html-escaper']);
const HTML_ESCAPE_OBJECTS = new Set(['he', '_', 'lodash', 'validator', 'entities']);
/** Status properties at any depth are numbers or status words, not details: `err.response?.status` of an upstream call. */
const STATUS_PROPERTIES = new Set(['status', 'statusCode', 'httpStatus', 'httpStatusCode']);
/**
 * Error properties meant for the client: the status, http-errors' `expose`, a rate limiter's wait
 * time and quota, and a reference id attached to the error (what require-error-reference asks to send).
 */
export const DEFAULT_SAFE_PROPERTIES = [
  'status',
  'statusCode',
  'httpStatus',
  'httpStatusCode',
  'expose',
  'retryAfter',
  'retryAfterSeconds',
  'retryAfterMs',
  'msBeforeNext',
  // rate-limiter-flexible's rejection: the quota left, sent in `RateLimit-Remaining`.
  'remainingPoints',
  'consumedPoints',
  'logref',
  'errorId',
  'error_id',
  'requestId',
  'request_id',
  'traceId',
  'trace_id',
  'correlationId',
  'correlation_id',
  'incidentId',
];

export class ErrorTaint {
  private readonly sourceKinds = new Map<Variable, 'error' | 'property' | null>();
  private readonly variableTaints = new Map<Variable, Taint | null>();
  private readonly inProgress = new Set<Variable>();
  private readonly helperReturns = new Map<string, boolean>();
  private readonly ownLeaks = new Map<FunctionNode, OwnLeaks | null>();

  constructor(
    private readonly analysis: FileAnalysis,
    private readonly model: ServerModel,
    private readonly guards: GuardAnalysis,
    private readonly options: TaintOptions,
    private readonly returnsOf: (fn: FunctionNode) => readonly TSESTree.Node[],
    /** Variables assumed to hold an error (a helper's parameter, while summarising the helper). */
    private readonly assumedSources: ReadonlySet<Variable> = new Set(),
  ) {}

  /** A copy that also treats `variables` as caught errors: used to summarise same-file helpers. */
  assuming(variables: ReadonlySet<Variable>): ErrorTaint {
    return new ErrorTaint(this.analysis, this.model, this.guards, this.options, this.returnsOf, variables);
  }

  /** The unguarded leaks inside a value that reaches the client, smallest expressions first. */
  leaksIn(node: TSESTree.Node, out: Leak[] = []): Leak[] {
    const target = unwrap(node);
    switch (target.type) {
      case AST_NODE_TYPES.ObjectExpression:
        for (const property of target.properties) {
          this.leaksIn(property.type === AST_NODE_TYPES.Property ? property.value : property.argument, out);
        }
        return out;
      case AST_NODE_TYPES.Property:
        return this.leaksIn(target.value, out);
      case AST_NODE_TYPES.SpreadElement:
        return this.leaksIn(target.argument, out);
      case AST_NODE_TYPES.ArrayExpression:
        for (const element of target.elements) {
          if (element) this.leaksIn(element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element, out);
        }
        return out;
      case AST_NODE_TYPES.TemplateLiteral:
        for (const expression of target.expressions) this.leaksIn(expression, out);
        return out;
      // A page rendered from JSX (Hono's `c.html(<ErrorPage message={err.message} />)`): its props and children.
      case AST_NODE_TYPES.JSXElement:
        for (const attribute of target.openingElement.attributes) {
          const value = attribute.type === AST_NODE_TYPES.JSXSpreadAttribute ? attribute.argument : attribute.value;
          if (value) this.leaksIn(value, out);
        }
        for (const child of target.children) this.leaksIn(child, out);
        return out;
      case AST_NODE_TYPES.JSXFragment:
        for (const child of target.children) this.leaksIn(child, out);
        return out;
      case AST_NODE_TYPES.JSXExpressionContainer:
        return target.expression.type === AST_NODE_TYPES.JSXEmptyExpression ? out : this.leaksIn(target.expression, out);
      case AST_NODE_TYPES.BinaryExpression:
        if (target.operator === '+') {
          this.leaksIn(target.left, out);
          this.leaksIn(target.right, out);
        }
        return out;
      case AST_NODE_TYPES.ConditionalExpression:
        return this.oneValueLeaks(target, target.consequent, target.alternate, out);
      case AST_NODE_TYPES.LogicalExpression:
        // In `a && b` the value of `a` only passes through when falsy: not details.
        if (target.operator === '&&') return this.leaksIn(target.right, out);
        return this.oneValueLeaks(target, target.left, target.right, out);
      case AST_NODE_TYPES.AwaitExpression:
        return this.leaksIn(target.argument, out);
      case AST_NODE_TYPES.SequenceExpression:
        return this.leaksIn(target.expressions[target.expressions.length - 1] as TSESTree.Node, out);
      case AST_NODE_TYPES.AssignmentExpression:
        return this.leaksIn(target.right, out);
      case AST_NODE_TYPES.Literal:
        return out;
      default: {
        const taint = this.taintOf(target);
        if (taint && !this.isVetted(target, taint)) out.push({ node: target, ...taint });
        return out;
      }
    }
  }

  /**
   * `err.message || err`, `e instanceof Error ? e.message : String(e)`: either side is the value,
   * so one form of one error on each side is one report.
   */
  private oneValueLeaks(whole: TSESTree.Node, a: TSESTree.Node, b: TSESTree.Node, out: Leak[]): Leak[] {
    const left = this.leaksIn(a);
    const right = this.leaksIn(b);
    const [first] = left;
    if (first && left.length === 1 && right.length === 1 && right[0]?.source === first.source) out.push({ node: whole, ...derivedFrom(first, false) });
    else out.push(...left, ...right);
    return out;
  }

  /** Whether the value of an expression carries error details (guards not applied at this node). */
  taintOf(node: TSESTree.Node): Taint | undefined {
    const target = unwrap(node);
    switch (target.type) {
      case AST_NODE_TYPES.Identifier:
        return this.identifierTaint(target);
      case AST_NODE_TYPES.MemberExpression: {
        const name = memberName(target);
        const queryResult = name === 'error' ? this.queryResultOf(target.object) : undefined;
        if (queryResult) return { source: queryResult, raw: true };
        const base = this.taintOf(target.object);
        if (!base) return undefined;
        // `result.items` where `result = await loadItems()` returns `{ message: err.message }` from its catch: not `items`.
        const fieldOfResult = name !== undefined ? this.helperFieldTaint(target.object, name) : undefined;
        if (fieldOfResult !== undefined) return fieldOfResult ?? undefined;
        // `const failure = { message: err.message, url: req.url }; failure.url`: that property's own value.
        const own = name !== undefined ? this.literalPropertyValue(target.object, name) : undefined;
        if (own) {
          const leak = this.leaksIn(own)[0];
          return leak ? derivedFrom(leak, leak.raw && leak.node === unwrap(own)) : undefined;
        }
        if (base.raw ? name !== undefined && this.options.safeProperties.has(name) : name === 'length' || STATUS_PROPERTIES.has(name ?? '')) return undefined;
        // `if (error.code === 'SERVICE_UNAVAILABLE') return error.code`: the read can only be that literal.
        if (this.guards.pinnedToLiteral(target)) return undefined;
        return propertyOf(base, name);
      }
      case AST_NODE_TYPES.CallExpression:
        return this.callTaint(target);
      case AST_NODE_TYPES.NewExpression: {
        // `new Error(err.message)` carries the text along.
        const callee = unwrap(target.callee);
        if (callee.type !== AST_NODE_TYPES.Identifier || !callee.name.endsWith('Error')) return undefined;
        return this.firstArgumentTaint(target.arguments);
      }
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.TemplateLiteral:
      case AST_NODE_TYPES.BinaryExpression:
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.SequenceExpression:
      case AST_NODE_TYPES.AssignmentExpression: {
        const leak = this.leaksIn(target)[0];
        if (!leak) return undefined;
        const passesThrough =
          target.type === AST_NODE_TYPES.ConditionalExpression ||
          target.type === AST_NODE_TYPES.LogicalExpression ||
          target.type === AST_NODE_TYPES.AwaitExpression ||
          target.type === AST_NODE_TYPES.AssignmentExpression;
        return derivedFrom(leak, passesThrough && leak.raw);
      }
      default:
        return undefined;
    }
  }

  /** The value a `const` object literal gives a property, unless a spread after it or a later `x.name = …` may change it. */
  private literalPropertyValue(object: TSESTree.Node, name: string): TSESTree.Node | undefined {
    const identifier = unwrap(object);
    if (identifier.type !== AST_NODE_TYPES.Identifier) return undefined;
    const literal = singleAssignmentValue(identifier, this.analysis.sourceCode);
    if (!literal || unwrap(literal).type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    const properties = (unwrap(literal) as TSESTree.ObjectExpression).properties;
    let index = properties.length - 1;
    for (; index >= 0; index -= 1) {
      const property = properties[index] as TSESTree.ObjectLiteralElement;
      if (property.type === AST_NODE_TYPES.SpreadElement) return undefined;
      if (!property.computed && propertyKeyName(property) === name) break;
    }
    if (index < 0) return undefined;
    const variable = findVariable(this.analysis.sourceCode.getScope(identifier), identifier);
    const reassigned = variable?.references.some((reference) => {
      const member = reference.identifier.parent;
      return member?.type === AST_NODE_TYPES.MemberExpression && member.object === reference.identifier && memberName(member) === name && member.parent?.type === AST_NODE_TYPES.AssignmentExpression && member.parent.left === member;
    });
    return reassigned ? undefined : (properties[index] as TSESTree.Property).value;
  }

  /** Whether a variable holds a caught error: for callers that track error paths. */
  isErrorVariable(variable: Variable): boolean {
    return this.sourceKind(variable) !== undefined;
  }

  private isVetted(node: TSESTree.Node, taint: Taint): boolean {
    const facts = this.guards.factsAt(node);
    return facts.devOnly || (facts.vetted.has(taint.source) && !taint.beyondVetting);
  }

  private firstArgumentTaint(args: readonly TSESTree.CallExpressionArgument[]): Taint | undefined {
    for (const arg of args) {
      const leak = this.leaksIn(arg.type === AST_NODE_TYPES.SpreadElement ? arg.argument : arg)[0];
      if (leak) return derivedFrom(leak, false);
    }
    return undefined;
  }

  private callTaint(call: TSESTree.CallExpression): Taint | undefined {
    const callee = unwrap(call.callee);
    // `(() => { if (e.message === 'jwt expired') return 'Expired'; return e.message; })()`: what it returns.
    if (callee.type === AST_NODE_TYPES.ArrowFunctionExpression || callee.type === AST_NODE_TYPES.FunctionExpression) {
      const returned = callee.body.type === AST_NODE_TYPES.BlockStatement ? this.returnsOf(callee) : [callee.body];
      const leak = returned.flatMap((value) => this.leaksIn(value))[0];
      return leak ? derivedFrom(leak, false) : undefined;
    }
    const calleeText = calleePath(callee);
    if (calleeText && (this.options.sanitizers.has(calleeText) || this.options.sanitizers.has(calleeText.split('.').pop() ?? ''))) {
      return undefined;
    }
    const tracked = this.model.frameworks.tracked.get(call);
    if (tracked?.kind === 'serializer') return this.firstArgumentTaint(call.arguments);
    if (callee.type === AST_NODE_TYPES.Identifier) {
      if (TEXT_GLOBALS.has(callee.name) && isGlobalReference(callee, this.analysis.sourceCode)) return this.firstArgumentTaint(call.arguments);
      if (SAFE_STRINGIFY_NAMES.has(callee.name) || this.isHtmlEscaper(callee) || this.isErrorSerializer(callee)) return this.firstArgumentTaint(call.arguments);
      if (ERROR_TEXT_FUNCTION.test(callee.name) && !this.localFunction(callee)) return this.firstArgumentTaint(call.arguments);
      return this.helperCallTaint(call, callee);
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    if (calleeText && SERIALIZING_STATICS.has(calleeText)) return this.firstArgumentTaint(call.arguments);
    const method = calledMethodName(call);
    // `utils.getErrorMessage(err)`: named for the error's text.
    if (method && ERROR_TEXT_FUNCTION.test(method)) return this.firstArgumentTaint(call.arguments);
    if ((method === 'escape' || method === 'encode' || (method && HTML_ESCAPE_NAMES.test(method))) && this.isHtmlEscapeObject(callee.object)) {
      return this.firstArgumentTaint(call.arguments);
    }
    // i18n's printf: `req.__('Error editing user: %s', e.message)` puts its arguments into the text.
    if (method === '__' || method === '__n') return this.firstArgumentTaint(call.arguments.slice(1));
    if (!method || !TEXT_METHODS.has(method)) return undefined;
    const receiver = this.taintOf(callee.object);
    if (receiver) return derivedFrom(receiver, false);
    if (method === 'concat') return this.firstArgumentTaint(call.arguments);
    // `page.replace('{{MSG}}', err.message)`: the replacement ends up in the text.
    const replacement = method === 'replace' || method === 'replaceAll' ? call.arguments[1] : undefined;
    return replacement ? this.firstArgumentTaint([replacement]) : undefined;
  }

  /** `escapeHtml(x)`, or `encode`/`escape` imported from an HTML-escaping package. */
  private isHtmlEscaper(callee: TSESTree.Identifier): boolean {
    if (HTML_ESCAPE_NAMES.test(callee.name)) return !this.localFunction(callee);
    if (callee.name !== 'encode' && callee.name !== 'escape') return false;
    return HTML_ESCAPE_PACKAGES.has(moduleOf(callee, this.analysis.sourceCode) ?? '');
  }

  /** `serializeError(err)` from serialize-error: a plain object with the error's message and stack. */
  private isErrorSerializer(callee: TSESTree.Identifier): boolean {
    return callee.name === 'serializeError' && moduleOf(callee, this.analysis.sourceCode) === 'serialize-error';
  }

  /** `he`, `_`, `validator` (by name or imported from their package). */
  private isHtmlEscapeObject(object: TSESTree.Node): boolean {
    const target = unwrap(object);
    if (target.type !== AST_NODE_TYPES.Identifier) return false;
    return HTML_ESCAPE_OBJECTS.has(target.name) || HTML_ESCAPE_PACKAGES.has(moduleOf(target, this.analysis.sourceCode) ?? '');
  }

  /** `describe(err)` where `function describe(e) { return e.message }` is in this file. */
  private helperCallTaint(call: TSESTree.CallExpression, callee: TSESTree.Identifier): Taint | undefined {
    const fn = this.localFunction(callee);
    if (!fn) return undefined;
    for (const [index, arg] of call.arguments.entries()) {
      if (arg.type === AST_NODE_TYPES.SpreadElement) continue;
      const leak = this.leaksIn(arg)[0];
      if (leak && this.helperReturnsParameter(fn, index)) return derivedFrom(leak, false);
    }
    const own = this.helperOwnLeaks(fn);
    const leak = own && (own.whole ?? own.fields.values().next().value);
    return leak ? derivedFrom(leak, false) : undefined;
  }

  /**
   * What a same-file helper returns from its own errors: `catch (err) { return { status: 500, message: err.message } }`
   * (LibreChat's logoutUser). By field when it returns object literals, so that a caller reading `result.items` is not
   * charged with `result.message`.
   */
  private helperOwnLeaks(fn: FunctionNode): OwnLeaks | undefined {
    if (this.ownLeaks.has(fn)) return this.ownLeaks.get(fn) ?? undefined;
    this.ownLeaks.set(fn, null); // recursion guard
    const fields = new Map<string, Leak>();
    let whole: Leak | undefined;
    const ownLeak = (value: TSESTree.Node): Leak | undefined =>
      this.leaksIn(value).find((leak) => leak.source.defs.some((def) => contains(fn, def.name)));
    for (const value of fn.body.type === AST_NODE_TYPES.BlockStatement ? this.returnsOf(fn) : [fn.body]) {
      const target = unwrap(value);
      const literal = target.type === AST_NODE_TYPES.ObjectExpression && target.properties.every((property) => property.type === AST_NODE_TYPES.Property) ? target : undefined;
      if (!literal) {
        whole ??= ownLeak(value);
        continue;
      }
      for (const property of literal.properties as TSESTree.Property[]) {
        const key = propertyKeyName(property);
        const leak = ownLeak(property.value);
        if (leak && key !== undefined) fields.set(key, leak);
        else if (leak) whole ??= leak;
      }
    }
    const result = fields.size > 0 || whole ? { fields, whole } : undefined;
    this.ownLeaks.set(fn, result ?? null);
    return result;
  }

  /** The same-file helper whose result a value is: `await logoutUser(…)`, or a `const` holding it. */
  private helperResultOf(node: TSESTree.Node): FunctionNode | undefined {
    let value = unwrap(node);
    if (value.type === AST_NODE_TYPES.Identifier) value = unwrap(singleAssignmentValue(value, this.analysis.sourceCode) ?? value);
    if (value.type === AST_NODE_TYPES.AwaitExpression) value = unwrap(value.argument);
    if (value.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const callee = unwrap(value.callee);
    return callee.type === AST_NODE_TYPES.Identifier ? this.localFunction(callee) : undefined;
  }

  /** `result.items` of a helper's result: only what the helper returns under that field, when it returns fields. */
  private helperFieldTaint(object: TSESTree.Node, field: string): Taint | null | undefined {
    const fn = this.helperResultOf(object);
    const own = fn && this.helperOwnLeaks(fn);
    if (!own || own.whole) return undefined;
    const leak = own.fields.get(field);
    return leak ? derivedFrom(leak, false) : null;
  }

  private helperReturnsParameter(fn: FunctionNode, index: number): boolean {
    const key = `${fn.range[0]}:${index}`;
    const cached = this.helperReturns.get(key);
    if (cached !== undefined) return cached;
    this.helperReturns.set(key, false); // recursion guard
    const param = fn.params[index];
    const paramId = param && parameterIdentifierOf(param);
    const variable = paramId && findVariable(this.analysis.sourceCode.getScope(paramId), paramId);
    let result = false;
    if (variable) {
      const hypothesis = this.assuming(new Set([variable]));
      const returned = fn.body.type === AST_NODE_TYPES.BlockStatement ? this.returnsOf(fn) : [fn.body];
      result = returned.some((value) => hypothesis.leaksIn(value).some((leak) => leak.source === variable));
    }
    this.helperReturns.set(key, result);
    return result;
  }

  /** A function declared in this file under the callee's name. */
  localFunction(callee: TSESTree.Identifier): FunctionNode | undefined {
    return sameFileFunction(callee, this.analysis.sourceCode);
  }

  private identifierTaint(identifier: TSESTree.Identifier): Taint | undefined {
    const variable = findVariable(this.analysis.sourceCode.getScope(identifier), identifier);
    if (!variable) return undefined;
    const taint = this.variableTaintAt(variable, identifier) ?? this.fieldWriteTaint(variable, identifier);
    // `const { code } = err; if (code === 'NOT_ALLOWED') return code`: the read can only be that literal.
    return taint && !taint.raw && this.guards.pinnedToLiteral(identifier) ? undefined : taint;
  }

  private variableTaintAt(variable: Variable, identifier: TSESTree.Identifier): Taint | undefined {
    const writes = variable.references.filter((reference) => reference.writeExpr);
    const sourceKind = this.sourceKind(variable);
    const initial: Taint | undefined = sourceKind ? { source: variable, raw: sourceKind === 'error' } : undefined;
    // A query result's `const { error } = await …` is written once, by the query that produced it.
    if (writes.length === 0 || (initial && variable.defs[0]?.type === 'Variable')) return initial;
    if (writes.length === 1 && !initial) return this.variableTaint(variable, writes);
    return this.taintAtUse(variable, writes, identifier, initial);
  }

  /** A variable written once (a `const`, mostly): its taint does not depend on where it is read. */
  private variableTaint(variable: Variable, writes: readonly TSESLint.Scope.Reference[]): Taint | undefined {
    const cached = this.variableTaints.get(variable);
    if (cached !== undefined) return cached ?? undefined;
    if (this.inProgress.has(variable)) return undefined;
    this.inProgress.add(variable);
    let taint: Taint | undefined;
    for (const write of writes) {
      taint = this.writeTaint(write);
      if (taint) break;
    }
    taint ??= this.pushedTaint(variable);
    this.inProgress.delete(variable);
    this.variableTaints.set(variable, taint ?? null);
    return taint;
  }

  /** `const errors = []; … errors.push(\`\${doc.name}: \${error.message}\`)`: a list that collects error details carries them. */
  private pushedTaint(variable: Variable): Taint | undefined {
    for (const reference of variable.references) {
      const member = reference.identifier.parent;
      const call = member?.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) continue;
      const method = memberName(member);
      if (method !== 'push' && method !== 'unshift') continue;
      // Guards apply where the detail is pushed: `if (err instanceof ValidationError) errors.push(err.message)`.
      const [leak] = call.arguments.flatMap((argument) => this.leaksIn(argument));
      if (leak) return derivedFrom(leak, false);
    }
    return undefined;
  }

  /**
   * `body.detail = err.message; … res.json(body)`: an object given error details as a field before this use.
   * A field written in a block that returns first (`catch (e) { v.message = String(e); return v; }`) never reaches
   * a use after that block.
   */
  private fieldWriteTaint(variable: Variable, use: TSESTree.Identifier): Taint | undefined {
    const read = fieldsRead(use);
    for (const reference of variable.references) {
      const member = reference.identifier.parent;
      const assignment = member?.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
      if (read && !read.includes(memberName(member) ?? '')) continue;
      if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== member || assignment.range[1] > use.range[0] || !flowsTo(assignment, use)) continue;
      // Guards apply where the field is written: `if (err instanceof ValidationError) body.detail = err.message`.
      const leak = this.leaksIn(assignment.right)[0];
      if (leak) return derivedFrom(leak, false);
    }
    return undefined;
  }

  /**
   * A reassigned variable: walk the writes before this use, newest first. A
   * write that surely runs before the use hides all older ones; a write under
   * `if (C)` hides them unless `C` is false — so older details only reach the
   * use when `!C` holds, and `!C` may mean "development" or "vetted error"
   * (`if (isProd && !err.isOperational) message = 'Internal Server Error'`).
   */
  private taintAtUse(
    variable: Variable,
    writes: readonly TSESLint.Scope.Reference[],
    use: TSESTree.Identifier,
    initial: Taint | undefined,
  ): Taint | undefined {
    const before = writes.filter(
      (write) => write.identifier.range[1] <= use.range[0] && !(write.writeExpr && contains(write.writeExpr, use)),
    );
    if (before.length === 0) return initial ?? this.variableTaint(variable, writes);
    const overwrittenUnless: TSESTree.Node[][] = [];
    const reaches = (taint: Taint | undefined): taint is Taint =>
      taint !== undefined && !overwrittenUnless.some((conditions) => this.allImplySafe(conditions, taint.source));
    for (let index = before.length - 1; index >= 0; index -= 1) {
      const write = before[index] as TSESLint.Scope.Reference;
      const identifier = write.identifier as TSESTree.Identifier;
      const taint = this.writeTaint(write);
      if (reaches(taint)) return taint;
      if (isCompoundAssignment(identifier)) continue; // `+=` keeps the older value
      if (dominates(identifier, use)) return undefined;
      const conditions = branchConditions(identifier, use);
      if (conditions) overwrittenUnless.push(conditions);
    }
    return reaches(initial) ? initial : undefined;
  }

  /** Whether each `if` test being false makes the error's details vetted (or development-only). */
  private allImplySafe(conditions: readonly TSESTree.Node[], source: Variable): boolean {
    return conditions.every((test) => {
      const facts = this.guards.implied(test, false);
      return facts.devOnly || facts.vetted.has(source);
    });
  }

  private writeTaint(write: TSESLint.Scope.Reference): Taint | undefined {
    const value = write.writeExpr;
    if (!value) return undefined;
    // Destructuring: `const { message } = err` carries details; `const { status } = err` does not.
    if (isPatternBinding(write.identifier as TSESTree.Identifier)) {
      const taint = this.taintOf(value);
      if (!taint) return undefined;
      const key = topLevelKey(write.identifier as TSESTree.Identifier);
      const fieldOfResult = key !== undefined ? this.helperFieldTaint(value, key) : undefined;
      if (fieldOfResult !== undefined) return fieldOfResult ?? undefined;
      if (taint.raw && key !== undefined && this.options.safeProperties.has(key)) return undefined;
      return propertyOf(taint, key);
    }
    const leak = this.leaksIn(value)[0];
    if (!leak) return undefined;
    return derivedFrom(leak, leak.raw && leak.node === unwrap(value));
  }

  private sourceKind(variable: Variable): 'error' | 'property' | undefined {
    if (this.sourceKinds.has(variable)) return this.sourceKinds.get(variable) ?? undefined;
    const kind = this.computeSourceKind(variable);
    this.sourceKinds.set(variable, kind ?? null);
    return kind;
  }

  private computeSourceKind(variable: Variable): 'error' | 'property' | undefined {
    if (this.assumedSources.has(variable)) return 'error';
    const def = variable.defs[0];
    if (!def) return undefined;
    const nameNode = def.name as TSESTree.Identifier;
    if (def.type === 'CatchClause') return this.bindingKind(nameNode, def.node.param);
    if (def.type === 'Variable') return this.queryResultErrorKind(variable, def.node, nameNode);
    if (def.type !== 'Parameter' || !isFunctionNode(def.node)) return undefined;
    const fn = def.node;
    const first = fn.params[0];
    if (!first || !contains(first, nameNode)) return undefined;
    // `supabase.from('areas').select().then(({ data, error }) => …)`: the query's result, as if awaited.
    if (first.type === AST_NODE_TYPES.ObjectPattern && this.receivesQueryResult(fn)) return resultErrorKind(nameNode, first);
    const kind = this.bindingKind(nameNode, first);
    if (kind === undefined) return undefined;
    return this.errorCallbackKind(fn) ? kind : undefined;
  }

  /** The whole parameter is the error; a destructured binding is one of its properties. */
  private bindingKind(name: TSESTree.Identifier, param: TSESTree.Node | null): 'error' | 'property' | undefined {
    if (!param) return undefined;
    const bound = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
    if (bound === name) return 'error';
    const key = topLevelKey(name);
    return key !== undefined && this.options.safeProperties.has(key) ? undefined : 'property';
  }

  /**
   * How a function's first parameter receives an error: a promise rejection
   * handler, an error-first callback, or an error handler of a framework.
   */
  errorCallbackKind(fn: FunctionNode): ErrorCallbackKind | undefined {
    const parent = fn.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
      const method = calledMethodName(parent);
      if (method === 'catch' && parent.arguments[0] === fn) return 'promise';
      if (method === 'then' && parent.arguments[1] === fn) return 'promise';
      if (method && ITERATION_METHODS.has(method)) return undefined;
    }
    if (this.model.handlerInfo(fn)?.roles[0] === 'errorSource') return 'errorHandler';
    const firstName = fn.params[0] && parameterName(fn.params[0]);
    // Error-first callbacks: `fs.readFile(path, (err, data) => …)`, `emitter.on('error', (err) => …)`.
    if (parent?.type === AST_NODE_TYPES.CallExpression && firstName && ERROR_CALLBACK_NAMES.has(firstName)) return 'errorFirst';
    return undefined;
  }

  /**
   * `const { data, error } = await supabase.from('orgs').insert(row)` or `await supabase.rpc('fn', args)` (also a
   * `let` that only queries write): the result's `error` is PostgREST's, whose message, details and hint are Postgres's own
   * text (constraint, column and type names). The chain's shape is the evidence: query builders such as Drizzle's or
   * knex's resolve to rows, which have no `error`.
   */
  private queryResultErrorKind(variable: Variable, declarator: TSESTree.VariableDeclarator, name: TSESTree.Identifier): 'error' | 'property' | undefined {
    const pattern = declarator.id;
    if (pattern.type !== AST_NODE_TYPES.ObjectPattern || topLevelKey(name) !== 'error') return undefined;
    // Every write is a query's result: `let { data, error } = await …; if (!data) ({ data, error } = await …)`.
    const awaitsQuery = (value: TSESTree.Node | null | undefined): boolean => {
      const target = value && unwrap(value);
      return target?.type === AST_NODE_TYPES.AwaitExpression && this.isPostgrestQuery(target.argument);
    };
    const laterWrites = variable.references.filter((reference) => reference.writeExpr && !contains(declarator.id, reference.identifier));
    if (!awaitsQuery(declarator.init) || !laterWrites.every((reference) => awaitsQuery(reference.writeExpr))) return undefined;
    return resultErrorKind(name, pattern);
  }

  /** The first callback of a query's `.then(…)`. */
  private receivesQueryResult(fn: FunctionNode): boolean {
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn || calledMethodName(call) !== 'then') return false;
    return this.isPostgrestQuery((unwrap(call.callee) as TSESTree.MemberExpression).object);
  }

  /** A query chain, or a variable holding one while filters are added: `let query = supabase.from('t').select(); query = query.eq(…)`. */
  private isPostgrestQuery(node: TSESTree.Node): boolean {
    const target = unwrap(node);
    if (target.type !== AST_NODE_TYPES.Identifier) return isPostgrestChain(target);
    const variable = findVariable(this.analysis.sourceCode.getScope(target), target);
    const def = variable?.defs[0];
    if (!variable || def?.type !== 'Variable' || !def.node.init || !isPostgrestChain(unwrap(def.node.init))) return false;
    return variable.references.every((reference) => {
      const value = reference.writeExpr;
      if (!value || value === def.node.init) return true;
      const root = chainRoot(value);
      return root.type === AST_NODE_TYPES.Identifier && findVariable(this.analysis.sourceCode.getScope(root), root) === variable;
    });
  }

  /** `const updated = await supabase.from('emails').update(…)`: the whole result kept, whose `updated.error` is PostgREST's. */
  private queryResultOf(object: TSESTree.Node): Variable | undefined {
    const target = unwrap(object);
    if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = findVariable(this.analysis.sourceCode.getScope(target), target);
    const def = variable?.defs[0];
    if (!variable || def?.type !== 'Variable' || def.parent?.kind !== 'const' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return undefined;
    const init = unwrap(def.node.init);
    return init.type === AST_NODE_TYPES.AwaitExpression && this.isPostgrestQuery(init.argument) ? variable : undefined;
  }

}

/** PostgREST (supabase-js) query builders: a chain with one of these after `from(table)` runs a query. */
const POSTGREST_QUERIES = new Set(['select', 'insert', 'update', 'upsert', 'delete']);

/** `supabase.from('orders').insert(row)`, `supabase.rpc('fn', args)`; the table may be named by a constant. */
function isPostgrestChain(node: TSESTree.Node): boolean {
  let query = false;
  for (let call = node; call.type === AST_NODE_TYPES.CallExpression; ) {
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const method = memberName(callee);
    // `supabase.storage.from(bucket).update(path, file)` is a file upload, not a query; also through `const storage = supabase.storage`.
    if (method === 'from' && query) {
      const owner = unwrap(callee.object);
      const ownerName = owner.type === AST_NODE_TYPES.MemberExpression ? memberName(owner) : owner.type === AST_NODE_TYPES.Identifier ? owner.name : undefined;
      return isNameArgument(call.arguments[0]) && !/storage$/i.test(ownerName ?? '');
    }
    if (method === 'rpc') return isNameArgument(call.arguments[0]);
    if (method && POSTGREST_QUERIES.has(method)) query = true;
    call = unwrap(callee.object);
  }
  return false;
}

/** `'orders'`, `ORDERS`, `TABLES.orders`: a table's or function's name. */
function isNameArgument(argument: TSESTree.CallExpressionArgument | undefined): boolean {
  const name = argument && unwrap(argument);
  return name !== undefined && (staticString(name) !== undefined || name.type === AST_NODE_TYPES.Identifier || name.type === AST_NODE_TYPES.MemberExpression);
}

/** The identifier a call chain starts from: `query` in `query.eq('a', 1).order('b')`. */
function chainRoot(node: TSESTree.Node): TSESTree.Node {
  let target = unwrap(node);
  while (target.type === AST_NODE_TYPES.CallExpression && target.callee.type === AST_NODE_TYPES.MemberExpression) target = unwrap(target.callee.object);
  return target;
}

/** `error` bound from a query result's pattern: the error itself (`{ error }`, `{ error: e }`), or one of its properties (`{ error: { message } }`). */
function resultErrorKind(name: TSESTree.Identifier, pattern: TSESTree.ObjectPattern): 'error' | 'property' | undefined {
  if (topLevelKey(name) !== 'error') return undefined;
  const property = name.parent?.type === AST_NODE_TYPES.AssignmentPattern ? name.parent.parent : name.parent;
  return property?.type === AST_NODE_TYPES.Property && property.parent === pattern ? 'error' : 'property';
}

/** In a destructuring pattern, the key at the top level that leads to `name`. */
function topLevelKey(name: TSESTree.Node): string | undefined {
  let key: string | undefined;
  for (let node: TSESTree.Node = name, parent = node.parent; parent; node = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.Property && parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectPattern) {
      key = !parent.computed && parent.key.type === AST_NODE_TYPES.Identifier ? parent.key.name : undefined;
    } else if (parent.type === AST_NODE_TYPES.RestElement) {
      key = undefined;
    } else if (
      parent.type !== AST_NODE_TYPES.ObjectPattern &&
      parent.type !== AST_NODE_TYPES.AssignmentPattern &&
      parent.type !== AST_NODE_TYPES.ArrayPattern
    ) {
      return key;
    }
  }
  return key;
}

function parameterIdentifierOf(param: TSESTree.Parameter): TSESTree.Identifier | undefined {
  const node = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
  return node.type === AST_NODE_TYPES.Identifier ? node : undefined;
}

/**
 * The tests of the `if` statements that a write sits in (as their consequent)
 * but the use does not; undefined when the write is conditional in another way.
 */
function branchConditions(write: TSESTree.Node, use: TSESTree.Node): TSESTree.Node[] | undefined {
  const conditions: TSESTree.Node[] = [];
  for (let child: TSESTree.Node = write, parent = child.parent; parent; child = parent, parent = parent.parent) {
    if (contains(parent, use)) return conditions.length > 0 ? conditions : undefined;
    if (isFunctionNode(parent) || parent.type === AST_NODE_TYPES.ConditionalExpression || parent.type === AST_NODE_TYPES.LogicalExpression) {
      return undefined;
    }
    if (parent.type === AST_NODE_TYPES.IfStatement) {
      if (child !== parent.consequent) return undefined;
      conditions.push(parent.test);
    }
    if (
      parent.type === AST_NODE_TYPES.ForStatement ||
      parent.type === AST_NODE_TYPES.ForInStatement ||
      parent.type === AST_NODE_TYPES.ForOfStatement ||
      parent.type === AST_NODE_TYPES.WhileStatement ||
      parent.type === AST_NODE_TYPES.DoWhileStatement ||
      parent.type === AST_NODE_TYPES.SwitchCase ||
      parent.type === AST_NODE_TYPES.TryStatement
    ) {
      return undefined;
    }
  }
  return undefined;
}

function isPatternBinding(identifier: TSESTree.Identifier): boolean {
  const type = identifier.parent?.type;
  return (
    type === AST_NODE_TYPES.Property ||
    type === AST_NODE_TYPES.AssignmentPattern ||
    type === AST_NODE_TYPES.RestElement ||
    type === AST_NODE_TYPES.ArrayPattern
  );
}

function isCompoundAssignment(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  return parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.operator !== '=';
}

/**
 * The fields a use of an object reads, when it reads only some: `data.list`, `const { list } = data`. After
 * `data.error = err`, only a read of `error` carries it.
 */
function fieldsRead(use: TSESTree.Identifier): string[] | undefined {
  const parent = use.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === use) {
    const name = memberName(parent);
    return name === undefined ? undefined : [name];
  }
  if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== use || parent.id.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  const names: string[] = [];
  for (const property of parent.id.properties) {
    const name = property.type === AST_NODE_TYPES.Property ? propertyKeyName(property) : undefined;
    if (name === undefined) return undefined; // a rest element takes every field
    names.push(name);
  }
  return names;
}

/** Error details a helper returns from its own errors: under fields of the object literals it returns, or as a whole value. */
interface OwnLeaks {
  fields: ReadonlyMap<string, Leak>;
  whole: Leak | undefined;
}

/** Whether execution can get from `write` to `use`, which comes after it: no block around `write` alone returns or throws first. */
function flowsTo(write: TSESTree.Node, use: TSESTree.Node): boolean {
  for (let child: TSESTree.Node = write, parent = write.parent; parent && !contains(parent, use); child = parent, parent = parent.parent) {
    if (parent.type !== AST_NODE_TYPES.BlockStatement) continue;
    const statements = parent.body as TSESTree.Node[];
    if (statements.slice(statements.indexOf(child)).some(alwaysExits)) return false;
  }
  return true;
}

/**
 * Whether the statement holding `write` runs before `use` on every path:
 * its block encloses the use, and nothing between them is conditional.
 */
export function dominates(write: TSESTree.Node, use: TSESTree.Node): boolean {
  let statement: TSESTree.Node | undefined = write;
  while (statement?.parent) {
    const parent: TSESTree.Node = statement.parent;
    if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program) {
      return contains(parent, use);
    }
    if (
      parent.type === AST_NODE_TYPES.IfStatement ||
      parent.type === AST_NODE_TYPES.ConditionalExpression ||
      parent.type === AST_NODE_TYPES.LogicalExpression ||
      isFunctionNode(parent)
    ) {
      return false;
    }
    statement = parent;
  }
  return false;
}
