/**
 * Only catalog exceptions may be thrown, so the catalog is the complete list
 * of what the API can say.
 *
 * Cheap syntactic checks run first; scope lookups only for the few
 * identifiers a throw, a reject or an `extends` clause names; the catalog is
 * loaded on the first candidate, and the type checker is asked only where
 * syntax cannot decide (imported classes).
 */
import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import type { Catalog } from '../analysis/catalog';
import { collectorListeners, getCollector } from '../analysis/collector';
import { getFileAnalysis } from '../analysis/file-analysis';
import { getServerModel } from '../analysis/server-model';
import { calleePath, contains, enclosingFunction, isCaughtLocally, isFunctionNode, isGlobalReference, isRequireCall, memberName, staticNumber, staticString, unwrap } from '../util/ast';
import { REPOSITORY_URL, createRule } from '../util/create-rule';
import { AST_NODE_TYPES, findVariable } from '../util/ts-estree';

export interface Factory {
  /** Function or member path, e.g. `createError`, `httpErrors.NotFound`, or `createError.*` for every member. */
  name: string;
  /** Index of the argument holding the HTTP status. */
  statusArgument?: number;
}

export interface Options {
  allow?: string[];
  factories?: Factory[];
}

type MessageIds = 'notCatalog' | 'baseClassThrown' | 'factoryStatus' | 'classNotInCatalog' | 'noCatalog' | 'useCatalogClass';

type Action = 'thrown' | 'rejected' | 'passed to next()';

/** Built-in error constructors that also work without `new`: `throw Error('x')`. */
const BUILTIN_ERRORS = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'EvalError',
  'URIError',
  'AggregateError',
]);

/** Words too common to tie a message to a catalog entry. */
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'not', 'no', 'of', 'to', 'in', 'on', 'for', 'with', 'and',
  'or', 'this', 'that', 'it', 'its', 'by', 'at', 'from', 'as', 'error', 'exception', 'err', 'can', 'cannot', 'could',
  'does', 'do', 'did', 'has', 'have', 'had', 'your', 'you', 'we', 'our', 'my', 'please', 'try', 'again', 'type', 'eval',
  'range', 'reference', 'syntax', 'uri', 'aggregate',
]);

const MAX_CLOSEST = 3;
const MAX_ALIAS_DEPTH = 5;

/** Something thrown or rejected that the rule has an opinion about. */
type Candidate =
  /** `new X(…)`, `X(…)`, `ns.X(…)`: a class or factory. */
  | { kind: 'construct'; node: TSESTree.NewExpression | TSESTree.CallExpression; name: string; path: string | undefined; isNew: boolean }
  /** A value that is never an exception: strings, templates, plain objects, … */
  | { kind: 'value'; node: TSESTree.Node; what: string; text: string | undefined };

interface Verdict {
  messageId: Exclude<MessageIds, 'useCatalogClass' | 'noCatalog' | 'classNotInCatalog'>;
  data: Record<string, string>;
  /** Text used to find catalog classes for the message and the suggestions. */
  query: Query;
}

interface Query {
  /** Words of the thrown message and, for project classes, of the class name. */
  words: readonly string[];
  /** What to compare class names with when no words match. */
  name: string;
}

export default createRule<[Options], MessageIds>({
  name: 'only-throw-catalog-errors',
  meta: {
    type: 'problem',
    docs: {
      description: 'require thrown errors to be exceptions from the error catalog, and every exception class to be in it',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      notCatalog: 'Only exceptions from {{catalog}} may be {{action}}, not {{what}}. Closest catalog classes: {{closest}}.',
      baseClassThrown:
        '{{name}} is the abstract baseClass of {{catalog}} and must not be {{action}} itself. Closest catalog classes: {{closest}}.',
      factoryStatus: '{{factory}} is called with status {{status}}; errors a client can see need a status from 400 to 599.',
      classNotInCatalog: '{{name}} extends {{base}} but is not in {{catalog}}.',
      noCatalog: `No error catalog found: create errors.catalog.json or set settings['safe-errors'].catalog. See ${REPOSITORY_URL}/blob/main/docs/catalog.md.`,
      useCatalogClass: 'Replace with `new {{name}}()`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string', description: 'A class name.' },
            uniqueItems: true,
            description: 'Classes that may be thrown although they are not in the catalog (and their subclasses), e.g. `TypeError` for programmer errors.',
          },
          factories: {
            type: 'array',
            description:
              'Error factory calls that may be thrown, e.g. `createError` from http-errors. A static status argument must be from 400 to 599.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name'],
              properties: {
                name: {
                  type: 'string',
                  minLength: 1,
                  description: 'Function or member path (`createError`, `httpErrors.NotFound`); `name.*` matches every member of `name`.',
                },
                statusArgument: { type: 'integer', minimum: 0, description: 'Index of the argument that holds the HTTP status.' },
              },
            },
          },
        },
      },
    ],
    defaultOptions: [{ allow: [], factories: [] }],
  },
  create(context, [options]) {
    const analysis = getFileAnalysis(context);
    const collector = getCollector(analysis);
    const sourceCode = context.sourceCode;
    const allow = new Set(options.allow ?? []);
    const factories = new Map<string, Factory>();
    const factoryNamespaces = new Map<string, Factory>();
    for (const factory of options.factories ?? []) {
      if (factory.name.endsWith('.*')) factoryNamespaces.set(factory.name.slice(0, -2), factory);
      else factories.set(factory.name, factory);
    }

    let catalogLookup: { catalog: Catalog | undefined } | undefined;
    let noCatalogReported = false;

    /** The catalog, loaded on first need; undefined when none exists or its problems left no entries. */
    function catalog(): Catalog | undefined {
      if (!catalogLookup) {
        const found = analysis.getCatalog(context.cwd);
        // An unreadable or broken catalog is already reported (by createRule); don't flag every throw on top.
        catalogLookup = { catalog: found && found.entries.size === 0 && found.problems.length > 0 ? undefined : found };
      }
      return catalogLookup.catalog;
    }

    function catalogMissing(): boolean {
      return analysis.getCatalog(context.cwd) === undefined;
    }

    function factoryFor(path: string | undefined): Factory | undefined {
      if (!path) return undefined;
      const exact = factories.get(path);
      if (exact) return exact;
      const dot = path.lastIndexOf('.');
      return dot > 0 ? factoryNamespaces.get(path.slice(0, dot)) : undefined;
    }

    // ---- what was thrown ------------------------------------------------------------

    /** Collects the candidates an expression may evaluate to; unknown origins add nothing. */
    function inspect(expression: TSESTree.Node, out: Candidate[], seen: Set<TSESLint.Scope.Variable>): void {
      const node = unwrap(expression);
      switch (node.type) {
        case AST_NODE_TYPES.ConditionalExpression:
          inspect(node.consequent, out, seen);
          inspect(node.alternate, out, seen);
          return;
        case AST_NODE_TYPES.LogicalExpression:
          inspect(node.left, out, seen);
          inspect(node.right, out, seen);
          return;
        case AST_NODE_TYPES.SequenceExpression: {
          const last = node.expressions[node.expressions.length - 1];
          if (last) inspect(last, out, seen);
          return;
        }
        case AST_NODE_TYPES.AwaitExpression:
          inspect(node.argument, out, seen);
          return;
        case AST_NODE_TYPES.AssignmentExpression:
          if (node.operator === '=') inspect(node.right, out, seen);
          return;
        case AST_NODE_TYPES.Identifier:
          inspectIdentifier(node, out, seen);
          return;
        case AST_NODE_TYPES.NewExpression:
        case AST_NODE_TYPES.CallExpression:
          inspectConstruct(node, out, seen);
          return;
        case AST_NODE_TYPES.Literal:
          out.push({ kind: 'value', node, what: describeLiteral(sourceCode, node), text: typeof node.value === 'string' ? node.value : undefined });
          return;
        case AST_NODE_TYPES.TemplateLiteral:
          out.push({ kind: 'value', node, what: `a template string (${snippet(sourceCode, node)})`, text: node.quasis.map((q) => q.value.cooked ?? '').join(' ') });
          return;
        case AST_NODE_TYPES.ObjectExpression:
          out.push({ kind: 'value', node, what: `a plain object (${snippet(sourceCode, node)})`, text: objectMessage(node) });
          return;
        case AST_NODE_TYPES.ArrayExpression:
          out.push({ kind: 'value', node, what: 'an array', text: undefined });
          return;
        case AST_NODE_TYPES.BinaryExpression:
          out.push({ kind: 'value', node, what: `a primitive value (${snippet(sourceCode, node)})`, text: concatenatedText(node) });
          return;
        case AST_NODE_TYPES.UnaryExpression:
        case AST_NODE_TYPES.UpdateExpression:
          if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void') {
            out.push({ kind: 'value', node, what: 'undefined', text: undefined });
          } else out.push({ kind: 'value', node, what: `a primitive value (${snippet(sourceCode, node)})`, text: undefined });
          return;
        case AST_NODE_TYPES.ArrowFunctionExpression:
        case AST_NODE_TYPES.FunctionExpression:
          out.push({ kind: 'value', node, what: 'a function', text: undefined });
          return;
        default:
          // Member reads, `this.x`, tagged templates, yields, …: origin unknown, not reported.
          return;
      }
    }

    function inspectIdentifier(node: TSESTree.Identifier, out: Candidate[], seen: Set<TSESLint.Scope.Variable>): void {
      const variable = findVariable(sourceCode.getScope(node), node);
      const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (!variable || !def || seen.has(variable) || seen.size >= MAX_ALIAS_DEPTH) return;
      // `catch (err) { throw err }` and `.catch((err) => { throw err })` rethrow; other parameters are unknown.
      if (def.type === 'CatchClause' || def.type === 'Parameter') return;
      if (def.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return;
      // Follow `const e = new Error(…)`; a variable written again later is unknown.
      if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return;
      seen.add(variable);
      inspect(def.node.init, out, seen);
    }

    function inspectConstruct(
      node: TSESTree.NewExpression | TSESTree.CallExpression,
      out: Candidate[],
      seen: Set<TSESLint.Scope.Variable>,
    ): void {
      const callee = unwrap(node.callee);
      const isNew = node.type === AST_NODE_TYPES.NewExpression;
      const path = calleePath(callee);
      if (!isNew) {
        // `Object.assign(new Error('x'), { status: 404 })` throws its first argument.
        if (path === 'Object.assign' && node.arguments[0] && node.arguments[0].type !== AST_NODE_TYPES.SpreadElement) {
          inspect(node.arguments[0], out, seen);
          return;
        }
        if (factoryFor(path)) {
          out.push({ kind: 'construct', node, name: path ?? '', path, isNew });
          return;
        }
        // Other calls are unknown, but for the built-in error constructors.
        if (callee.type === AST_NODE_TYPES.Identifier && BUILTIN_ERRORS.has(callee.name) && isGlobalReference(callee, sourceCode)) {
          out.push({ kind: 'construct', node, name: callee.name, path, isNew });
        }
        return;
      }
      if (factoryFor(path)) {
        out.push({ kind: 'construct', node, name: path ?? '', path, isNew });
        return;
      }
      if (callee.type === AST_NODE_TYPES.Identifier) {
        if (!isClassLike(callee)) return;
        out.push({ kind: 'construct', node, name: callee.name, path, isNew });
        return;
      }
      // `new errors.NotFound()`: a class from a namespace; `new this.Type()` and computed callees are unknown.
      if (callee.type === AST_NODE_TYPES.MemberExpression && path && !path.startsWith('this.')) {
        const name = memberName(callee);
        if (name && /^[A-Z]/.test(name)) out.push({ kind: 'construct', node, name, path, isNew });
      }
    }

    /** An identifier in `new X()` that names a class: not a parameter or a computed value. */
    function isClassLike(callee: TSESTree.Identifier): boolean {
      const variable = findVariable(sourceCode.getScope(callee), callee);
      const def = variable?.defs[0];
      if (!def) return true; // a global: Error, TypeError, …
      switch (def.type) {
        case 'ClassName':
        case 'ImportBinding':
          return true;
        case 'Variable': {
          const declarator = def.node;
          if (declarator.id.type !== AST_NODE_TYPES.Identifier) return true; // `const { HttpError } = require(…)`
          const init = declarator.init && unwrap(declarator.init);
          if (!init) return false;
          if (init.type === AST_NODE_TYPES.ClassExpression) return true;
          if (init.type === AST_NODE_TYPES.Identifier) return isClassLike(init);
          // `const X = require('./x')`, `const X = require('x').X` name a class; other initialisers are unknown.
          return isRequireCall(init) || (init.type === AST_NODE_TYPES.MemberExpression && isRequireCall(unwrap(init.object)));
        }
        default:
          return false; // parameters, functions, …
      }
    }


    // ---- verdicts -------------------------------------------------------------------------

    function judge(candidate: Candidate, found: Catalog, action: Action): Verdict | undefined {
      const catalogName = path.basename(found.file);
      if (candidate.kind === 'value') {
        return {
          messageId: 'notCatalog',
          data: { catalog: catalogName, action, what: candidate.what },
          query: queryOf(candidate.text, undefined, candidate.text ?? ''),
        };
      }
      const { node, name } = candidate;
      const factory = factoryFor(candidate.path);
      if (factory) {
        if (factory.statusArgument === undefined) return undefined;
        const argument = node.arguments[factory.statusArgument];
        const status = argument && staticNumber(argument);
        if (status === undefined || (status >= 400 && status <= 599)) return undefined;
        return { messageId: 'factoryStatus', data: { factory: `${candidate.path ?? name}()`, status: String(status) }, query: { words: [], name } };
      }
      if (found.entries.has(name) || allow.has(name)) return undefined;
      const builtin = BUILTIN_ERRORS.has(name);
      const query = (): Query => queryOf(staticString(node.arguments[0]) ?? templateText(node.arguments[0]), builtin ? undefined : name, name);
      if (name === found.baseClass) {
        return { messageId: 'baseClassThrown', data: { name, catalog: catalogName, action }, query: query() };
      }
      if (candidate.isNew && extendsAccepted(node.callee, found)) return undefined;
      // Built-in errors are never catalog classes: no need to ask the type checker.
      if (candidate.isNew && !builtin && typeAccepts(node, found)) return undefined;
      return { messageId: 'notCatalog', data: { catalog: catalogName, action, what: snippet(sourceCode, node) }, query: query() };
    }

    /** `new X()` where X is declared in this file and extends a catalog or allowed class. */
    function extendsAccepted(callee: TSESTree.Node, found: Catalog): boolean {
      const target = unwrap(callee);
      if (target.type !== AST_NODE_TYPES.Identifier) return false;
      const classNode = sameFileClass(target);
      if (!classNode) return false;
      const ancestor = syntacticAncestor(classNode, (name) => found.entries.has(name) || allow.has(name));
      return ancestor !== undefined;
    }

    /** With type information: the constructed type or one of its base classes is a catalog or allowed class. */
    function typeAccepts(node: TSESTree.Node, found: Catalog): boolean {
      const services = analysis.parserServices;
      if (!services) return false;
      const names = typeAncestorNames(services.getTypeAtLocation(node), true);
      return names.some((name) => found.entries.has(name) || allow.has(name));
    }

    /** The class an identifier refers to, when declared in this file (`class X …` or `const X = class …`). */
    function sameFileClass(identifier: TSESTree.Identifier): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
      const variable = findVariable(sourceCode.getScope(identifier), identifier);
      const def = variable?.defs[0];
      if (def?.type === 'ClassName') {
        return def.node.type === AST_NODE_TYPES.ClassDeclaration || def.node.type === AST_NODE_TYPES.ClassExpression ? def.node : undefined;
      }
      if (def?.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.Identifier && def.node.init) {
        const init = unwrap(def.node.init);
        if (init.type === AST_NODE_TYPES.ClassExpression) return init;
      }
      return undefined;
    }

    /**
     * Walks `extends` clauses through same-file classes: the first superclass name that `matches`, or
     * `undefined`. `endsAtGlobal` tells whether the chain ended at a global such as `Error`, which the
     * type checker cannot say more about.
     */
    function walkExtends(
      classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
      matches: (name: string) => boolean,
    ): { match: string | undefined; endsAtGlobal: boolean } {
      const visited = new Set<TSESTree.Node>();
      let current: TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined = classNode;
      while (current?.superClass && !visited.has(current)) {
        visited.add(current);
        const superClass = unwrap(current.superClass);
        let name: string | undefined;
        if (superClass.type === AST_NODE_TYPES.Identifier) name = superClass.name;
        else if (superClass.type === AST_NODE_TYPES.MemberExpression) name = memberName(superClass);
        if (name === undefined) break;
        if (matches(name)) return { match: name, endsAtGlobal: false };
        if (superClass.type !== AST_NODE_TYPES.Identifier) break;
        current = sameFileClass(superClass);
        if (!current) return { match: undefined, endsAtGlobal: isGlobalReference(superClass, sourceCode) };
      }
      return { match: undefined, endsAtGlobal: false };
    }

    function syntacticAncestor(
      classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
      matches: (name: string) => boolean,
    ): string | undefined {
      return walkExtends(classNode, matches).match;
    }

    // ---- reporting ------------------------------------------------------------------------

    function reportCandidates(candidates: readonly Candidate[], at: TSESTree.Node, action: Action, found: Catalog): void {
      const reported = new Set<TSESTree.Node>();
      for (const candidate of candidates) {
        if (reported.has(candidate.node)) continue;
        const verdict = judge(candidate, found, action);
        if (!verdict) continue;
        reported.add(candidate.node);
        // Report on the thrown expression itself, or at the throw when the value came through a variable.
        const reportNode = contains(at, candidate.node) ? candidate.node : at;
        const ranked = rankCatalog(found, verdict.query);
        const related = ranked.filter((entry) => entry.shared > 0).slice(0, MAX_CLOSEST);
        const suggestable = verdict.messageId !== 'factoryStatus';
        context.report({
          node: reportNode,
          messageId: verdict.messageId,
          data: { ...verdict.data, closest: describeClosest(related, ranked) },
          suggest: suggestable
            ? related
                .map((entry) => ({
                  messageId: 'useCatalogClass' as const,
                  data: { name: entry.name },
                  fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(candidate.node, `new ${entry.name}()`),
                }))
            : [],
        });
      }
    }

    function checkThrown(argument: TSESTree.Node, at: TSESTree.Node, action: Action, noCatalogAt?: TSESTree.Node): void {
      const candidates: Candidate[] = [];
      inspect(argument, candidates, new Set());
      if (candidates.length === 0) return;
      const needsCatalog = candidates.some((candidate) => candidate.kind === 'value' || !factoryFor(candidate.path));
      const found = needsCatalog ? catalog() : undefined;
      if (!found) {
        if (needsCatalog && noCatalogAt && !noCatalogReported && catalogMissing()) {
          noCatalogReported = true;
          context.report({ node: noCatalogAt, messageId: 'noCatalog' });
        }
        // Factory status checks need no catalog.
        const factoryCandidates = candidates.filter((candidate) => candidate.kind === 'construct' && factoryFor(candidate.path));
        if (factoryCandidates.length > 0) reportCandidates(factoryCandidates, at, action, EMPTY_CATALOG);
        return;
      }
      reportCandidates(candidates, at, action, found);
    }

    function isRequestHandling(node: TSESTree.Node): boolean {
      const model = getServerModel(analysis);
      for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) {
        if (model.handlerInfo(fn)) return true;
      }
      return false;
    }

    /** `reject` is the second parameter of a `new Promise((resolve, reject) => …)` executor. */
    function isExecutorReject(identifier: TSESTree.Identifier): boolean {
      const variable = findVariable(sourceCode.getScope(identifier), identifier);
      const def = variable?.defs[0];
      if (def?.type !== 'Parameter' || !isFunctionNode(def.node) || def.node.params[1] !== def.name) return false;
      const executor = def.node;
      const promise = executor.parent;
      return (
        promise?.type === AST_NODE_TYPES.NewExpression &&
        promise.arguments[0] === executor &&
        promise.callee.type === AST_NODE_TYPES.Identifier &&
        promise.callee.name === 'Promise' &&
        isGlobalReference(promise.callee, sourceCode)
      );
    }

    function checkClass(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void {
      const name = className(node);
      if (!name || node.abstract || isAmbient(node)) return;
      const found = catalog();
      if (!found || found.entries.has(name) || name === found.baseClass || allow.has(name)) return;
      const isGoverned = (candidate: string): boolean => candidate === found.baseClass || found.entries.has(candidate);
      const walked = walkExtends(node, isGoverned);
      let base = walked.match;
      // Ask the type checker only when syntax ran into an import or a member, not a global like `Error`.
      if (!base && !walked.endsAtGlobal && analysis.parserServices) {
        const type = analysis.parserServices.getTypeAtLocation(node);
        base = typeAncestorNames(type, false).find(isGoverned);
      }
      if (!base) return;
      context.report({
        node: node.id ?? node,
        messageId: 'classNotInCatalog',
        data: { name, base, catalog: path.basename(found.file) },
      });
    }

    /** `Promise.reject(x)` and a promise executor's `reject(x)` inside request-handling code. */
    function checkReject(node: TSESTree.CallExpression): void {
      const callee = node.callee;
      let isReject = false;
      if (callee.type === AST_NODE_TYPES.Identifier) {
        if (callee.name !== 'reject') return;
        isReject = true;
      } else if (callee.type === AST_NODE_TYPES.MemberExpression) {
        if (callee.object.type !== AST_NODE_TYPES.Identifier || callee.object.name !== 'Promise' || memberName(callee) !== 'reject') return;
      } else return;
      const argument = node.arguments[0];
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
      if (isReject ? !isExecutorReject(callee as TSESTree.Identifier) : !isGlobalReference((callee as TSESTree.MemberExpression).object as TSESTree.Identifier, sourceCode)) {
        return;
      }
      if (!isRequestHandling(node)) return;
      checkThrown(argument, argument, 'rejected');
    }

    /** Express's way of throwing: `next(new Error('File names cannot contain slashes'))` reaches the error handler too. */
    function checkPassedToNext(node: TSESTree.CallExpression): void {
      const callee = unwrap(node.callee);
      const argument = node.arguments[0];
      if (callee.type !== AST_NODE_TYPES.Identifier || node.arguments.length !== 1 || !argument) return;
      const error = unwrap(argument);
      if (error.type !== AST_NODE_TYPES.NewExpression && error.type !== AST_NODE_TYPES.CallExpression) return;
      if (getServerModel(analysis).roleOf(callee)?.role !== 'next') return;
      checkThrown(error, error, 'passed to next()', node);
    }

    return {
      ...collectorListeners(collector),
      'Program:exit'() {
        for (const node of collector.throws) {
          // Caught in the same function and answered there: it never reaches a client as it is. Nor does a
          // start-up check, which stops the module from loading: `if (!process.env.SESSION_SECRET) throw new Error(…)`.
          if (!isCaughtLocally(node) && !isStartupCheck(node)) checkThrown(node.argument, node.argument, 'thrown', node);
        }
        for (const node of collector.callsWithArguments) {
          checkReject(node);
          checkPassedToNext(node);
        }
        for (const node of collector.subclasses) checkClass(node);
      },
    };
  },
});

/** A throw in a module-level `if`, outside any function: it runs once, when the module loads. */
function isStartupCheck(node: TSESTree.ThrowStatement): boolean {
  if (enclosingFunction(node)) return false;
  for (let parent: TSESTree.Node | undefined = node.parent; parent; parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.IfStatement) return true;
    if (parent.type === AST_NODE_TYPES.ClassBody) return false;
  }
  return false;
}

const EMPTY_CATALOG: Catalog = { file: 'errors.catalog.json', baseClass: undefined, entries: new Map(), problems: [] };

function className(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): string | undefined {
  if (node.id) return node.id.name;
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  return undefined;
}

/** `declare class X …`, or a class inside `declare namespace` / `declare module`: implemented elsewhere. */
function isAmbient(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): boolean {
  if (node.type === AST_NODE_TYPES.ClassDeclaration && node.declare) return true;
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.TSModuleDeclaration && current.declare) return true;
  }
  return false;
}

/**
 * Names of a class instance type and its base classes, nearest first.
 * A constructor type (`typeof X`) is first turned into its instance type.
 */
function typeAncestorNames(start: ts.Type, includeSelf: boolean): string[] {
  const construct = start.getConstructSignatures();
  const first = construct.length > 0 && construct[0] ? construct[0].getReturnType() : start;
  const names: string[] = [];
  const queue: ts.Type[] = [first];
  const seen = new Set<ts.Type>();
  while (queue.length > 0 && seen.size < 32) {
    const type = queue.shift() as ts.Type;
    const target = 'target' in type && type.target ? (type.target as ts.Type) : type;
    if (seen.has(target)) continue;
    seen.add(target);
    if (target !== first || includeSelf) {
      const name = target.getSymbol()?.getName();
      if (name) names.push(name);
    }
    if (target.isClassOrInterface()) queue.push(...(target.getBaseTypes() ?? []));
  }
  return names;
}


function describeLiteral(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Literal): string {
  if (typeof node.value === 'string') return `a string (${snippet(sourceCode, node)})`;
  if (node.value === null && !('regex' in node && node.regex)) return 'null';
  if ('regex' in node && node.regex) return 'a regular expression';
  if ('bigint' in node && node.bigint) return 'a number';
  return `a ${typeof node.value} (${snippet(sourceCode, node)})`;
}

/** `{ message: 'Not found', status: 404 }` → 'Not found'. */
function objectMessage(node: TSESTree.ObjectExpression): string | undefined {
  for (const property of node.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : staticString(property.key);
    if (key === 'message' || key === 'error' || key === 'title') {
      const text = staticString(property.value) ?? templateText(property.value);
      if (text !== undefined) return text;
    }
  }
  return undefined;
}

/** The static parts of a template literal. */
function templateText(node: TSESTree.Node | undefined): string | undefined {
  if (node?.type !== AST_NODE_TYPES.TemplateLiteral) return undefined;
  return node.quasis.map((quasi) => quasi.value.cooked ?? '').join(' ');
}

/** The static text parts of `'User ' + id + ' not found'`. */
function concatenatedText(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') {
    const parts = [concatenatedText(node.left), concatenatedText(node.right)].filter((part): part is string => part !== undefined);
    return parts.length > 0 ? parts.join(' ') : undefined;
  }
  return staticString(node) ?? templateText(node);
}

/** The source text of a node, on one line, at most 40 characters. */
function snippet(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const text = sourceCode.getText(node).replace(/\s+/g, ' ');
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

// ---- closest catalog classes ------------------------------------------------------------

/**
 * The classes that share a word with what was thrown; a small catalog is listed whole, since
 * those are all the choices; otherwise unrelated classes would only mislead.
 */
function describeClosest(related: readonly RankedEntry[], ranked: readonly RankedEntry[]): string {
  if (related.length > 0) return related.map((entry) => entry.name).join(', ');
  if (ranked.length === 0) return 'none, the catalog is empty';
  if (ranked.length <= MAX_CLOSEST) return ranked.map((entry) => entry.name).join(', ');
  return `none shares a word with it (the catalog has ${ranked.length} classes)`;
}

function queryOf(text: string | undefined, thrownClass: string | undefined, name: string): Query {
  const words = new Set<string>();
  for (const word of wordsOf(text ?? '')) words.add(word);
  for (const word of wordsOf(thrownClass ?? '')) words.add(word);
  return { words: [...words], name: name.toLowerCase().slice(0, 60) };
}

/** Words by text: the same messages and class names recur across a code base. Bounded, for editors. */
const wordsByText = new Map<string, readonly string[]>();

function wordsOf(text: string): readonly string[] {
  let words = wordsByText.get(text);
  if (!words) {
    if (wordsByText.size >= 10_000) wordsByText.clear();
    words = splitWords(text);
    wordsByText.set(text, words);
  }
  return words;
}

function splitWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .map(stem);
}

function stem(word: string): string {
  let result = word;
  if (result.length > 4 && result.endsWith('ies')) result = `${result.slice(0, -3)}y`;
  else if (result.length > 3 && result.endsWith('s') && !result.endsWith('ss')) result = result.slice(0, -1);
  for (const suffix of ['ation', 'ing', 'ed']) {
    if (result.endsWith(suffix) && result.length - suffix.length >= 4) return result.slice(0, -suffix.length);
  }
  return result;
}

interface RankedEntry {
  name: string;
  shared: number;
  distance: number;
}

/** Each catalog entry's words, computed once per loaded catalog (catalogs are cached objects). */
const entryWords = new WeakMap<Catalog, ReadonlyMap<string, ReadonlySet<string>>>();

function wordsOfEntries(found: Catalog): ReadonlyMap<string, ReadonlySet<string>> {
  let words = entryWords.get(found);
  if (!words) {
    words = new Map([...found.entries.values()].map((entry) => [entry.className, new Set([...wordsOf(entry.className), ...wordsOf(entry.message)])]));
    entryWords.set(found, words);
  }
  return words;
}

/** Rankings per catalog and query: the same thrown class or message recurs across a code base. */
const rankings = new WeakMap<Catalog, Map<string, readonly RankedEntry[]>>();

function rankCatalog(found: Catalog, query: Query): readonly RankedEntry[] {
  let cache = rankings.get(found);
  if (!cache) {
    cache = new Map();
    rankings.set(found, cache);
  }
  const key = `${query.name}\u0000${query.words.join(' ')}`;
  let ranked = cache.get(key);
  if (!ranked) {
    ranked = computeRanking(found, query);
    cache.set(key, ranked);
  }
  return ranked;
}

/** Catalog classes by shared words with the thrown text, then by edit distance of names. */
function computeRanking(found: Catalog, query: Query): RankedEntry[] {
  const wanted = new Set(query.words);
  const ranked: RankedEntry[] = [];
  const words = wordsOfEntries(found);
  for (const entry of found.entries.values()) {
    const own = words.get(entry.className) ?? new Set<string>();
    let shared = 0;
    for (const word of own) if (wanted.has(word)) shared += 1;
    ranked.push({ name: entry.className, shared, distance: editDistance(query.name, entry.className.toLowerCase()) });
  }
  return ranked.sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.name.localeCompare(b.name));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
