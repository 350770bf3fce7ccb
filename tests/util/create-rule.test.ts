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
