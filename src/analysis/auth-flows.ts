/**
 * Authentication flows (login, password reset, registration) and their
 * failure exits: what each failure answers (message, status, exception
 * class, body shape) and on which branch it sits — the account lookup came
 * back empty, or the password check failed.
 *
 * A function is an authentication flow when it checks a password
 * (`bcrypt.compare`, `argon2.verify`, `user.comparePassword()` …), is a route
 * handler under an authentication path (`/login`, `/auth/token`,
 * `/forgot-password` …), is a passport `LocalStrategy` verify callback or a
 * NextAuth `authorize()`, or is named like one (`login`, `validateUser` …).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  type FunctionNode,
  calleePath,
  functionName,
  catchClauseAround,
  isCaughtLocally,
  calledFunctionName,
  calledMethodName,
  contains,
  enclosingFunction,
  isFunctionNode,
  isNullish,
  isRequireCall,
  memberName,
  moduleOf,
  parameterIdentifier,
  propertyKeyName,
  propertyValue,
  singleAssignmentValue,
  staticString,
  sameFileFunction,
  unwrap,
} from '../util/ast';
import { getCollector, type NodeCollector } from './collector';
import { alwaysExits } from './guards';
import { classifyBody } from './error-shape';
import { ITERATION_METHODS, type ErrorTaint } from './error-taint';
import type { FileAnalysis } from './file-analysis';
import { getErrorTaint, getStatusTracker } from './shared';
import { getResponseSends, type ResponseSend } from './sends';
import type { Sink } from './sinks';
import { getServerModel, type ServerModel } from './server-model';
import { words } from './sensitive';
import { statusValue, type StatusTracker } from './status';
import { errorStatusOfMethod, statusOfName } from './status-names';
import { AST_NODE_TYPES, findVariable, getStaticValue } from '../util/ts-estree';

export type FlowKind = 'login' | 'reset' | 'registration';
export type Branch = 'accountMissing' | 'passwordFailed' | 'accountExists';

export interface FailureExit {
  node: TSESTree.Node;
  kind: 'response' | 'throw' | 'callback' | 'return';
  /**
   * The `catch` of the same function that answers for this throw (`catch { throw new BadRequestException(…) }`):
   * the throw is not an answer of its own, but it still leaves before the code after it, which matters for timing.
   */
  caughtBy?: TSESTree.CatchClause;
  /** The static message text, when there is one. */
  message?: string;
  /** The string literal holding the message, for suggestions. */
  messageNode?: TSESTree.Literal;
  status?: number;
  className?: string;
  /** Sorted keys of an object body. */
  shape?: string;
  branch?: Branch;
  /**
   * The exit answers for a record looked up by an id that was not found (`findById(session.userId)`):
   * its text, even "User not found", says nothing about an address a client typed.
   */
  missingRecordById?: boolean;
  /** Login exits on no branch of their own, reached only once the lookup found the account (`if (!user) throw …` before them). */
  afterAccountFound?: boolean;
  /** The `if` branch (or conditional arm) that decides `branch`. */
  branchNode?: TSESTree.Node;
  /** A lookup that throws when the account is missing (`findUniqueOrThrow({ where: { email } })`): its own missing-account failure. */
  throwsWhenMissing?: boolean;
  /**
   * Missing-account exits: the `if` arms around the exit whose conditions say nothing about the
   * account or the password (`if (body instanceof RegisterDto) { … }`). Code outside them runs
   * for other requests, not for this one with another account.
   */
  otherConditionArms?: TSESTree.Node[];
}

export interface AuthFlow {
  fn: FunctionNode;
  kind: FlowKind;
  exits: FailureExit[];
  /** Password checks in the flow, in source order. */
  passwordChecks: TSESTree.Node[];
  /** Login flows: the password checks that never run when the account is missing. */
  skippedChecks: SkippedCheck[];
  /** Throws that a `catch` answers for; they leave early all the same (timing only). */
  caughtExits: FailureExit[];
  /** Login flows: calls that hash the password (`bcrypt.hash(password, 12)`), which take as long as a check. */
  hashings: TSESTree.Node[];
}

/** `!user || !(await bcrypt.compare(…))`: the check, and the operand that skips it for a missing account. */
export interface SkippedCheck {
  check: TSESTree.Node;
  skippedBy: TSESTree.Node;
}

export interface AuthFlowOptions {
  /** Extra function or method names that check a password. */
  passwordChecks: readonly string[];
  /** Extra function names that make a function a login flow. */
  loginFunctions: readonly string[];
  /** Whether registration flows count ("email already in use"). */
  checkRegistration: boolean;
}

const PASSWORD_CHECK_METHODS = new Set([
  'comparePassword',
  'comparePasswords',
  'verifyPassword',
  'validatePassword',
  'checkPassword',
  'isValidPassword',
  'isPasswordMatch',
  'isPasswordValid',
  'matchPassword',
  'matchPasswords',
  'passwordMatches',
  'passwordMatch',
  'passwordsMatch',
  'isPasswordCorrect',
  'isCorrectPassword',
  'timingSafeEqual',
]);
/** `bcrypt.compare`, `argon2.verify`: the object names that make a generic method a password check. */
const HASH_LIBRARIES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['compare', new Set(['bcrypt', 'bcryptjs', 'bcryptNodejs'])],
  ['compareSync', new Set(['bcrypt', 'bcryptjs'])],
  ['verify', new Set(['argon2', 'scrypt', 'bcrypt', 'passwordHash', 'hasher'])],
]);
/** Objects whose `hash()` hashes a password: `bcrypt.hash(password, 12)`. */
const HASH_OBJECTS = new Set(['bcrypt', 'bcryptjs', 'argon2', 'scrypt']);
/** An app's own password hashing: `hashPassword(password)`, `generatePasswordHash(…)`. */
const HASHING_FUNCTION = /^(hash_?password|generate_?password_?hash|create_?password_?hash)$/i;
/** Names of an app's own password-check wrappers: `compare`, `verify`, `comparePasswordHash`, `checkHash`. */
const CHECK_WRAPPER_NAME = /^(compare|verify|check|match|validate)/i;
/** Packages whose named `compare`/`verify` exports check a password: `import { compare } from 'bcryptjs'`. */
const HASH_PACKAGES = new Set(['bcrypt', 'bcryptjs', 'bcrypt-ts', 'bcrypt-nodejs', 'argon2', '@node-rs/argon2', '@node-rs/bcrypt', 'scrypt-kdf']);
const LOGIN_NAMES = /^(log_?in|sign_?in|log_?on|authenticate|validate_?user|verify_?credentials|check_?credentials|authorize|local_?login|login_?user|sign_?in_?user|handle_?login|handle_?sign_?in|post_?login|login_?handler|try_?login|attempt_?login|do_?login|perform_?login|handle_?login_?request|handle_?sign_?in_?request|process_?login|submit_?login)$/i;
/** `signInWithEmail`, `loginWithPassword`, `signInCredentials`: a login named for its credential (AUTH_WORDS has `sign in` and `log in`). */
const CREDENTIAL_LOGIN_NAMES = /^(sign|log)_?in_?(with_?)?(email|password|credentials?)$/i;
/** Also passwordless sign-in (`sendMagicLink`, Ghost): any other answer for an unknown address names the accounts. */
const RESET_NAMES = /(forgot|reset|recover|unlock|verify_?email|send_?reset|request_?reset|password_?reset|lost_?password|magic_?link)/i;
/**
 * Sending a verification mail to a named account (`sendEmailVerificationCode`, infisical). Only as the start of a name:
 * `resendEmailVerificationOTP` re-sends within a signup session that its id gates (Open Collective).
 */
const VERIFICATION_MAIL_NAMES = /^(send_?verification|send_?email_?verification)/i;
/** `register`, and Express-style handler names: `postRegister`, `postSignup` (growthbook). */
const REGISTRATION_NAMES = /^(register|sign_?up|create_?account|register_?user|signup_?user|post_?register|post_?sign_?up)$/i;
/** `changePassword`, `updateUserPassword` (heyform), `change_own_credentials`. */
const CHANGE_NAMES = /(change|update)_?(user_?|account_?|my_?|own_?)?(password|credentials?)/i;
/** Two-factor backup codes (`GenerateRecoveryCodes`): not the recovery of an account by its address. */
const RECOVERY_CODES = /recovery_?codes?/i;
/** `setUserPasswordInV2`, `set_password`: a setter of the password, which is no login. */
function isPasswordSetter(name: string): boolean {
  const parts = words(name);
  return parts[0] === 'set' && parts.includes('password');
}
const LOGIN_PATH = /(^|\/)(log-?in|sign-?in|sign_in|log-?on|authenticate|auth|sessions?|token|oauth\/token)(\/|$)/i;
const RESET_PATH = /(^|\/)[\w-]*(forgot|reset|recover|unlock|verify-?email|lost-?password|magic-?link)[\w-]*(\/|$)/i;
const REGISTRATION_PATH = /(^|\/)(register|sign-?up|signup)(\/|$)/i;
const CHANGE_PATH = /(change|update)-?password|password\/(change|update)/i;
/** Methods that look an account up: `findOne`, `findUnique`, `getUserByEmail`, `byEmail`, `query`, `get`, internal `_get`. */
const LOOKUP_METHOD = /^_*(find|get|fetch|load|lookup|query|select|retrieve|read|search|by[A-Z]|first|one|where)|ByEmail$|ByUsername$|ByLogin$/;
/** What a client types to name an account. */
const CLIENT_IDENTIFIER = /email|e_mail|user_?name|username|login|phone|handle|nickname|credentials/i;
/**
 * A word every name and path above contains (a necessary condition, checked on the file's text).
 * `createAccount` only as a whole name: a type named `CreateAccountInput` is no registration.
 */
export const AUTH_WORDS = /log[-_]?[io]n|sign[-_]?(?:in|up)|auth|validate_?user|credentials|session|token|forgot|reset|recover|unlock|verify[-_]?email|lost[-_]?password|register|create_?account\b|strategy|magic[-_]?link|send[-_]?(email[-_]?)?verification/i;
/** The patterns AUTH_WORDS must cover, for the test that keeps them in step. */
export const FLOW_PATTERNS = { LOGIN_NAMES, RESET_NAMES, VERIFICATION_MAIL_NAMES, REGISTRATION_NAMES, LOGIN_PATH, RESET_PATH, REGISTRATION_PATH };
/** Failed results of result types: `Result.fail(msg)` (DDD use cases), `Result.err(msg)`. */
const RESULT_FAILURES = new Set(['Result.fail', 'Result.failure', 'Result.err', 'Result.error']);
const MESSAGE_KEYS = ['message', 'statusMessage', 'error', 'msg', 'detail', 'title', 'error_description', 'errorMessage'];
const PAGE_METHODS = new Set(['render', 'view', 'html']);
/** A page's value that shows a failure: `error`, `loginError`, `errorMessage`, `message`. */
const PAGE_ERROR_KEY = /^(messages?|msg|errors)$|error(_?message)?$/i;
const CODE_KEYS = ['code', 'errorCode', 'error_code'];

export class AuthFlowFinder {
  private readonly model: ServerModel;
  private readonly collector: NodeCollector;
  private readonly status: StatusTracker;
  private readonly taint: ErrorTaint;
  private readonly flowOf = new Map<FunctionNode, FunctionNode>();
  private readonly checkNames: ReadonlySet<string>;
  private readonly loginNames: ReadonlySet<string>;

  constructor(
    private readonly analysis: FileAnalysis,
    private readonly options: AuthFlowOptions,
  ) {
    this.model = getServerModel(analysis);
    this.collector = getCollector(analysis);
    this.status = getStatusTracker(analysis);
    this.taint = getErrorTaint(analysis);
    this.checkNames = new Set([...PASSWORD_CHECK_METHODS, ...options.passwordChecks]);
    this.loginNames = new Set(options.loginFunctions);
  }

  findFlows(): AuthFlow[] {
    const checksByFlow = new Map<FunctionNode, TSESTree.Node[]>();
    for (const call of this.collector.callsWithArguments) {
      if (!this.isPasswordCheck(call) || this.reauthenticatesSessionUser(call)) continue;
      const flow = this.flowFunction(call);
      if (!flow) continue;
      const list = checksByFlow.get(flow);
      if (list) list.push(call);
      else checksByFlow.set(flow, [call]);
    }
    // Cheapest check first: without a password check, a flow needs a login, reset or registration
    // name or route path, or a passport strategy, and each of those leaves one of these words in the text.
    // A Next.js route file's path counts too (`pages/api/auth/unlock-account.ts`).
    if (checksByFlow.size === 0 && this.loginNames.size === 0 && !AUTH_WORDS.test(this.analysis.sourceCode.text) && !AUTH_WORDS.test(this.analysis.filename)) return [];
    // An operator's command-line tool (`user reset-password <email>`) answers no remote client.
    if (this.model.frameworks.imported.size === 0 && importsCliFramework(this.analysis.sourceCode.ast)) return [];
    // Cheap check next: decide which functions are authentication flows, then look at their exits only.
    const kinds = new Map<FunctionNode, FlowKind | undefined>();
    const kindOf = (fn: FunctionNode): FlowKind | undefined => {
      if (!kinds.has(fn)) kinds.set(fn, this.flowKind(fn, checksByFlow.get(fn) ?? []));
      return kinds.get(fn);
    };
    const exitsByFlow = new Map<FunctionNode, FailureExit[]>();
    for (const exit of this.failureExits((node) => {
      const flow = this.flowFunction(node);
      return flow !== undefined && kindOf(flow) !== undefined;
    })) {
      const flow = this.flowFunction(exit.node) as FunctionNode;
      const list = exitsByFlow.get(flow);
      if (list) list.push(exit);
      else exitsByFlow.set(flow, [exit]);
    }
    const flows: AuthFlow[] = [];
    // Only files with a login flow pay for finding the calls that hash a password.
    const hashings = [...kinds.values()].includes('login') ? this.collector.callsWithArguments.filter((call) => this.isPasswordHashing(call)) : [];
    for (const [fn, exits] of exitsByFlow) {
      const passwordChecks = checksByFlow.get(fn) ?? [];
      const kind = kindOf(fn) as FlowKind;
      for (const exit of exits) {
        if (exit.throwsWhenMissing) {
          exit.branch = 'accountMissing';
          exit.branchNode = exit.node;
          continue;
        }
        const found = this.branchOf(exit.node, fn, passwordChecks);
        if (!found && exit.message !== undefined) exit.missingRecordById = this.missingRecordById(exit.node, fn);
        if (!found && (kind === 'login' || kind === 'reset')) exit.afterAccountFound = this.afterAccountFound(exit.node, fn, passwordChecks);
        if (found) {
          exit.branch = found.branch;
          exit.branchNode = found.node;
          if (found.branch === 'accountMissing') exit.otherConditionArms = this.otherConditionArms(exit.node, fn, passwordChecks);
        }
      }
      const skippedChecks = kind === 'login' ? this.skippedChecks(fn, passwordChecks) : [];
      // A reset or verification step behind a check of the emailed token says nothing to anyone without it,
      // unless the token is not bound to the address and the failure is about an address the client typed.
      const reachable =
        kind === 'reset'
          ? exits.filter((exit) => {
              const gate = this.tokenGate(exit.node, fn);
              return gate === undefined || (gate === 'unbound' && exit.branch === 'accountMissing');
            })
          : exits;
      flows.push({
        fn,
        kind,
        exits: reachable.filter((exit) => !exit.caughtBy),
        passwordChecks,
        skippedChecks,
        caughtExits: reachable.filter((exit) => exit.caughtBy),
        hashings: kind === 'login' ? hashings.filter((call) => contains(fn, call)) : [],
      });
    }
    return flows;
  }

  /**
   * An earlier `if (!record) return …` in the flow that rejects requests without a valid token:
   * `record` was looked up by the token, and by the account's identifier too when `bound`
   * (`findFirst({ where: { identifier: email, token } })`), so later failures need that token.
   */
  private tokenGate(node: TSESTree.Node, flow: FunctionNode): 'bound' | 'unbound' | undefined {
    let gate: 'bound' | 'unbound' | undefined;
    for (let child: TSESTree.Node = node, parent = node.parent; parent && child !== flow; child = parent, parent = parent.parent) {
      if (parent.type !== AST_NODE_TYPES.BlockStatement) continue;
      for (const statement of parent.body) {
        if (statement === child) break;
        if (statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate || !alwaysExits(statement.consequent)) continue;
        for (const record of rejectedWhenMissing(statement.test)) {
          const lookup = this.tokenLookup(record);
          if (lookup === 'bound') return 'bound';
          gate ??= lookup;
        }
      }
    }
    return gate;
  }

  /** What a record was looked up by: the token and the account identifier (`bound`), the token alone, or neither. */
  private tokenLookup(identifier: TSESTree.Identifier): 'bound' | 'unbound' | undefined {
    const def = findVariable(this.analysis.sourceCode.getScope(identifier), identifier)?.defs[0];
    if (def?.type !== 'Variable' || !def.node.init) return undefined;
    const init = lookupCallOf(def.node.init);
    if (init.type !== AST_NODE_TYPES.CallExpression || !LOOKUP_METHOD.test(calledName(init))) return undefined;
    const sourceCode = this.analysis.sourceCode;
    const names = init.arguments.flatMap((arg) => sourceCode.getTokens(arg).filter((token) => token.type === 'Identifier').map((token) => token.value));
    if (!names.some((name) => TOKEN_KEY.test(name))) return undefined;
    return names.some((name) => CLIENT_IDENTIFIER_KEY.test(name) || name === 'identifier') ? 'bound' : 'unbound';
  }

  /**
   * `bcrypt.compare(password, req.user.password)`, or against the record looked up by the session's
   * user (`findFirst({ where: { username: request.user.username } })`): a signed-in user confirms
   * their own password before changing their email or deleting the account. Nothing to enumerate.
   */
  private reauthenticatesSessionUser(call: TSESTree.CallExpression): boolean {
    return call.arguments.some((argument) => {
      const value = unwrap(argument);
      // `validatePassword(this.ctx.user.email, password)`: the account named is the signed-in user's (karakeep).
      if (value.type === AST_NODE_TYPES.MemberExpression && SESSION_ACCOUNT.test(calleePath(value) ?? '')) return true;
      // `currentAuth?.password || ''`: whose hash it is does not change with the fallback (dokploy).
      const stored = storedHashMember(value);
      return stored !== undefined && this.isSessionAccount(stored.object);
    });
  }

  /** `req.user`, `@CurrentUser() user`, a record looked up by the session's user or by an id, or a parameter every caller passes one of these. */
  private isSessionAccount(node: TSESTree.Node, depth = 0): boolean {
    const owner = unwrap(node);
    if (SESSION_ACCOUNT.test(calleePath(owner) ?? '')) return true;
    if (owner.type !== AST_NODE_TYPES.Identifier) return false;
    const def = findVariable(this.analysis.sourceCode.getScope(owner), owner)?.defs[0];
    if (def?.type === 'Parameter') {
      // A NestJS parameter decorated as the signed-in user: `@User() user`, `@CurrentUser() user`.
      if (hasSessionUserDecorator(def.name)) return true;
      // `private validatePinCode(user, dto)`, called only as `this.validatePinCode(user, dto)` with the signed-in user's record (immich).
      if (depth >= 2 || !isFunctionNode(def.node)) return false;
      // `validatedActionWithUser(schema, async (data, formData, user) => …)`: a wrapper hands the callback the account
      // it signed in, after any arguments (nextjs/saas-starter's password change and account deletion).
      if (
        isWrapperCallback(def.node) &&
        def.node.params.indexOf(def.name as TSESTree.Parameter) > 0 &&
        !this.isLookupCall(def.node.parent as TSESTree.CallExpression) &&
        !this.model.handlerInfo(def.node) &&
        !isStrategyCallback(def.node)
      ) {
        return true;
      }
      const index = def.node.params.findIndex((param) => parameterIdentifier(param) === def.name);
      const calls = index < 0 ? [] : [...this.model.callsOf(def.node)];
      return calls.length > 0 && calls.every((caller) => {
        const passed = caller.arguments[index];
        return passed !== undefined && passed.type !== AST_NODE_TYPES.SpreadElement && this.isSessionAccount(passed, depth + 1);
      });
    }
    if (def?.type !== 'Variable' || !def.node.init) return false;
    const init = lookupCallOf(def.node.init);
    if (init.type !== AST_NODE_TYPES.CallExpression || init.arguments.length === 0) return false;
    const sourceCode = this.analysis.sourceCode;
    const text = init.arguments.map((arg) => sourceCode.getText(arg)).join(' ');
    if (CLIENT_INPUT_IN_TEXT.test(text)) return false;
    // By the session's user, or by an id (`findById(userId)`): logins look accounts up by what the client types.
    return SESSION_ACCOUNT_IN_TEXT.test(text) || isLookupById(init);
  }

  /** Whether a call checks a password: `bcrypt.compare`, `argon2.verify`, `user.comparePassword(…)`. */
  isPasswordCheck(node: TSESTree.Node): boolean {
    const target = unwrap(node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node);
    if (target.type !== AST_NODE_TYPES.CallExpression) return false;
    const name = calledName(target);
    if (!name) return false;
    const callee = unwrap(target.callee);
    // Option names may name the object too: `passwordUtils.compare`.
    if (this.checkNames.has(name) || this.checkNames.has(calleePath(callee) ?? '')) return !isPolicyCheck(target, this.analysis.sourceCode, this.collector);
    const libraries = HASH_LIBRARIES.get(name);
    if (libraries && callee.type === AST_NODE_TYPES.Identifier && this.importedFromHashPackage(callee)) return true;
    const object = callee.type === AST_NODE_TYPES.MemberExpression ? unwrap(callee.object) : undefined;
    // `bcrypt.compare(…)`, or the package under another name: `import Bcrypt from 'bcrypt'`.
    if (libraries && object?.type === AST_NODE_TYPES.Identifier && (libraries.has(object.name) || this.importedFromHashPackage(object))) return true;
    if (!CHECK_WRAPPER_NAME.test(name)) return false;
    // Options instead of arguments: `password.verify({ hash: user.password, password })` (better-auth).
    const options = target.arguments.length === 1 ? unwrap(target.arguments[0] as TSESTree.Node) : undefined;
    if (options?.type === AST_NODE_TYPES.ObjectExpression) {
      const hash = propertyValue(options, 'hash');
      return hash !== undefined && isStoredHash(unwrap(hash));
    }
    if (target.arguments.length < 2) return false;
    // An app's own wrapper, `compare(password, user.password)`, `comparePasswordHash(…)`: it is handed a stored hash;
    // or one of a password module, handed the account itself: `passwordUtils.compare(user, password)` (habitica).
    return target.arguments.some(isStoredHash) || (object !== undefined && /password/i.test(calleePath(object) ?? ''));
  }

  /** `bcrypt.hash(password, 12)`, `argon2.hash(password)`, `hashPassword(password)`: work as long as a check. */
  private isPasswordHashing(call: TSESTree.CallExpression): boolean {
    const name = calledName(call);
    if (!name) return false;
    if (HASHING_FUNCTION.test(name)) return true;
    if (name !== 'hash' && name !== 'hashSync') return false;
    const callee = unwrap(call.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) return this.importedFromHashPackage(callee);
    const object = callee.type === AST_NODE_TYPES.MemberExpression ? unwrap(callee.object) : undefined;
    return object?.type === AST_NODE_TYPES.Identifier && (HASH_OBJECTS.has(object.name) || this.importedFromHashPackage(object));
  }

  private importedFromHashPackage(identifier: TSESTree.Identifier): boolean {
    return HASH_PACKAGES.has(moduleOf(identifier, this.analysis.sourceCode) ?? '');
  }

  /**
   * The function a node belongs to as a flow: the nearest named function,
   * method, route handler, strategy callback or `authorize()` around it.
   */
  private flowFunction(node: TSESTree.Node): FunctionNode | undefined {
    const start = enclosingFunction(node);
    if (!start) return undefined;
    const cached = this.flowOf.get(start);
    if (cached) return cached;
    let flow: FunctionNode = start;
    for (let fn: FunctionNode | undefined = start; fn; fn = enclosingFunction(fn)) {
      flow = fn;
      // `const valid = hashes.find((h) => bcrypt.compareSync(pw, h))`: the callback is part of the flow around it (infisical).
      if (isIterationCallback(fn)) continue;
      if (functionName(fn) || this.model.handlerInfo(fn) || isStrategyCallback(fn)) break;
    }
    this.flowOf.set(start, flow);
    return flow;
  }

  private flowKind(fn: FunctionNode, checks: readonly TSESTree.Node[]): FlowKind | undefined {
    // `verifyPassword(pw, file.password)`: a password-protected file or link, not an account.
    const checksPassword = checks.length > 0 && !checks.every(checksRecordPassword);
    const name = flowName(fn);
    // Registered paths, and Next.js file routes (`pages/api/auth/forgot-password.ts`) and NestJS decorators.
    const path = this.model.routePath(fn) ?? '';
    if (CHANGE_NAMES.test(name) || isPasswordSetter(name) || CHANGE_PATH.test(path)) return undefined;
    if ((RESET_NAMES.test(name) && !RECOVERY_CODES.test(name)) || VERIFICATION_MAIL_NAMES.test(name) || RESET_PATH.test(path)) return 'reset';
    if (REGISTRATION_NAMES.test(name) || REGISTRATION_PATH.test(path)) return this.options.checkRegistration ? 'registration' : undefined;
    if (checksPassword || LOGIN_NAMES.test(name) || CREDENTIAL_LOGIN_NAMES.test(name) || this.loginNames.has(name) || LOGIN_PATH.test(path) || isStrategyCallback(fn) || isNestLocalStrategyValidate(fn, this.analysis.sourceCode)) return 'login';
    return undefined;
  }

  private *failureExits(inFlow: (node: TSESTree.Node) => boolean): Iterable<FailureExit> {
    for (const statement of this.collector.throws) {
      const exit = inFlow(statement) ? this.throwExit(statement) : undefined;
      if (exit) yield exit;
    }
    // `prisma.user.findUniqueOrThrow({ where: { email } })`, TypeORM's `findOneByOrFail({ email })`, Mongoose's
    // `User.findOne({ email }).orFail()`: an unknown account fails right there.
    for (const call of this.collector.callsWithArguments) {
      if (!(THROWING_LOOKUP.test(calledName(call)) || followedByOrFail(call)) || !inFlow(call) || !this.isLookupCall(call)) continue;
      const handler = catchClauseAround(call);
      if (handler && !alwaysExits(handler.body)) continue;
      yield { node: call, kind: 'throw', throwsWhenMissing: true, ...(handler ? { caughtBy: handler } : {}) };
    }
    for (const candidate of this.collector.sinkCandidates) {
      const exit = inFlow(candidate) ? this.responseExit(candidate) : undefined;
      if (exit) yield exit;
    }
    for (const call of this.collector.helperCalls) {
      const exit = inFlow(call) ? this.callbackExit(call) : undefined;
      if (exit) yield exit;
    }
    let routeReturns: Map<TSESTree.Node, ResponseSend> | undefined;
    for (const statement of this.collector.returns) {
      if (!inFlow(statement)) continue;
      // What a Fastify or Hapi handler or a NestJS controller returns is its answer (`reply.code(401); return { message }`).
      routeReturns ??= new Map(getResponseSends(this.analysis).filter((send) => send.node.type === AST_NODE_TYPES.ReturnStatement).map((send) => [send.node, send]));
      const routeReturn = routeReturns.get(statement);
      if (routeReturn) {
        const exit = this.routeReturnExit(routeReturn);
        if (exit) yield exit;
        continue;
      }
      const value = unwrap(statement.argument as TSESTree.Node);
      const failure = emptyResult(value);
      if (failure !== undefined) yield { node: statement, kind: 'return', message: failure };
      const failedResult = this.failedResult(value) ?? this.serverActionError(statement, value);
      if (failedResult) yield { node: statement, kind: 'return', ...failedResult };
      // `return (await bcrypt.compare(…)) ? user : null`: the empty arm is the failure, on the branch its test decides.
      if (value.type === AST_NODE_TYPES.ConditionalExpression) {
        for (const arm of [value.consequent, value.alternate]) {
          const armFailure = emptyResult(unwrap(arm));
          if (armFailure !== undefined) yield { node: arm, kind: 'return', message: armFailure };
        }
      }
    }
    // `if (!user) return;` in a function that returns the account otherwise (`findByCredentials`): its failure is
    // `undefined`. Not in handlers, where `return;` only ends the function after the answer was sent.
    for (const statement of this.collector.bareReturns) {
      const fn = enclosingFunction(statement);
      if (!fn || !inFlow(statement) || this.flowFunction(statement) !== fn || this.model.handlerInfo(fn) || this.collector.returnsOf(fn).length === 0) continue;
      yield { node: statement, kind: 'return', message: 'undefined' };
    }
  }

  /** A use case's failed result: `{ success: false, errorMessage }`, `{ isValid: false }`, `Result.fail('Invalid password')`. */
  private failedResult(value: TSESTree.Node): Pick<FailureExit, 'message' | 'messageNode' | 'shape'> | undefined {
    if (value.type === AST_NODE_TYPES.ObjectExpression) {
      // `isValid`: a Hapi auth scheme's validate result (`{ isValid: false, credentials: null }`).
      const flag = propertyValue(value, 'success') ?? propertyValue(value, 'ok') ?? propertyValue(value, 'isValid');
      const failed = flag && unwrap(flag).type === AST_NODE_TYPES.Literal && (unwrap(flag) as TSESTree.Literal).value === false;
      return failed ? { ...this.messageOf(value), ...shapeOf(value) } : undefined;
    }
    if (value.type === AST_NODE_TYPES.CallExpression && RESULT_FAILURES.has(calleePath(value.callee) ?? '')) return this.messageOf(value.arguments[0]);
    return undefined;
  }

  /**
   * A Next.js server action answers its form with what it returns; `return { error: 'Wrong password' }` is the
   * failure of the useActionState convention (nextjs/saas-starter).
   */
  private serverActionError(statement: TSESTree.ReturnStatement, value: TSESTree.Node): Pick<FailureExit, 'message' | 'messageNode' | 'shape'> | undefined {
    if (value.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    const error = propertyValue(value, 'error');
    if (!error || isNullish(unwrap(error))) return undefined;
    const fn = enclosingFunction(statement);
    return fn && this.model.isServerAction(fn) ? { ...this.messageOf(value), ...shapeOf(value) } : undefined;
  }

  /** `throw new UnauthorizedException('Invalid credentials')`, `throw Boom.unauthorized(…)`. */
  private throwExit(statement: TSESTree.ThrowStatement): FailureExit | undefined {
    // `reply.code(401).send(…); throw new Error('Password is not valid')`: the answer is sent; the framework only logs the throw.
    if (this.followsAnswer(statement)) return undefined;
    if (isCaughtLocally(statement)) {
      // `try { if (!user) throw …; await bcrypt.compare(…) } catch { throw generic }`: the catch answers, but the exit is as early.
      const handler = catchClauseAround(statement);
      return handler && alwaysExits(handler.body) ? { ...this.errorValueExit(statement, statement.argument), caughtBy: handler } : undefined;
    }
    return this.errorValueExit(statement, statement.argument);
  }

  /** The statement right before is a response sent (`reply.code(401).send(…);`). */
  private followsAnswer(statement: TSESTree.ThrowStatement): boolean {
    const block = statement.parent;
    if (block?.type !== AST_NODE_TYPES.BlockStatement) return false;
    const previous = block.body[block.body.indexOf(statement) - 1];
    if (previous?.type !== AST_NODE_TYPES.ExpressionStatement) return false;
    const sent = unwrap(previous.expression);
    return sent.type === AST_NODE_TYPES.CallExpression && this.model.sinkOf(sent)?.channel === 'body';
  }

  /** What a thrown (or `next(err)`-passed) error says: class, message, and status when static. */
  private errorValueExit(node: TSESTree.Node, thrown: TSESTree.Node): FailureExit {
    const statement = node;
    const value = unwrap(thrown);
    if (value.type !== AST_NODE_TYPES.NewExpression && value.type !== AST_NODE_TYPES.CallExpression) return { node: statement, kind: 'throw', ...this.messageOf(value) };
    const callee = unwrap(value.callee);
    const className = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? factoryClass(callee) ?? memberName(callee) : undefined;
    const statusArgument = this.statusArgument(value.arguments);
    const status = (className && errorStatusOfMethod(className)) ?? statusArgument?.status ?? this.h3ErrorStatus(value);
    const messageArgument = value.arguments.find((arg) => arg !== statusArgument?.node);
    const message = this.messageOf(messageArgument);
    return {
      node: statement,
      kind: 'throw',
      ...(className ? { className } : {}),
      ...(status ? { status } : {}),
      // `this.invalidLogin({ email: 'notFound' })`: with no message, the details say what failed.
      ...(message.message === undefined ? { ...shapeOf(messageArgument), ...this.staticDetails(messageArgument) } : message),
    };
  }

  /** h3's `createError({ statusCode: 401, statusMessage })` (`status` in h3 2's `HTTPError`). */
  private h3ErrorStatus(error: TSESTree.NewExpression | TSESTree.CallExpression): number | undefined {
    const tracked = this.model.frameworks.tracked.get(error);
    const options = error.arguments[0] && unwrap(error.arguments[0]);
    if (tracked?.kind !== 'exception' || tracked.framework !== 'h3' || options?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    const status = propertyValue(options, 'statusCode') ?? propertyValue(options, 'status');
    return status && statusValue(status, this.analysis.sourceCode);
  }

  /** A response with an error status or an error body; `ctx.throw(401, msg)`; `return Boom.unauthorized()`. */
  private responseExit(candidate: TSESTree.Node): FailureExit | undefined {
    if (candidate.type === AST_NODE_TYPES.CallExpression) {
      const method = calledMethodName(candidate);
      const tracked = this.model.frameworks.tracked.get(candidate);
      if (tracked?.kind === 'boom') {
        if (candidate.parent?.type === AST_NODE_TYPES.ThrowStatement) return undefined; // counted as the throw
        return { node: candidate, kind: 'response', status: errorStatusOfMethod(method ?? '') ?? 400, ...this.messageOf(candidate.arguments[0]) };
      }
      if (method === 'throw' || method === 'assert') return this.koaExit(candidate, method);
    }
    const sink = this.model.sinkOf(candidate);
    // `reply.badRequest('Invalid username')` (@fastify/sensible): its name says the status.
    if (sink?.channel === 'exception' && candidate.type === AST_NODE_TYPES.CallExpression) {
      const status = errorStatusOfMethod(calledMethodName(candidate) ?? '');
      if (status !== undefined && candidate.parent?.type !== AST_NODE_TYPES.ThrowStatement) return { node: candidate, kind: 'response', status, ...this.messageOf(candidate.arguments[0]) };
    }
    if (sink?.channel === 'template') return this.pageExit(sink);
    // Hono's `c.html(<LoginPage error="…" />, 400)`: a page with the failure in its props, else judged as any body.
    const page = sink?.channel === 'body' && sink.payloads[0]?.type === AST_NODE_TYPES.JSXElement ? this.pageExit(sink) : undefined;
    if (page) return page;
    if (!sink || sink.channel !== 'body') return undefined;
    const node = sink.node;
    let status: number | undefined;
    if (!sink.receiver && (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression)) {
      const init = this.status.fromInit(node.arguments[1]);
      status = init.kind === 'known' ? init.value : undefined;
    } else if (sink.receiver && node.type === AST_NODE_TYPES.CallExpression) {
      const known = this.status.atSend(node, sink.receiver, sink.receiverRole?.framework);
      status = known.kind === 'known' ? known.value : undefined;
    } else if (sink.receiver) {
      const known = this.status.setEarlier(sink.receiver, node, true);
      status = known.kind === 'known' ? known.value : undefined;
    }
    const body = sink.payloads[0];
    const isError = (status !== undefined && status >= 400) || classifyBody(body, this.analysis, this.taint).kind === 'error';
    if (!isError) return undefined;
    return { node, kind: 'response', ...(status !== undefined ? { status } : {}), ...this.messageOf(body), ...shapeOf(body) };
  }

  /** A route's returned answer with an error status or an error body. */
  private routeReturnExit(send: ResponseSend): FailureExit | undefined {
    const status = send.status.kind === 'known' ? send.status.value : undefined;
    const body = send.body;
    const isError = (status !== undefined && status >= 400) || (body !== undefined && classifyBody(body, this.analysis, this.taint).kind === 'error');
    if (!isError) return undefined;
    return { node: send.node, kind: 'response', ...(status !== undefined ? { status } : {}), ...this.messageOf(body), ...shapeOf(body) };
  }

  /**
   * A server-rendered login page shown again with the failure in its values:
   * `res.status(401).render('login', { loginError: 'Invalid username' })` (NodeGoat), or in a JSX page's props:
   * `c.html(<LoginPage error="User not found" />, 400)` (Hono).
   */
  private pageExit(sink: Sink): FailureExit | undefined {
    const node = sink.node;
    // A rendered page only: a flash message (`req.flash('info', { msg })`) is shown on whatever page comes next.
    if (node.type !== AST_NODE_TYPES.CallExpression || !PAGE_METHODS.has(calledMethodName(node) ?? '') || !sink.receiver) return undefined;
    const failure = sink.payloads[0] && pageFailure(unwrap(sink.payloads[0]));
    if (!failure) return undefined;
    const known = this.status.atSend(node, sink.receiver, sink.receiverRole?.framework);
    const message = this.messageOf(failure);
    return { node, kind: 'response', ...(known.kind === 'known' ? { status: known.value } : {}), ...message };
  }

  private koaExit(call: TSESTree.CallExpression, method: 'throw' | 'assert'): FailureExit | undefined {
    const callee = unwrap(call.callee) as TSESTree.MemberExpression;
    const receiver = unwrap(callee.object);
    if (receiver.type !== AST_NODE_TYPES.Identifier || this.model.roleOf(receiver)?.role !== 'koaContext') return undefined;
    const args = method === 'assert' ? call.arguments.slice(1) : call.arguments;
    const statusArg = this.statusArgument(args);
    const messageArg = args.find((arg) => arg !== statusArg?.node);
    return {
      node: call,
      kind: 'throw',
      ...(statusArg ? { status: statusArg.status } : {}),
      ...this.messageOf(messageArg),
    };
  }

  /**
   * The argument that gives an error's status: `404`, `HttpStatus.NOT_FOUND`, `StatusCodes.NOT_FOUND`, a `const` holding one,
   * or a status's name written out: `new APIError('UNAUTHORIZED', body)` (better-auth).
   */
  private statusArgument(args: readonly TSESTree.Node[]): { node: TSESTree.Node; status: number } | undefined {
    for (const arg of args) {
      if (arg.type === AST_NODE_TYPES.Literal) {
        if (typeof arg.value === 'number') return { node: arg, status: arg.value };
        // Only beside the message: alone, `new AppError('NOT_FOUND')` is a code.
        const named = typeof arg.value === 'string' && args.length > 1 ? statusOfName(arg.value) : undefined;
        if (named !== undefined) return { node: arg, status: named };
        continue;
      }
      const status = arg.type === AST_NODE_TYPES.Identifier || arg.type === AST_NODE_TYPES.MemberExpression ? statusValue(arg, this.analysis.sourceCode) : undefined;
      if (status !== undefined && status >= 100 && status < 600) return { node: arg, status };
    }
    return undefined;
  }

  /** passport: `done(null, false, { message: 'Unknown user' })`; Express: `next(new ErrorResponse('No user', 404))`. */
  private callbackExit(call: TSESTree.CallExpression): FailureExit | undefined {
    const [first, second, info] = call.arguments;
    if (call.arguments.length === 1 && first && unwrap(first).type === AST_NODE_TYPES.NewExpression) {
      const callee = unwrap(call.callee);
      if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
      // `next(new ErrorResponse('No user', 404))`, or an error-first callback, the function's last parameter:
      // `callback(new Error('No such user'))` (NodeGoat).
      if (this.model.roleOf(callee)?.role === 'next' || isLastParameter(callee, this.analysis.sourceCode)) return this.errorValueExit(call, first);
      return undefined;
    }
    // `done(null, false, info)`, or `done(undefined, false, info)` (Microsoft's TypeScript-Node-Starter).
    if (!first || !second || !isNullish(unwrap(first))) return undefined;
    if (second.type !== AST_NODE_TYPES.Literal || second.value !== false) return undefined;
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = findVariable(this.analysis.sourceCode.getScope(callee), callee);
    if (variable?.defs[0]?.type !== 'Parameter') return undefined;
    return { node: call, kind: 'callback', ...this.messageOf(info), ...shapeOf(info) };
  }

  /** `{ email: 'notFound' }` → "email: notFound", when every value is static. */
  private staticDetails(node: TSESTree.Node | undefined): Pick<FailureExit, 'message'> {
    const target = node && unwrap(node);
    if (target?.type !== AST_NODE_TYPES.ObjectExpression || target.properties.length === 0) return {};
    const parts: string[] = [];
    for (const property of target.properties) {
      if (property.type !== AST_NODE_TYPES.Property) return {};
      const value = getStaticValue(unwrap(property.value), this.analysis.sourceCode.getScope(property.value));
      if (!value || typeof value.value === 'object') return {};
      parts.push(`${propertyKeyName(property) ?? '?'}: ${String(value.value)}`);
    }
    return { message: parts.join(', ') };
  }

  /** The static text of a message argument or body: a string, or its `message`/`error`/… property. */
  private messageOf(node: TSESTree.Node | undefined): Pick<FailureExit, 'message' | 'messageNode'> {
    if (!node) return {};
    let target = unwrap(node);
    if (target.type === AST_NODE_TYPES.ObjectExpression) {
      const object = target;
      const keyed = (keys: readonly string[]): TSESTree.Property | undefined =>
        object.properties.find((candidate): candidate is TSESTree.Property => candidate.type === AST_NODE_TYPES.Property && keys.includes(propertyKeyName(candidate) ?? ''));
      // Without a message, the code says what failed: `new AppError({ code: ErrorCode.EMAIL_IS_NOT_VERIFIED })` (activepieces).
      const property = keyed(MESSAGE_KEYS) ?? keyed(CODE_KEYS);
      if (!property) return {};
      target = unwrap(property.value);
    }
    // `tpl(messages.noUserWithEnteredEmailAddr)` (Ghost), `util.format('No user %s', name)`, `req.__('User not found')`: the format says it.
    if (target.type === AST_NODE_TYPES.CallExpression && FORMAT_FUNCTIONS.has(calledName(target)) && target.arguments[0]) {
      target = unwrap(target.arguments[0]);
    }
    const literal = staticString(target);
    if (literal !== undefined) return { message: literal, ...(target.type === AST_NODE_TYPES.Literal ? { messageNode: target } : {}) };
    // `Email ${email} not found.`: the text around the values still says what happened, and
    // a value's name can say what it is: `${email} not registered`.
    if (target.type === AST_NODE_TYPES.TemplateLiteral) {
      const parts = target.quasis.map((quasi, index) => {
        const value = target.expressions[index];
        return (quasi.value.cooked ?? '') + (value ? placeholder(value) : '');
      });
      return { message: parts.join('') };
    }
    const value = getStaticValue(target, this.analysis.sourceCode.getScope(target));
    if (typeof value?.value === 'string') return { message: value.value };
    // An entry of a `const` table of failures: `throw Errors.USE_SINGLE_SIGN_ON` with `{ useSingleSignOn: 'Use single sign-on' }` (planka).
    if (value && typeof value.value === 'object' && value.value !== null && target.type === AST_NODE_TYPES.MemberExpression) {
      return { message: tableEntryText(value.value as Record<string, unknown>) ?? this.analysis.sourceCode.getText(target) };
    }
    // `"User: " + userName + " does not exist"` (NodeGoat): read like the template it could be.
    const concatenated = concatenationText(target);
    if (concatenated !== undefined) return { message: concatenated };
    // `ErrorCode.UserAccountLocked` from an imported enum or table (cal.com): its text is elsewhere, but two
    // members are two answers. Read as its name.
    const constant = importedConstant(target, this.analysis.sourceCode);
    return constant ? { message: constant } : {};
  }

  /** Which failure a node answers: the account lookup came back empty, or the password check failed. */
  private branchOf(node: TSESTree.Node, flow: FunctionNode, checks: readonly TSESTree.Node[]): { branch: Branch; node: TSESTree.Node } | undefined {
    for (let child: TSESTree.Node = node, parent = node.parent; parent && child !== flow; child = parent, parent = parent.parent) {
      // `if (isMatch) return done(null, user); return done(null, false, …)`: earlier exits decide this one.
      if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program) {
        const early = this.earlyExitFacts(parent.body, child, checks);
        if (early) return { branch: early, node: child };
        continue;
      }
      let truthy: boolean | undefined;
      if ((parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) && child !== parent.test) {
        truthy = child === parent.consequent;
      }
      if (truthy === undefined) continue;
      const facts = this.conditionFacts((parent as TSESTree.IfStatement).test, truthy, checks);
      if (facts === 'both') return undefined; // one combined check: not distinguishable
      if (facts) return { branch: facts, node: child };
    }
    return undefined;
  }

  /**
   * The password checks a missing account short-circuits, so that unknown
   * accounts answer faster: `!user || !(await bcrypt.compare(…))`,
   * `user && (await bcrypt.compare(…))`, `user ? await user.checkPassword(…) : false`,
   * `if (user) ok = await bcrypt.compare(…)`, `await user?.comparePassword(…)`.
   */
  private skippedChecks(flow: FunctionNode, checks: readonly TSESTree.Node[]): SkippedCheck[] {
    const skipped: SkippedCheck[] = [];
    for (const check of checks) {
      const skippedBy = this.skippedBy(check, flow, checks);
      if (skippedBy) skipped.push({ check, skippedBy });
    }
    return skipped;
  }

  private skippedBy(check: TSESTree.Node, flow: FunctionNode, checks: readonly TSESTree.Node[]): TSESTree.Node | undefined {
    const callee = check.type === AST_NODE_TYPES.CallExpression ? check.callee : undefined;
    if (callee?.type === AST_NODE_TYPES.MemberExpression && callee.optional) {
      const receiver = unwrap(callee.object);
      if (receiver.type === AST_NODE_TYPES.Identifier && this.isLookupResult(receiver)) return receiver;
    }
    // `bcrypt.compare(pw, user?.password)`: with no account there is no hash to compare, so it fails at once
    // (not so with a fallback: `user?.password ?? DUMMY_HASH` is the dummy-hash pattern).
    if (check.type === AST_NODE_TYPES.CallExpression) {
      for (const argument of check.arguments) {
        const owner = missingAccountHash(unwrap(argument));
        if (owner?.type === AST_NODE_TYPES.Identifier && this.isLookupResult(owner)) return owner;
      }
    }
    for (let child: TSESTree.Node = check, parent = check.parent; parent && child !== flow && !isFunctionNode(child); child = parent, parent = parent.parent) {
      if (parent.type === AST_NODE_TYPES.LogicalExpression && child === parent.right && parent.operator !== '??') {
        // `a || check` skips the check when `a` is truthy, `a && check` when it is falsy.
        if (this.conditionFacts(parent.left, parent.operator === '||', checks) === 'accountMissing') return parent.left;
      }
      if (parent.type !== AST_NODE_TYPES.ConditionalExpression && parent.type !== AST_NODE_TYPES.IfStatement) continue;
      if (child === parent.test) continue;
      // The other arm must do nothing that could take the same time: a constant, or no arm at all.
      const other = child === parent.consequent ? parent.alternate : parent.consequent;
      if (!isInert(other)) continue;
      const facts = this.conditionFacts(parent.test, true, checks);
      if (facts === (child === parent.consequent ? 'accountExists' : 'accountMissing')) return parent.test;
    }
    return undefined;
  }

  private otherConditionArms(node: TSESTree.Node, flow: FunctionNode, checks: readonly TSESTree.Node[]): TSESTree.Node[] {
    const arms: TSESTree.Node[] = [];
    for (let child: TSESTree.Node = node, parent = node.parent; parent && child !== flow; child = parent, parent = parent.parent) {
      if ((parent.type !== AST_NODE_TYPES.IfStatement && parent.type !== AST_NODE_TYPES.ConditionalExpression) || child === parent.test) continue;
      if (this.conditionFacts(parent.test, child === parent.consequent, checks) === undefined) arms.push(child);
    }
    return arms;
  }

  /** Whether the account is known to exist where `node` runs: an earlier `if (!user) return …`, or inside `if (user)`. */
  private afterAccountFound(node: TSESTree.Node, flow: FunctionNode, checks: readonly TSESTree.Node[]): boolean {
    for (let child: TSESTree.Node = node, parent = node.parent; parent && child !== flow; child = parent, parent = parent.parent) {
      if (parent.type === AST_NODE_TYPES.BlockStatement) {
        for (const statement of parent.body) {
          if (statement === child) break;
          if (statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate || !alwaysExits(statement.consequent)) continue;
          if (this.conditionFacts(statement.test, false, checks) === 'accountExists') return true;
        }
      } else if ((parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) && child !== parent.test) {
        if (this.conditionFacts(parent.test, child === parent.consequent, checks) === 'accountExists') return true;
      }
    }
    return false;
  }

  /** What the `if (…) return` statements before `child` say when execution reaches it. */
  private earlyExitFacts(statements: readonly TSESTree.Node[], child: TSESTree.Node, checks: readonly TSESTree.Node[]): 'accountMissing' | 'passwordFailed' | undefined {
    let found: 'accountMissing' | 'passwordFailed' | undefined;
    for (const statement of statements) {
      if (statement === child) break;
      if (statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate || !alwaysExits(statement.consequent)) continue;
      const facts = this.conditionFacts(statement.test, false, checks);
      if (facts === 'accountMissing' || facts === 'passwordFailed') found = facts;
    }
    return found;
  }

  /** What a condition being truthy (or falsy) says about the account and the password. */
  private conditionFacts(test: TSESTree.Node, truthy: boolean, checks: readonly TSESTree.Node[], depth = 0): Branch | 'both' | undefined {
    const node = unwrap(test);
    if (depth > 4) return undefined;
    if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') return this.conditionFacts(node.argument, !truthy, checks, depth + 1);
    if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '??') {
      const left = this.conditionFacts(node.left, truthy, checks, depth + 1);
      const right = this.conditionFacts(node.right, truthy, checks, depth + 1);
      const disjunction = (node.operator === '||') === truthy; // either side may be why we are here
      if (disjunction && left && right && left !== right) return 'both';
      return left ?? right;
    }
    if (node.type === AST_NODE_TYPES.BinaryExpression && (node.operator === '==' || node.operator === '===' || node.operator === '!=' || node.operator === '!==')) {
      // `rows.length === 0`: the lookup found nothing.
      if (isZero(node.right) && node.left.type === AST_NODE_TYPES.MemberExpression && memberName(node.left) === 'length') {
        const equal = node.operator === '==' || node.operator === '===';
        return this.conditionFacts(node.left.object, !equal === truthy, checks, depth + 1);
      }
      const other = isNullish(node.right) ? node.left : isNullish(node.left) ? node.right : undefined;
      if (!other) return undefined;
      const equal = node.operator === '==' || node.operator === '===';
      return this.conditionFacts(other, equal !== truthy, checks, depth + 1);
    }
    // `isEmpty(user)`, `_.isNil(user)`, `helper.isEmpty(user)`: true when the lookup found nothing.
    const emptied = emptinessTested(node);
    if (emptied) return this.conditionFacts(emptied, !truthy, checks, depth + 1);
    // A password check, directly or through a variable holding its result.
    if (this.isPasswordCheck(node) || this.holdsPasswordCheck(node, checks)) return truthy ? undefined : 'passwordFailed';
    if (node.type === AST_NODE_TYPES.Identifier && this.isLookupResult(node)) return truthy ? 'accountExists' : 'accountMissing';
    // `account?.email`: a field of what the lookup found, so falsy when it found nothing.
    if (node.type === AST_NODE_TYPES.MemberExpression && node.optional) return this.conditionFacts(node.object, truthy, checks, depth + 1);
    return undefined;
  }

  /** `const ok = await bcrypt.compare(…)`, or `user.comparePassword(pw, (err, isMatch) => …)`'s `isMatch`. */
  private holdsPasswordCheck(node: TSESTree.Node, checks: readonly TSESTree.Node[]): boolean {
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = findVariable(this.analysis.sourceCode.getScope(node), node);
    const def = variable?.defs[0];
    if (def?.type === 'Parameter' && isFunctionNode(def.node) && def.node.parent?.type === AST_NODE_TYPES.CallExpression) {
      const call = def.node.parent;
      if (this.isPasswordCheck(call) && def.node.params.indexOf(def.name as TSESTree.Parameter) === 1) return true;
    }
    return variable?.references.some((reference) => reference.writeExpr && checks.some((check) => contains(reference.writeExpr as TSESTree.Node, check))) ?? false;
  }

  /**
   * `const user = await User.findOne({ email })`: a variable holding what a
   * lookup by a client-supplied identifier (email, username, login, phone)
   * returned. A lookup by id (from a session or token) cannot enumerate.
   */
  private isLookupResult(node: TSESTree.Identifier): boolean {
    const variable = findVariable(this.analysis.sourceCode.getScope(node), node);
    const def = variable?.defs[0];
    if (!def) return false;
    if (def.type === 'Parameter') {
      if (!isFunctionNode(def.node)) return false;
      const fn = def.node;
      const index = fn.params.indexOf(def.name as TSESTree.Parameter);
      const call = fn.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression) return false;
      // `User.findOne({ email }).then((user) => …)`
      if (index === 0 && calledMethodName(call) === 'then') {
        return this.isLookupCall(unwrap((unwrap(call.callee) as TSESTree.MemberExpression).object));
      }
      // `User.findOne({ username }, (err, user) => …)`
      return index === 1 && this.isLookupCall(call);
    }
    if (def.type !== 'Variable') return false;
    const writes = (variable?.references ?? []).flatMap((reference) => (reference.writeExpr ? [reference.writeExpr] : []));
    // `if (!user) user = await createUserFromExternal(…)`: from then on an empty `user` means the creation failed (PeerTube).
    if (writes.some((value) => value.range[1] <= node.range[0] && CREATION_NAME.test(calledName(lookupCallOf(value))))) return false;
    // `const user = await …`, or `let user; try { user = await store.findOne({ email }) } catch {}` (Unleash).
    const values = def.node.init ? [def.node.init] : writes;
    return values.some((value) => this.isLookupCall(lookupCallOf(value)));
  }

  /** Inside `if (!user)` (or `user === null`) where every lookup that assigns `user` is by an id, or by nothing. */
  private missingRecordById(node: TSESTree.Node, flow: FunctionNode): boolean {
    for (let child: TSESTree.Node = node, parent = node.parent; parent && child !== flow; child = parent, parent = parent.parent) {
      if (parent.type !== AST_NODE_TYPES.IfStatement || child !== parent.consequent) continue;
      const record = rejectedWhenMissing(parent.test)[0];
      if (!record) continue;
      const variable = findVariable(this.analysis.sourceCode.getScope(record), record);
      const lookups = (variable?.references ?? [])
        .flatMap((reference) => (reference.writeExpr ? [lookupCallOf(reference.writeExpr)] : []))
        .filter((value): value is TSESTree.CallExpression => value.type === AST_NODE_TYPES.CallExpression && LOOKUP_METHOD.test(calledName(value)));
      // `getAdmin()`: a lookup by nothing the client gives cannot enumerate either.
      return lookups.length > 0 && lookups.every((lookup) => lookup.arguments.length === 0 || isLookupById(lookup));
    }
    return false;
  }

  /**
   * `foundToken.identifier`, where `foundToken` was looked up by an emailed token: the address comes from
   * the database, and only a holder of a valid token gets to a lookup by it (cal.com's verify-email).
   */
  private readsTokenRecord(value: TSESTree.Node): boolean {
    const read = unwrap(value);
    if (read.type !== AST_NODE_TYPES.MemberExpression) return false;
    const record = unwrap(read.object);
    return record.type === AST_NODE_TYPES.Identifier && this.tokenLookup(record) !== undefined;
  }

  /** The keys assigned on an object after it was made: `query.email = …` → `email`, `query[fields.resetToken] = …` → `resetToken`. */
  private assignedKeys(object: TSESTree.Identifier): string[] {
    const variable = findVariable(this.analysis.sourceCode.getScope(object), object);
    return (variable?.references ?? []).flatMap((reference) => {
      const member = reference.identifier.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) return [];
      const assignment = member.parent;
      if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== member) return [];
      // `query[config.userFields.resetToken] = token` (lad): the key's own name.
      const key = memberName(member) ?? (member.computed ? calleePath(member.property)?.split('.').pop() : undefined);
      return key ? [key] : [];
    });
  }

  private isLookupCall(node: TSESTree.Node): boolean {
    if (node.type !== AST_NODE_TYPES.CallExpression || this.isPasswordCheck(node)) return false;
    const name = calledName(node);
    // `getAdmin()`, `getAdminEmail()`: by nothing the client gives.
    if (!(LOOKUP_METHOD.test(name) || isPreparedSelect(node)) || BY_ID_NAME.test(name) || node.arguments.length === 0) return false;
    // Prisma, Sequelize, TypeORM: the `where` says what the lookup is by; `select: { email: true }` does not.
    const sourceCode = this.analysis.sourceCode;
    // A query held in a `const`: `const idQuery = { email }; store.findOne(idQuery)`.
    const args = node.arguments.map((arg) => (arg.type === AST_NODE_TYPES.Identifier ? (singleAssignmentValue(arg, sourceCode) ?? arg) : arg));
    const where = whereClause(args[0]);
    if (where) {
      if (keysOf(where).some((key) => EMAILED_SECRET_KEY.test(key))) return false;
      const byIdentifier = where.properties.filter((property): property is TSESTree.Property => property.type === AST_NODE_TYPES.Property && CLIENT_IDENTIFIER_KEY.test(propertyKeyName(property) ?? ''));
      if (byIdentifier.length > 0 && byIdentifier.every((property) => this.readsTokenRecord(property.value))) return false;
      return CLIENT_IDENTIFIER_KEY.test(name) || keysOf(where).some((key) => CLIENT_IDENTIFIER_KEY.test(key));
    }
    if (args.length > 0 && args.every((arg) => this.readsTokenRecord(arg))) return false;
    // Code, not string contents: `cache.get(\`reset-password-email:${code}\`)` is a lookup by a code.
    const code = args.flatMap((arg) => sourceCode.getTokens(arg).filter((token) => token.type !== 'String' && token.type !== 'Template').map((token) => token.value));
    // A query built up before the call: `const query = { isActive: true }; query.email = username; findOne(query)` (frame).
    const assigned = node.arguments.flatMap((arg) => (arg.type === AST_NODE_TYPES.Identifier ? this.assignedKeys(arg) : []));
    // `findOne({ email, reset_token: token })`: only a holder of the emailed token finds anything (lad).
    if ([...code, ...assigned].some((word) => EMAILED_SECRET_KEY.test(word))) return false;
    return CLIENT_IDENTIFIER.test(`${code.join(' ')} ${assigned.join(' ')} ${name}`);
  }
}

/** Static factories that build their own class: `APIError.from(…)`, `AppError.create(…)`. */
const FACTORY_METHODS = new Set(['from', 'fromStatus', 'fromCode', 'create', 'of']);

/** `APIError` for `APIError.from(…)`: the class a static factory builds. */
function factoryClass(callee: TSESTree.MemberExpression): string | undefined {
  const object = unwrap(callee.object);
  return object.type === AST_NODE_TYPES.Identifier && /^[A-Z]/.test(object.name) && FACTORY_METHODS.has(memberName(callee) ?? '') ? object.name : undefined;
}

/** The last argument of a call that is not an array method's: `wrap(schema, async (input, user) => …)`. */
function isWrapperCallback(fn: FunctionNode): boolean {
  const call = fn.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.arguments.at(-1) === fn && !ITERATION_METHODS.has(calledMethodName(call) ?? '');
}

/** The callback of an array method: `items.find((item) => …)`. */
function isIterationCallback(fn: FunctionNode): boolean {
  const call = fn.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === fn && ITERATION_METHODS.has(calledMethodName(call) ?? '');
}

/** Calls that make an account when the lookup found none: `createUserFromExternal`, `upsertUser`, `registerAccount`. */
const CREATION_NAME = /^_*(create|insert|upsert|register|provision|sign_?up)/i;

/** The name a call is made by: `findOne` in `User.findOne(…)`, `create` in `create(…)`; empty for anything else. */
function calledName(node: TSESTree.Node): string {
  return node.type === AST_NODE_TYPES.CallExpression ? (calledMethodName(node) ?? calledFunctionName(node) ?? '') : '';
}

/** Keys of a secret sent by email: `token`, `reset_token`, `resetPasswordToken`, `otp`, `verificationCode` (not any `code`: `tenantCode`). */
const EMAILED_SECRET_KEY = /(^|_|[a-z](?=[A-Z]))(token|otp)$|(^|_|[a-z](?=[A-Z]))(reset|verification|verify|confirmation|activation)_?code$/i;

/** Names of what a client types to name an account. */
const CLIENT_TYPED_NAMES = 'e_?mail|email_?address|user_?name|username|login_?name|phone|phone_?number|mobile|handle|nickname';
/** Those as a whole key or the end of a method name (`email`, `userName`, `ByEmail`, `where: { login }`). */
const CLIENT_IDENTIFIER_KEY = new RegExp(`(^|_|[a-z](?=[A-Z])|By)(${CLIENT_TYPED_NAMES}|login)$`, 'i');
/** The call a variable's value comes from: `await find(…)`, `(await find(…)) || fallback`. */
function lookupCallOf(value: TSESTree.Node): TSESTree.Node {
  let node = unwrap(value);
  if (node.type === AST_NODE_TYPES.AwaitExpression) node = unwrap(node.argument);
  if (node.type === AST_NODE_TYPES.LogicalExpression) node = unwrap(node.left);
  if (node.type === AST_NODE_TYPES.AwaitExpression) node = unwrap(node.argument);
  // Mongoose: `User.findOne({ email }).select('+password').lean().exec()` is the `findOne`.
  for (let depth = 0; depth < 4 && node.type === AST_NODE_TYPES.CallExpression; depth += 1) {
    const callee = unwrap(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !QUERY_MODIFIERS.has(memberName(callee) ?? '')) break;
    node = unwrap(callee.object);
  }
  // Cloudflare D1: `db.prepare('SELECT … WHERE email = ?1').bind(email).first()` is a lookup by what `bind` is given.
  if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression && D1_RESULTS.has(memberName(node.callee) ?? '')) {
    const bind = unwrap(node.callee.object);
    if (bind.type === AST_NODE_TYPES.CallExpression && isPreparedSelect(bind)) return bind;
  }
  // Query builders: the `where` of `db.select().from(users).where(eq(users.email, email)).limit(1)` (Drizzle),
  // `knex('users').where({ email }).first()`, `select().from('customer').where('email', '=', email).load(pool)`.
  for (let call = node, depth = 0; depth < 6 && call.type === AST_NODE_TYPES.CallExpression; depth += 1) {
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) break;
    if (memberName(callee) === 'where' && call !== node) return call;
    call = unwrap(callee.object);
  }
  return node;
}

const QUERY_MODIFIERS = new Set(['exec', 'execute', 'lean', 'select', 'populate', 'toObject', 'toJSON']);
/** What a D1 prepared statement's results are read with. */
const D1_RESULTS = new Set(['first', 'all', 'raw']);

/** `prepare('SELECT …').bind(value)`: a prepared query's parameters (Cloudflare D1, better-sqlite3-style APIs). */
function isPreparedSelect(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'bind') return false;
  const prepare = unwrap(callee.object);
  return prepare.type === AST_NODE_TYPES.CallExpression && calledMethodName(prepare) === 'prepare' && /^\s*select\b/i.test(staticString(prepare.arguments[0]) ?? '');
}
/** Lookups that throw when nothing matches: Prisma's `findUniqueOrThrow`, TypeORM's `findOneOrFail`, Lucid's `findByOrFail`. */
const THROWING_LOOKUP = /^find\w*(OrThrow|OrFail)$/;

/** The failure a page shows: a local (`{ loginError: '…' }`) or a JSX prop (`<LoginPage error="…" />`) named for one, not empty. */
function pageFailure(page: TSESTree.Node): TSESTree.Node | undefined {
  if (page.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of page.properties) {
      if (property.type === AST_NODE_TYPES.Property && PAGE_ERROR_KEY.test(propertyKeyName(property) ?? '') && !isNullish(unwrap(property.value))) return property.value;
    }
    return undefined;
  }
  if (page.type !== AST_NODE_TYPES.JSXElement) return undefined;
  for (const attribute of page.openingElement.attributes) {
    if (attribute.type !== AST_NODE_TYPES.JSXAttribute || attribute.name.type !== AST_NODE_TYPES.JSXIdentifier || !PAGE_ERROR_KEY.test(attribute.name.name) || !attribute.value) continue;
    const value = attribute.value.type === AST_NODE_TYPES.JSXExpressionContainer ? attribute.value.expression : attribute.value;
    if (value.type !== AST_NODE_TYPES.JSXEmptyExpression && !isNullish(unwrap(value))) return value;
  }
  return undefined;
}

/**
 * Mongoose's `.orFail()` after a lookup (also past `.select()`, `.lean()` …) throws `DocumentNotFoundError` when nothing
 * matches. Not `.orFail(error)`, which throws the error it is given: that may be the generic one.
 */
function followedByOrFail(call: TSESTree.CallExpression): boolean {
  for (let node: TSESTree.Node = call; ; ) {
    const member: TSESTree.Node | undefined = node.parent;
    const next: TSESTree.Node | undefined = member?.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== node || next?.type !== AST_NODE_TYPES.CallExpression || next.callee !== member) return false;
    const name = memberName(member);
    if (name === 'orFail') return next.arguments.length === 0;
    if (!name || !QUERY_MODIFIERS.has(name)) return false;
    node = next;
  }
}

/** Parameter decorators that NestJS apps write to inject the signed-in user. */
const SESSION_USER_DECORATORS = new Set(['User', 'CurrentUser', 'AuthUser', 'GetUser', 'ReqUser', 'SessionUser', 'LoggedInUser', 'AuthenticatedUser']);

function hasSessionUserDecorator(name: TSESTree.Node): boolean {
  const parameter = name.parent?.type === AST_NODE_TYPES.AssignmentPattern || name.parent?.type === AST_NODE_TYPES.TSParameterProperty ? name.parent : name;
  const decorators = 'decorators' in parameter ? (parameter.decorators ?? []) : [];
  return decorators.some((decorator) => {
    const expression = decorator.expression;
    const callee = expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
    return callee.type === AST_NODE_TYPES.Identifier && SESSION_USER_DECORATORS.has(callee.name);
  });
}

/** Functions true for a missing value: lodash's and most utility libraries' `isEmpty`, `isNil`, `isNull`, `isUndefined`. */
const EMPTINESS_CHECKS = new Set(['isEmpty', 'isNil', 'isNull', 'isUndefined']);

/** `user` in `isEmpty(user)`, `_.isNil(user)`, `helper.isEmpty(user)`. */
function emptinessTested(node: TSESTree.Node): TSESTree.Node | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length !== 1) return undefined;
  const name = calledName(node);
  const argument = node.arguments[0];
  return name && EMPTINESS_CHECKS.has(name) && argument && argument.type !== AST_NODE_TYPES.SpreadElement ? unwrap(argument) : undefined;
}

/** `record` in `!record`, `!record || record.expiresAt < now`, `record == null`, `isEmpty(record)`: the record whose absence the test rejects. */
function rejectedWhenMissing(test: TSESTree.Node): TSESTree.Identifier[] {
  const node = unwrap(test);
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '||') return [...rejectedWhenMissing(node.left), ...rejectedWhenMissing(node.right)];
  let tested: TSESTree.Node | undefined = emptinessTested(node);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') tested = unwrap(node.argument);
  // `user === null`, `user == undefined`
  if (node.type === AST_NODE_TYPES.BinaryExpression && (node.operator === '===' || node.operator === '==')) {
    tested = isNullish(node.right) ? unwrap(node.left) : isNullish(node.left) ? unwrap(node.right) : undefined;
  }
  return tested?.type === AST_NODE_TYPES.Identifier ? [tested] : [];
}

/** Keys of an emailed secret: `token`, `resetToken`, `verification_token`, `code`, `otp`. */
const TOKEN_KEY = /(^|_|[a-z](?=[A-Z]))(token|code|otp)$/i;
/** Names that show a flow deals with an account: what the client types, or the account itself (not `login`, a function name). */
const ACCOUNT_NAME = new RegExp(`^(${CLIENT_TYPED_NAMES}|user|account|account_?id|user_?id|identifier|credentials)$`, 'i');

/**
 * Whether the code that runs on the way to a failure names an account: `email`, `username`,
 * `user`, `req.body['phone']` … Reads the flow's tokens up to the failure (no second walk),
 * leaving out the branches that cannot run before it: the other arm of each `if` around it, and
 * the body of each earlier `if` that always exits (`if (multiUser) { …; return }` then a shared password).
 */
export function namesAccount(fn: FunctionNode, failure: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const skipped: TSESTree.Range[] = [];
  for (let child: TSESTree.Node = failure, parent = failure.parent; parent && child !== fn; child = parent, parent = parent.parent) {
    if ((parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) && child !== parent.test) {
      const other = child === parent.consequent ? parent.alternate : parent.consequent;
      if (other) skipped.push(other.range);
    } else if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program) {
      for (const statement of parent.body) {
        if (statement === child) break;
        if (statement.type === AST_NODE_TYPES.IfStatement && !statement.alternate && alwaysExits(statement.consequent)) skipped.push(statement.consequent.range);
      }
    }
  }
  const runs = (token: TSESTree.Token): boolean =>
    token.range[0] < failure.range[1] && !skipped.some(([start, end]) => token.range[0] >= start && token.range[1] <= end);
  return sourceCode
    .getTokens(fn)
    .some((token) => ((token.type === 'Identifier' && ACCOUNT_NAME.test(token.value)) || (token.type === 'String' && ACCOUNT_NAME.test(token.value.slice(1, -1)))) && runs(token));
}

/** The `where` object of an ORM query argument: `{ where: { email }, select: { … } }`. */
function whereClause(argument: TSESTree.Node | undefined): TSESTree.ObjectExpression | undefined {
  const object = argument && unwrap(argument);
  if (object?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const value = propertyValue(object, 'where');
  const where = value && unwrap(value);
  return where?.type === AST_NODE_TYPES.ObjectExpression ? where : undefined;
}

/** The keys of an object and of the objects under `AND`/`OR`/`$or` (two levels down), for `where` clauses. */
function keysOf(object: TSESTree.ObjectExpression, depth = 0): string[] {
  const keys: string[] = [];
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = propertyKeyName(property);
    if (key === undefined) continue;
    keys.push(key);
    const value = unwrap(property.value);
    const nested = value.type === AST_NODE_TYPES.ArrayExpression ? value.elements : [value];
    for (const element of nested) {
      if (depth < 2 && element && element.type === AST_NODE_TYPES.ObjectExpression) keys.push(...keysOf(element, depth + 1));
    }
  }
  return keys;
}

const CLI_MODULES = new Set(['@oclif/core', '@oclif/command', 'commander', 'nest-commander', 'yargs', 'cac', 'clipanion', 'citty', 'vorpal', 'caporal', '@caporal/core']);

/** `import { Command } from '@oclif/core'`, `const { program } = require('commander')`. */
export function importsCliFramework(program: TSESTree.Program): boolean {
  return program.body.some((statement) => {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) return CLI_MODULES.has(statement.source.value);
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) return false;
    return statement.declarations.some((declarator) => {
      const init = declarator.init && unwrap(declarator.init);
      return init !== undefined && init !== null && isRequireCall(init) && CLI_MODULES.has(staticString(init.arguments[0]) ?? '');
    });
  });
}

/** A handler or function whose route or name is about logging in, registering or recovering an account. */
export function isAuthenticationHandler(fn: FunctionNode, model: ServerModel): boolean {
  const name = flowName(fn);
  const path = model.routePath(fn) ?? '';
  return (
    LOGIN_NAMES.test(name) ||
    CREDENTIAL_LOGIN_NAMES.test(name) ||
    REGISTRATION_NAMES.test(name) ||
    RESET_NAMES.test(name) ||
    VERIFICATION_MAIL_NAMES.test(name) ||
    LOGIN_PATH.test(path) ||
    REGISTRATION_PATH.test(path) ||
    RESET_PATH.test(path) ||
    CHANGE_PATH.test(path) ||
    isStrategyCallback(fn)
  );
}

/** Method names of use-case and command classes, whose class name says what they do: `class Login { execute() }`. */
const GENERIC_METHOD = /^(execute|handle|run|call|invoke|perform|process)$/;
const USE_CASE_SUFFIX = /(UseCase|Usecase|Command|CommandHandler|Handler|Service|Action|Interactor)$/;

/** A function's name for telling its flow: its own, or its class's for `execute()` and friends. */
function flowName(fn: FunctionNode): string {
  const name = functionName(fn) ?? '';
  const method = fn.parent;
  if (!GENERIC_METHOD.test(name) || method?.type !== AST_NODE_TYPES.MethodDefinition) return name;
  const classNode = method.parent.parent;
  const className = (classNode.type === AST_NODE_TYPES.ClassDeclaration || classNode.type === AST_NODE_TYPES.ClassExpression) && classNode.id ? classNode.id.name : undefined;
  return className ? className.replace(USE_CASE_SUFFIX, '') : name;
}

/** Code that takes no measurable time: nothing, a constant, or assignments of constants. */
function isInert(node: TSESTree.Node | null | undefined): boolean {
  if (!node) return true;
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.EmptyStatement:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return isInert(node.argument);
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.length === 0;
    case AST_NODE_TYPES.AssignmentExpression:
      return isInert(node.right);
    case AST_NODE_TYPES.ExpressionStatement:
      return isInert(node.expression);
    case AST_NODE_TYPES.BlockStatement:
      return node.body.every(isInert);
    default:
      return false;
  }
}

function isZero(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal && node.value === 0;
}

function shapeOf(node: TSESTree.Node | undefined): Pick<FailureExit, 'shape'> {
  const target = node && unwrap(node);
  if (target?.type !== AST_NODE_TYPES.ObjectExpression) return {};
  const keys = target.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? (propertyKeyName(property) ?? '?') : '...')).sort();
  return { shape: `{ ${keys.join(', ')} }` };
}

/** `ErrorCode.UserAccountLocked`, `Messages.INVALID_LOGIN`: a capitalised member of an imported object. */
function importedConstant(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed || node.property.type !== AST_NODE_TYPES.Identifier || !/^[A-Z]/.test(node.property.name)) return undefined;
  const object = unwrap(node.object);
  if (object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const def = findVariable(sourceCode.getScope(object), object)?.defs[0];
  return def?.type === 'ImportBinding' ? `${object.name}.${node.property.name}` : undefined;
}

/** Functions that fill a message format: Ghost's `tpl`, `util.format`, `sprintf`, i18n's `__`. */
const FORMAT_FUNCTIONS: ReadonlySet<string> = new Set(['tpl', 'format', 'sprintf', 'vsprintf', '__']);

/** `req.user`, `request.user`, `req.session.user`, `ctx.state.user`: the account the session belongs to. */
/** The signed-in user: `req.user`, `req.session.user`, Koa's `ctx.state.user`, tRPC's `ctx.user` and `ctx.session.user` (also `this.ctx.user`). */
const SESSION_ACCOUNT = /^((req|request)\.(session\.)?user|(this\.)?ctx\.(state\.|session\.)?user)(\.|$)/;
const SESSION_ACCOUNT_IN_TEXT = /\b((req|request)\.(session\.)?user|ctx\.(state\.|session\.)?user)\b/;

/** `findById(userId)`, `findByPk(id)`, `findUnique({ where: { id: session.userId } })`: a lookup by an id, not by what a client types. */
function isLookupById(call: TSESTree.CallExpression): boolean {
  const name = calledName(call);
  if (BY_ID_NAME.test(name)) return true;
  const first = call.arguments[0] && unwrap(call.arguments[0]);
  if (!first) return false;
  const where = whereClause(first);
  if (where) return keysOf(where).every((key) => ID_NAME.test(key));
  // Drizzle: `db.query.users.findFirst({ where: eq(users.id, id) })`, and `.where(eq(users.id, id))` of a select.
  const condition = first.type === AST_NODE_TYPES.ObjectExpression ? propertyValue(first, 'where') : first;
  const column = condition && drizzleEqualityColumn(condition);
  if (column !== undefined) return ID_NAME.test(column);
  const path = calleePath(first);
  return path !== undefined && ID_NAME.test(path.split('.').pop() ?? '') && LOOKUP_METHOD.test(name);
}
const ID_NAME = /^(id|_id|sub|[a-z]\w*Id|\w+_id)$/;

/** `eq(users.id, id)`: the column a Drizzle equality compares. */
function drizzleEqualityColumn(condition: TSESTree.Node): string | undefined {
  const call = unwrap(condition);
  if (call.type !== AST_NODE_TYPES.CallExpression || calledName(call) !== 'eq') return undefined;
  const column = call.arguments[0] && unwrap(call.arguments[0]);
  return column?.type === AST_NODE_TYPES.MemberExpression ? memberName(column) : undefined;
}
/** `findById`, `getUserByUuid`, `getEmailFromUserId` (growthbook): a lookup by an id, whatever it returns. */
const BY_ID_NAME = /(By|From)(User|Account)?(Id|ID|Pk|Uuid|UUID)$/;

/** What the client sends: `req.body`, `request.query`, `ctx.request.body`, `req.params`. */
const CLIENT_INPUT_IN_TEXT = /\.(body|query|params)\b/;

/** A check against the stored password of something that is no account: `file.password`, `share.passwordHash`. */
function checksRecordPassword(check: TSESTree.Node): boolean {
  const call = unwrap(check.type === AST_NODE_TYPES.AwaitExpression ? check.argument : check);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const stored = call.arguments.map(storedHashMember).find((member) => member !== undefined);
  // `file.password`, and a record's nested settings: `share.security.password` (palmr).
  for (let owner = stored && unwrap(stored.object); owner; owner = owner.type === AST_NODE_TYPES.MemberExpression ? unwrap(owner.object) : undefined) {
    const ownerName = owner.type === AST_NODE_TYPES.Identifier ? owner.name : owner.type === AST_NODE_TYPES.MemberExpression ? memberName(owner) : undefined;
    if (ownerName !== undefined && PROTECTED_RECORD.test(ownerName)) return true;
  }
  return false;
}
/** Records that carry a password of their own: a shared file, link, folder, room or paste. */
const PROTECTED_RECORD = /^(file|files|link|url|folder|share|shared_?link|room|paste|note|document|doc|album|gallery|post|page|board|channel|secret|vault|drop|upload|attachment)$/i;

/** `user.password`, `account.passwordHash`, `row.hashed_password`: a credential read from a stored record. */
function isStoredHash(argument: TSESTree.Node): boolean {
  return storedHashMember(argument) !== undefined;
}

function storedHashMember(argument: TSESTree.Node): TSESTree.MemberExpression | undefined {
  let node = unwrap(argument);
  // `verifyPasswordHash(user.password ?? '', password)`: the stored hash, with a fallback for accounts without one.
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '&&') node = unwrap(node.left);
  return node.type === AST_NODE_TYPES.MemberExpression && STORED_HASH.test(memberName(node) ?? '') ? node : undefined;
}
const STORED_HASH = /^(password|passwd|pwd|hash|(hashed|encrypted)_?password|password_?(hash|digest)|credential)$/i;

/** How a template's value reads in its message: `${email}` for a named value, `…` for others. */
function placeholder(value: TSESTree.Node): string {
  const node = unwrap(value);
  const name = node.type === AST_NODE_TYPES.Identifier ? node.name : node.type === AST_NODE_TYPES.MemberExpression ? memberName(node) : undefined;
  return name ? `\${${name}}` : '…';
}

/**
 * The account whose stored hash an argument reads, when a missing account leaves no real hash to compare:
 * `user?.password`, `user ? user.password : ''` or `user?.password ?? ''` (evershop) fail at once, while
 * `user?.password ?? DUMMY_HASH` takes as long as a real check.
 */
function missingAccountHash(argument: TSESTree.Node): TSESTree.Node | undefined {
  if (argument.type === AST_NODE_TYPES.MemberExpression) return argument.optional && isStoredHash(argument) ? unwrap(argument.object) : undefined;
  if (argument.type === AST_NODE_TYPES.LogicalExpression && argument.operator !== '&&') {
    return isPlaceholderHash(unwrap(argument.right)) ? missingAccountHash(unwrap(argument.left)) : undefined;
  }
  if (argument.type !== AST_NODE_TYPES.ConditionalExpression) return undefined;
  const test = unwrap(argument.test);
  const negated = test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!';
  const account = negated ? unwrap(test.argument) : test;
  const [found, missing] = negated ? [argument.alternate, argument.consequent] : [argument.consequent, argument.alternate];
  const hash = unwrap(found);
  if (account.type !== AST_NODE_TYPES.Identifier || !isPlaceholderHash(unwrap(missing)) || hash.type !== AST_NODE_TYPES.MemberExpression || !isStoredHash(hash)) return undefined;
  const owner = unwrap(hash.object);
  return owner.type === AST_NODE_TYPES.Identifier && owner.name === account.name ? owner : undefined;
}

/** `''`, `'x'`, `null`, `undefined`: nothing a hash function spends time on (a real bcrypt hash has 60 characters). */
function isPlaceholderHash(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'undefined';
  return node.type === AST_NODE_TYPES.Literal && (node.value === null || (typeof node.value === 'string' && node.value.length < 20));
}

/** Whether `identifier` names the last parameter of its function: an error-first callback's place. */
function isLastParameter(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const def = findVariable(sourceCode.getScope(identifier), identifier)?.defs[0];
  if (def?.type !== 'Parameter' || !isFunctionNode(def.node)) return false;
  const last = def.node.params.at(-1);
  return last !== undefined && parameterIdentifier(last) === def.name;
}

/** The text of a failure table's entry: its message, or its only string. */
function tableEntryText(entry: Record<string, unknown>): string | undefined {
  for (const key of MESSAGE_KEYS) if (typeof entry[key] === 'string') return entry[key];
  const texts = Object.values(entry).filter((text): text is string => typeof text === 'string');
  return texts.length === 1 ? texts[0] : undefined;
}

/** `'User ' + name + ' does not exist'` as `User ${name} does not exist`, when a written-out string is part of it. */
function concatenationText(node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.BinaryExpression || node.operator !== '+') return undefined;
  const parts: string[] = [];
  let hasText = false;
  const collect = (part: TSESTree.Node): void => {
    const target = unwrap(part);
    if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') {
      collect(target.left);
      collect(target.right);
    } else if (target.type === AST_NODE_TYPES.Literal && typeof target.value === 'string') {
      hasText = true;
      parts.push(target.value);
    } else parts.push(placeholder(target));
  };
  collect(node);
  return hasText ? parts.join('') : undefined;
}

/** `null`, `false` and `undefined`, as the text that tells them apart; undefined for anything else. */
function emptyResult(value: TSESTree.Node): string | undefined {
  if (value.type === AST_NODE_TYPES.Literal && (value.value === null || value.value === false)) return String(value.value);
  return value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined' ? 'undefined' : undefined;
}

/**
 * A function handed only the password, `isValidPassword(password)`: a rule about the password
 * (`password.length >= 8`), which cannot compare with a stored hash.
 */
function isPolicyCheck(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>, collector: NodeCollector): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || call.arguments.length !== 1) return false;
  const fn = sameFileFunction(callee, sourceCode);
  // Imported: a module-level function handed only the password cannot see the account (budibase's `validatePassword(pw)`);
  // one handed an object may be handed the account with it (`verifyPassword({ userId, password })`, documenso).
  if (!fn) return unwrap(call.arguments[0] as TSESTree.Node).type !== AST_NODE_TYPES.ObjectExpression;
  // Same-file: unless it calls something, as `(pw) => bcrypt.compare(pw, user.password)` does over the account it closes over.
  return !collector.callsWithArguments.some((inner) => contains(fn, inner));
}

/** passport: `new LocalStrategy((username, password, done) => …)`, with or without options first. */
function isStrategyCallback(fn: FunctionNode): boolean {
  const parent = fn.parent;
  if (parent?.type !== AST_NODE_TYPES.NewExpression || parent.arguments[parent.arguments.length - 1] !== fn) return false;
  const callee = unwrap(parent.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
  return name !== undefined && /Strategy$/.test(name) && fn.params.length >= 3 && parameterIdentifier(fn.params[fn.params.length - 1] as TSESTree.Parameter) !== undefined;
}

/** NestJS: `class LocalStrategy extends PassportStrategy(Strategy) { validate(email, password) }`, `Strategy` from passport-local. */
function isNestLocalStrategyValidate(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const method = fn.parent;
  if (method?.type !== AST_NODE_TYPES.MethodDefinition || method.key.type !== AST_NODE_TYPES.Identifier || method.key.name !== 'validate') return false;
  const superClass = method.parent.parent.superClass;
  if (superClass?.type !== AST_NODE_TYPES.CallExpression || calledFunctionName(superClass) !== 'PassportStrategy') return false;
  const strategy = superClass.arguments[0];
  return strategy?.type === AST_NODE_TYPES.Identifier && moduleOf(strategy, sourceCode) === 'passport-local';
}

const FINDERS = Symbol('authFlows');

export function getAuthFlows(analysis: FileAnalysis, options: AuthFlowOptions): AuthFlow[] {
  const key = JSON.stringify(options);
  const cache = analysis.fact(FINDERS, () => new Map<string, AuthFlow[]>());
  let flows = cache.get(key);
  if (!flows) {
    flows = new AuthFlowFinder(analysis, options).findFlows();
    cache.set(key, flows);
  }
  return flows;
}
