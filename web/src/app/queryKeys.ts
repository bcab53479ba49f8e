import type { CaseQuery, QueueQuery } from '../api/client';

/**
 * One key per resource the web reads. Keys nest: everything about a case starts with
 * `queryKeys.case(id)`, so a write on the case invalidates that one prefix and every panel of the
 * case page (the case, requirements, documents, timeline, messages, decisions) loads again.
 */
export const queryKeys = {
  cases: (query: Partial<CaseQuery>) => ['cases', query] as const,
  case: (caseId: string) => ['case', caseId] as const,
  caseView: (caseId: string) => ['case', caseId, 'view'] as const,
  requirements: (caseId: string) => ['case', caseId, 'requirements'] as const,
  caseDocuments: (caseId: string) => ['case', caseId, 'documents'] as const,
  timeline: (caseId: string) => ['case', caseId, 'timeline'] as const,
  messages: (caseId: string) => ['case', caseId, 'messages'] as const,
  decisions: (caseId: string) => ['case', caseId, 'decisions'] as const,
  appeals: (caseId: string) => ['case', caseId, 'appeals'] as const,
  statements: (caseId: string) => ['case', caseId, 'statements'] as const,
  appointments: (caseId: string) => ['case', caseId, 'appointments'] as const,
  selfies: (caseId: string) => ['case', caseId, 'selfies'] as const,
  freeSlots: (caseId: string, material: string) => ['case', caseId, 'slots', material] as const,
  availability: (reviewerId: string | undefined) => ['appointments', 'availability', reviewerId] as const,
  auditCheckpoint: () => ['audit', 'checkpoint'] as const,
  document: (documentId: string) => ['document', documentId] as const,
  seller: (sellerId: string) => ['seller', sellerId] as const,
  sellerSales: (sellerId: string, from: string, to: string) =>
    ['seller', sellerId, 'sales', from, to] as const,
  reviewQueue: (query: Partial<QueueQuery>) => ['review', 'queue', query] as const,
  breaches: () => ['review', 'breaches'] as const,
  workload: () => ['review', 'workload'] as const,
  dashboard: (from: string, to: string) => ['review', 'dashboard', from, to] as const,
  reasonCodes: () => ['review', 'reason-codes'] as const,
  policy: () => ['policy'] as const,
  subscriptions: () => ['webhooks', 'subscriptions'] as const,
  deliveries: () => ['webhooks', 'deliveries'] as const,
  users: () => ['admin', 'users'] as const,
  apiKeys: () => ['admin', 'api-keys'] as const,
  search: (q: string) => ['search', q] as const,
  caseList: (query: Record<string, unknown>) => ['case-list', query] as const,
  savedFilters: () => ['case-list', 'filters'] as const,
  auditEvents: (query: Record<string, unknown>) => ['audit', 'events', query] as const,
  myNotifications: () => ['me', 'notifications'] as const,
};
