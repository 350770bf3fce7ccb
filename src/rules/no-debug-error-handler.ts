import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { collectorListeners, getCollector } from '../analysis/collector';
import { findDebugHandlers, type DebugHandlerUse } from '../analysis/debug-handlers';
import { getFileAnalysis } from '../analysis/file-analysis';
import { enclosingStatement } from '../util/ast';
import { createRule } from '../util/create-rule';

type MessageIds = DebugHandlerUse['kind'] | 'wrapInDevelopmentCheck';

export default createRule<[], MessageIds>({
  name: 'no-debug-error-handler',
  meta: {
    type: 'problem',
    docs: {
      description: 'disallow development error handlers and debug switches that are not guarded by an environment check',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      debugHandler:
        '{{label}} renders stack traces and source to the client. Mount it only in development (inside a NODE_ENV check).',
      errorDetailsHandler:
        "{{label}} sends every error's message to the client, and its stack unless NODE_ENV is 'production'. Mount it only in development, and answer with a generic message elsewhere.",
      stackOption: 'These {{label}} options print error stacks to the client. Use them only in development.',
      envSetting: '`{{label}}` hard-codes development mode, which makes error pages show stack traces. Read it from the environment instead.',
      hapiDebug: 'The Hapi `debug` option is a development switch that prints every request error with its stack to the console. Set it only in development.',
      graphqlDebug:
        '`{{label}}` makes the GraphQL server send every error with its stack trace or raw message to clients. Set it only in development, or leave the default.',
      wrapInDevelopmentCheck: "Wrap in `if (process.env.NODE_ENV === 'development')`.",
    },
    schema: [],
  },
  create(context) {
    const analysis = getFileAnalysis(context);
    const collector = getCollector(analysis);
    return {
      ...collectorListeners(collector),
      'Program:exit'() {
        for (const use of findDebugHandlers(analysis)) {
          const statement = use.kind === 'hapiDebug' || use.kind === 'graphqlDebug' ? undefined : enclosingStatement(use.node);
          context.report({
            node: use.node,
            messageId: use.kind,
            data: { label: use.label },
            suggest: statement ? [{ messageId: 'wrapInDevelopmentCheck', fix: (fixer) => wrap(fixer, statement, context.sourceCode) }] : [],
          });
        }
      },
    };
  },
});

function wrap(fixer: TSESLint.RuleFixer, statement: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.RuleFix {
  const indent = ' '.repeat(statement.loc.start.column);
  const body = sourceCode.getText(statement).replace(/\n/g, '\n  ');
  return fixer.replaceText(statement, `if (process.env.NODE_ENV === 'development') {\n${indent}  ${body}\n${indent}}`);
}
