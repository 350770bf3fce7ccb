import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { collectorListeners, getCollector } from '../analysis/collector';
import { bodyKeys, getErrorResponses, type ErrorResponse } from '../analysis/error-responses';
import { isEmptyValue } from '../analysis/error-shape';
import { getFileAnalysis } from '../analysis/file-analysis';
import { isLoggingCall, logCallMentions } from '../analysis/logging';
import { getServerModel } from '../analysis/server-model';
import { calledMethodName, calleePath, contains, enclosingFunction, enclosingStatement, memberName, propertyKeyName, unwrap } from '../util/ast';
import { createRule } from '../util/create-rule';
import { AST_NODE_TYPES, findVariable } from '../util/ts-estree';

export interface Options {
  referenceFields?: string[];
  referenceSources?: string[];
}

type MessageIds = 'missingReference' | 'referenceNotLogged' | 'predictableReference' | 'addReference';

const DEFAULT_FIELDS = ['instance', 'logref', 'errorId', 'error_id', 'requestId', 'request_id', 'traceId', 'trace_id', 'correlationId', 'correlation_id', 'reference', 'incidentId'];
/** Random or request-scoped ids: `crypto.randomUUID()`, uuid's `v4`/`v7`, `nanoid()`, `req.id`, OpenTelemetry trace ids. */
const GOOD_SOURCES = /(^|\.)(randomUUID|v4|v7|uuidv4|uuidv7|uuid|nanoid|ulid|cuid|createId|randomBytes|traceId|spanContext|requestId|id)$/;
/** Clocks and Math.random: guessable, and they let a client read how busy the server is. */
const PREDICTABLE_TEXT = /\b(Date\.now|performance\.now|process\.hrtime|Math\.random)\b|\bnew Date\(\)/;

export default createRule<[Options], MessageIds>({
  name: 'require-error-reference',
  meta: {
    type: 'problem',
    docs: {
      description: 'require 5xx and error-path answers to carry a random reference id that is logged with the error',
      recommended: 'strict',
    },
    hasSuggestions: true,
    messages: {
      missingReference:
        'This error answer has no reference id ({{fields}}). Log the error with a random id and send that id, so support can find it.',
      referenceNotLogged: 'The reference `{{reference}}` is sent, but the error is not logged with it here, so it leads nowhere.',
      predictableReference: 'The reference `{{reference}}` is predictable (a counter, a clock or Math.random). Use crypto.randomUUID() or the request id.',
      addReference: 'Log the error with a random reference and send it as `instance`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          referenceFields: {
            type: 'array',
            items: { type: 'string' },
            description: 'Body fields that carry the reference id; replaces the default list (instance, logref, errorId, requestId, traceId, correlationId, reference …).',
          },
          referenceSources: {
            type: 'array',
            items: { type: 'string' },
            description: 'Extra function names that produce good reference ids (e.g. `generateIncidentId`).',
          },
        },
      },
    ],
    defaultOptions: [{ referenceFields: DEFAULT_FIELDS, referenceSources: [] }],
  },
  create(context, [options]) {
    const analysis = getFileAnalysis(context);
    const collector = getCollector(analysis);
    const sourceCode = context.sourceCode;
    const fields = new Set(options.referenceFields ?? DEFAULT_FIELDS);
    const extraSources = new Set(options.referenceSources ?? []);

    /** The reference property of a body, one level deep at most: `{ error: { message, requestId } }`. */
    const referenceOf = (object: TSESTree.ObjectExpression): TSESTree.Property | undefined => {
      for (const property of object.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        if (fields.has(propertyKeyName(property) ?? '')) return property;
        const value = unwrap(property.value);
        if (value.type === AST_NODE_TYPES.ObjectExpression) {
          const nested = referenceOf(value);
          if (nested) return nested;
        }
      }
      return undefined;
    };

    const check = (response: ErrorResponse): void => {
      const object = response.object;
      if (!object || !bodyKeys(object)) return;
      const property = referenceOf(object);
      if (!property) {
        context.report({
          node: object,
          messageId: 'missingReference',
          data: { fields: [...fields].slice(0, 4).join(', ') + ', …' },
          suggest: addReferenceSuggestion(response, object),
        });
        return;
      }
      const value = unwrap(property.value);
      const reference = referenceExpression(value);
      const text = sourceCode.getText(reference ?? value);
      const origin = reference && originOf(reference, sourceCode);
      if (origin && isPredictable(origin)) {
        context.report({ node: property.value, messageId: 'predictableReference', data: { reference: text } });
        return;
      }
      if (!reference || !(isLogged(reference, response, text) || recordedByErrorReporter(reference, sourceCode))) {
        context.report({ node: property.value, messageId: 'referenceNotLogged', data: { reference: text } });
      }
    };

    /** A log call near the answer that carries the reference (and the error, when there is one). */
    const isLogged = (reference: TSESTree.Node, response: ErrorResponse, text: string): boolean => {
      const scope = enclosingFunction(response.send.node);
      const requestScoped = reference.type === AST_NODE_TYPES.MemberExpression;
      return collector.logCalls.some((call) => {
        if ((scope && !contains(scope, call)) || !isLoggingCall(call)) return false;
        // pino-http / Fastify loggers bound to the request add its id themselves.
        const boundToRequest = requestScoped && /^(req|request|ctx)\.log\./.test(calleePath(call.callee) ?? '');
        const mentionsReference = boundToRequest || logCallMentions(call, text, sourceCode);
        const mentionsError = !response.error || logCallMentions(call, response.error.name, sourceCode);
        return mentionsReference && mentionsError;
      });
    };

    const isGoodSource = (node: TSESTree.Node): boolean => {
      const path = node.type === AST_NODE_TYPES.CallExpression ? calleePath(node.callee) : calleePath(node);
      return path !== undefined && (GOOD_SOURCES.test(path) || extraSources.has(path.split('.').pop() ?? ''));
    };

    const isPredictable = (node: TSESTree.Node): boolean => {
      if (isGoodSource(node)) return false;
      if (node.type === AST_NODE_TYPES.UpdateExpression) return true;
      if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+' && isCounterStep(node)) return true;
      return PREDICTABLE_TEXT.test(sourceCode.getText(node));
    };

    return {
      ...collectorListeners(collector),
      'Program:exit'() {
        for (const response of getErrorResponses(analysis, context.cwd)) {
          const applies = (response.status !== undefined && response.status >= 500) || (response.path !== undefined && !(response.status !== undefined && response.status < 500));
          if (!applies || response.vetted || deliberateUnavailability(response) || getServerModel(analysis).answersHealthProbe(response.send.node)) continue;
          check(response);
        }
      },
    };
  },
});

/**
 * A 503 or 501 with no error behind it (maintenance mode, a full disk, a feature not configured) is a
 * state the server chose, with nothing to log.
 */
function deliberateUnavailability(response: ErrorResponse): boolean {
  return (response.status === 503 || response.status === 501) && response.path === undefined && response.error === undefined;
}

/** Methods of error reporters that record an error and return the id it is filed under: Sentry's `captureException`. */
const REPORTER_CAPTURES = new Set(['captureException', 'captureMessage', 'captureEvent']);

/**
 * An id an error reporter filed the error under: `const eventId = Sentry.captureException(err)`, or
 * `res.sentry`, which Sentry's Express error handler sets to the event id (growthbook).
 */
function recordedByErrorReporter(reference: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (reference.type === AST_NODE_TYPES.MemberExpression && memberName(reference) === 'sentry') return true;
  const origin = originOf(reference, sourceCode);
  return origin.type === AST_NODE_TYPES.CallExpression && REPORTER_CAPTURES.has(calledMethodName(origin) ?? '');
}

/** `instance: \`urn:uuid:${ref}\`` → `ref`; `requestId: req.id` → `req.id`; `errorId: dsn ? res.sentry : undefined` → `res.sentry`. */
function referenceExpression(value: TSESTree.Node): TSESTree.Node | undefined {
  if (value.type === AST_NODE_TYPES.TemplateLiteral) return value.expressions[0] && unwrap(value.expressions[0]);
  if (value.type === AST_NODE_TYPES.ConditionalExpression) {
    const [consequent, alternate] = [unwrap(value.consequent), unwrap(value.alternate)];
    if (isEmptyValue(alternate)) return referenceExpression(consequent);
    if (isEmptyValue(consequent)) return referenceExpression(alternate);
    return undefined;
  }
  if (value.type === AST_NODE_TYPES.Identifier || value.type === AST_NODE_TYPES.MemberExpression) return value;
  if (value.type === AST_NODE_TYPES.CallExpression || value.type === AST_NODE_TYPES.UpdateExpression || value.type === AST_NODE_TYPES.BinaryExpression) return value;
  return undefined;
}

/** Where a reference value comes from: a `const`'s initialiser, or the expression itself. */
function originOf(reference: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node {
  if (reference.type !== AST_NODE_TYPES.Identifier) return reference;
  const variable = findVariable(sourceCode.getScope(reference), reference);
  const def = variable?.defs[0];
  return def?.type === 'Variable' && def.node.init ? unwrap(def.node.init) : reference;
}

/** `count + 1`, `lastId + 1`. */
function isCounterStep(node: TSESTree.BinaryExpression): boolean {
  const [left, right] = [unwrap(node.left), unwrap(node.right)];
  const isOne = (side: TSESTree.Node): boolean => side.type === AST_NODE_TYPES.Literal && side.value === 1;
  return (isOne(right) && left.type !== AST_NODE_TYPES.Literal) || (isOne(left) && right.type !== AST_NODE_TYPES.Literal);
}

/** `const ref = crypto.randomUUID(); console.error({ err, ref });` before the answer, and `instance` in the body. */
function addReferenceSuggestion(response: ErrorResponse, object: TSESTree.ObjectExpression): TSESLint.ReportSuggestionArray<MessageIds> {
  const statement = enclosingStatement(response.send.node);
  if (!statement || !contains(statement, object)) return [];
  const indent = ' '.repeat(statement.loc.start.column);
  const errorName = response.error?.name;
  const logged = errorName === undefined ? '{ ref }' : errorName === 'err' ? '{ err, ref }' : `{ err: ${errorName}, ref }`;
  const first = object.properties[0];
  const instance = 'instance: `urn:uuid:${ref}`';
  return [
    {
      messageId: 'addReference',
      fix: (fixer) => [
        fixer.insertTextBefore(statement, `const ref = crypto.randomUUID();\n${indent}console.error(${logged});\n${indent}`),
        first ? fixer.insertTextBefore(first, `${instance}, `) : fixer.replaceText(object, `{ ${instance} }`),
      ],
    },
  ];
}

