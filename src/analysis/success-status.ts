/**
 * Responses that answer a failure with a success status: an error-shaped body
 * sent with 2xx (or no status), and any message sent from an error path with
 * 2xx (or no status). Shared by `no-error-with-success-status`.
 */
import type { TSESTree } from '@typescript-eslint/utils';

import { errorPathOf, type ErrorPathKind } from './error-paths';
import { carriesCaughtErrorText, classifyBody, type BodyShape } from './error-shape';
import type { ErrorTaint } from './error-taint';
import type { FileAnalysis } from './file-analysis';
import { getResponseSends, type StatusFix } from './sends';
import { getServerModel, type ServerModel } from './server-model';
import { getErrorTaint } from './shared';
import { isSuccess, type StatusAtSend } from './status';

export interface SuccessStatusReport {
  /** The send: a call, an assignment (`ctx.body =`) or a `return`. */
  node: TSESTree.Node;
  reason: 'errorBody' | 'errorPath';
  status: StatusAtSend;
  shape: BodyShape;
  path: ErrorPathKind | undefined;
  /** Builds the fix that makes the response carry `status`; undefined when no safe edit exists. */
  fixWith: StatusFix | undefined;
}

// `errors/500` is an error page; a page named `errors` (NodeBB's admin/advanced/errors) lists them.
const ERROR_VIEW = /(^|\/)(error|4\d\d|5\d\d)(\/|$|\.)|(^|\/)errors\//i;

class SuccessStatusFinder {
  private readonly model: ServerModel;
  private readonly taint: ErrorTaint;

  constructor(private readonly analysis: FileAnalysis) {
    this.model = getServerModel(analysis);
    this.taint = getErrorTaint(analysis);
  }

  findAll(): SuccessStatusReport[] {
    const reports: SuccessStatusReport[] = [];
    for (const send of getResponseSends(this.analysis)) {
      if (!isSuccess(send.status)) continue;
      const path = errorPathOf(send.node, this.analysis, this.taint, this.model);
      const shape: BodyShape =
        send.view !== undefined
          ? { kind: ERROR_VIEW.test(send.view) ? 'error' : 'message', evidence: `view '${send.view}'` }
          : send.body
            ? classifyBody(send.body, this.analysis, this.taint)
            : { kind: 'message' };
      if (shape.kind === 'error' && this.isGraphQLErrors(shape)) continue;
      if (shape.kind === 'error' && (send.body || send.view !== undefined)) {
        reports.push({ node: send.node, reason: 'errorBody', status: send.status, shape, path, fixWith: send.fixWith });
      } else if (path && (shape.kind !== 'data' || (send.body !== undefined && carriesCaughtErrorText(send.body, this.taint)))) {
        reports.push({ node: send.node, reason: 'errorPath', status: send.status, shape, path, fixWith: send.fixWith });
      }
    }
    return reports;
  }

  /** GraphQL answers errors with 200 by protocol. */
  private isGraphQLErrors(shape: BodyShape): boolean {
    return shape.evidence === '{ errors }' && this.model.frameworks.imported.has('graphql');
  }
}

const FINDER = Symbol('successStatusFinder');

export function getSuccessStatusReports(analysis: FileAnalysis): SuccessStatusReport[] {
  return analysis.fact(FINDER, () => new SuccessStatusFinder(analysis).findAll());
}
