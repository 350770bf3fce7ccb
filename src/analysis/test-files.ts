import type { FileAnalysis } from './file-analysis';
import { AST_NODE_TYPES } from '../util/ts-estree';

const TEST_FILE = Symbol('testFile');
const TEST_FILENAME = /\.(test|spec)\.[cm]?[jt]sx?$|\/__tests__\//;
const TEST_RUNNERS = new Set(['vitest', '@jest/globals', 'node:test', 'bun:test']);

/**
 * A file named like a test (`*.test.*`, `*.spec.*`, under `__tests__/`) or one that imports a test runner.
 * Its servers, responses and login functions are fixtures that answer the test, its thrown errors are test
 * doubles, and its secrets are made up: no rule of this plugin reports in it.
 */
export function isTestFile(analysis: FileAnalysis): boolean {
  return analysis.fact(TEST_FILE, (file) => {
    if (TEST_FILENAME.test(file.filename.replace(/\\/g, '/'))) return true;
    return file.sourceCode.ast.body.some((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration && TEST_RUNNERS.has(statement.source.value));
  });
}
