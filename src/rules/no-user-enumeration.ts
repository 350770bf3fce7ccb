import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getAuthFlows, namesAccount, type AuthFlow, type FailureExit } from '../analysis/auth-flows';
import { collectorListeners, getCollector } from '../analysis/collector';
import { getFileAnalysis } from '../analysis/file-analysis';
import { contains, enclosingFunction, enclosingStatement } from '../util/ast';
import { createRule } from '../util/create-rule';
import { AST_NODE_TYPES } from '../util/ts-estree';

export interface Options {
  checkTiming?: boolean;
  checkRegistration?: boolean;
  passwordChecks?: string[];
  loginFunctions?: string[];
}

type MessageIds =
  | 'revealingMessage'
  | 'accountStateBeforePassword'
  | 'distinguishable'
  | 'timing'
  | 'timingSkippedCheck'
  | 'resetRevealsAccount'
  | 'resetAccountState'
  | 'registrationRevealsAccount'
  | 'passwordPolicyOnLogin'
  | 'useGenericLoginMessage'
  | 'useGenericResetMessage';

export const GENERIC_LOGIN_MESSAGE = 'Invalid email or password';
export const GENERIC_RESET_MESSAGE = 'If an account exists for this email, we sent a link to reset the password';

/** Texts that say whether an account exists, or which credential was wrong; a `member` is Ghost's account ("No member exists with this e-mail address"). */
const REVEALING = [
  /\buser(name)?\s+(was\s+)?not\s+found\b/i,
  /\bno\s+such\s+(user|account|email|member)\b/i,
  /\bunknown\s+(user|username|email|account|member)\b/i,
  /\b(email|e-mail|user|username|account|member)\b(\s+\S+)?\s+(is\s+|was\s+)?not\s+(registered|found|recogni[sz]ed)\b/i,
  // Not an argument check: "No user provided" (LibreChat's comparePassword helper).
  /\bno\s+(user|account|member)s?\b(?!\s+(provided|given|specified|supplied|passed)\b)/i,
  // "The email address does not exist" (heyform), "User name doesn't exist".
  /\b(account|user|email|e-mail|member)(\s+(address|name|id))?\s+(does\s*n[o']t|did\s+not|doesn't)\s+exist/i,
  // "Sorry, we can't find an account with that email" (overleaf), "Failed to find user" (infisical), "User alice not exists" (cnpmcore).
  /\b(can'?t|cannot|could\s*n[o']t|unable\s+to|failed\s+to)\s+find\s+(an?\s+|that\s+|this\s+|the\s+|your\s+)?(user|account|email|e-mail|member)\b/i,
  // "User: alice does not exist" (NodeGoat).
  /\b(user|account|member)\b:?(\s+\S+)?\s+(not\s+exists?|(does\s*n[o']t|did\s+not|doesn't)\s+exist)\b/i,
];
/**
 * "Invalid email", "Wrong username": revealing when a missing account answers it, but also what a
 * format check answers before any lookup, so only on the branch where the lookup found nothing.
 * Never revealing: "Invalid user name or password" and "Invalid username/password" name both
 * credentials; "Invalid email format" and "Invalid email change token" are about the input or a token.
 */
const WRONG_IDENTIFIER = /\b(incorrect|wrong|invalid)\s+(user\s*name|email|e-mail|user)\b(?!\s+(name|format|change|token|verification|confirmation|link|code)\b|\s+(or|and)\s|\s*[/&])/i;
/** A message naming an account identifier and the password together: "Username or password is not correct". */
const BOTH_CREDENTIALS = /\b(user\s*name|email|e-mail|user|login)\s*(\band\s*\/\s*or\b|\bor\b|\band\b|\/|&)\s*password/i;
/** "Wrong password": revealing only next to an account the client names (otherwise it is the one credential). */
const WRONG_PASSWORD = [
  /\b(incorrect|wrong|invalid|bad)\s+password\b/i,
  /\bpasswords?\s+(does\s*n[o']t|doesn't|do\s+not|did\s+not|is\s+not|isn't)\s+(match|correct|valid)/i,
  /\bpasswords?\s+(is\s+)?(incorrect|wrong|invalid)\b/i,
];
/** "Email already in use": revealing in registration flows. */
const ALREADY_REGISTERED = /\b(email|e-mail|user|username|account)\b.*\b(already|taken|in use|exists)\b/i;
/** Password rules stated in a login failure tell attackers what to guess. */
/** Rules for a password, written out or as a code: `PASSWORD_TOO_SHORT`, `WEAK_PASSWORD` (better-auth). */
const PASSWORD_POLICY =
  /\b(at least|minimum|must (be|contain|include|have))\b.*\b(characters?|digits?|numbers?|letters?|upper-?case|lower-?case|symbols?|special)\b|\bpassword must\b|password_?too_?(short|long|weak|simple|common)|(weak|short|long)_?password/i;

export default createRule<[Options], MessageIds>({
  name: 'no-user-enumeration',
  meta: {
    type: 'problem',
    docs: {
      description: 'require login, password-reset and sign-in failures to look the same whether or not the account exists',
      recommended: 'recommended',
      configOptions: { strict: [{ checkTiming: true }] },
    },
    hasSuggestions: true,
    messages: {
      revealingMessage: '"{{text}}" tells an attacker whether the account exists or which credential was wrong. Answer every failure of this flow with one generic message.',
      accountStateBeforePassword:
        'This failure ({{this}}) answers existing accounts only, before their password is checked; an unknown account gets {{other}} (line {{line}}). Anyone can tell which accounts exist without a password: check the password first, or answer the same way.',
      distinguishable:
        'This failure ({{this}}) differs from the one on line {{line}} ({{other}}) in its {{difference}}, so attackers can tell an unknown account from a wrong password. Answer both the same way.',
      timing:
        'Returning here, before any password check, makes unknown accounts answer measurably faster. Verify the password against a constant dummy hash before answering.',
      timingSkippedCheck:
        'For an unknown account, `{{condition}}` skips this password check, so the failure answers measurably faster. Verify the password against a constant dummy hash when the account is missing.',
      resetRevealsAccount:
        'This reset answer differs for unknown accounts ({{this}}). Answer the same way whether or not the account exists: "If an account exists, we sent a link".',
      resetAccountState:
        'Only existing accounts get this answer ({{this}}); an unknown address gets the usual one. Anyone can tell which addresses have accounts: answer the same way, and tell the owner by email.',
      registrationRevealsAccount: 'This registration answer reveals that the account already exists ({{this}}). Send the same answer and notify the owner by email instead.',
      passwordPolicyOnLogin: '"{{text}}" states password rules in a login failure. Keep policy messages to registration and password changes.',
      useGenericLoginMessage: `Use "${GENERIC_LOGIN_MESSAGE}".`,
      useGenericResetMessage: `Use "${GENERIC_RESET_MESSAGE}".`,
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkTiming: {
            type: 'boolean',
            description: 'Report failures for unknown accounts that answer before any password check runs (a timing oracle).',
          },
          checkRegistration: { type: 'boolean', description: 'Also check registration flows ("email already in use").' },
          passwordChecks: {
            type: 'array',
            items: { type: 'string' },
            description: 'Extra function or method names that verify a password.',
          },
          loginFunctions: {
            type: 'array',
            items: { type: 'string' },
            description: 'Extra function names that are login flows.',
          },
        },
      },
    ],
    defaultOptions: [{ checkTiming: false, checkRegistration: false, passwordChecks: [], loginFunctions: [] }],
  },
  create(context, [options]) {
    const analysis = getFileAnalysis(context);
    const collector = getCollector(analysis);
    const sourceCode = context.sourceCode;

    return {
      ...collectorListeners(collector),
      'Program:exit'() {
        const flows = getAuthFlows(analysis, {
          passwordChecks: options.passwordChecks ?? [],
          loginFunctions: options.loginFunctions ?? [],
          checkRegistration: options.checkRegistration ?? false,
        });
        // One report per failure exit: its most specific problem.
        const reported = new Set<TSESTree.Node>();
        const report = (exit: FailureExit, descriptor: Omit<TSESLint.ReportDescriptor<MessageIds>, 'node' | 'loc'>, at?: TSESTree.Node): void => {
          if (reported.has(exit.node)) return;
          reported.add(exit.node);
          context.report({ node: at ?? exit.node, ...descriptor } as TSESLint.ReportDescriptor<MessageIds>);
        };
        for (const flow of flows) {
          checkMessages(flow, report, sourceCode);
          if (flow.kind === 'login') checkDistinguishable(flow, report, sourceCode);
          if (flow.kind === 'login') checkAccountState(flow, report, sourceCode);
          if (flow.kind === 'reset') checkReset(flow, report, sourceCode);
          if (flow.kind === 'registration') checkRegistration(flow, report);
          if (flow.kind === 'login' && options.checkTiming) checkTiming(flow, context);
        }
      },
    };
  },
});

type Report = (exit: FailureExit, descriptor: Omit<TSESLint.ReportDescriptor<MessageIds>, 'node' | 'loc'>, at?: TSESTree.Node) => void;

function checkMessages(flow: AuthFlow, report: Report, sourceCode: Readonly<TSESLint.SourceCode>): void {
  const revealing = (message: string, exit: FailureExit): boolean => {
    // A template's named values read as their names: `${email} not registered`.
    const text = message.replace(/\$\{(\w+)\}/g, '$1');
    if (REVEALING.some((pattern) => pattern.test(text))) return true;
    if (exit.branch === 'accountMissing' && WRONG_IDENTIFIER.test(text)) return true;
    // "Username or password is incorrect" names both credentials; a reset flow's "Invalid password"
    // is about the new password, and the account comes from the reset token.
    if (flow.kind !== 'login' || BOTH_CREDENTIALS.test(text) || !WRONG_PASSWORD.some((pattern) => pattern.test(text))) return false;
    // A shared password (`if (body.password !== config.password)`) has no account to enumerate.
    return namesAccount(flow.fn, exit.node, sourceCode);
  };
  for (const exit of flow.exits) {
    const text = exit.message;
    if (text === undefined || exit.missingRecordById) continue;
    if (flow.kind !== 'registration' && revealing(text, exit)) {
      const generic = flow.kind === 'reset' ? GENERIC_RESET_MESSAGE : GENERIC_LOGIN_MESSAGE;
      const messageNode = exit.messageNode;
      report(
        exit,
        {
          messageId: 'revealingMessage',
          data: { text },
          suggest: messageNode
            ? [
                {
                  messageId: flow.kind === 'reset' ? 'useGenericResetMessage' : 'useGenericLoginMessage',
                  fix: (fixer) => fixer.replaceText(messageNode, quoteLike(messageNode.raw, generic)),
                },
              ]
            : [],
        },
        messageNode,
      );
    } else if (flow.kind === 'login' && flow.passwordChecks.some((check) => check.range[0] < exit.node.range[0]) && PASSWORD_POLICY.test(text)) {
      // Only after a password check: checking the input's type first (`typeof input !== 'string'`) tells nothing.
      report(exit, { messageId: 'passwordPolicyOnLogin', data: { text } }, exit.messageNode);
    }
  }
}

/**
 * A failure that only an existing account can get, before its password is checked (`if (!user.emailVerified)
 * throw new Error('confirm-your-email')`, a lockout, "uses external authentication"): without any password,
 * its answer tells which addresses have accounts, unless it matches the unknown account's.
 */
/**
 * A failure the block of the check always ends in: `{ await bcrypt.compare(pw, DUMMY_HASH); throw … }`. Not a failure
 * under a condition (`const ok = await bcrypt.compare(…); if (!ok) throw …`), which is the check's own answer.
 */
function failsRightAfter(check: TSESTree.Node, exit: TSESTree.Node): boolean {
  const checkStatement = enclosingStatement(check);
  const exitStatement = enclosingStatement(exit);
  if (!exitStatement || checkStatement === exitStatement || exitStatement.type === AST_NODE_TYPES.IfStatement) return false;
  return checkStatement?.parent?.type === AST_NODE_TYPES.BlockStatement && exitStatement.parent === checkStatement.parent;
}

function checkAccountState(flow: AuthFlow, report: Report, sourceCode: Readonly<TSESLint.SourceCode>): void {
  const missing = flow.exits.filter((exit) => exit.branch === 'accountMissing');
  const wrong = flow.exits.filter((exit) => exit.branch === 'passwordFailed');
  // A check in a block that then fails (`if (!user) { await bcrypt.compare(pw, DUMMY_HASH); throw … }`) only evens out
  // the time: the account's password is checked later (karakeep).
  const firstCheck = flow.passwordChecks.find((check) => !flow.exits.some((exit) => exit.node.range[0] > check.range[1] && failsRightAfter(check, exit.node)));
  if (missing.length === 0 || !firstCheck) return;
  for (const exit of flow.exits) {
    if (!exit.afterAccountFound || exit.branch !== undefined || exit.node.range[0] > firstCheck.range[0]) continue;
    // The wrong-password answer given early (`if (!user.password) throw invalidLogin()`): the distinguishable and timing reports cover it.
    if (wrong.some((other) => differenceBetween(other, exit) === undefined)) continue;
    const other = missing.find((candidate) => differenceBetween(candidate, exit) !== undefined);
    if (!other) continue;
    report(exit, {
      messageId: 'accountStateBeforePassword',
      data: { this: describe(exit, sourceCode), other: describe(other, sourceCode), line: String(other.node.loc.start.line) },
    });
  }
}

/** Two failures of one login flow, one for a missing account and one for a wrong password, must match. */
function checkDistinguishable(flow: AuthFlow, report: Report, sourceCode: Readonly<TSESLint.SourceCode>): void {
  const missing = flow.exits.filter((exit) => exit.branch === 'accountMissing');
  const wrong = flow.exits.filter((exit) => exit.branch === 'passwordFailed');
  for (const a of missing) {
    for (const b of wrong) {
      const difference = differenceBetween(a, b);
      if (!difference) continue;
      for (const [self, other] of [
        [a, b],
        [b, a],
      ] as const) {
        report(self, {
          messageId: 'distinguishable',
          data: { this: describe(self, sourceCode), other: describe(other, sourceCode), line: String(other.node.loc.start.line), difference },
        });
      }
    }
  }
}

function checkReset(flow: AuthFlow, report: Report, sourceCode: Readonly<TSESLint.SourceCode>): void {
  const missing = flow.exits.filter((exit) => exit.branch === 'accountMissing');
  for (const exit of flow.exits) {
    if (exit.branch === 'accountMissing' && exit.kind !== 'return') {
      report(exit, { messageId: 'resetRevealsAccount', data: { this: exit.message ?? (exit.status ? `status ${exit.status}` : 'a failure') } });
    }
  }
  // A client error that only existing accounts get, once the lookup found one (lad's reset rate limit, PeerTube's
  // "uses a plugin authentication"), unless the unknown address gets the same. Not server errors (a mail that failed to
  // send), nor rules for the new password.
  for (const exit of flow.exits) {
    if (!exit.afterAccountFound || exit.branch !== undefined || exit.kind === 'return') continue;
    if (exit.status === undefined || exit.status < 400 || exit.status >= 500 || (exit.message !== undefined && PASSWORD_POLICY.test(exit.message))) continue;
    if (missing.some((other) => differenceBetween(other, exit) === undefined)) continue;
    report(exit, { messageId: 'resetAccountState', data: { this: describe(exit, sourceCode) } });
  }
}

function checkRegistration(flow: AuthFlow, report: Report): void {
  for (const exit of flow.exits) {
    const revealing = exit.branch === 'accountExists' || (exit.message !== undefined && ALREADY_REGISTERED.test(exit.message));
    if (revealing && exit.kind !== 'return') {
      report(exit, { messageId: 'registrationRevealsAccount', data: { this: exit.message ?? (exit.status ? `status ${exit.status}` : 'a failure') } });
    }
  }
}

/** A missing-account failure that leaves before any password check runs, while the other path runs one. */
function checkTiming(flow: AuthFlow, context: Readonly<TSESLint.RuleContext<MessageIds, [Options]>>): void {
  if (flow.passwordChecks.length === 0) return;
  let reportedExit = false;
  for (const exit of [...flow.exits, ...flow.caughtExits]) {
    if (exit.branch !== 'accountMissing' || !exit.branchNode) continue;
    // A `catch` that checks a dummy hash before it answers takes the time a real check takes.
    const caughtBy = exit.caughtBy;
    if (caughtBy && flow.passwordChecks.some((check) => contains(caughtBy, check))) continue;
    const branch = exit.branchNode;
    // A dummy check, or hashing the password (`await bcrypt.hash(password, 12)`), takes as long as the real check.
    const hashesFirst = [...flow.passwordChecks, ...flow.hashings].some((work) => contains(branch, work) && work.range[0] < exit.node.range[0]);
    // Only checks that run for the same kind of request: a registration arm's exit is not compared with the login's hash,
    // nor an exit in one callback with a check in a sibling one (`match(auth).with(A, () => …).with(B, () => …)`, documenso).
    const exitFunction = enclosingFunction(exit.node);
    const sameRequest = (check: TSESTree.Node): boolean => {
      const checkFunction = enclosingFunction(check);
      const siblings = exitFunction !== checkFunction && !!exitFunction && !!checkFunction && !contains(exitFunction, check) && !contains(checkFunction, exit.node);
      return !siblings && (exit.otherConditionArms ?? []).every((arm) => contains(arm, check));
    };
    const checkedLater = flow.passwordChecks.some((check) => sameRequest(check) && (check.range[0] > exit.node.range[1] || !contains(branch, check)));
    // `const ok = await bcrypt.compare(pw, user?.hash ?? DUMMY_HASH)` before `if (!user)`: the check ran for every account
    // (unless the missing account skips it, which the skipped-check report below covers).
    const checkedBefore = flow.passwordChecks.some(
      (check) => sameRequest(check) && check.range[1] <= branch.range[0] && !flow.skippedChecks.some((skipped) => skipped.check === check),
    );
    if (!hashesFirst && !checkedBefore && checkedLater) {
      context.report({ node: exit.node, messageId: 'timing' });
      reportedExit = true;
    }
  }
  // The same oracle without an early return: `!user || !(await bcrypt.compare(…))`. One report per flow is enough.
  if (reportedExit) return;
  for (const { check, skippedBy } of flow.skippedChecks) {
    context.report({ node: check, messageId: 'timingSkippedCheck', data: { condition: context.sourceCode.getText(skippedBy) } });
  }
}

function differenceBetween(a: FailureExit, b: FailureExit): string | undefined {
  if (a.kind !== b.kind) return 'kind (a response, a throw, a callback or a return)';
  if (a.status !== undefined && b.status !== undefined && a.status !== b.status) return 'status code';
  if (a.className !== b.className) return 'exception class';
  if (a.message !== undefined && b.message !== undefined && a.message !== b.message) return 'message';
  if (a.shape !== undefined && b.shape !== undefined && a.shape !== b.shape) return 'body shape';
  return undefined;
}

function describe(exit: FailureExit, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const parts: string[] = [];
  if (exit.className) parts.push(exit.className);
  if (exit.status !== undefined) parts.push(String(exit.status));
  if (exit.message !== undefined) parts.push(JSON.stringify(exit.message));
  if (parts.length === 0) {
    const text = sourceCode.getText(exit.node).replace(/\s+/g, ' ');
    return text.length > 40 ? `${text.slice(0, 37)}...` : text;
  }
  return parts.join(' ');
}

/** The replacement literal, in the quotes the original used. */
function quoteLike(raw: string, text: string): string {
  const quote = raw.startsWith('"') ? '"' : "'";
  return `${quote}${text.replace(new RegExp(quote, 'g'), `\\${quote}`)}${quote}`;
}
