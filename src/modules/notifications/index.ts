// The public surface of the notifications module: the outbox, webhooks and email.

export {
  claimDueEmails,
  EMAIL_STATUSES,
  type EmailFilter,
  type EmailStatus,
  findEmail,
  findEmailForUpdate,
  insertEmail,
  listEmails,
  markEmailsSending,
  type NotificationEmailRow,
  updateEmail,
} from './email/emails.repository.js';
export { chooseLanguages, LANGUAGES, type Language, type LanguageProfile } from './email/language.js';
export { escapeHtml, type RenderedEmail } from './email/render.js';
export {
  composeEmail,
  EMAIL_TEMPLATES,
  type EmailModel,
  type EmailTemplate,
  type ReasonLine,
  type RequirementLine,
} from './email/templates.js';
export {
  type AppointmentData,
  type AuditChainBrokenData,
  type CaseOpenedData,
  type CaseReasonsAddedData,
  type CaseReminderDueData,
  type CaseTransitionedData,
  type DocumentCheckedData,
  isNotificationEventType,
  NOTIFICATION_EVENT_TYPES,
  type NotificationData,
  type NotificationEnvelope,
  type NotificationEventType,
  type NotificationInput,
  type RequirementNotice,
  type SellerRestrictionsChangedData,
} from './events.js';
export {
  claimUndispatchedEvents,
  envelopeOf,
  findNotificationEvent,
  findNotificationEventsFor,
  markEventsDispatched,
  type NotificationEventRow,
  recordNotification,
} from './outbox.repository.js';
export {
  MailError,
  type Mailer,
  type OutgoingEmail,
  type WebhookRequest,
  type WebhookResult,
  type WebhookTransport,
} from './ports.js';
export { DEFAULT_RETRY_SCHEDULE, nextAttemptAt, type RetrySchedule, retryDelayMs } from './retry.schedule.js';
export {
  claimDueDeliveries,
  DELIVERY_STATUSES,
  type DeliveryFilter,
  type DeliveryStatus,
  findAttempts,
  findDelivery,
  insertAttempt,
  insertDeliveries,
  listDeliveries,
  markDeliveriesSending,
  updateDelivery,
  type WebhookAttemptRow,
  type WebhookDeliveryRow,
} from './webhooks/deliveries.repository.js';
export { STANDARD_WEBHOOK_HEADERS, standardWebhookHeaders } from './webhooks/standard-webhooks.js';
export {
  deleteSubscription,
  findSubscription,
  insertSubscription,
  listActiveSubscriptions,
  type WebhookSubscriptionRow,
  wantsEvent,
} from './webhooks/subscriptions.repository.js';
export { checkWebhookUrl, isPrivateAddress, type UrlCheck } from './webhooks/webhook.address.js';
export {
  DEFAULT_TOLERANCE_SECONDS,
  SIGNATURE_HEADER,
  type SignatureCheck,
  signWebhook,
  verifyWebhook,
} from './webhooks/webhook.signature.js';
