import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { collectorListeners, getCollector, type NodeCollector } from '../analysis/collector';
import { bodyKeys, getErrorResponses } from '../analysis/error-responses';
import { getFileAnalysis, type FileAnalysis } from '../analysis/file-analysis';
import { calledMethodName, contains, enclosingFunction, staticString, unwrap } from '../util/ast';
import { getServerModel, type ServerModel } from '../analysis/server-model';
import { possibleStatuses } from '../analysis/status';
import { createRule } from '../util/create-rule';
import { AST_NODE_TYPES } from '../util/ts-estree';

export interface CustomFormat {
  required: string[];
  allowed?: string[];
}

export interface Options {
  format?: 'problem-details' | 'vnd.error' | CustomFormat;
}

type MessageIds = 'missingFields' | 'unexpectedFields' | 'missingAndUnexpectedFields' | 'statusMismatch' | 'bareString';

interface Format {
  name: string;
  required: readonly string[];
  /** Undefined: any field (RFC 9457 allows extension members). */
  allowed: ReadonlySet<string> | undefined;
  /** Fields that belong to another error format. */
  foreign: ReadonlySet<string>;
}

/** Validation failures: accepted in every format. */
const VALIDATION_FIELDS = new Set(['errors', 'invalid-params', 'invalidParams']);
/** OAuth 2.0 error responses (RFC 6749 §5.2). */
const OAUTH_FIELDS = new Set(['error', 'error_description', 'error_uri', 'state']);

/** SCIM 2.0 errors (RFC 7644 §3.12): `{ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status, detail }`. */
const SCIM_FIELDS = new Set(['schemas', 'status', 'detail', 'scimType']);

/** The error codes of OAuth 2.0 (RFC 6749 §4.1.2.1, §5.2) and bearer tokens (RFC 6750 §3.1). */
const OAUTH_ERROR_CODES = new Set([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'access_denied',
  'unsupported_response_type',
  'server_error',
  'temporarily_unavailable',
  'invalid_token',
  'insufficient_scope',
]);

/** Errors whose shape a protocol fixes, accepted in every format: OAuth 2.0, SCIM 2.0 and JSON-RPC 2.0 (`{ jsonrpc: '2.0', error, id }`). */
function isProtocolError(keys: ReadonlyMap<string, TSESTree.Property>): boolean {
  if (keys.has('jsonrpc')) return true;
  if (keys.has('schemas') && [...keys.keys()].every((key) => SCIM_FIELDS.has(key))) return true;
  const error = keys.get('error');
  if (!error) return false;
  // `error_description` is optional: `{ error: 'invalid_request' }` is an OAuth error by its code alone.
  const code = unwrap(error.value);
  const registered = code.type === AST_NODE_TYPES.Literal && OAUTH_ERROR_CODES.has(String(code.value));
  if ([...keys.keys()].every((key) => OAUTH_FIELDS.has(key))) return registered || keys.has('error_description');
  // Extensions of a registered code: RFC 6750's `insufficient_scope` with `required_scopes` (ts-oauth2-server).
  return registered && keys.has('error_description');
}

const FORMATS: Record<'problem-details' | 'vnd.error', Format> = {
  'problem-details': {
    name: 'RFC 9457 problem details',
    required: ['title'],
    allowed: undefined,
    foreign: new Set(['message', 'error', 'err', 'msg', 'errorMessage', 'error_message', 'success', 'ok']),
  },
  'vnd.error': {
    name: 'vnd.error',
    required: ['message'],
    allowed: new Set(['message', 'logref', 'path', '_links', '_embedded', 'total']),
    foreign: new Set(),
  },
};

function isEmptyText(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal) return node.value === '';
  return node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0 && node.quasis[0]?.value.cooked === '';
}

/** Content types that no API client parses as an error document: scripts, stylesheets, pages and images. */
const NON_API_CONTENT = /^(text\/javascript|application\/javascript|text\/css|text\/html|image\/)|^(js|javascript|css|html)$/i;
const CONTENT_TYPE_SETTERS = new Set(['setHeader', 'set', 'header', 'type', 'contentType']);

/**
 * An image or page Content-Type declared anywhere in a function (`headers: { 'Content-Type': 'image/png' }`,
 * Koa's `ctx.type = 'html'`), or a Next.js `ImageResponse`.
 */
const PAGE_OR_IMAGE_IN_TEXT = /['"]content-type['"]\s*[:,]\s*['"`](text\/html|image\/)|\.type\s*=\s*['"`](html|text\/html|image\/)|\bnew\s+ImageResponse\b/i;

/**
 * `res.setHeader('Content-Type', 'text/javascript')` (or `res.type('js')`) before the answer on its path, or
 * `res.type('text/javascript').status(404).send(…)`: a script endpoint's `console.error("Invalid API key")`
 * is a statement a `<script>` tag runs (growthbook, nodebb). Also a text answer of a handler whose other answers
 * are images or pages (cal.com's Open Graph image route): a crawler or browser reads it, not an API client.
 */
function servesNonApiContent(send: TSESTree.Node, collector: NodeCollector, analysis: FileAnalysis): boolean {
  const sourceCode = analysis.sourceCode;
  if (send.type === AST_NODE_TYPES.CallExpression) {
    for (let callee = unwrap(send.callee); callee.type === AST_NODE_TYPES.MemberExpression; ) {
      const object = unwrap(callee.object);
      if (object.type !== AST_NODE_TYPES.CallExpression) break;
      if (setsNonApiContent(object)) return true;
      callee = unwrap(object.callee);
    }
  }
  const setters = contentTypeSetters(collector);
  const setBefore = setters.some((call) => {
    const statement = call.parent;
    const block = statement?.type === AST_NODE_TYPES.ExpressionStatement ? statement.parent : undefined;
    return block !== undefined && call.range[1] < send.range[0] && contains(block, send) && setsNonApiContent(call);
  });
  const handler = enclosingFunction(send);
  if (setBefore || handler === undefined) return setBefore;
  // A Content-Type the handler only knows at run time (`res.setHeader('Content-Type', result.metadata.contentType)`):
  // it serves files or images, whose other answers a browser shows (evershop's image route).
  if (PAGE_OR_IMAGE_IN_TEXT.test(sourceCode.getText(handler))) return true;
  const model = getServerModel(analysis);
  return setters.some((call) => {
    if (!contains(handler, call)) return false;
    const type = computedContentType(call);
    // Negotiated from the request (`contentType(getResponseContentType(req))`, medplum's webhooks) is an API's answer.
    return type !== undefined && !mentionsRequest(type, sourceCode, model);
  });
}

const settersByFile = new WeakMap<NodeCollector, TSESTree.CallExpression[]>();

/** The file's calls that may set a Content-Type (`res.setHeader`, `res.type` …): few, so each text answer looks only at them. */
function contentTypeSetters(collector: NodeCollector): TSESTree.CallExpression[] {
  let setters = settersByFile.get(collector);
  if (!setters) {
    setters = collector.callsWithArguments.filter((call) => CONTENT_TYPE_SETTERS.has(calledMethodName(call) ?? ''));
    settersByFile.set(collector, setters);
  }
  return setters;
}

/** The value of a Content-Type set from something only known at run time. */
function computedContentType(call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const method = calledMethodName(call);
  if (!CONTENT_TYPE_SETTERS.has(method ?? '')) return undefined;
  const [first, second] = call.arguments;
  if (method === 'type' || method === 'contentType') return call.arguments.length === 1 && first !== undefined && staticString(first) === undefined ? first : undefined;
  return second !== undefined && staticString(first)?.toLowerCase() === 'content-type' && staticString(second) === undefined ? second : undefined;
}

function mentionsRequest(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, model: ServerModel): boolean {
  return sourceCode.getTokens(node).some((token) => {
    if (token.type !== 'Identifier') return false;
    const identifier = sourceCode.getNodeByRangeIndex(token.range[0]);
    return identifier?.type === AST_NODE_TYPES.Identifier && model.roleOf(identifier)?.role === 'request';
  });
}

function setsNonApiContent(call: TSESTree.CallExpression): boolean {
  if (!CONTENT_TYPE_SETTERS.has(calledMethodName(call) ?? '')) return false;
  const [first, second] = call.arguments.map((arg) => staticString(arg));
  const type = second !== undefined && first?.toLowerCase() === 'content-type' ? second : call.arguments.length === 1 ? first : undefined;
  return type !== undefined && NON_API_CONTENT.test(type);
}

/** The data functions of a React Router (Remix) route module. */
const ROUTE_DATA_FUNCTIONS = new Set(['loader', 'action', 'clientLoader', 'clientAction']);

/**
 * `throw new Response('Not Found', { status: 404 })` in a route module that renders a page (a default
 * export) and exports a `loader` or `action`, there or in a helper they call: React Router hands the
 * response to the route's `ErrorBoundary`, which renders it; no API client parses it (documenso).
 */
function isThrownByPageRouteData(send: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (send.type !== AST_NODE_TYPES.NewExpression || send.parent?.type !== AST_NODE_TYPES.ThrowStatement) return false;
  const body = sourceCode.ast.body;
  return body.some((statement) => statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) && body.some(exportsRouteDataFunction);
}

/** `export async function loader() {}`, `export const action = async () => {}`. */
function exportsRouteDataFunction(statement: TSESTree.ProgramStatement): boolean {
  if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) return false;
  const declaration = statement.declaration;
  if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration) return ROUTE_DATA_FUNCTIONS.has(declaration.id?.name ?? '');
  if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) return false;
  return declaration.declarations.some((declarator) => declarator.id.type === AST_NODE_TYPES.Identifier && ROUTE_DATA_FUNCTIONS.has(declarator.id.name));
}

export default createRule<[Options], MessageIds>({
  name: 'consistent-error-shape',
  meta: {
    type: 'problem',
    docs: {
      description: 'require error responses to follow one documented format (RFC 9457 problem details by default)',
      recommended: 'strict',
    },
    messages: {
      missingFields: 'This error body misses {{fields}}, required by the {{format}} format.',
      unexpectedFields: 'This error body uses {{fields}}, which the {{format}} format does not have{{hint}}.',
      missingAndUnexpectedFields: 'This error body misses {{missing}}, required by the {{format}} format, and uses {{unexpected}}, which it does not have{{hint}}.',
      statusMismatch: 'The body says status {{body}} but the response is sent with {{response}}.',
      bareString: 'This error body is a bare string; send an object in the {{format}} format so clients parse every error the same way.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          format: {
            description: 'The error format: "problem-details" (RFC 9457), "vnd.error", or { required, allowed } for a house format.',
            oneOf: [
              { type: 'string', enum: ['problem-details', 'vnd.error'], description: 'A standard format.' },
              {
                type: 'object',
                description: 'A house format.',
                additionalProperties: false,
                required: ['required'],
                properties: {
                  required: { type: 'array', items: { type: 'string' }, description: 'Fields every error body must have.' },
                  allowed: { type: 'array', items: { type: 'string' }, description: 'Fields an error body may have (besides the required ones); omit to allow any.' },
                },
              },
            ],
          },
        },
      },
    ],
    defaultOptions: [{ format: 'problem-details' }],
  },
  create(context, [options]) {
    const analysis = getFileAnalysis(context);
    const collector = getCollector(analysis);
    const format = toFormat(options.format ?? 'problem-details');

    return {
      ...collectorListeners(collector),
      'Program:exit'() {
        // A body kept in a constant and sent by several answers is reported once, where it is written.
        const reported = new Set<TSESTree.Node>();
        const report = (descriptor: TSESLint.ReportDescriptor<MessageIds> & { node: TSESTree.Node }): void => {
          if (reported.has(descriptor.node)) return;
          reported.add(descriptor.node);
          context.report(descriptor);
        };
        for (const response of getErrorResponses(analysis, context.cwd)) {
          // Error statuses, catalog answers, and answers built by a configured helper.
          const isErrorAnswer = (response.status !== undefined && response.status >= 400) || response.inHelper || response.vetted;
          if (!isErrorAnswer && !(response.path && response.status === undefined)) continue;
          // Health and readiness probes answer load balancers, in their own formats.
          if (getServerModel(analysis).answersHealthProbe(response.send.node)) continue;
          if (isThrownByPageRouteData(response.send.node, context.sourceCode)) continue;
          if (response.text) {
            // An empty body says nothing to parse; a script or stylesheet endpoint answers in its own language.
            if (!isEmptyText(response.text) && !response.send.page && !servesNonApiContent(response.send.node, collector, analysis)) {
              report({ node: response.text, messageId: 'bareString', data: { format: format.name } });
            }
            continue;
          }
          const object = response.object;
          const keys = object && bodyKeys(object);
          if (!object || !keys || isProtocolError(keys)) continue;
          const missing = format.required.filter((field) => !keys.has(field));
          const unexpected = [...keys.keys()].filter(
            (key) => !VALIDATION_FIELDS.has(key) && !format.required.includes(key) && (format.allowed ? !format.allowed.has(key) : format.foreign.has(key)),
          );
          const hint = format.allowed ? '' : ' (use title and detail)';
          // A house format (`{ error, message }`) usually breaks both ways: one report per body, not two.
          if (missing.length > 0 && unexpected.length > 0) {
            report({
              node: object,
              messageId: 'missingAndUnexpectedFields',
              data: { missing: quoteAll(missing), unexpected: quoteAll(unexpected), format: format.name, hint },
            });
          } else if (missing.length > 0) {
            report({ node: object, messageId: 'missingFields', data: { fields: quoteAll(missing), format: format.name } });
          } else if (unexpected.length > 0) {
            report({ node: object, messageId: 'unexpectedFields', data: { fields: quoteAll(unexpected), format: format.name, hint } });
          }
          const statusProperty = keys.get('status');
          const bodyStatus = statusProperty && unwrap(statusProperty.value);
          if (bodyStatus?.type === AST_NODE_TYPES.Literal && typeof bodyStatus.value === 'number' && response.status !== undefined) {
            const sent = response.send.status.kind === 'known' ? possibleStatuses(response.send.status, context.sourceCode) : [response.status];
            if (!sent.includes(bodyStatus.value)) report({ node: bodyStatus, messageId: 'statusMismatch', data: { body: String(bodyStatus.value), response: sent.join(' or ') } });
          }
        }
      },
    };
  },
});

function toFormat(option: NonNullable<Options['format']>): Format {
  if (typeof option === 'string') return FORMATS[option];
  return {
    name: 'configured',
    required: option.required,
    allowed: option.allowed ? new Set([...option.required, ...option.allowed]) : undefined,
    foreign: new Set(),
  };
}

function quoteAll(fields: readonly string[]): string {
  return fields.map((field) => `\`${field}\``).join(', ');
}
