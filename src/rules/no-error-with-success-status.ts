import { collectorListeners, getCollector } from '../analysis/collector';
import { ERROR_PATH_NAMES } from '../analysis/error-paths';
import { getFileAnalysis } from '../analysis/file-analysis';
import type { StatusAtSend } from '../analysis/status';
import { getSuccessStatusReports } from '../analysis/success-status';
import { createRule } from '../util/create-rule';

type MessageIds = 'errorBody' | 'errorPath' | 'sendServerError' | 'sendClientError';

export default createRule<[], MessageIds>({
  name: 'no-error-with-success-status',
  meta: {
    type: 'problem',
    docs: {
      description: 'disallow error responses, and responses sent from error paths, with a 2xx or default status',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      errorBody:
        'This error response ({{evidence}}) is sent with {{status}}. Clients, proxies and monitors read the status, not the body: send a 4xx or 5xx status.',
      errorPath: 'This response is sent from {{path}} with {{status}}, so the failure looks like a success. Send a 4xx or 5xx status.',
      sendServerError: 'Send 500 (server error).',
      sendClientError: 'Send 400 (client error).',
    },
    schema: [],
  },
  create(context) {
    const analysis = getFileAnalysis(context);
    const collector = getCollector(analysis);
    return {
      ...collectorListeners(collector),
      'Program:exit'() {
        for (const report of getSuccessStatusReports(analysis)) {
          const fixWith = report.fixWith;
          context.report({
            node: report.node,
            messageId: report.reason,
            data: {
              evidence: report.shape.evidence ?? 'an error message',
              status: describeStatus(report.status),
              path: report.path ? ERROR_PATH_NAMES[report.path] : '',
            },
            suggest: fixWith
              ? [
                  { messageId: 'sendServerError', fix: fixWith(500) },
                  { messageId: 'sendClientError', fix: fixWith(400) },
                ]
              : [],
          });
        }
      },
    };
  },
});

function describeStatus(status: StatusAtSend): string {
  if (status.kind === 'known') return `status ${status.value}`;
  const defaultValue = status.kind === 'none' ? status.defaultValue : undefined;
  return `no status (${defaultValue ?? 200} by default)`;
}
