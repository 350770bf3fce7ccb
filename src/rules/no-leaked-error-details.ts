import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { collectorListeners, getCollector } from '../analysis/collector';
import { getFileAnalysis } from '../analysis/file-analysis';
import { LeakFinder, type LeakReport } from '../analysis/leaks';
import type { SinkChannel } from '../analysis/sinks';
import { contains, isFunctionNode } from '../util/ast';
import { createRule } from '../util/create-rule';
import { isLoggingCall, logCallMentions } from '../analysis/logging';
import { AST_NODE_TYPES } from '../util/ts-estree';

export interface Options {
  allowedProperties?: string[];
  checkHeaders?: boolean;
  checkRedirects?: boolean;
  sanitizers?: string[];
  devGuards?: string[];
  safeErrorClasses?: string[];
}

type MessageIds = 'leak' | 'launderedIntoCatalogError' | 'replaceWithGeneric' | 'logError';

export const GENERIC_MESSAGE = 'Internal Server Error';

const WHERE: Record<SinkChannel, string> = {
  body: 'by',
  header: 'in a header by',
  redirect: 'in a redirect by',
  template: 'to a rendered page by',
  exception: 'in the response of',
  catalogException: 'by',
};

export default createRule<[Options], MessageIds>({
  name: 'no-leaked-error-details',
  meta: {
    type: 'problem',
    docs: {
      description: 'disallow details of caught errors (message, stack, the error itself) in responses, headers, redirects, pages and client-facing exceptions',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      leak: '{{leaked}} is sent to the client {{where}} {{sink}}. Log the error and send a generic message.',
      launderedIntoCatalogError:
        '{{leaked}} is passed to catalog exception {{sink}}, so raw error text would be shown as a vetted message. Log the error instead.',
      replaceWithGeneric: `Replace with '${GENERIC_MESSAGE}'.`,
      logError: 'Log {{error}} before answering.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowedProperties: {
            type: 'array',
            items: { type: 'string' },
            description: 'Error properties that are safe to send, besides `status`, `statusCode` and `expose`.',
          },
          checkHeaders: { type: 'boolean', description: 'Report error details in response headers.' },
          checkRedirects: { type: 'boolean', description: 'Report error details in redirect URLs.' },
          sanitizers: {
            type: 'array',
            items: { type: 'string' },
            description: "Functions whose result is safe to send; overrides settings['safe-errors'].sanitizers.",
          },
          devGuards: {
            type: 'array',
            items: { type: 'string' },
            description: "Expressions that mean \"not production\"; overrides settings['safe-errors'].devGuards.",
          },
          safeErrorClasses: {
            type: 'array',
            items: { type: 'string' },
            description: "Error classes whose message is vetted; overrides settings['safe-errors'].safeErrorClasses.",
          },
        },
      },
    ],
    defaultOptions: [{ allowedProperties: [], checkHeaders: true, checkRedirects: true }],
  },
  create(context, [options]) {
    const analysis = getFileAnalysis(context);
    const collector = getCollector(analysis);
    const settings = analysis.settings;
    const sourceCode = context.sourceCode;

    return {
      ...collectorListeners(collector),
      'Program:exit'() {
        const finder = new LeakFinder(
          analysis,
          {
            allowedProperties: options.allowedProperties ?? [],
            checkHeaders: options.checkHeaders ?? true,
            checkRedirects: options.checkRedirects ?? true,
            sanitizers: options.sanitizers ?? settings.sanitizers,
            devGuards: options.devGuards ?? settings.devGuards,
            safeErrorClasses: options.safeErrorClasses ?? settings.safeErrorClasses,
            responseHelpers: settings.responseHelpers,
          },
          context.cwd,
        );
        const reported = new Set<TSESTree.Node>();
        for (const report of finder.findAll()) {
          if (reported.has(report.leak.node)) continue;
          reported.add(report.leak.node);
          context.report({
            node: report.leak.node,
            messageId: report.channel === 'catalogException' ? 'launderedIntoCatalogError' : 'leak',
            data: { leaked: describe(sourceCode.getText(report.leak.node)), where: WHERE[report.channel], sink: report.sinkLabel },
            suggest: suggestions(report, sourceCode, collector.logCalls),
          });
        }
      },
    };
  },
});

function describe(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}...` : oneLine;
}

function suggestions(
  report: LeakReport,
  sourceCode: Readonly<TSESLint.SourceCode>,
  logCalls: readonly TSESTree.CallExpression[],
): TSESLint.ReportSuggestionArray<MessageIds> {
  const result: TSESLint.ReportSuggestionArray<MessageIds> = [
    { messageId: 'replaceWithGeneric', fix: (fixer) => replaceWithGeneric(fixer, report.leak.node) },
  ];
  const errorName = report.leak.source.name;
  const block = sourceBlock(report.leak.source);
  const first = block?.body[0];
  const alreadyLogged =
    block !== undefined &&
    logCalls.some((call) => contains(block, call) && isLoggingCall(call) && logCallMentions(call, errorName, sourceCode));
  if (first && !alreadyLogged) {
    const indent = ' '.repeat(first.loc.start.column);
    result.push({
      messageId: 'logError',
      data: { error: errorName },
      fix: (fixer) => fixer.insertTextBefore(first, `console.error(${errorName});\n${indent}`),
    });
  }
  return result;
}

function replaceWithGeneric(fixer: TSESLint.RuleFixer, node: TSESTree.Node): TSESLint.RuleFix {
  const literal = `'${GENERIC_MESSAGE}'`;
  const parent = node.parent;
  // `{ message }` → `{ message: '…' }`; `{ ...err }` → `{ message: '…' }`.
  if (parent?.type === AST_NODE_TYPES.Property && parent.shorthand && parent.value === node) {
    return fixer.insertTextAfter(node, `: ${literal}`);
  }
  if (parent?.type === AST_NODE_TYPES.SpreadElement && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    return fixer.replaceText(parent, `message: ${literal}`);
  }
  if (parent?.type === AST_NODE_TYPES.SpreadElement) return fixer.replaceText(parent, literal);
  return fixer.replaceText(node, literal);
}

/** The block where the caught error is in scope: the catch body, or the handler's body. */
function sourceBlock(source: TSESLint.Scope.Variable): TSESTree.BlockStatement | undefined {
  const def = source.defs[0];
  if (def?.type === 'CatchClause') return def.node.body;
  if (def?.type === 'Parameter' && isFunctionNode(def.node) && def.node.body.type === AST_NODE_TYPES.BlockStatement) return def.node.body;
  return undefined;
}
