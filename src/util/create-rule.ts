import { ESLintUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { getFileAnalysis } from '../analysis/file-analysis';
import { isTestFile } from '../analysis/test-files';
import { failureOf } from './self-guarded';

export interface SafeErrorsDocs {
  /** The smallest config that turns the rule on. */
  recommended: 'recommended' | 'strict';
  /** No rule requires type information; each uses it when the parser provides it. */
  requiresTypeChecking?: false;
  /** Options a config sets for the rule, when they differ from the defaults. */
  configOptions?: Partial<Record<'recommended' | 'strict', readonly unknown[]>>;
}

export const REPOSITORY_URL = 'https://github.com/safe-errors/eslint-plugin-safe-errors';

export const ruleDocsUrl = (name: string): string => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;

const baseCreateRule = ESLintUtils.RuleCreator<SafeErrorsDocs>(ruleDocsUrl);

export const INVALID_SETTINGS = 'invalidSettings';
export const INVALID_CATALOG = 'invalidCatalog';
export const INTERNAL_ERROR = 'internalError';
type SharedMessageIds = typeof INVALID_SETTINGS | typeof INVALID_CATALOG | typeof INTERNAL_ERROR;

type RuleSpec<Options extends readonly unknown[], MessageIds extends string> = Readonly<
  ESLintUtils.RuleWithMetaAndName<Options, MessageIds, SafeErrorsDocs>
>;

/**
 * `RuleCreator` plus what every safe-errors rule shares: a problem in
 * `settings['safe-errors']`, or in the error catalog a rule loaded, is
 * reported once per file (by whichever rule gets there first) instead of
 * throwing.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: RuleSpec<Options, MessageIds>,
): ESLintUtils.RuleModule<MessageIds | SharedMessageIds, Options, SafeErrorsDocs> & { name: string } {
  type AllIds = MessageIds | SharedMessageIds;
  type Context = Readonly<TSESLint.RuleContext<AllIds, Options>>;

  function create(context: Context, options: Options): TSESLint.RuleListener {
    const analysis = getFileAnalysis(context);
    // Tests answer no client: their servers, login functions, throws and secrets are fixtures.
    if (isTestFile(analysis)) return {};
    // A bug in a rule must never stop ESLint: it becomes one message, and the rule skips the file.
    let failed = false;
    const fail = (error: unknown): void => {
      failed = true;
      const problem = error instanceof Error ? error.message : String(error);
      context.report({ node: context.sourceCode.ast, loc: FIRST_LINE, messageId: INTERNAL_ERROR, data: { problem } });
    };
    const guard =
      <Node>(listener: (node: Node) => void) =>
      (node: Node): void => {
        if (failed) return;
        try {
          listener(node);
        } catch (error) {
          fail(error);
        }
      };
    const own = rule.create(context as unknown as Parameters<typeof rule.create>[0], options) as Record<string, ((node: TSESTree.Node) => void) | undefined>;
    const listeners: Record<string, (node: TSESTree.Node) => void> = {};
    // Self-guarded listeners run unwrapped; what they caught is reported at `Program:exit`.
    const caughtElsewhere: (() => unknown)[] = [];
    for (const selector in own) {
      const listener = own[selector];
      if (!listener) continue;
      const failure = failureOf(listener);
      if (!failure) listeners[selector] = guard(listener);
      else {
        listeners[selector] = listener;
        if (!caughtElsewhere.includes(failure)) caughtElsewhere.push(failure);
      }
    }
    const reportAtTop = (messageId: SharedMessageIds, problems: readonly string[]): void => {
      for (const problem of problems) {
        context.report({ node: context.sourceCode.ast, loc: FIRST_LINE, messageId, data: { problem } });
      }
    };
    // Only files under a broken configuration pay for the settings check.
    if (analysis.settingsResult.problems.length > 0) {
      const ownProgram = listeners.Program;
      listeners.Program = (node): void => {
        if (!analysis.settingsProblemsReported) {
          analysis.settingsProblemsReported = true;
          reportAtTop(INVALID_SETTINGS, analysis.settingsResult.problems);
        }
        ownProgram?.(node);
      };
    }
    const ownExit = listeners['Program:exit'];
    listeners['Program:exit'] = (node): void => {
      for (const failure of caughtElsewhere) {
        const error = failure();
        if (error !== undefined && !failed) fail(error);
      }
      ownExit?.(node);
      const catalog = analysis.loadedCatalog;
      if (catalog && catalog.problems.length > 0 && !analysis.catalogProblemsReported) {
        analysis.catalogProblemsReported = true;
        reportAtTop(INVALID_CATALOG, catalog.problems);
      }
    };
    return listeners as TSESLint.RuleListener;
  }

  const ruleModule = baseCreateRule<Options, AllIds>({
    ...rule,
    meta: {
      ...rule.meta,
      messages: {
        ...rule.meta.messages,
        [INVALID_SETTINGS]: `{{problem}} See ${REPOSITORY_URL}#settings.`,
        [INVALID_CATALOG]: `Error catalog problem: {{problem}} See ${REPOSITORY_URL}/blob/main/docs/catalog.md.`,
        [INTERNAL_ERROR]: `This rule could not analyse the file ({{problem}}) and skipped it. Please report it at ${REPOSITORY_URL}/issues with the code that triggers it.`,
      } as Record<AllIds, string>,
    },
    create,
  });

  // RuleCreator deep-merges the defaults in every create(), once per file and rule. A config
  // gives the same options to every file, so merge each distinct set once.
  const defaults = (rule.meta.defaultOptions ?? rule.defaultOptions ?? []) as Options;
  // ESLint hands each file a fresh options array, so a rule configured without options is the
  // common case worth a constant; other sets are merged once per distinct text.
  let mergedDefaults: Options | undefined;
  const mergedByText = new Map<string, Options>();
  return {
    ...ruleModule,
    create(context) {
      let options: Options | undefined;
      if (context.options.length === 0) {
        options = mergedDefaults ??= ESLintUtils.applyDefault(defaults, [] as unknown as Options) as Options;
      } else {
        const key = JSON.stringify(context.options);
        options = mergedByText.get(key);
        if (!options) {
          options = ESLintUtils.applyDefault(defaults, context.options as Options) as Options;
          mergedByText.set(key, options);
        }
      }
      return create(context, options);
    },
  };
}

const FIRST_LINE = { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };

