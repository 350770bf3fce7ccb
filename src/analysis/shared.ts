/**
 * Per-file analysis objects that several rules use with the same settings:
 * built once per file, so their memoised answers are shared too.
 */
import type { TSESTree } from '@typescript-eslint/utils';

import { getCollector } from './collector';
import { DEFAULT_SAFE_PROPERTIES, ErrorTaint } from './error-taint';
import type { FileAnalysis } from './file-analysis';
import { GuardAnalysis } from './guards';
import { getServerModel } from './server-model';
import { StatusTracker } from './status';

const GUARDS = Symbol('guards');
const ERROR_TAINT = Symbol('errorTaint');
const STATUS = Symbol('status');

/** Development guards from the settings; no vetted classes (rules that need them build their own). */
export function getGuards(analysis: FileAnalysis): GuardAnalysis {
  return analysis.fact(GUARDS, (file) => new GuardAnalysis(file, new Set(), file.settings.devGuards));
}

/** Read-only, so every file shares one. */
const SAFE_PROPERTIES: ReadonlySet<string> = new Set(DEFAULT_SAFE_PROPERTIES);

/** Error sources and details with the default safe properties and the settings' sanitizers. */
export function getErrorTaint(analysis: FileAnalysis): ErrorTaint {
  return analysis.fact(ERROR_TAINT, (file) => {
    const collector = getCollector(file);
    return new ErrorTaint(
      file,
      getServerModel(file),
      getGuards(file),
      { safeProperties: SAFE_PROPERTIES, sanitizers: new Set(file.settings.sanitizers) },
      (fn) => collector.returnsOf(fn).map((statement) => statement.argument as TSESTree.Node),
    );
  });
}

export function getStatusTracker(analysis: FileAnalysis): StatusTracker {
  return analysis.fact(STATUS, (file) => new StatusTracker(file, getCollector(file)));
}
