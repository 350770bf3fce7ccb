import { collectorListeners, getCollector } from '../../src/analysis/collector';
import { getFileAnalysis } from '../../src/analysis/file-analysis';
import { createRule } from '../../src/util/create-rule';
import { createRuleTester } from '../rule-tester';

/** A rule with a bug: it throws on every `debugger` statement. */
const brokenRule = createRule<[], 'never'>({
  name: 'broken-for-test',
  meta: {
    type: 'problem',
    docs: { description: 'disallow nothing; throws to test the safety net', recommended: 'strict' },
    messages: { never: 'never reported' },
    schema: [],
  },
  create() {
    return {
      DebuggerStatement() {
        throw new Error('boom');
      },
    };
  },
});

createRuleTester().run('createRule safety net', brokenRule, {
  valid: ['const fine = true;'],
  invalid: [
    {
      code: 'debugger;\ndebugger;',
      errors: [{ messageId: 'internalError', line: 1, column: 1, data: { problem: 'boom' } }],
    },
    {
      code: 'const a = 1;',
      settings: { 'safe-errors': { devGuard: ['x'] } },
      errors: [{ messageId: 'invalidSettings', line: 1 }],
    },
  ],
});

/** A rule whose shared node collector crashes: its listeners catch the error themselves, and createRule reports it. */
const brokenCollectorRule = createRule<[], 'never'>({
  name: 'broken-collector-for-test',
  meta: {
    type: 'problem',
    docs: { description: 'disallow nothing; its collector throws to test the safety net', recommended: 'strict' },
    messages: { never: 'never reported' },
    schema: [],
  },
  create(context) {
    const collector = getCollector(getFileAnalysis(context));
    collector.visit = (node) => {
      if (node.type === 'ThrowStatement') throw new Error('collector boom');
    };
    return {
      ...collectorListeners(collector),
      'Program:exit'() {
        context.report({ node: context.sourceCode.ast, messageId: 'never' });
      },
    };
  },
});

createRuleTester().run('createRule safety net for self-guarded listeners', brokenCollectorRule, {
  valid: [],
  invalid: [
    // Without a crash the rule runs to its end.
    { code: 'const fine = true;', errors: [{ messageId: 'never', line: 1 }] },
    // After a crash, one message and nothing from the rule's own Program:exit.
    {
      code: 'function f() {\n  throw new Error("a");\n}\nfunction g() {\n  throw new Error("b");\n}',
      errors: [{ messageId: 'internalError', line: 1, column: 1, data: { problem: 'collector boom' } }],
    },
  ],
});
