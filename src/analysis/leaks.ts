/**
 * Where caught-error details reach a client: sinks of the server model,
 * catalog exceptions built from error text, Fastify/Hapi route return
 * values, same-file helpers that send a parameter, and configured
 * `responseHelpers`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { type FunctionNode, calledMethodName, calleePath, enclosingFunction, isCaughtLocally, functionName, isFunctionNode, isThisReference, memberName, parameterIdentifier, propertyKeyName, unwrap } from '../util/ast';
import type { Catalog } from './catalog';
import { getCollector, type NodeCollector } from './collector';
import { DEFAULT_SAFE_PROPERTIES, ErrorTaint, type Leak } from './error-taint';
import type { FileAnalysis } from './file-analysis';
import { NEST_HTTP_EXCEPTIONS } from './frameworks';
import { GuardAnalysis } from './guards';
import { SAFE_ACTION_ERROR_HANDLERS, answersWithReturnValue, getServerModel, type RoleInfo, type ServerModel } from './server-model';
import { classifySink, type Sink, type SinkChannel } from './sinks';
import type { ResponseHelper } from './settings';
import { AST_NODE_TYPES, findVariable } from '../util/ts-estree';

/** Keys under which an exception's options carry the error it wraps (besides the standard `cause`). */
const CAUSE_KEYS: ReadonlySet<string> = new Set(['error', 'err', 'originalError', 'innerError', 'inner']);

export interface LeakOptions {
  allowedProperties: readonly string[];
  checkHeaders: boolean;
  checkRedirects: boolean;
  sanitizers: readonly string[];
  devGuards: readonly string[];
  safeErrorClasses: readonly string[];
  responseHelpers: readonly ResponseHelper[];
}

export interface LeakReport {
  leak: Leak;
  /** `res.json()`, `ctx.body`, `sendFailure() → res.json()` … */
  sinkLabel: string;
  channel: SinkChannel;
  /** The node that writes to the client (a call, assignment or return). */
  sinkNode: TSESTree.Node;
}

/**
 * Error classes whose message is vetted by default: NestJS HTTP exceptions, Zod validation errors,
 * `URIError`, whose message ("URI malformed", Express's "Failed to decode param '…'") only
 * repeats the client's own URL, and Stripe's card errors ("Your card was declined."), whose
 * messages Stripe writes to be shown to the card holder.
 */
export const DEFAULT_SAFE_ERROR_CLASSES: readonly string[] = [...NEST_HTTP_EXCEPTIONS, 'ZodError', 'URIError', 'StripeCardError'];

const RESPONSE_ROLES = new Set(['response', 'koaContext', 'hapiToolkit']);

interface HelperSummary {
  /** Index of the parameter that is the response (undefined: the helper builds the response itself). */
  responseParam: number | undefined;
  payloadParam: number;
  label: string;
  channel: SinkChannel;
}

/** `try { throw new ConflictException(err) } catch { return 'FAILED' }`: the exception never reaches a client. */
function caughtBeforeAnswer(sink: Sink): boolean {
  if (sink.channel !== 'exception' && sink.channel !== 'catalogException') return false;
  const statement = sink.node.parent;
  return statement?.type === AST_NODE_TYPES.ThrowStatement && statement.argument === sink.node && isCaughtLocally(statement);
}

/** NestJS calls these at start-up and shutdown, outside any request. */
const NEST_LIFECYCLE_HOOKS = new Set(['onModuleInit', 'onApplicationBootstrap', 'onModuleDestroy', 'beforeApplicationShutdown', 'onApplicationShutdown']);

/** `async onModuleInit() { … throw new InternalServerErrorException(error) }`: it aborts start-up; no client gets it. */
function thrownOutsideRequests(sink: Sink): boolean {
  if (sink.channel !== 'exception' && sink.channel !== 'catalogException') return false;
  for (let node = sink.node.parent; node; node = node.parent) {
    if (node.type === AST_NODE_TYPES.MethodDefinition) return node.key.type === AST_NODE_TYPES.Identifier && NEST_LIFECYCLE_HOOKS.has(node.key.name);
  }
  return false;
}

export class LeakFinder {
  readonly model: ServerModel;
  readonly taint: ErrorTaint;
  readonly catalog: Catalog | undefined;
  private readonly collector: NodeCollector;
  private readonly summaries = new Map<FunctionNode, HelperSummary[]>();
  private readonly sinkCache = new Map<TSESTree.Node, Sink | null>();
  private rendersInFile: boolean | undefined;
  private sinkFunctionNames: ReadonlySet<string> | undefined;

  constructor(
    private readonly analysis: FileAnalysis,
    private readonly options: LeakOptions,
    cwd: string,
  ) {
    this.model = getServerModel(analysis);
    this.collector = getCollector(analysis);
    this.catalog = analysis.getCatalog(cwd);
    const safeClasses = new Set([...DEFAULT_SAFE_ERROR_CLASSES, ...options.safeErrorClasses]);
    for (const name of this.catalog?.entries.keys() ?? []) safeClasses.add(name);
    if (this.catalog?.baseClass) safeClasses.add(this.catalog.baseClass);
    const guards = new GuardAnalysis(analysis, safeClasses, options.devGuards);
    this.taint = new ErrorTaint(
      analysis,
      this.model,
      guards,
      {
        safeProperties: new Set([...DEFAULT_SAFE_PROPERTIES, ...options.allowedProperties]),
        sanitizers: new Set(options.sanitizers),
      },
      (fn) => this.collector.returnsOf(fn).map((statement) => statement.argument as TSESTree.Node),
    );
  }

  findAll(): LeakReport[] {
    const reports: LeakReport[] = [];
    for (const candidate of this.collector.sinkCandidates) {
      const sink = this.sinkFor(candidate);
      if (sink) this.collect(sink, this.taint, reports);
    }
    for (const statement of this.collector.returns) this.checkRouteReturn(statement, reports);
    for (const call of this.collector.helperCalls) this.checkHelperCall(call, reports);
    this.checkSafeActionErrorHandlers(reports);
    // Configured helpers are also called on the module that exports them: `apiUtils.rejectHandler(req, res, err)`.
    if (this.options.responseHelpers.length > 0) {
      for (const call of this.collector.callsWithArguments) {
        const callee = unwrap(call.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type !== AST_NODE_TYPES.ThisExpression) this.checkConfiguredHelper(call, reports);
      }
    }
    return reports;
  }

  private sinkFor(candidate: TSESTree.Node): Sink | undefined {
    if (this.sinkCache.has(candidate)) return this.sinkCache.get(candidate) ?? undefined;
    const sink = this.catalogExceptionSink(candidate) ?? this.model.sinkOf(candidate);
    const kept = sink && this.channelEnabled(sink.channel) && !this.unrenderedLocals(sink) && !caughtBeforeAnswer(sink) && !thrownOutsideRequests(sink) ? sink : undefined;
    this.sinkCache.set(candidate, kept ?? null);
    return kept;
  }

  /**
   * `res.locals` reaches a client only through a template. In a file that never
   * renders, it is a request-scoped bag (morgan tokens, later middleware).
   */
  private unrenderedLocals(sink: Sink): boolean {
    if (sink.channel !== 'template' || sink.node.type !== AST_NODE_TYPES.AssignmentExpression) return false;
    this.rendersInFile ??= this.collector.sinkCandidates.some(
      (node) => node.type === AST_NODE_TYPES.CallExpression && calledMethodName(node) === 'render',
    );
    return !this.rendersInFile;
  }

  private channelEnabled(channel: SinkChannel): boolean {
    if (channel === 'header') return this.options.checkHeaders;
    if (channel === 'redirect') return this.options.checkRedirects;
    return true;
  }

  /** `new ValidationError(err.message)`: raw text laundered into a vetted catalog message. */
  private catalogExceptionSink(node: TSESTree.Node): Sink | undefined {
    if (node.type !== AST_NODE_TYPES.NewExpression || !this.catalog) return undefined;
    const callee = unwrap(node.callee);
    // `new errors.NotFoundError(…)` names a catalog class through the module that exports it.
    const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
    // The `baseClass` counts too: handlers answer with its message as they do with an entry's.
    if (name === undefined || !(this.catalog.entries.has(name) || name === this.catalog.baseClass)) return undefined;
    const payloads = node.arguments.flatMap((arg): TSESTree.Node[] => {
      const value = unwrap(arg);
      if (value.type !== AST_NODE_TYPES.ObjectExpression) return [arg];
      return value.properties.filter((property) => !(property.type === AST_NODE_TYPES.Property && this.isChainedCause(property)));
    });
    return { node, label: `new ${calleePath(callee) ?? name}()`, channel: 'catalogException', payloads };
  }

  /**
   * `{ cause: err }`, and the error itself under `error`/`err` (`new DatabaseError({ error, name })`):
   * chained for the log, never the public message. `{ error: err.message }` is text, and stays checked.
   */
  private isChainedCause(property: TSESTree.Property): boolean {
    const key = propertyKeyName(property);
    if (key === 'cause') return true;
    if (key === undefined || !CAUSE_KEYS.has(key)) return false;
    const leaks = this.taint.leaksIn(property.value);
    return leaks.length > 0 && leaks.every((leak) => leak.raw && leak.node === unwrap(property.value));
  }

  private collect(sink: Sink, taint: ErrorTaint, reports: LeakReport[]): void {
    for (const payload of sink.payloads) {
      for (const leak of taint.leaksIn(payload)) {
        reports.push({ leak, sinkLabel: sink.label, channel: sink.channel, sinkNode: sink.node });
      }
    }
  }

  /**
   * Fastify and Hapi send what a route handler returns; NestJS what a controller or resolver method
   * returns; Next.js what a server action returns.
   */
  private checkRouteReturn(statement: TSESTree.ReturnStatement, reports: LeakReport[]): void {
    // Cheap checks first: most files have no server action, do not import NestJS, and cannot have such a route.
    const serverActions = this.model.mayHaveServerActions();
    const nest = this.model.frameworks.imported.has('nest');
    if (!serverActions && !nest && !this.model.mayAnswerWithReturnValues()) return;
    const fn = enclosingFunction(statement);
    if (serverActions && fn && this.model.isServerAction(fn)) {
      const label = 'the server action’s return value';
      this.collect({ node: statement, label, channel: 'body', payloads: [statement.argument as TSESTree.Node] }, this.taint, reports);
      return;
    }
    if (nest && fn && this.model.isNestRouteMethod(fn)) {
      const label = 'the controller method’s return value';
      this.collect({ node: statement, label, channel: 'body', payloads: [statement.argument as TSESTree.Node] }, this.taint, reports);
      return;
    }
    if (!this.model.mayAnswerWithReturnValues()) return;
    const info = fn && this.model.handlerInfo(fn);
    if (!answersWithReturnValue(info)) return;
    const sink: Sink = {
      node: statement,
      label: 'the route handler’s return value',
      channel: 'body',
      payloads: [statement.argument as TSESTree.Node],
    };
    this.collect(sink, this.taint, reports);
  }

  /** next-safe-action: `createSafeActionClient({ handleServerError: (e) => e.message })` answers every failed action with the result. */
  private checkSafeActionErrorHandlers(reports: LeakReport[]): void {
    if (!this.analysis.sourceCode.text.includes('createSafeActionClient')) return;
    for (const call of this.collector.callsWithArguments) {
      const options = unwrap(call.arguments[0] as TSESTree.Node);
      if (options.type !== AST_NODE_TYPES.ObjectExpression || !this.model.isSafeActionClientOptions(options)) continue;
      for (const property of options.properties) {
        if (property.type !== AST_NODE_TYPES.Property || !SAFE_ACTION_ERROR_HANDLERS.has(propertyKeyName(property) ?? '')) continue;
        const value = unwrap(property.value);
        const fn = isFunctionNode(value) ? value : value.type === AST_NODE_TYPES.Identifier ? this.taint.localFunction(value) : undefined;
        if (!fn) continue;
        const results = fn.body.type === AST_NODE_TYPES.BlockStatement ? this.collector.returnsOf(fn).map((statement) => statement.argument as TSESTree.Node) : [fn.body];
        const label = `${propertyKeyName(property)}() (next-safe-action's serverError)`;
        for (const result of results) this.collect({ node: result, label, channel: 'body', payloads: [result] }, this.taint, reports);
      }
    }
  }

  /** A call of a helper from `settings['safe-errors'].responseHelpers`: its body argument is sent. */
  private checkConfiguredHelper(call: TSESTree.CallExpression, reports: LeakReport[]): boolean {
    const path = calleePath(unwrap(call.callee));
    const configured = path && this.options.responseHelpers.find((helper) => helperMatches(helper.name, path));
    if (!configured) return false;
    const body = call.arguments[configured.body];
    if (body) this.collect({ node: call, label: `${path}()`, channel: 'body', payloads: [body] }, this.taint, reports);
    return true;
  }

  private checkHelperCall(call: TSESTree.CallExpression, reports: LeakReport[]): void {
    if (this.checkConfiguredHelper(call, reports)) return;
    const callee = unwrap(call.callee);
    const path = calleePath(callee);
    // Cheap check first: only functions that contain a sink can be sending helpers.
    const name = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : path;
    if (!name || !this.namesOfFunctionsWithSinks().has(name)) return;
    const fn = this.helperFunction(callee);
    if (!fn) return;
    for (const summary of this.summarize(fn)) {
      const payload = call.arguments[summary.payloadParam];
      if (!payload || payload.type === AST_NODE_TYPES.SpreadElement) continue;
      if (summary.responseParam !== undefined) {
        const response = call.arguments[summary.responseParam];
        const target = response && unwrap(response);
        const role = target?.type === AST_NODE_TYPES.Identifier ? this.model.roleOf(target) : undefined;
        if (!role || !RESPONSE_ROLES.has(role.role)) continue;
      }
      const label = `${path ?? 'helper'}() (which sends it with ${summary.label})`;
      this.collect({ node: call, label, channel: summary.channel, payloads: [payload] }, this.taint, reports);
    }
  }

  /** Names of the functions (and their enclosing functions) that contain a sink candidate. */
  private namesOfFunctionsWithSinks(): ReadonlySet<string> {
    if (this.sinkFunctionNames) return this.sinkFunctionNames;
    const names = new Set<string>();
    for (const candidate of this.collector.sinkCandidates) {
      for (let fn = enclosingFunction(candidate); fn; fn = enclosingFunction(fn)) {
        const name = functionName(fn);
        if (name) names.add(name);
      }
    }
    this.sinkFunctionNames = names;
    return names;
  }

  /** A same-file function or `this.method` that the callee names. */
  private helperFunction(callee: TSESTree.Node): FunctionNode | undefined {
    if (callee.type === AST_NODE_TYPES.Identifier) return this.taint.localFunction(callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !isThisReference(callee.object, this.analysis.sourceCode)) return undefined;
    const name = memberName(callee);
    for (let node: TSESTree.Node | undefined = callee.parent; node; node = node.parent) {
      if (node.type !== AST_NODE_TYPES.ClassBody) continue;
      for (const member of node.body) {
        if (
          (member.type === AST_NODE_TYPES.MethodDefinition || member.type === AST_NODE_TYPES.PropertyDefinition) &&
          !member.computed &&
          member.key.type === AST_NODE_TYPES.Identifier &&
          member.key.name === name &&
          isFunctionNode(member.value)
        ) {
          return member.value;
        }
      }
      return undefined;
    }
    return undefined;
  }

  /** Which parameters of a helper reach which response sink inside it. */
  private summarize(fn: FunctionNode): HelperSummary[] {
    const cached = this.summaries.get(fn);
    if (cached) return cached;
    this.summaries.set(fn, []); // recursion guard
    const params = new Map<TSESLint.Scope.Variable, number>();
    fn.params.forEach((param, index) => {
      const identifier = parameterIdentifier(param);
      const variable = identifier && findVariable(this.analysis.sourceCode.getScope(identifier), identifier);
      if (variable) params.set(variable, index);
    });
    const summaries: HelperSummary[] = [];
    if (params.size > 0) {
      // One hypothesis per parameter: a call like `JSON.stringify({ type, ...data })` names one source of its
      // argument's, so with every parameter assumed at once `type` would hide `data` (hackathon-starter's sendSSE).
      const hypotheses = [...params.keys()].map((variable) => this.taint.assuming(new Set([variable])));
      const roleOf = (identifier: TSESTree.Identifier): RoleInfo | undefined => {
        const variable = findVariable(this.analysis.sourceCode.getScope(identifier), identifier);
        if (variable && params.has(variable)) return { role: hypotheticalRole(identifier.name), framework: undefined };
        return this.model.roleOf(identifier);
      };
      for (const candidate of this.collector.sinkCandidates) {
        if (!isInside(candidate, fn)) continue;
        const sink = this.catalogExceptionSink(candidate) ?? classifySink(candidate, this.model, this.analysis, roleOf);
        if (!sink || !this.channelEnabled(sink.channel)) continue;
        const responseVariable = sink.receiver && findVariable(this.analysis.sourceCode.getScope(sink.receiver), sink.receiver);
        const responseParam = responseVariable ? params.get(responseVariable) : undefined;
        for (const payload of sink.payloads) {
          for (const leak of hypotheses.flatMap((hypothesis) => hypothesis.leaksIn(payload))) {
            const payloadParam = params.get(leak.source);
            if (payloadParam === undefined || payloadParam === responseParam) continue;
            if (!summaries.some((s) => s.payloadParam === payloadParam && s.responseParam === responseParam)) {
              summaries.push({ responseParam, payloadParam, label: sink.label, channel: sink.channel });
            }
          }
        }
      }
    }
    this.summaries.set(fn, summaries);
    return summaries;
  }
}

/** Inside a helper, a parameter's role is a hypothesis checked at each call site. */
function hypotheticalRole(name: string): RoleInfo['role'] {
  if (name === 'ctx' || name === 'context') return 'koaContext';
  if (name === 'h') return 'hapiToolkit';
  return 'response';
}

function isInside(node: TSESTree.Node, fn: FunctionNode): boolean {
  for (let current = enclosingFunction(node); current; current = enclosingFunction(current)) {
    if (current === fn) return true;
  }
  return false;
}

function helperMatches(configured: string, path: string): boolean {
  return configured === path || (!configured.includes('.') && path.endsWith(`.${configured}`));
}
