/**
 * What the conditions around a node guarantee: that it only runs in
 * development (`NODE_ENV !== 'production'`, `app.get('env') === 'development'`,
 * `import.meta.env.DEV`, Nuxt's `import.meta.dev`, `__DEV__`, `settings.devGuards`), or that an error
 * variable is vetted there (`err instanceof HttpException`, `err.expose`,
 * `err.isBoom`).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { calleePath, isFunctionNode, isRequireCall, memberName, moduleOf, parameterIdentifier, sameFileFunction, singleAssignmentValue, staticString, unwrap } from '../util/ast';
import type { FileAnalysis } from './file-analysis';
import { AST_NODE_TYPES, findVariable } from '../util/ts-estree';

export interface GuardFacts {
  /** The node only runs in development. */
  devOnly: boolean;
  /** Error variables known to be vetted (client-safe) where the node runs. */
  vetted: ReadonlySet<TSESLint.Scope.Variable>;
}

const DEV_ENVIRONMENTS = new Set(['development', 'dev', 'local', 'test']);
const PROD_ENVIRONMENTS = new Set(['production', 'prod']);
/** Error flags that mean "this message is meant for the client" (http-errors, Koa, Boom, Joi). */
const VETTED_FLAGS = new Set(['expose', 'isBoom', 'isJoi', 'isOperational']);
/** Status fields of an error: a 4xx status means a client error whose message is meant to be shown. */
const STATUS_FIELDS = new Set(['status', 'statusCode']);

/** Validation libraries whose error classes carry messages written for the client: `err instanceof Joi.ValidationError`. */
const VALIDATION_PACKAGES = new Set(['joi', '@hapi/joi', 'yup', 'zod', 'superstruct', 'valibot']);

/**
 * Client-facing error classes of other packages, vetted when imported from them: tRPC's, Hono's, oauth2orize's OAuth
 * errors, CASL's `ForbiddenError`, whose message and fields name the permission the user lacks, and multer's upload errors.
 */
const CLIENT_ERROR_CLASSES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['@trpc/server', new Set(['TRPCError'])],
  // Hono answers an `HTTPException` with its message itself (`err.getResponse()`).
  ['hono/http-exception', new Set(['HTTPException'])],
  ['oauth2orize', new Set(['AuthorizationError', 'TokenError'])],
  ['@casl/ability', new Set(['ForbiddenError'])],
  // multer's upload errors: "File too large", "Unexpected field".
  ['multer', new Set(['MulterError'])],
]);

/** Error classes whose name declares their message fit for clients: `SafeError`, `PublicError`, `UserFacingError`. */
const SAFE_BY_NAME = /^(Safe|Public|UserFacing|ClientFacing|ClientSafe|Displayable)(Error|Exception)$/;

/**
 * Error `type`s and `name`s whose messages are written for the end user, by the property libraries identify them with:
 * Stripe's card errors ("Your card was declined."), multer's upload errors ("File too large").
 */
const SAFE_ERROR_MARKS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['type', new Set(['StripeCardError'])],
  ['name', new Set(['MulterError'])],
]);

const NO_FACTS: GuardFacts = { devOnly: false, vetted: new Set() };

export class GuardAnalysis {
  private readonly devGuardTexts: ReadonlySet<string>;

  constructor(
    private readonly analysis: FileAnalysis,
    private readonly safeClasses: ReadonlySet<string>,
    devGuards: readonly string[],
  ) {
    this.devGuardTexts = new Set(devGuards.map((text) => text.replace(/\s+/g, '')));
  }

  /** Facts that hold where `node` runs, from every enclosing condition up to the Program. */
  factsAt(node: TSESTree.Node): GuardFacts {
    let devOnly = false;
    const vetted = new Set<TSESLint.Scope.Variable>();
    const add = (facts: GuardFacts): void => {
      devOnly ||= facts.devOnly;
      for (const variable of facts.vetted) vetted.add(variable);
    };
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
      switch (parent.type) {
        case AST_NODE_TYPES.IfStatement:
        case AST_NODE_TYPES.ConditionalExpression:
          if (child === parent.consequent) add(this.implied(parent.test, true));
          else if (child === parent.alternate) add(this.implied(parent.test, false));
          break;
        case AST_NODE_TYPES.LogicalExpression:
          if (child === parent.right && parent.operator !== '??') add(this.implied(parent.left, parent.operator === '&&'));
          break;
        case AST_NODE_TYPES.BlockStatement:
        case AST_NODE_TYPES.Program:
          add(this.earlyExits(parent.body, child));
          break;
        case AST_NODE_TYPES.SwitchCase:
          add(this.earlyExits(parent.consequent, child));
          break;
        case AST_NODE_TYPES.FunctionExpression:
          add(this.caughtByFilter(parent));
          break;
        default:
          break;
      }
      if (devOnly) break;
    }
    return devOnly || vetted.size > 0 ? { devOnly, vetted } : NO_FACTS;
  }

  /**
   * `@Catch(HttpException) class F { catch(exception, host) { … } }`: NestJS hands the filter only those
   * exceptions, so `exception` is narrowed as by `instanceof` (cal.com's API v2 filters).
   */
  private caughtByFilter(fn: TSESTree.FunctionExpression): GuardFacts {
    const method = fn.parent;
    if (method?.type !== AST_NODE_TYPES.MethodDefinition || method.key.type !== AST_NODE_TYPES.Identifier || method.key.name !== 'catch') return NO_FACTS;
    const decorator = method.parent.parent.decorators?.find((candidate) => {
      const call = candidate.expression;
      return call.type === AST_NODE_TYPES.CallExpression && call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'Catch';
    });
    const classes = decorator?.expression.type === AST_NODE_TYPES.CallExpression ? decorator.expression.arguments : [];
    const exception = fn.params[0] && parameterIdentifier(fn.params[0]);
    if (!exception || classes.length === 0) return NO_FACTS;
    const narrowed = classes.map((classNode) => this.vettedAs(exception, classNode));
    const variable = [...(narrowed[0]?.vetted ?? [])][0];
    return variable && narrowed.every((facts) => facts.vetted.has(variable)) ? { devOnly: false, vetted: new Set([variable]) } : NO_FACTS;
  }

  /** `if (isProd) { return …; }` before `child` means `!isProd` holds at `child`. */
  private earlyExits(statements: readonly TSESTree.Node[], child: TSESTree.Node): GuardFacts {
    let devOnly = false;
    const vetted = new Set<TSESLint.Scope.Variable>();
    for (const statement of statements) {
      if (statement === child) break;
      if (statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate || !alwaysExits(statement.consequent)) continue;
      const facts = this.implied(statement.test, false);
      devOnly ||= facts.devOnly;
      for (const variable of facts.vetted) vetted.add(variable);
    }
    return { devOnly, vetted };
  }

  /** What `test` being truthy (or falsy) implies. */
  implied(test: TSESTree.Node, truthy: boolean, depth = 0): GuardFacts {
    const node = unwrap(test);
    if (depth > 4) return NO_FACTS;
    if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') return this.implied(node.argument, !truthy, depth + 1);
    if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '??') {
      const left = this.implied(node.left, truthy, depth + 1);
      const right = this.implied(node.right, truthy, depth + 1);
      // `a && b` truthy: both hold. `a || b` falsy: neither holds.
      if ((node.operator === '&&') === truthy) {
        return { devOnly: left.devOnly || right.devOnly, vetted: new Set([...left.vetted, ...right.vetted]) };
      }
      // `a || b` truthy (or `a && b` falsy): one of them holds; safe only if each one is.
      return either(left, right);
    }
    if (node.type === AST_NODE_TYPES.BinaryExpression) return this.impliedByComparison(node, truthy);
    if (truthy && node.type === AST_NODE_TYPES.CallExpression) {
      const narrowed = this.impliedByTypePredicate(node);
      if (narrowed !== NO_FACTS) return narrowed;
    }
    if (this.isDevFlag(node)) return truthy ? { devOnly: true, vetted: new Set() } : NO_FACTS;
    if (this.isProdFlag(node)) return truthy ? NO_FACTS : { devOnly: true, vetted: new Set() };
    // `err.expose`, `err.isBoom`: the error's message is meant for the client.
    if (truthy && node.type === AST_NODE_TYPES.MemberExpression && VETTED_FLAGS.has(memberName(node) ?? '')) {
      const variable = this.variableOf(node.object);
      return variable ? { devOnly: false, vetted: new Set([variable]) } : NO_FACTS;
    }
    // A local flag: `const isDev = process.env.NODE_ENV !== 'production'`.
    if (node.type === AST_NODE_TYPES.Identifier) {
      const init = singleAssignmentValue(node, this.analysis.sourceCode);
      if (init) return this.implied(init, truthy, depth + 1);
    }
    return NO_FACTS;
  }

  /**
   * `err instanceof Joi.ValidationError`, `err instanceof TRPCError`: a class from a package whose errors speak to the
   * client, or a same-file subclass of one (`class ApiError extends HTTPException`), which the framework answers alike.
   */
  private fromClientErrorPackage(errorClass: ClassName, depth = 0): boolean {
    const root = errorClass.root;
    if (root.type !== AST_NODE_TYPES.Identifier) return false;
    const source = moduleOf(root, this.analysis.sourceCode);
    if (source !== undefined) return VALIDATION_PACKAGES.has(source) || CLIENT_ERROR_CLASSES.get(source)?.has(errorClass.name) === true;
    if (errorClass.path !== root.name || depth >= 3) return false;
    const def = findVariable(this.analysis.sourceCode.getScope(root), root)?.defs[0];
    const superClass = def?.type === 'ClassName' && 'superClass' in def.node ? def.node.superClass : undefined;
    const parent = superClass ? classNameOf(superClass) : undefined;
    return parent !== undefined && this.fromClientErrorPackage(parent, depth + 1);
  }

  private impliedByComparison(node: TSESTree.BinaryExpression, truthy: boolean): GuardFacts {
    const clientError = this.clientErrorStatus(node, truthy);
    if (clientError) return clientError;
    if (node.operator === 'instanceof') {
      if (!truthy) return NO_FACTS;
      return this.vettedAs(node.left, node.right);
    }
    const isEquality = node.operator === '===' || node.operator === '==';
    if (!isEquality && node.operator !== '!==' && node.operator !== '!=') return NO_FACTS;
    const environment = staticString(node.right) ?? staticString(node.left as TSESTree.Node);
    if (environment === undefined) return NO_FACTS;
    const equal = isEquality === truthy;
    if (equal) {
      const known = this.knownText(node, environment) ?? this.namedAsSafeClass(node, environment);
      if (known) return { devOnly: false, vetted: new Set([known]) };
    }
    const devOnly = equal ? DEV_ENVIRONMENTS.has(environment) : PROD_ENVIRONMENTS.has(environment);
    return devOnly ? { devOnly, vetted: new Set() } : NO_FACTS;
  }

  /**
   * The error whose text a comparison pins down: after `typeof err === 'string'` it is a string the
   * app threw itself (libraries throw `Error`s), and after `err.message === 'NOT_FOUND'` its message is that literal.
   */
  private knownText(node: TSESTree.BinaryExpression, literal: string): TSESLint.Scope.Variable | undefined {
    const other = unwrap(staticString(node.right) === literal ? (node.left as TSESTree.Node) : node.right);
    if (literal === 'string' && other.type === AST_NODE_TYPES.UnaryExpression && other.operator === 'typeof') return this.variableOf(other.argument);
    if (other.type === AST_NODE_TYPES.MemberExpression && memberName(other) === 'message') return this.variableOf(other.object);
    return undefined;
  }

  /**
   * `err.type === 'StripeCardError'`, Stripe's documented check, and `err.name === 'MulterError'`: like `instanceof`.
   * Only for classes that libraries identify by such a string; a name such as `'ValidationError'` is
   * shared by mongoose, the app's own classes and others, and says less than `instanceof`.
   */
  private namedAsSafeClass(node: TSESTree.BinaryExpression, literal: string): TSESLint.Scope.Variable | undefined {
    const other = unwrap(staticString(node.right) === literal ? (node.left as TSESTree.Node) : node.right);
    if (other.type !== AST_NODE_TYPES.MemberExpression || !SAFE_ERROR_MARKS.get(memberName(other) ?? '')?.has(literal)) return undefined;
    return this.variableOf(other.object);
  }

  /** `error` narrowed to a class (`err instanceof X`, or a type predicate): vetted when the class is a safe one. */
  private vettedAs(error: TSESTree.Node, classNode: TSESTree.Node): GuardFacts {
    const errorClass = classNameOf(classNode);
    const variable = this.variableOf(error);
    // `err instanceof Parse.Error`: a configured class matches by its last name or its full path.
    const safe =
      errorClass !== undefined &&
      (this.safeClasses.has(errorClass.name) || this.safeClasses.has(errorClass.path) || SAFE_BY_NAME.test(errorClass.name) || this.fromClientErrorPackage(errorClass));
    return safe && variable ? { devOnly: false, vetted: new Set([variable]) } : NO_FACTS;
  }

  /**
   * `isZodError(e)` with a same-file `function isZodError(e: unknown): e is ZodError`: like
   * `e instanceof ZodError` (written so because `instanceof` fails across copies of a package).
   */
  private impliedByTypePredicate(call: TSESTree.CallExpression): GuardFacts {
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier || call.arguments.length === 0) return NO_FACTS;
    const fn = sameFileFunction(callee, this.analysis.sourceCode);
    if (!fn) return this.importedPredicate(call, callee);
    const predicate = fn.returnType?.typeAnnotation;
    if (predicate?.type !== AST_NODE_TYPES.TSTypePredicate || predicate.asserts || predicate.parameterName.type !== AST_NODE_TYPES.Identifier) return NO_FACTS;
    const type = predicate.typeAnnotation?.typeAnnotation;
    if (type?.type !== AST_NODE_TYPES.TSTypeReference) return NO_FACTS;
    const parameterName = predicate.parameterName.name;
    const index = fn.params.findIndex((param) => parameterName === parameterIdentifier(param)?.name);
    const argument = call.arguments[index];
    return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? this.vettedAs(argument, type.typeName) : NO_FACTS;
  }

  /**
   * `isDirectusError(e)` imported from elsewhere, when `DirectusError` is a safe class (configured, or in the
   * catalog): named for its class, as type predicates are, and said to narrow to it.
   */
  private importedPredicate(call: TSESTree.CallExpression, callee: TSESTree.Identifier): GuardFacts {
    const className = /^is([A-Z]\w*)$/.exec(callee.name)?.[1];
    if (!className || !this.safeClasses.has(className)) return NO_FACTS;
    const def = findVariable(this.analysis.sourceCode.getScope(callee), callee)?.defs[0];
    const argument = call.arguments[0];
    const imported = def?.type === 'ImportBinding' || (def?.type === 'Variable' && def.node.init !== null && isRequireCall(unwrap(def.node.init)));
    if (!imported || !argument || argument.type === AST_NODE_TYPES.SpreadElement) return NO_FACTS;
    const variable = this.variableOf(argument);
    return variable ? { devOnly: false, vetted: new Set([variable]) } : NO_FACTS;
  }

  /**
   * Whether a read sits where a condition has compared the same expression with a literal
   * (`x.code === 'LIT'`, or `switch (x.code) { case 'LIT': … }`), or found it to be a boolean or a number.
   */
  pinnedToLiteral(read: TSESTree.MemberExpression | TSESTree.Identifier): boolean {
    const sourceCode = this.analysis.sourceCode;
    // `currentJob?.active` and `currentJob.active` read the same value.
    const textOf = (node: TSESTree.Node): string => sourceCode.getText(node).replace(/\?\./g, '.');
    const text = textOf(read);
    const pins = (test: TSESTree.Node): boolean => {
      const node = unwrap(test);
      if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '&&') return pins(node.left) || pins(node.right);
      // `KNOWN.includes(err.message)`, `Object.values(ErrorCode).includes(err.message)`: one of the app's own texts.
      if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression && memberName(node.callee) === 'includes') {
        const [argument] = node.arguments;
        return node.arguments.length === 1 && argument?.type !== AST_NODE_TYPES.SpreadElement && textOf(unwrap(argument as TSESTree.Node)) === text && this.isLiteralList(node.callee.object);
      }
      if (node.type !== AST_NODE_TYPES.BinaryExpression || (node.operator !== '===' && node.operator !== '==')) return false;
      const [left, right] = [unwrap(node.left as TSESTree.Node), unwrap(node.right)];
      const literalSide = (side: TSESTree.Node): boolean => side.type === AST_NODE_TYPES.Literal && typeof side.value === 'string';
      // `typeof job.active === 'boolean'`: a boolean or a number carries no text.
      const typedAsNonText = (side: TSESTree.Node, other: TSESTree.Node): boolean =>
        side.type === AST_NODE_TYPES.UnaryExpression && side.operator === 'typeof' && textOf(side.argument) === text && other.type === AST_NODE_TYPES.Literal && NON_TEXT_TYPES.has(String(other.value));
      return (literalSide(right) && textOf(left) === text) || (literalSide(left) && textOf(right) === text) || typedAsNonText(left, right) || typedAsNonText(right, left);
    };
    for (let child: TSESTree.Node = read, parent: TSESTree.Node | undefined = read.parent; parent && !isFunctionNode(child); child = parent, parent = parent.parent) {
      if ((parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) && child === parent.consequent && pins(parent.test)) return true;
      if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator === '&&' && child === parent.right && pins(parent.left)) return true;
      if (parent.type === AST_NODE_TYPES.SwitchCase && parent.test !== child && sourceCode.getText(parent.parent.discriminant) === text && onlyLiteralCasesReach(parent)) return true;
    }
    return false;
  }

  /** `['a', 'b']`, a `const` holding one, or `Object.values(ErrorCode)`: texts the app wrote. */
  private isLiteralList(node: TSESTree.Node): boolean {
    let list = unwrap(node);
    if (list.type === AST_NODE_TYPES.Identifier) list = unwrap(singleAssignmentValue(list, this.analysis.sourceCode) ?? list);
    if (list.type === AST_NODE_TYPES.ArrayExpression) return list.elements.every((element) => element?.type === AST_NODE_TYPES.Literal && typeof element.value === 'string');
    const path = list.type === AST_NODE_TYPES.CallExpression ? calleePath(list.callee) : undefined;
    return (path === 'Object.values' || path === 'Object.keys') && (list as TSESTree.CallExpression).arguments[0]?.type === AST_NODE_TYPES.Identifier;
  }

  /** `err.statusCode < 500` (Fastify, http-errors): a 4xx error, whose message is meant for the client. */
  private clientErrorStatus(node: TSESTree.BinaryExpression, truthy: boolean): GuardFacts | undefined {
    const left = unwrap(node.left);
    const right = unwrap(node.right);
    if (left.type !== AST_NODE_TYPES.MemberExpression || !STATUS_FIELDS.has(memberName(left) ?? '')) return undefined;
    if (right.type !== AST_NODE_TYPES.Literal || typeof right.value !== 'number') return undefined;
    const limit = right.value;
    const below500 =
      (truthy && ((node.operator === '<' && limit <= 500) || (node.operator === '<=' && limit < 500))) ||
      (!truthy && ((node.operator === '>=' && limit <= 500) || (node.operator === '>' && limit < 500)));
    if (!below500) return undefined;
    const variable = this.variableOf(left.object);
    return variable ? { devOnly: false, vetted: new Set([variable]) } : undefined;
  }

  private isDevFlag(node: TSESTree.Node): boolean {
    if (node.type === AST_NODE_TYPES.Identifier && node.name === '__DEV__') return true;
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      // import.meta.env.DEV; Nuxt's and Nitro's import.meta.dev and process.dev
      const name = memberName(node);
      if (name === 'DEV' && isImportMetaEnv(node.object)) return true;
      if (name === 'dev' && (isImportMeta(node.object) || (node.object.type === AST_NODE_TYPES.Identifier && node.object.name === 'process'))) return true;
    }
    if (this.devGuardTexts.size > 0) {
      const text = this.analysis.sourceCode.getText(node).replace(/\s+/g, '');
      if (this.devGuardTexts.has(text)) return true;
    }
    return false;
  }

  private isProdFlag(node: TSESTree.Node): boolean {
    return node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'PROD' && isImportMetaEnv(node.object);
  }

  private variableOf(node: TSESTree.Node): TSESLint.Scope.Variable | undefined {
    const target = unwrap(node);
    if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
    return findVariable(this.analysis.sourceCode.getScope(target), target) ?? undefined;
  }

}

/**
 * Whether only `case 'LIT':` labels lead into this case's statements: its own, and those of the
 * cases before it that fall through into it (no `default` among them).
 */
function onlyLiteralCasesReach(switchCase: TSESTree.SwitchCase): boolean {
  const cases = switchCase.parent.cases;
  for (let index = cases.indexOf(switchCase); index >= 0; index -= 1) {
    const test = (cases[index] as TSESTree.SwitchCase).test;
    if (test?.type !== AST_NODE_TYPES.Literal || typeof test.value !== 'string') return false;
    const previous = cases[index - 1]?.consequent;
    const last = previous?.[previous.length - 1];
    if (!previous || (last && EXITS.has(last.type))) return true;
  }
  return true;
}

const NON_TEXT_TYPES: ReadonlySet<string> = new Set(['boolean', 'number', 'bigint']);

const EXITS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.BreakStatement,
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.ThrowStatement,
  AST_NODE_TYPES.ContinueStatement,
]);

/** Facts that hold when either `a` or `b` holds: what each alone makes safe. */
function either(a: GuardFacts, b: GuardFacts): GuardFacts {
  if (a.devOnly && b.devOnly) return { devOnly: true, vetted: new Set() };
  const vetted = new Set<TSESLint.Scope.Variable>();
  for (const variable of [...a.vetted, ...b.vetted]) {
    if ((a.devOnly || a.vetted.has(variable)) && (b.devOnly || b.vetted.has(variable))) vetted.add(variable);
  }
  return vetted.size > 0 ? { devOnly: false, vetted } : NO_FACTS;
}

function isImportMetaEnv(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'env' && isImportMeta(node.object);
}

function isImportMeta(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.MetaProperty && node.meta.name === 'import';
}

interface ClassName {
  /** `ValidationError` in `Joi.ValidationError`. */
  name: string;
  /** `Joi.ValidationError`. */
  path: string;
  /** `Joi`: what tells the package. */
  root: TSESTree.Node;
}

/** A class named in `instanceof` (`X`, `ns.X`) or in a type (`X`, `ns.X`). */
function classNameOf(node: TSESTree.Node): ClassName | undefined {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return { name: target.name, path: target.name, root: target };
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(target);
    let root: TSESTree.Node = target;
    while (root.type === AST_NODE_TYPES.MemberExpression) root = unwrap(root.object);
    return name ? { name, path: calleePath(target) ?? name, root } : undefined;
  }
  if (target.type === AST_NODE_TYPES.TSQualifiedName) {
    const left = classNameOf(target.left);
    return left ? { name: target.right.name, path: `${left.path}.${target.right.name}`, root: left.root } : undefined;
  }
  return undefined;
}

/** A statement that never falls through: `return`, `throw`, or a block ending in one. */
export function alwaysExits(statement: TSESTree.Node): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
      return true;
    case AST_NODE_TYPES.BlockStatement: {
      const last = statement.body[statement.body.length - 1];
      return last !== undefined && alwaysExits(last);
    }
    case AST_NODE_TYPES.IfStatement:
      return statement.alternate !== null && alwaysExits(statement.consequent) && alwaysExits(statement.alternate);
    default:
      return false;
  }
}
