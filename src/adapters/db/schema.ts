// Every table, for drizzle's typed client. Each module owns its tables; only adapters see them all.
export * from '../../modules/access/access.schema.js';
export * from '../../modules/audit/audit.schema.js';
export * from '../../modules/cases/cases.schema.js';
export * from '../../modules/cases/saved-filters.schema.js';
export * from '../../modules/documents/documents.schema.js';
export * from '../../modules/documents/selfie/selfies.schema.js';
export * from '../../modules/messages/messages.schema.js';
export * from '../../modules/notifications/notifications.schema.js';
export * from '../../modules/notifications/staff/staff-notifications.schema.js';
export * from '../../modules/privacy/privacy.schema.js';
export * from '../../modules/review/review.schema.js';
export * from '../../modules/risk/risk.schema.js';
export * from '../../modules/search/search.schema.js';
export * from '../../modules/sellers/sellers.schema.js';
export * from '../../modules/sellers/watermarks.schema.js';
export * from './infra.schema.js';
