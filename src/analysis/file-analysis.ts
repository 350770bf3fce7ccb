import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findCatalog, type Catalog } from './catalog';
import { readSettings, type SettingsResult } from './settings';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Facts about one file, computed at most once per lint pass and shared by
 * every rule of this plugin. Keyed by the Program node, so nothing outlives
 * the pass and worker threads (`--concurrency`) never share state.
 */
export class FileAnalysis {
  readonly sourceCode: TSESLint.SourceCode;
  readonly filename: string;
  readonly settingsResult: SettingsResult;
  /** Type information, when the parser provides it; every rule also works without. */
  readonly parserServices: ParserServicesWithTypeInformation | undefined;
  /** Set once a rule has reported the settings problems for this file. */
  settingsProblemsReported = false;
  /** Set once a rule has reported the catalog's problems for this file. */
  catalogProblemsReported = false;
  private catalogLookup: { catalog: Catalog | undefined } | undefined;
  private readonly lazyFacts = new Map<symbol, unknown>();

  constructor(context: AnyContext) {
    this.sourceCode = context.sourceCode;
    this.filename = context.filename;
    this.settingsResult = readSettings(context.settings);
    const services = context.sourceCode.parserServices;
    this.parserServices = services?.program ? (services as ParserServicesWithTypeInformation) : undefined;
  }

  get settings(): SettingsResult['settings'] {
    return this.settingsResult.settings;
  }

  /** The error catalog for this file (configured or discovered), looked up once per file. */
  getCatalog(cwd: string): Catalog | undefined {
    this.catalogLookup ??= { catalog: findCatalog(this.settings.catalog, cwd, this.filename) };
    return this.catalogLookup.catalog;
  }

  /** The catalog, if a rule has looked it up for this file. */
  get loadedCatalog(): Catalog | undefined {
    return this.catalogLookup?.catalog;
  }

  /** Computes a named fact once per file; later calls (from any rule) reuse it. */
  fact<T>(key: symbol, compute: (analysis: FileAnalysis) => T): T {
    if (this.lazyFacts.has(key)) return this.lazyFacts.get(key) as T;
    const value = compute(this);
    this.lazyFacts.set(key, value);
    return value;
  }
}

const analyses = new WeakMap<TSESTree.Program, FileAnalysis>();

export function getFileAnalysis(context: AnyContext): FileAnalysis {
  const program = context.sourceCode.ast;
  let analysis = analyses.get(program);
  if (!analysis) {
    analysis = new FileAnalysis(context);
    analyses.set(program, analysis);
  }
  return analysis;
}
