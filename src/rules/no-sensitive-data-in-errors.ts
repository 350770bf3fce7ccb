import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { collectorListeners, getCollector } from '../analysis/collector';
import { getFileAnalysis } from '../analysis/file-analysis';
import { SecretFinder, type SecretSink } from '../analysis/secrets';
import { createRule } from '../util/create-rule';
import { AST_NODE_TYPES } from '../util/ts-estree';

export interface Options {
  extraNames?: string[];
  allowNames?: string[];
  sanitizers?: string[];
}

type MessageIds = 'inLog' | 'inErrorMessage' | 'inErrorResponse' | 'redact';

const MESSAGE_BY_SINK: Record<SecretSink, Exclude<MessageIds, 'redact'>> = {
  log: 'inLog',
  errorMessage: 'inErrorMessage',
  errorResponse: 'inErrorResponse',
};

export default createRule<[Options], MessageIds>({
  name: 'no-sensitive-data-in-errors',
  meta: {
    type: 'problem',
    docs: {
      description: 'disallow passwords, tokens, keys, session ids and card numbers in log calls, error messages and error responses',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      inLog: '{{name}} is a secret and is written to the log by {{sink}}. Logs end up in backups and third-party services: log that it was present, or a masked form.',
      inErrorMessage: '{{name}} is a secret and is put into an error message by {{sink}}, which ends up in logs and clients.',
      inErrorResponse: '{{name}} is a secret and is sent in an error response by {{sink}}.',
      redact: "Replace with '[REDACTED]'.",
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          extraNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'More names that mean a secret, matched by words like the built-in ones (e.g. `pinCode`, `mfaSeed`).',
          },
          allowNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'Exact identifier or property names that are not secrets in this project.',
          },
          sanitizers: {
            type: 'array',
            items: { type: 'string' },
            description: "Functions whose result is safe to log (besides mask/redact/hash…); defaults to settings['safe-errors'].sanitizers.",
          },
        },
      },
    ],
    defaultOptions: [{ extraNames: [], allowNames: [] }],
  },
  create(context, [options]) {
    const analysis = getFileAnalysis(context);
    const collector = getCollector(analysis);
    return {
      ...collectorListeners(collector),
      'Program:exit'() {
        const finder = new SecretFinder(analysis, {
          extraNames: options.extraNames ?? [],
          allowNames: options.allowNames ?? [],
          sanitizers: options.sanitizers ?? analysis.settings.sanitizers,
        });
        const reported = new Set<TSESTree.Node>();
        for (const use of finder.findAll()) {
          if (reported.has(use.node)) continue;
          reported.add(use.node);
          context.report({
            node: use.node,
            messageId: MESSAGE_BY_SINK[use.sink],
            data: { name: use.name, sink: use.sinkLabel },
            suggest: [{ messageId: 'redact', fix: (fixer) => redact(fixer, use.node) }],
          });
        }
      },
    };
  },
});

function redact(fixer: TSESLint.RuleFixer, node: TSESTree.Node): TSESLint.RuleFix {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.Property && parent.shorthand && parent.value === node) {
    return fixer.insertTextAfter(node, ": '[REDACTED]'");
  }
  if (parent?.type === AST_NODE_TYPES.SpreadElement && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    return fixer.replaceText(parent, "redacted: '[REDACTED]'");
  }
  if (parent?.type === AST_NODE_TYPES.SpreadElement) return fixer.replaceText(parent, "'[REDACTED]'");
  return fixer.replaceText(node, "'[REDACTED]'");
}
