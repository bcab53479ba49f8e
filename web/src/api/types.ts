import type { paths } from './schema';

/* The API's bodies, named: each type is read from the OpenAPI document (`schema.d.ts`, generated). */

export type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;

export type LoginResult = JsonOf<paths['/v1/auth/login']['post']['responses'][200]>;
export type Me = JsonOf<paths['/v1/me']['get']['responses'][200]>;
export type CaseView = JsonOf<paths['/v1/cases/{caseId}']['get']['responses'][200]>;
export type CaseReason = CaseView['reasons'][number];
export type CaseAction = CaseView['allowed_actions'][number];
export type CaseList = JsonOf<paths['/v1/cases']['get']['responses'][200]>;
export type CaseQuery = NonNullable<paths['/v1/cases']['get']['parameters']['query']>;
export type RequirementView = JsonOf<
  paths['/v1/cases/{caseId}/requirements']['get']['responses'][200]
>['data'][number];
export type DocumentView = JsonOf<paths['/v1/documents/{documentId}']['get']['responses'][200]>;
export type CheckItem = DocumentView['checks'][number];
export type CaseDocuments = JsonOf<paths['/v1/cases/{caseId}/documents']['get']['responses'][200]>;
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
export type QueuePage = JsonOf<paths['/v1/review/queue']['get']['responses'][200]>;
export type QueueEntry = QueuePage['data'][number];
export type ReasonCodes = JsonOf<paths['/v1/review/reason-codes']['get']['responses'][200]>;
export type ReasonCode = ReasonCodes['codes'][number];
export type Dashboard = JsonOf<paths['/v1/dashboard']['get']['responses'][200]>;
export type Workload = JsonOf<paths['/v1/review/workload']['get']['responses'][200]>;
export type DecisionBody = NonNullable<
  paths['/v1/cases/{caseId}/decisions']['post']['requestBody']
>['content']['application/json'];
export type DecisionView = JsonOf<
  paths['/v1/cases/{caseId}/decisions']['get']['responses'][200]
>['data'][number];
export type DecisionOutcome = JsonOf<paths['/v1/cases/{caseId}/decisions']['post']['responses'][201]>;
export type AppealPlan = NonNullable<
  paths['/v1/cases/{caseId}/appeal']['post']['requestBody']
>['content']['application/json'];
export type AppealView = JsonOf<paths['/v1/cases/{caseId}/appeals']['get']['responses'][200]>['data'][number];
export type SubscriptionView = JsonOf<
  paths['/v1/webhooks/subscriptions']['get']['responses'][200]
>['data'][number];
export type NewSubscription = JsonOf<paths['/v1/webhooks/subscriptions']['post']['responses'][201]>;
export type DeliveryPage = JsonOf<paths['/v1/webhooks/deliveries']['get']['responses'][200]>;
export type DeliveryView = DeliveryPage['data'][number];
export type UserView = JsonOf<paths['/v1/admin/users']['get']['responses'][200]>['data'][number];
export type NewUserBody = NonNullable<
  paths['/v1/admin/users']['post']['requestBody']
>['content']['application/json'];
export type CreatedUser = JsonOf<paths['/v1/admin/users']['post']['responses'][201]>;
export type ApiKeyView = JsonOf<paths['/v1/admin/api-keys']['get']['responses'][200]>['data'][number];
export type NewApiKey = JsonOf<paths['/v1/admin/api-keys']['post']['responses'][201]>;
export type StatementBody = NonNullable<
  paths['/v1/cases/{caseId}/requirements/{material}/statement']['post']['requestBody']
>['content']['application/json'];
export type StatementView = JsonOf<
  paths['/v1/cases/{caseId}/statements']['get']['responses'][200]
>['data'][number];
export type StatementCheckView = StatementView['checks'][number];
export type RotatedApiKey = JsonOf<paths['/v1/admin/api-keys/{keyId}/rotate']['post']['responses'][201]>;
export type AuditVerification = JsonOf<paths['/v1/audit/verify']['get']['responses'][200]>;
export type ScheduledAuditCheck = JsonOf<paths['/v1/audit/checkpoints/latest']['get']['responses'][200]>;
