import type { Http } from './http';
import type {
  AppealPlan,
  AppealView,
  CaseDocuments,
  CaseList,
  CaseQuery,
  CaseView,
  DocumentType,
  DocumentView,
  MessageView,
  PreflightReport,
  RequirementView,
  StatementBody,
  StatementCheckView,
  StatementView,
  Timeline,
} from './types';

/** One page or side of an upload, or one document of a preflight. */
interface UploadInput {
  /** The accepted variant (`utility_bill`, `passport`, …); needed when the requirement accepts several. */
  variant?: string;
  files: File[];
}

/** A case and what hangs on it: requirements, documents, statements, messages, the appeal. */
export interface CasesApi {
  listCases(query: Partial<CaseQuery>): Promise<CaseList>;
  getCase(caseId: string): Promise<CaseView>;
  requirements(caseId: string): Promise<RequirementView[]>;
  caseDocuments(caseId: string): Promise<CaseDocuments>;
  document(documentId: string): Promise<DocumentView>;
  /** The bytes of one page or side, as uploaded. */
  documentFile(documentId: string, position: number): Promise<Blob>;
  upload(caseId: string, material: string, input: UploadInput): Promise<DocumentView>;
  preflight(caseId: string, documents: { type: DocumentType; files: File[] }[]): Promise<PreflightReport>;
  submit(caseId: string, note?: string): Promise<CaseView>;
  withdraw(caseId: string, note: string): Promise<CaseView>;
  /** The seller takes back a document not yet handed in. */
  withdrawDocument(documentId: string, reason: string): Promise<DocumentView>;
  timeline(caseId: string): Promise<Timeline>;
  messages(caseId: string): Promise<MessageView[]>;
  postMessage(caseId: string, body: string, internal?: boolean): Promise<MessageView>;
  appeal(caseId: string, plan: AppealPlan): Promise<CaseView>;
  /** Checks a plan of action by the case's policy without appealing (`preflight`). */
  checkAppeal(
    caseId: string,
    plan: AppealPlan,
  ): Promise<{ outcome: StatementView['outcome']; checks: StatementCheckView[] }>;
  appeals(caseId: string): Promise<AppealView[]>;
  /** Hands in a written statement, or only checks it (`preflight`): answers its checks. */
  handInStatement(
    caseId: string,
    material: string,
    body: StatementBody,
    preflight: boolean,
  ): Promise<{ outcome: StatementView['outcome']; checks: StatementCheckView[] }>;
  statements(caseId: string): Promise<StatementView[]>;
}

export function casesApi({ client, unwrap, raw }: Http): CasesApi {
  const caseParams = (caseId: string) => ({ params: { path: { caseId } } });
  return {
    listCases: (query) => unwrap(client.GET('/v1/cases', { params: { query: query as CaseQuery } })),
    getCase: (caseId) => unwrap(client.GET('/v1/cases/{caseId}', caseParams(caseId))),
    requirements: async (caseId) =>
      (await unwrap(client.GET('/v1/cases/{caseId}/requirements', caseParams(caseId)))).data,
    caseDocuments: (caseId) => unwrap(client.GET('/v1/cases/{caseId}/documents', caseParams(caseId))),
    withdrawDocument: (documentId, reason) =>
      unwrap(
        client.POST('/v1/documents/{documentId}/withdraw', {
          params: { path: { documentId } },
          body: { reason },
        }),
      ),
    document: (documentId) =>
      unwrap(client.GET('/v1/documents/{documentId}', { params: { path: { documentId } } })),
    async documentFile(documentId, position) {
      return (await raw('GET', `/v1/documents/${documentId}/files/${position}`)).blob();
    },
    async upload(caseId, material, input) {
      const form = new FormData();
      if (input.variant) form.append('type', input.variant);
      for (const file of input.files) form.append('file', file, file.name);
      const path = `/v1/cases/${caseId}/requirements/${encodeURIComponent(material)}/documents`;
      return (await (await raw('POST', path, form)).json()) as DocumentView;
    },
    async preflight(caseId, documents) {
      const form = new FormData();
      for (const document of documents)
        for (const file of document.files) form.append(document.type, file, file.name);
      return (await (await raw('POST', `/v1/cases/${caseId}/preflight`, form)).json()) as PreflightReport;
    },
    submit: (caseId, note) =>
      unwrap(client.POST('/v1/cases/{caseId}/submit', { ...caseParams(caseId), body: note ? { note } : {} })),
    withdraw: (caseId, note) =>
      unwrap(client.POST('/v1/cases/{caseId}/withdraw', { ...caseParams(caseId), body: { note } })),
    timeline: (caseId) => unwrap(client.GET('/v1/cases/{caseId}/timeline', caseParams(caseId))),
    messages: async (caseId) =>
      (await unwrap(client.GET('/v1/cases/{caseId}/messages', caseParams(caseId)))).data,
    postMessage: (caseId, body, internal) =>
      unwrap(
        client.POST('/v1/cases/{caseId}/messages', {
          ...caseParams(caseId),
          body: { body, ...(internal ? { internal } : {}) },
        }),
      ),
    async appeal(caseId, plan) {
      const answer = await unwrap(
        client.POST('/v1/cases/{caseId}/appeal', { ...caseParams(caseId), body: plan }),
      );
      if (!('case' in answer)) throw new Error('the appeal answered without its case');
      return answer.case;
    },
    async checkAppeal(caseId, plan) {
      const answer = await unwrap(
        client.POST('/v1/cases/{caseId}/appeal', {
          params: { path: { caseId }, query: { preflight: 'true' } },
          body: plan,
        }),
      );
      if (!('checks' in answer)) throw new Error('the plan check answered without checks');
      return { outcome: answer.outcome, checks: answer.checks };
    },
    appeals: async (caseId) =>
      (await unwrap(client.GET('/v1/cases/{caseId}/appeals', caseParams(caseId)))).data,
    async handInStatement(caseId, material, body, preflight) {
      const answer = await unwrap(
        client.POST('/v1/cases/{caseId}/requirements/{material}/statement', {
          params: { path: { caseId, material }, query: preflight ? { preflight: 'true' } : {} },
          body,
        }),
      );
      return { outcome: answer.outcome, checks: answer.checks };
    },
    statements: async (caseId) =>
      (await unwrap(client.GET('/v1/cases/{caseId}/statements', caseParams(caseId)))).data,
  };
}
