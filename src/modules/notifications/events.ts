/**
 * The notification events: what the marketplace's webhooks receive (and what emails are made from).
 * Every event is about one seller; case events name the case. Payload fields are snake_case JSON,
 * dates RFC 3339. New fields may be added; none is removed or renamed without a new event type.
 */

export const NOTIFICATION_EVENT_TYPES = [
  'appointment.booked',
  'appointment.cancelled',
  'appointment.outcome_recorded',
  'appointment.reminder',
  'appointment.rescheduled',
  'audit.chain_broken',
  'case.opened',
  'case.reasons_added',
  'case.reminder_due',
  'case.transitioned',
  'document.checked',
  'seller.restrictions_changed',
] as const;
export type NotificationEventType = (typeof NOTIFICATION_EVENT_TYPES)[number];

/** A requirement as events tell it: what to provide, why, by when, and its status. */
export interface RequirementNotice {
  material: string;
  title: { en: string; zh: string };
  /** `document`, `statement` or `live`. */
  kind: string;
  reason: string;
  accepted_variants: string[];
  rules: Record<string, unknown>;
  status: string;
  errors: string[];
  due_at: string;
}

export interface CaseOpenedData {
  case_id: string;
  seller_id: string;
  status: string;
  severity: string;
  triggers: string[];
  reasons: { trigger: string; summary: string }[];
  requirements: RequirementNotice[];
  deadline_at: string;
  policy_version: string;
  source: string;
}

interface CaseReasonsAddedData {
  case_id: string;
  seller_id: string;
  /** The triggers this change added or updated. */
  triggers: string[];
  all_triggers: string[];
  requirements: RequirementNotice[];
  deadline_at: string;
}

export interface CaseReminderDueData {
  case_id: string;
  seller_id: string;
  days_before: number;
  deadline_at: string;
  requirements_due: RequirementNotice[];
}

export interface CaseTransitionedData {
  case_id: string;
  seller_id: string;
  action: string;
  from: string;
  to: string;
  /** The kind of actor: `seller`, `reviewer`, `supervisor`, `admin` or `system`. */
  by: string;
  appeal_count: number;
  /** The decision's reason codes, when the transition carries them. */
  reason_codes?: string[];
}

interface DocumentCheckedData {
  case_id: string;
  seller_id: string;
  document_id: string;
  material: string;
  /** `checked`, or `check_failed` when the checks could not run. */
  status: string;
  verdict: string | null;
  failed_checks: string[];
}

interface SellerRestrictionsChangedData {
  seller_id: string;
  /** The case whose change moved the restrictions. */
  case_id: string;
  /** The event that moved them: `case.opened`, `case.reasons_added` or `case.transitioned`. */
  cause: string;
  before: string[];
  after: string[];
  added: string[];
  removed: string[];
  can_sell: boolean;
  can_receive_payouts: boolean;
}

/** A video verification appointment as events tell it (docs/appointments.md). */
export interface AppointmentData {
  case_id: string;
  seller_id: string;
  appointment_id: string;
  material: string;
  status: string;
  starts_at: string;
  ends_at: string;
  /** The start as the seller reads it, with its offset, and the zone it is read in. */
  starts_at_local: string;
  seller_time_zone: string;
  language: string;
  join_url: string | null;
  /** On `appointment.rescheduled`: the call it replaces. */
  replaces?: string;
  /** On `appointment.reminder`: how many hours before the call it is sent. */
  hours_before?: number;
  /** On `appointment.outcome_recorded`: the requirement's new status and codes. */
  requirement_status?: string;
  errors?: string[];
}

/** The scheduled verification found the audit chain broken (about no seller: `seller_id` is empty). */
interface AuditChainBrokenData {
  kind: string;
  position: number;
  message: string;
  checked: number;
  checked_at: string;
  /** The last checkpoint that verified, to compare with the ones the marketplace kept. */
  last_good: { position: number; hash: string; at: string } | null;
}

interface NotificationData {
  'appointment.booked': AppointmentData;
  'appointment.cancelled': AppointmentData;
  'appointment.outcome_recorded': AppointmentData;
  'appointment.reminder': AppointmentData;
  'appointment.rescheduled': AppointmentData;
  'audit.chain_broken': AuditChainBrokenData;
  'case.opened': CaseOpenedData;
  'case.reasons_added': CaseReasonsAddedData;
  'case.reminder_due': CaseReminderDueData;
  'case.transitioned': CaseTransitionedData;
  'document.checked': DocumentCheckedData;
  'seller.restrictions_changed': SellerRestrictionsChangedData;
}

/** What a caller records: the type, who it is about, when it happened, and the payload. */
export type NotificationInput = {
  [T in NotificationEventType]: {
    type: T;
    sellerId: string;
    caseId?: string;
    occurredAt: Date;
    data: NotificationData[T];
  };
}[NotificationEventType];

/** The body every webhook delivery posts (and the shape an integration stores). */
export interface NotificationEnvelope {
  id: string;
  type: NotificationEventType;
  sequence: number;
  created_at: string;
  data: Record<string, unknown>;
}

const typeSet: ReadonlySet<string> = new Set(NOTIFICATION_EVENT_TYPES);
export const isNotificationEventType = (value: string): value is NotificationEventType => typeSet.has(value);
