import type { Http } from './http';
import type {
  CaseView,
  Dashboard,
  DecisionBody,
  DecisionOutcome,
  DecisionView,
  QueuePage,
  QueueQuery,
  ReasonCodes,
  Workload,
} from './types';

/** The review queue, who holds a case, and decisions with their second reviewer. */
export interface ReviewApi {
  reviewQueue(query: Partial<QueueQuery>): Promise<QueuePage>;
  reasonCodes(): Promise<ReasonCodes>;
  workload(): Promise<Workload>;
  dashboard(query: { from?: string; to?: string }): Promise<Dashboard>;
  /** Cases past their review SLA (supervisors, admins), in queue order. */
  breaches(query: { cursor?: string; limit?: number }): Promise<QueuePage>;
  claim(caseId: string, revision: number): Promise<CaseView>;
  release(caseId: string, revision: number): Promise<CaseView>;
  assign(caseId: string, assigneeId: string, revision: number): Promise<CaseView>;
  decisions(caseId: string): Promise<DecisionView[]>;
  decide(caseId: string, body: DecisionBody): Promise<DecisionOutcome>;
  approveDecision(
    caseId: string,
    decisionId: string,
    revision: number,
    note?: string,
  ): Promise<DecisionOutcome>;
  sendBackDecision(
    caseId: string,
    decisionId: string,
    revision: number,
    note: string,
  ): Promise<DecisionOutcome>;
}

export function reviewApi({ client, unwrap }: Http): ReviewApi {
  const caseParams = (caseId: string) => ({ params: { path: { caseId } } });
  return {
    reviewQueue: (query) =>
      unwrap(client.GET('/v1/review/queue', { params: { query: query as QueueQuery } })),
    reasonCodes: () => unwrap(client.GET('/v1/review/reason-codes')),
    workload: () => unwrap(client.GET('/v1/review/workload')),
    dashboard: (query) => unwrap(client.GET('/v1/dashboard', { params: { query } })),
    breaches: (query) =>
      unwrap(client.GET('/v1/review/breaches', { params: { query: query as QueueQuery } })),
    claim: (caseId, revision) =>
      unwrap(client.POST('/v1/cases/{caseId}/claim', { ...caseParams(caseId), body: { revision } })),
    release: (caseId, revision) =>
      unwrap(client.POST('/v1/cases/{caseId}/release', { ...caseParams(caseId), body: { revision } })),
    assign: (caseId, assigneeId, revision) =>
      unwrap(
        client.POST('/v1/cases/{caseId}/assign', {
          ...caseParams(caseId),
          body: { assignee_id: assigneeId, revision },
        }),
      ),
    decisions: async (caseId) =>
      (await unwrap(client.GET('/v1/cases/{caseId}/decisions', caseParams(caseId)))).data,
    decide: (caseId, body) =>
      unwrap(client.POST('/v1/cases/{caseId}/decisions', { ...caseParams(caseId), body })),
    approveDecision: (caseId, decisionId, revision, note) =>
      unwrap(
        client.POST('/v1/cases/{caseId}/decisions/{decisionId}/approve', {
          params: { path: { caseId, decisionId } },
          body: { revision, ...(note ? { note } : {}) },
        }),
      ),
    sendBackDecision: (caseId, decisionId, revision, note) =>
      unwrap(
        client.POST('/v1/cases/{caseId}/decisions/{decisionId}/send-back', {
          params: { path: { caseId, decisionId } },
          body: { revision, note },
        }),
      ),
  };
}
