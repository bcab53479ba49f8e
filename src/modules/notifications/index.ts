// The public surface of the notifications module: the outbox, webhooks and email.

export {
  claimDueEmails,
  EMAIL_STATUSES,
  type EmailStatus,
  findEmail,
  findEmailForUpdate,
  insertEmail,
  listEmails,
  markEmailsSending,
  type NotificationEmailRow,
  updateEmail,
} from './email/emails.repository.js';
export { chooseLanguages, type Language, type LanguageProfile } from './email/language.js';
export { escapeHtml, type RenderedEmail } from './email/render.js';
export {
  composeEmail,
  type EmailModel,
  type ReasonLine,
  type RequirementLine,
} from './email/templates.js';
export {
  type AppointmentData,
  type CaseOpenedData,
  type CaseReminderDueData,
  type CaseTransitionedData,
  isNotificationEventType,
  NOTIFICATION_EVENT_TYPES,
  type NotificationEnvelope,
  type RequirementNotice,
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
export { nextAttemptAt } from './retry.schedule.js';
export { composeStaffEmail } from './staff/staff-email.js';
export {
  claimUnemailedStaffNotifications,
  listStaffNotifications,
  markStaffNotificationsEmailed,
  markStaffNotificationsRead,
  recordStaffNotifications,
  STAFF_NOTIFICATION_KINDS,
  type StaffNotificationKind,
  type StaffNotificationRow,
} from './staff/staff-notifications.repository.js';
export {
  claimDueDeliveries,
  DELIVERY_STATUSES,
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
export { standardWebhookHeaders } from './webhooks/standard-webhooks.js';
export {
  deleteSubscription,
  findSubscription,
  insertSubscription,
  listActiveSubscriptions,
  type WebhookSubscriptionRow,
  wantsEvent,
} from './webhooks/subscriptions.repository.js';
export { checkWebhookUrl, isPrivateAddress } from './webhooks/webhook.address.js';
export {
  SIGNATURE_HEADER,
  signWebhook,
} from './webhooks/webhook.signature.js';
