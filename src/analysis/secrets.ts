/**
 * Where secrets (passwords, tokens, keys, session ids, card numbers) reach a
 * log call, an error message or an error response — directly, in a template,
 * in an object literal, or through a local alias.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { calledFunctionName, calledMethodName, calleePath, isFunctionNode, singleAssignmentValue, memberName, propertyKeyName, staticString, unwrap } from '../util/ast';
import { importsCliFramework, isAuthenticationHandler } from './auth-flows';
import { getCollector, type NodeCollector } from './collector';
import { SAFE_STRINGIFY_NAMES, type ErrorTaint } from './error-taint';
import { errorPathOf } from './error-paths';
import { classifyBody } from './error-shape';
import type { FileAnalysis } from './file-analysis';
import { errorStatusOfMethod } from './status-names';
import { isLoggingCall } from './logging';
import { SecretNames, STATE_WORDS, words } from './sensitive';
import { getErrorTaint, getGuards, getStatusTracker } from './shared';
import { getServerModel, type ServerModel } from './server-model';
import type { StatusTracker } from './status';
import { AST_NODE_TYPES, findVariable, getStaticValue } from '../util/ts-estree';

export type SecretSink = 'log' | 'errorMessage' | 'errorResponse';

export interface SecretUse {
  /** The expression that carries the secret. */
  node: TSESTree.Node;
  /** What it is called: `password`, `req.headers.authorization`, `the login request body`. */
  name: string;
  sink: SecretSink;
  /** `console.error()`, `new Error()`, `res.json()`. */
  sinkLabel: string;
}

export interface SecretOptions {
  extraNames: readonly string[];
  allowNames: readonly string[];
  sanitizers: readonly string[];
}

/** Calls whose result no longer carries the secret. */
const MASKING = /^(mask|redact|hash|sanitize|sanitise|scrub|obfuscate|encrypt|anonymi[sz]e|censor|truncate|last4|maskCard|maskEmail|omit|pick)/i;
/** Calls whose result is the value itself, as text. */
/** Cookie and header names that carry a login even when no secret word says so: `connect.sid`, `jwt`, `x-auth`. */
const SESSION_LIKE = /sess|sid|jwt|auth|token|key/i;
const SERIALIZING = new Set(['String', 'JSON.stringify', 'util.inspect', 'util.format', 'inspect', 'format']);
const TEXT_METHODS = new Set(['toString', 'trim', 'toUpperCase', 'toLowerCase', 'concat', 'replace', 'padStart', 'padEnd', 'split', 'join']);
const LOG_FUNCTIONS = new Set(['log', 'debug', 'logger', 'trace']);
/**
 * `NotFoundError`, `UnauthorizedException`, and Joplin-style `ErrorNotFound`, `ErrorForbidden` — but not
 * tools named after errors, which take settings: `ErrorReporting`, `ErrorHandler`, `ErrorBoundary`.
 */
function isErrorClassName(name: string): boolean {
  if (/(Error|Exception)$/.test(name)) return true;
  // Classes named for their HTTP status: `new Unauthorized(msg)`, `new BadRequest(msg)` (http-errors style).
  if (/^[A-Z]/.test(name) && errorStatusOfMethod(name[0]?.toLowerCase() + name.slice(1)) !== undefined) return true;
  return /^Error[A-Z]/.test(name) && !/(er|or|ing|ice|ary|ware)$/.test(name);
}

/** Functions that mint a credential: `jwt.sign`, `signToken`, `generateAccessToken`, `createSessionToken`, `issueToken`. */
const MINTING_FUNCTION = /^(sign(_?(jwt|token|in_?token))?|(generate|create|issue|mint)_?\w*_?(token|jwt))$/i;

/** Logger redactions that cover the headers that matter in a whole `req.headers`. */
const WHOLE_HEADER_REDACTIONS = ['headers', 'authorization', 'cookie'];
/** Keys that name a thing rather than hold its value: `{ key: secretKey, value: secretValue }`. */
const NAME_KEYS: ReadonlySet<string> = new Set(['key', 'name', 'id', 'label', 'title', 'slug']);

export class SecretFinder {
  private readonly names: SecretNames;
  private readonly sanitizers: ReadonlySet<string>;
  private readonly model: ServerModel;
  private readonly collector: NodeCollector;
  private readonly status: StatusTracker;
  private readonly taint: ErrorTaint;
  private readonly redactedKeys = new Map<TSESLint.Scope.Variable, ReadonlySet<string>>();
  /** Alias values being looked into: `const a = { x: b }; const b = { y: a }` must not recurse forever. */
  private readonly expanding = new Set<TSESTree.Node>();
  /** Per property of `this`: whether the file only ever sets it to strings (one scan of the text each). */
  private readonly literalOnlyProperties = new Map<string, boolean>();

  constructor(
    private readonly analysis: FileAnalysis,
    options: SecretOptions,
  ) {
    this.names = secretNamesFor(options.extraNames, options.allowNames);
    this.sanitizers = new Set(options.sanitizers);
    this.model = getServerModel(analysis);
    this.collector = getCollector(analysis);
    this.status = getStatusTracker(analysis);
    this.taint = getErrorTaint(analysis);
  }

  findAll(): SecretUse[] {
    let uses = this.findUses();
    if (uses.length === 0) return uses;
    // A command-line tool's `console.log(token)` is its output to the operator (`generate-api-key`), not a log.
    if (this.model.frameworks.imported.size === 0 && importsCliFramework(this.analysis.sourceCode.ast)) {
      uses = uses.filter((use) => !(use.sink === 'log' && use.sinkLabel === 'console.log()'));
    }
    // A secret printed only in development (`if (NODE_ENV === 'development') console.info(resetUrl)`) never reaches shipped logs.
    const guards = getGuards(this.analysis);
    return uses.filter((use) => !guards.factsAt(use.node).devOnly);
  }

  private findUses(): SecretUse[] {
    const uses: SecretUse[] = [];
    for (const call of this.logCalls()) {
      const redacted = this.redactionOf(call);
      const label = `${calleePath(call.callee) ?? 'log'}()`;
      for (const arg of call.arguments) this.collect(arg, { sink: 'log', sinkLabel: label }, uses, redacted);
    }
    for (const candidate of this.collector.sinkCandidates) {
      if (candidate.type === AST_NODE_TYPES.NewExpression) this.checkErrorConstruction(candidate, uses);
      else this.checkErrorResponse(candidate, uses);
    }
    return uses;
  }

  private *logCalls(): Iterable<TSESTree.CallExpression> {
    for (const call of this.collector.logCalls) if (isLoggingCall(call)) yield call;
    for (const call of this.collector.helperCalls) {
      const name = calledFunctionName(call);
      if (name && LOG_FUNCTIONS.has(name)) yield call;
    }
  }

  /** `new Error(\`Login failed for ${password}\`)`, `new UnauthorizedException(token)`. */
  private checkErrorConstruction(node: TSESTree.NewExpression, uses: SecretUse[]): void {
    const callee = unwrap(node.callee);
    const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
    if (!name || !isErrorClassName(name)) return;
    for (const arg of node.arguments) this.collect(arg, { sink: 'errorMessage', sinkLabel: `new ${name}()` }, uses);
  }

  /** A response with an error status, from an error path, or with an error-shaped body. */
  private checkErrorResponse(candidate: TSESTree.Node, uses: SecretUse[]): void {
    const sink = this.model.sinkOf(candidate);
    if (!sink || sink.channel === 'catalogException') return;
    // `Boom.unauthorized(msg)`, `new BadRequestException(msg)`: the message is an error message.
    if (sink.channel === 'exception') {
      if (sink.node.type === AST_NODE_TYPES.CallExpression) {
        for (const payload of sink.payloads) this.collect(payload, { sink: 'errorMessage', sinkLabel: sink.label }, uses);
      }
      return;
    }
    // Cheap check first: find secrets in the payload before working out whether this is an error answer.
    let found: SecretUse[] = [];
    for (const payload of sink.payloads) this.collect(payload, { sink: 'errorResponse', sinkLabel: sink.label }, found);
    // A credential minted for this answer goes to the client that asked for it: a second-factor step's
    // `res.status(401).json({ tmpToken: jwt.sign(…) })` (juice-shop).
    found = found.filter((use) => !this.mintedHere(use.node));
    if (found.length === 0) return;
    const node = sink.node;
    let status: number | undefined;
    if (sink.receiver && node.type === AST_NODE_TYPES.CallExpression) {
      const known = this.status.atSend(node, sink.receiver, sink.receiverRole?.framework);
      status = known.kind === 'known' ? known.value : undefined;
    } else if (!sink.receiver && (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression)) {
      const known = this.status.fromInit(node.arguments[1]);
      status = known.kind === 'known' ? known.value : undefined;
    }
    const isError =
      (status !== undefined && status >= 400) ||
      errorPathOf(node, this.analysis, this.taint, this.model) !== undefined ||
      // A page's locals carry flash messages (`errorMessage: req.flash('error')`) on ordinary pages: only a status or an error path makes a render an error.
      (sink.channel !== 'template' && classifyBody(sink.payloads[0], this.analysis, this.taint).kind === 'error');
    if (isError) uses.push(...found);
  }

  /** Secrets inside a value, smallest expressions first. */
  private collect(
    value: TSESTree.Node,
    where: Pick<SecretUse, 'sink' | 'sinkLabel'>,
    uses: SecretUse[],
    redacted: ReadonlySet<string> = new Set(),
    depth = 0,
  ): void {
    const node = unwrap(value);
    if (depth > 6) return;
    const recurse = (child: TSESTree.Node): void => this.collect(child, where, uses, redacted, depth + 1);
    switch (node.type) {
      case AST_NODE_TYPES.ObjectExpression:
        for (const property of node.properties) {
          if (property.type === AST_NODE_TYPES.SpreadElement) {
            recurse(property.argument);
            continue;
          }
          const key = propertyKeyName(property);
          if (key !== undefined && redacted.has(key)) continue;
          // `{ password: input }`: the key says what the value is.
          if (key !== undefined && this.names.isSecret(key) && this.carriesValue(property.value)) {
            uses.push({ node: property.value, name: key, ...where });
          } else recurse(property.value);
        }
        return;
      case AST_NODE_TYPES.ArrayExpression:
        for (const element of node.elements) if (element) recurse(element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element);
        return;
      case AST_NODE_TYPES.TemplateLiteral:
        for (const expression of node.expressions) recurse(expression);
        return;
      case AST_NODE_TYPES.BinaryExpression:
        if (node.operator === '+') {
          recurse(node.left);
          recurse(node.right);
        }
        return;
      case AST_NODE_TYPES.ConditionalExpression:
        recurse(node.consequent);
        recurse(node.alternate);
        return;
      case AST_NODE_TYPES.LogicalExpression:
        if (node.operator !== '&&') recurse(node.left);
        recurse(node.right);
        return;
      case AST_NODE_TYPES.AwaitExpression:
        recurse(node.argument);
        return;
      case AST_NODE_TYPES.CallExpression: {
        // `req.get('Authorization')`, `req.header('cookie')`, `request.headers.get('authorization')`.
        const header = headerRead(node);
        if (header !== undefined && this.names.isSecret(header)) uses.push({ node, name: this.analysis.sourceCode.getText(node), ...where });
        else this.reportAsWhole(node, uses, () => this.collectFromCall(node, recurse));
        return;
      }
      case AST_NODE_TYPES.Identifier:
      case AST_NODE_TYPES.MemberExpression: {
        // A whole request's headers in a log carry its Cookie and Authorization (habitica's error middleware).
        if (where.sink === 'log' && this.isRequestHeaders(node) && !WHOLE_HEADER_REDACTIONS.some((key) => redacted.has(key))) {
          uses.push({ node, name: `${this.analysis.sourceCode.getText(node)} (with Cookie and Authorization)`, ...where });
          return;
        }
        const name = this.secretName(node);
        // `const sessionId = req.sessionID.substr(0, 8)`: the name is a secret's, the value a short prefix.
        if (name && node.type === AST_NODE_TYPES.Identifier && !this.carriesValue(node)) return;
        if (name) uses.push({ node, name, ...where });
        // `authorization.split(' ')[1]`: a piece of a secret is the secret.
        // (One header or cookie of a request, `req.headers['user-agent']`, `req.cookies['ui-theme']`, is judged by its name above.)
        else if (
          node.type === AST_NODE_TYPES.MemberExpression &&
          node.computed &&
          node.property.type === AST_NODE_TYPES.Literal &&
          !this.isRequestHeaders(unwrap(node.object)) &&
          !this.namedNonSecretCookieOrHeader(node)
        ) {
          this.reportAsWhole(node, uses, () => recurse(node.object));
        }
        else if (node.type === AST_NODE_TYPES.Identifier) {
          // A local alias: `const creds = req.body.password`.
          const init = singleAssignmentValue(node, this.analysis.sourceCode);
          if (init && this.hasSecret(init)) uses.push({ node, name: `${node.name} (${this.analysis.sourceCode.getText(init).replace(/\s+/g, ' ').slice(0, 40)})`, ...where });
          else {
            // `const { access_token, refresh_token } = tokenData`: the code itself takes secrets out of it (LibreChat).
            const secret = this.destructuredSecret(node);
            if (secret) uses.push({ node, name: `${node.name} (holds ${secret})`, ...where });
          }
        }
        return;
      }
      default:
        return;
    }
  }

  /** `jwt.sign(…)`, `generateAccessToken(user)`, or a `const` holding one. */
  private mintedHere(node: TSESTree.Node): boolean {
    let value = unwrap(node);
    if (value.type === AST_NODE_TYPES.Identifier) value = unwrap(singleAssignmentValue(value, this.analysis.sourceCode) ?? value);
    if (value.type === AST_NODE_TYPES.AwaitExpression) value = unwrap(value.argument);
    return value.type === AST_NODE_TYPES.CallExpression && MINTING_FUNCTION.test(calledMethodName(value) ?? calledFunctionName(value) ?? '');
  }

  /** `token.trim()`, `authorization.split(' ')[1]`: report the whole expression that still is the secret. */
  private reportAsWhole(whole: TSESTree.Node, uses: SecretUse[], collectInner: () => void): void {
    const before = uses.length;
    collectInner();
    for (let index = before; index < uses.length; index += 1) {
      const use = uses[index] as SecretUse;
      if (whole.type !== AST_NODE_TYPES.CallExpression || TEXT_METHODS.has(calledMethodName(whole) ?? '')) uses[index] = { ...use, node: whole };
    }
  }

  private collectFromCall(call: TSESTree.CallExpression, recurse: (child: TSESTree.Node) => void): void {
    const path = calleePath(call.callee);
    const last = path?.split('.').pop() ?? '';
    if (path && (this.sanitizers.has(path) || this.sanitizers.has(last) || MASKING.test(last))) return;
    if (path && (SERIALIZING.has(path) || SAFE_STRINGIFY_NAMES.has(path))) {
      for (const arg of call.arguments) recurse(arg);
      return;
    }
    const method = calledMethodName(call);
    if (!method) return;
    if (isTruncation(call)) return;
    if (TEXT_METHODS.has(method)) recurse((unwrap(call.callee) as TSESTree.MemberExpression).object);
  }

  /** Whether an expression (an alias's value) holds a secret. */
  private hasSecret(node: TSESTree.Node): boolean {
    if (this.expanding.has(node)) return false;
    this.expanding.add(node);
    const found: SecretUse[] = [];
    try {
      // Four levels down: `{ locals: { link: \`…/reset/${user.resetToken}\` } }` (lad's mail data).
      this.collect(node, { sink: 'log', sinkLabel: '' }, found, new Set(), 2);
    } finally {
      this.expanding.delete(node);
    }
    return found.length > 0;
  }

  /** The name that makes an identifier or property a secret, or the login request body. */
  private secretName(node: TSESTree.Identifier | TSESTree.MemberExpression): string | undefined {
    if (node.type === AST_NODE_TYPES.Identifier) return this.names.isSecret(node.name) && !this.isFunctionName(node) && !this.boundToName(node) ? node.name : undefined;
    // `user[config.userFields.resetToken]` (lad): a field named by a configured key's name. Not `sessions[sessionId]`,
    // which is indexed by a secret's value.
    const property = memberName(node) ?? (node.computed && node.property.type === AST_NODE_TYPES.MemberExpression ? memberName(node.property) : undefined);
    // Hapi's `request.auth.credentials` is the authenticated identity, not a secret.
    if (property === 'credentials' && unwrap(node.object).type === AST_NODE_TYPES.MemberExpression && memberName(unwrap(node.object) as TSESTree.MemberExpression) === 'auth') return undefined;
    if (property !== undefined && this.names.isSecret(property) && !isCodeNamespace(node.object) && !this.holdsOnlyLiterals(node, property)) {
      return this.analysis.sourceCode.getText(node);
    }
    // `req.body` of a login, registration or reset handler: it holds the password.
    if (property === 'body' && this.isAuthRequest(node.object)) return `${this.analysis.sourceCode.getText(node)} (an authentication request body)`;
    return undefined;
  }

  /** A secret's key in a destructuring of this variable anywhere in the file: `const { refresh_token } = tokenData`. */
  private destructuredSecret(identifier: TSESTree.Identifier): string | undefined {
    const variable = findVariable(this.analysis.sourceCode.getScope(identifier), identifier);
    for (const reference of variable?.references ?? []) {
      const declarator = reference.identifier.parent;
      if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== reference.identifier || declarator.id.type !== AST_NODE_TYPES.ObjectPattern) continue;
      for (const property of declarator.id.properties) {
        const key = property.type === AST_NODE_TYPES.Property ? propertyKeyName(property) : undefined;
        if (key !== undefined && this.names.isSecret(key)) return key;
      }
    }
    return undefined;
  }

  /**
   * `this.envVarApiKey`, when every `this.envVarApiKey = …` in the file writes a string: the name of an
   * environment variable, not its value (LibreChat's tools).
   */
  private holdsOnlyLiterals(node: TSESTree.MemberExpression, property: string): boolean {
    if (unwrap(node.object).type !== AST_NODE_TYPES.ThisExpression) return false;
    const cached = this.literalOnlyProperties.get(property);
    if (cached !== undefined) return cached;
    const writes = [...this.analysis.sourceCode.text.matchAll(new RegExp(`\\bthis\\.${property.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=(?!=)\\s*([^;\\n]*)`, 'g'))];
    const literalOnly = writes.length > 0 && writes.every((write) => /^(['"])[^'"]*\1\s*$/.test((write[1] ?? '').trim()));
    this.literalOnlyProperties.set(property, literalOnly);
    return literalOnly;
  }

  private isAuthRequest(node: TSESTree.Node): boolean {
    const target = unwrap(node);
    if (target.type !== AST_NODE_TYPES.Identifier) return false;
    const role = this.model.roleOf(target);
    if (role?.role !== 'request') return false;
    const variable = findVariable(this.analysis.sourceCode.getScope(target), target);
    const fn = variable?.defs[0]?.node;
    return isFunctionNode(fn) && isAuthenticationHandler(fn, this.model);
  }

  /** `validatePassword(…)` is a function, not a password. */
  /** `for (const { key: secretKey, value } of secrets)`: bound to a secret's name, not its value (shelve). */
  private boundToName(identifier: TSESTree.Identifier): boolean {
    const name = findVariable(this.analysis.sourceCode.getScope(identifier), identifier)?.defs[0]?.name;
    const property = name?.parent;
    return property?.type === AST_NODE_TYPES.Property && property.value === name && property.parent.type === AST_NODE_TYPES.ObjectPattern && NAME_KEYS.has(propertyKeyName(property) ?? '');
  }

  private isFunctionName(identifier: TSESTree.Identifier): boolean {
    const parent = identifier.parent;
    return parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier;
  }

  /** `req.headers`, `request.headers`, `ctx.headers`, `ctx.request.headers` of a request the server model knows. */
  private isRequestHeaders(node: TSESTree.Node): boolean {
    if (node.type !== AST_NODE_TYPES.MemberExpression || memberName(node) !== 'headers') return false;
    let owner = unwrap(node.object);
    if (owner.type === AST_NODE_TYPES.MemberExpression && memberName(owner) === 'request') owner = unwrap(owner.object);
    if (owner.type !== AST_NODE_TYPES.Identifier) return false;
    const role = this.model.roleOf(owner)?.role;
    return role === 'request' || role === 'koaContext';
  }

  /** A template whose parts are plain reads (no calls) of values not named like secrets. */
  private builtFromNonSecrets(node: TSESTree.Node): boolean {
    if (node.type !== AST_NODE_TYPES.TemplateLiteral || node.expressions.length === 0) return false;
    return node.expressions.every((part) => {
      const value = unwrap(part);
      return (value.type === AST_NODE_TYPES.Identifier || value.type === AST_NODE_TYPES.MemberExpression) && !this.hasSecret(value);
    });
  }

  /** Literals and presence checks carry no secret: `{ password: '[REDACTED]' }`, `{ password: !!password }`, `{ password: ["can't be blank"] }`. */
  /** `req.cookies.clientLanguage`, `req.headers['accept-language']`: a cookie or header whose own name is no secret nor a session's. */
  private namedNonSecretCookieOrHeader(read: TSESTree.MemberExpression): boolean {
    const collection = unwrap(read.object);
    const collectionName = collection.type === AST_NODE_TYPES.MemberExpression ? memberName(collection) : undefined;
    if (collectionName !== 'cookies' && collectionName !== 'signedCookies' && collectionName !== 'headers') return false;
    const name = memberName(read) ?? (read.computed ? staticString(read.property) : undefined);
    return name !== undefined && !this.names.isSecret(name) && !SESSION_LIKE.test(name);
  }

  private carriesValue(value: TSESTree.Node, depth = 0): boolean {
    const node = unwrap(value);
    if (getStaticValue(node, this.analysis.sourceCode.getScope(node)) !== null && node.type !== AST_NODE_TYPES.Identifier) return false;
    // `{ ...request, password: undefined }`: the secret taken out (medplum).
    if (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') return false;
    if (node.type === AST_NODE_TYPES.Literal || node.type === AST_NODE_TYPES.UnaryExpression || node.type === AST_NODE_TYPES.BinaryExpression) return false;
    // `{ cardNumber: !cardNumber && 'Card number is required' }`: either operand may be the value.
    if (node.type === AST_NODE_TYPES.LogicalExpression) return this.carriesValue(node.left, depth + 1) || this.carriesValue(node.right, depth + 1);
    // `${secret.slice(0, 5)}...${secret.slice(-5)}`: a masked secret, when every part is.
    if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.expressions.some((expression) => this.carriesValue(expression, depth + 1));
    if (node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'length') return false;
    // `{ cookie: req.cookies.clientLanguage }`: one cookie or header read by name is judged by that name (PeerTube).
    if (node.type === AST_NODE_TYPES.MemberExpression && this.namedNonSecretCookieOrHeader(node)) return false;
    // `{ hashedPassword: { type, length, suffix } }`: what it holds is looked at inside.
    if (node.type === AST_NODE_TYPES.ObjectExpression) return false;
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const last = calleePath(node.callee)?.split('.').pop() ?? '';
      return !(MASKING.test(last) || this.sanitizers.has(last) || isTruncation(node));
    }
    // `const tokenPrefix = token.substring(0, 6)`, then `{ token: tokenPrefix }`.
    if (node.type === AST_NODE_TYPES.Identifier && depth < 2) {
      const init = singleAssignmentValue(node, this.analysis.sourceCode);
      if (init && unwrap(init).type === AST_NODE_TYPES.CallExpression) return this.carriesValue(init, depth + 1);
      // `const sessionId = \`${provider}:${chatId}\``: named like a secret, built from plain reads of values that are none (budibase).
      if (init && this.builtFromNonSecrets(unwrap(init))) return false;
    }
    return true;
  }


  /** pino's `redact` option on the logger this call uses: those keys are removed before writing. */
  private redactionOf(call: TSESTree.CallExpression): ReadonlySet<string> {
    let object: TSESTree.Node = unwrap(call.callee);
    while (object.type === AST_NODE_TYPES.MemberExpression) object = unwrap(object.object);
    if (object.type !== AST_NODE_TYPES.Identifier) return new Set();
    const variable = findVariable(this.analysis.sourceCode.getScope(object), object);
    if (!variable) return new Set();
    let keys = this.redactedKeys.get(variable);
    if (!keys) {
      keys = readRedaction(variable);
      this.redactedKeys.set(variable, keys);
    }
    return keys;
  }
}

/** One name matcher (and its cache) per option set, shared by every file. */
const secretNameMatchers = new Map<string, SecretNames>();

function secretNamesFor(extraNames: readonly string[], allowNames: readonly string[]): SecretNames {
  const key = JSON.stringify([extraNames, allowNames]);
  let names = secretNameMatchers.get(key);
  if (!names) {
    names = new SecretNames(extraNames, allowNames);
    secretNameMatchers.set(key, names);
  }
  return names;
}

/** `const logger = pino({ redact: ['req.headers.authorization', 'password'] })` → { authorization, password }. */
function readRedaction(variable: TSESLint.Scope.Variable): ReadonlySet<string> {
  const def = variable.defs[0];
  const init = def?.type === 'Variable' && def.node.init ? unwrap(def.node.init) : undefined;
  if (init?.type !== AST_NODE_TYPES.CallExpression) return new Set();
  const options = init.arguments[0] && unwrap(init.arguments[0]);
  if (options?.type !== AST_NODE_TYPES.ObjectExpression) return new Set();
  const keys = new Set<string>();
  for (const property of options.properties) {
    if (property.type !== AST_NODE_TYPES.Property || propertyKeyName(property) !== 'redact') continue;
    let paths = unwrap(property.value);
    if (paths.type === AST_NODE_TYPES.ObjectExpression) {
      const inner = paths.properties.find((candidate) => candidate.type === AST_NODE_TYPES.Property && propertyKeyName(candidate) === 'paths');
      if (inner?.type !== AST_NODE_TYPES.Property) continue;
      paths = unwrap(inner.value);
    }
    if (paths.type !== AST_NODE_TYPES.ArrayExpression) continue;
    for (const element of paths.elements) {
      const text = element ? staticString(element) : undefined;
      if (text) keys.add(text.replace(/\[["']?|["']?\]/g, '.').split('.').filter(Boolean).pop() ?? text);
    }
  }
  return keys;
}

/** The header name in `req.get('Authorization')`, `req.header('cookie')`, `headers.get('authorization')`. */
function headerRead(call: TSESTree.CallExpression): string | undefined {
  const method = calledMethodName(call);
  if (method !== 'get' && method !== 'header') return undefined;
  return call.arguments.length === 1 ? staticString(call.arguments[0]) : undefined;
}

/** Classes, enums and constant objects of error codes, messages, kinds or states: `Parse.Error.INVALID_SESSION_TOKEN`, `ErrorCode.API_KEY`, `ErrorType.InvalidToken`, `MissingProfile.password`. */
const CODE_NAMESPACE_WORDS = new Set(['error', 'errors', 'code', 'codes', 'message', 'messages', 'reason', 'reasons']);
/** `ErrorType.InvalidToken`, `ErrorKind.Password`: a kind of error, named after the word for errors. */
const ERROR_KIND_WORDS = new Set(['type', 'types', 'kind', 'kinds']);
const TEXT_TABLE_WORDS = new Set(['messages', 'texts', 'strings', 'labels']);

function isCodeNamespace(object: TSESTree.Node): boolean {
  const target = unwrap(object);
  const name = target.type === AST_NODE_TYPES.Identifier ? target.name : target.type === AST_NODE_TYPES.MemberExpression ? memberName(target) : undefined;
  if (name === undefined) return false;
  const parts = words(name);
  // `warningMessages.missingCredentials`: a table of texts, whatever its case.
  if (TEXT_TABLE_WORDS.has(parts[parts.length - 1] ?? '')) return true;
  if (!/^[A-Z]/.test(name)) return false; // a lowercase `error.token` is an instance, which may carry the secret
  // `ErrorCode.TOKEN`, or an enum of states: `MissingProfile.password`, `InvalidField.apiKey`.
  const last = parts[parts.length - 1] ?? '';
  if (ERROR_KIND_WORDS.has(last) && parts[parts.length - 2] === 'error') return true;
  return CODE_NAMESPACE_WORDS.has(last) || parts.some((word) => STATE_WORDS.has(word));
}

/** `card.slice(-4)`, `token.substring(0, 6)`: the last digits or a short prefix, not the secret. */
function isTruncation(call: TSESTree.CallExpression): boolean {
  const method = calledMethodName(call);
  if (method !== 'slice' && method !== 'substr' && method !== 'substring') return false;
  const [start, end] = call.arguments.map((arg) => unwrap(arg));
  if (method !== 'substring' && isNegativeNumber(start)) return true;
  const length = end?.type === AST_NODE_TYPES.Literal && typeof end.value === 'number' ? end.value : undefined;
  return start?.type === AST_NODE_TYPES.Literal && start.value === 0 && length !== undefined && length <= MAX_PREFIX;
}

/** The longest prefix of a token still taken for a log correlation id, not the token. */
const MAX_PREFIX = 8;

function isNegativeNumber(node: TSESTree.Node | undefined): boolean {
  const target = node && unwrap(node);
  return target?.type === AST_NODE_TYPES.UnaryExpression && target.operator === '-' && target.argument.type === AST_NODE_TYPES.Literal;
}
