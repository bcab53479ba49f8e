import createClient from 'openapi-fetch';
import type { paths } from './schema';

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;

export type LoginResult = JsonOf<paths['/v1/auth/login']['post']['responses'][200]>;
type Me = JsonOf<paths['/v1/me']['get']['responses'][200]>;
export type CaseView = JsonOf<paths['/v1/cases/{caseId}']['get']['responses'][200]>;
export type CaseReason = CaseView['reasons'][number];
type CaseList = JsonOf<paths['/v1/cases']['get']['responses'][200]>;
export type CaseQuery = NonNullable<paths['/v1/cases']['get']['parameters']['query']>;
export type RequirementView = JsonOf<
  paths['/v1/cases/{caseId}/requirements']['get']['responses'][200]
>['data'][number];
export type DocumentView = JsonOf<paths['/v1/documents/{documentId}']['get']['responses'][200]>;
export type CheckItem = DocumentView['checks'][number];
type CaseDocuments = JsonOf<paths['/v1/cases/{caseId}/documents']['get']['responses'][200]>;
export type PreflightReport = JsonOf<paths['/v1/cases/{caseId}/preflight']['post']['responses'][200]>;
export type Timeline = JsonOf<paths['/v1/cases/{caseId}/timeline']['get']['responses'][200]>;
export type MessageView = JsonOf<
  paths['/v1/cases/{caseId}/messages']['get']['responses'][200]
>['data'][number];
export type SellerView = JsonOf<paths['/v1/sellers/{sellerId}']['get']['responses'][200]>;
export type SalesSeries = JsonOf<paths['/v1/sellers/{sellerId}/sales']['get']['responses'][200]>;
export type PolicyView = JsonOf<paths['/v1/policy']['get']['responses'][200]>;
export type DocumentType = DocumentView['type'];
export type QueueQuery = NonNullable<paths['/v1/review/queue']['get']['parameters']['query']>;
type QueuePage = JsonOf<paths['/v1/review/queue']['get']['responses'][200]>;
export type QueueEntry = QueuePage['data'][number];
export type ReasonCodes = JsonOf<paths['/v1/review/reason-codes']['get']['responses'][200]>;
export type ReasonCode = ReasonCodes['codes'][number];
export type Workload = JsonOf<paths['/v1/review/workload']['get']['responses'][200]>;
type DecisionBody = NonNullable<
  paths['/v1/cases/{caseId}/decisions']['post']['requestBody']
>['content']['application/json'];
export type DecisionView = JsonOf<
  paths['/v1/cases/{caseId}/decisions']['get']['responses'][200]
>['data'][number];
type DecisionOutcome = JsonOf<paths['/v1/cases/{caseId}/decisions']['post']['responses'][201]>;
type AppealPlan = NonNullable<
  paths['/v1/cases/{caseId}/appeal']['post']['requestBody']
>['content']['application/json'];
type AppealView = JsonOf<paths['/v1/cases/{caseId}/appeals']['get']['responses'][200]>['data'][number];
export type SubscriptionView = JsonOf<
  paths['/v1/webhooks/subscriptions']['get']['responses'][200]
>['data'][number];
export type NewSubscription = JsonOf<paths['/v1/webhooks/subscriptions']['post']['responses'][201]>;
type DeliveryPage = JsonOf<paths['/v1/webhooks/deliveries']['get']['responses'][200]>;
export type DeliveryView = DeliveryPage['data'][number];
export type UserView = JsonOf<paths['/v1/admin/users']['get']['responses'][200]>['data'][number];
export type NewUserBody = NonNullable<
  paths['/v1/admin/users']['post']['requestBody']
>['content']['application/json'];
type CreatedUser = JsonOf<paths['/v1/admin/users']['post']['responses'][201]>;
export type ApiKeyView = JsonOf<paths['/v1/admin/api-keys']['get']['responses'][200]>['data'][number];
export type NewApiKey = JsonOf<paths['/v1/admin/api-keys']['post']['responses'][201]>;
export type StatementBody = NonNullable<
  paths['/v1/cases/{caseId}/requirements/{material}/statement']['post']['requestBody']
>['content']['application/json'];
type StatementView = JsonOf<paths['/v1/cases/{caseId}/statements']['get']['responses'][200]>['data'][number];
export type StatementCheckView = StatementView['checks'][number];
export type RotatedApiKey = JsonOf<paths['/v1/admin/api-keys/{keyId}/rotate']['post']['responses'][201]>;
export type AuditVerification = JsonOf<paths['/v1/audit/verify']['get']['responses'][200]>;

/** An RFC 9457 problem from the API, with its stable code and the details that go with it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ProblemBody {
  code?: string;
  detail?: string;
  error?: { code?: string; message?: string; details?: Record<string, unknown> };
}

function toApiError(status: number, body: unknown): ApiError {
  const problem = (body ?? {}) as ProblemBody;
  return new ApiError(
    status,
    problem.error?.code ?? problem.code ?? `HTTP_${status}`,
    problem.error?.message ?? problem.detail ?? `HTTP ${status}`,
    problem.error?.details ?? {},
  );
}

/** One page or side of an upload, or one document of a preflight. */
interface UploadInput {
  /** The accepted variant (`utility_bill`, `passport`, …); needed when the requirement accepts several. */
  variant?: string;
  files: File[];
}

/** Everything the web UI asks of the API. Components get it from context, so tests can fake it. */
export interface Api {
  logIn(email: string, password: string): Promise<LoginResult>;
  logOut(): Promise<void>;
  me(): Promise<Me>;
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
  timeline(caseId: string): Promise<Timeline>;
  messages(caseId: string): Promise<MessageView[]>;
  postMessage(caseId: string, body: string, internal?: boolean): Promise<MessageView>;
  seller(sellerId: string): Promise<SellerView>;
  policy(): Promise<PolicyView>;
  /** A seller's daily orders and revenue, `from` to `to` (ISO dates), staff only. */
  sellerSales(sellerId: string, from: string, to: string): Promise<SalesSeries>;
  /** Makes `policy` the active version (admins); the API validates it. */
  savePolicy(policy: PolicyView): Promise<PolicyView>;
  reviewQueue(query: Partial<QueueQuery>): Promise<QueuePage>;
  reasonCodes(): Promise<ReasonCodes>;
  workload(): Promise<Workload>;
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
  appeal(caseId: string, plan: AppealPlan): Promise<CaseView>;
  appeals(caseId: string): Promise<AppealView[]>;
  subscriptions(): Promise<SubscriptionView[]>;
  subscribe(input: { url: string; event_types: string[]; description?: string }): Promise<NewSubscription>;
  unsubscribe(subscriptionId: string): Promise<void>;
  deliveries(query: { subscription?: string; status?: string; cursor?: string }): Promise<DeliveryPage>;
  replayDelivery(deliveryId: string): Promise<DeliveryView>;
  users(): Promise<UserView[]>;
  createUser(body: NewUserBody): Promise<CreatedUser>;
  apiKeys(): Promise<ApiKeyView[]>;
  createApiKey(name: string): Promise<NewApiKey>;
  /** Hands in a written statement, or only checks it (`preflight`): answers its checks. */
  handInStatement(
    caseId: string,
    material: string,
    body: StatementBody,
    preflight: boolean,
  ): Promise<{ outcome: StatementView['outcome']; checks: StatementCheckView[] }>;
  statements(caseId: string): Promise<StatementView[]>;
  /** Disables a login (its sessions end at once) or enables it again. */
  setUserDisabled(userId: string, disabled: boolean): Promise<void>;
  /** Ends every session of a user. */
  signOutUser(userId: string): Promise<number>;
  revokeApiKey(keyId: string): Promise<void>;
  /** A new key for the same integration; the old one works `overlapHours` more. */
  rotateApiKey(keyId: string, overlapHours: number): Promise<RotatedApiKey>;
  /** Walks the audit chain on the server; answers the report and a signed checkpoint. */
  verifyAudit(anchor?: string): Promise<AuditVerification>;
}

export interface ApiOptions {
  baseUrl?: string;
  token(): string | undefined;
  /** Called when the API answers 401: the session is gone. */
  onUnauthenticated?(): void;
  fetch?: typeof fetch;
}

/** The API over HTTP, typed by the OpenAPI document (`schema.d.ts`, generated and checked in CI). */
export function createApi(options: ApiOptions): Api {
  const baseUrl = options.baseUrl ?? globalThis.location?.origin ?? '';
  const fetcher = options.fetch ?? ((input: Request) => globalThis.fetch(input));
  const client = createClient<paths>({ baseUrl, fetch: fetcher });
  client.use({
    onRequest({ request }) {
      const token = options.token();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
  });

  async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
    const { data, error, response } = await call;
    if (!response.ok) {
      if (response.status === 401) options.onUnauthenticated?.();
      throw toApiError(response.status, error);
    }
    return data as T;
  }

  /** Multipart and binary calls, which the OpenAPI document does not describe as bodies. */
  async function raw(method: 'GET' | 'POST', path: string, body?: FormData): Promise<Response> {
    const token = options.token();
    const response = await fetcher(
      new Request(`${baseUrl}${path}`, {
        method,
        ...(body ? { body } : {}),
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }),
    );
    if (!response.ok) {
      if (response.status === 401) options.onUnauthenticated?.();
      throw toApiError(response.status, await response.json().catch(() => ({})));
    }
    return response;
  }

  const caseParams = (caseId: string) => ({ params: { path: { caseId } } });
  return {
    logIn: (email, password) => unwrap(client.POST('/v1/auth/login', { body: { email, password } })),
    async logOut() {
      await client.POST('/v1/auth/logout').catch(() => undefined);
    },
    me: () => unwrap(client.GET('/v1/me')),
    listCases: (query) => unwrap(client.GET('/v1/cases', { params: { query: query as CaseQuery } })),
    getCase: (caseId) => unwrap(client.GET('/v1/cases/{caseId}', caseParams(caseId))),
    requirements: async (caseId) =>
      (await unwrap(client.GET('/v1/cases/{caseId}/requirements', caseParams(caseId)))).data,
    caseDocuments: (caseId) => unwrap(client.GET('/v1/cases/{caseId}/documents', caseParams(caseId))),
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
    seller: (sellerId) => unwrap(client.GET('/v1/sellers/{sellerId}', { params: { path: { sellerId } } })),
    policy: () => unwrap(client.GET('/v1/policy')),
    sellerSales: (sellerId, from, to) =>
      unwrap(
        client.GET('/v1/sellers/{sellerId}/sales', { params: { path: { sellerId }, query: { from, to } } }),
      ),
    savePolicy: (policy) =>
      unwrap(client.PUT('/v1/policy', { body: policy as unknown as Record<string, unknown> })),
    reviewQueue: (query) =>
      unwrap(client.GET('/v1/review/queue', { params: { query: query as QueueQuery } })),
    reasonCodes: () => unwrap(client.GET('/v1/review/reason-codes')),
    workload: () => unwrap(client.GET('/v1/review/workload')),
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
      unwrap(
        client.POST('/v1/cases/{caseId}/decisions', {
          ...caseParams(caseId),
          body,
        }),
      ),
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
    appeal: async (caseId, plan) =>
      (
        await unwrap(
          client.POST('/v1/cases/{caseId}/appeal', {
            ...caseParams(caseId),
            body: plan,
          }),
        )
      ).case,
    appeals: async (caseId) =>
      (await unwrap(client.GET('/v1/cases/{caseId}/appeals', caseParams(caseId)))).data,
    subscriptions: async () => (await unwrap(client.GET('/v1/webhooks/subscriptions'))).data,
    subscribe: (input) =>
      unwrap(
        client.POST('/v1/webhooks/subscriptions', {
          body: input,
        }),
      ),
    async unsubscribe(subscriptionId) {
      await unwrap(
        client.DELETE('/v1/webhooks/subscriptions/{subscriptionId}', {
          params: { path: { subscriptionId } },
        }),
      );
    },
    deliveries: (query) =>
      unwrap(client.GET('/v1/webhooks/deliveries', { params: { query: query as never } })),
    replayDelivery: (deliveryId) =>
      unwrap(
        client.POST('/v1/webhooks/deliveries/{deliveryId}/replay', { params: { path: { deliveryId } } }),
      ),
    users: async () => (await unwrap(client.GET('/v1/admin/users'))).data,
    createUser: (body) => unwrap(client.POST('/v1/admin/users', { body })),
    apiKeys: async () => (await unwrap(client.GET('/v1/admin/api-keys'))).data,
    createApiKey: (name) => unwrap(client.POST('/v1/admin/api-keys', { body: { name } })),
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
    async setUserDisabled(userId, disabled) {
      const params = { params: { path: { userId } } };
      await unwrap(
        disabled
          ? client.POST('/v1/admin/users/{userId}/disable', params)
          : client.POST('/v1/admin/users/{userId}/enable', params),
      );
    },
    signOutUser: async (userId) =>
      (await unwrap(client.POST('/v1/admin/users/{userId}/sign-out', { params: { path: { userId } } })))
        .sessions_ended,
    async revokeApiKey(keyId) {
      await unwrap(client.POST('/v1/admin/api-keys/{keyId}/revoke', { params: { path: { keyId } } }));
    },
    rotateApiKey: (keyId, overlapHours) =>
      unwrap(
        client.POST('/v1/admin/api-keys/{keyId}/rotate', {
          params: { path: { keyId } },
          body: { overlap_hours: overlapHours },
        }),
      ),
    verifyAudit: (anchor) =>
      unwrap(client.GET('/v1/audit/verify', { params: { query: anchor ? { anchor } : {} } })),
  };
}
