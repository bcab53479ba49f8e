import type { Db } from '../adapters/db/database.js';
import { type AppointmentNotice, composeAppointmentEmail } from '../modules/appointments/index.js';
import {
  appealWindowEnd,
  type CaseStatus,
  deriveRestrictions,
  findCase,
  findReasons,
  findRequirements,
  hasAppealLeft,
  policyOfCase,
  requirementNotices,
  type Trigger,
} from '../modules/cases/index.js';
import {
  type CaseOpenedData,
  type CaseReminderDueData,
  type CaseTransitionedData,
  chooseLanguages,
  composeEmail,
  type EmailModel,
  type Language,
  type LanguageProfile,
  type NotificationEventRow,
  type ReasonLine,
  type RenderedEmail,
  type RequirementLine,
  type RequirementNotice,
} from '../modules/notifications/index.js';
import { type DecisionReason, findDecisions } from '../modules/review/index.js';
import { findSeller } from '../modules/sellers/index.js';
import type { Deps } from './deps.js';

/** What this use case takes from the process's dependencies. */
export type NotificationEmailsDeps = Pick<Deps, 'config'>;

/** An email the dispatcher writes for an event, ready to store: to whom, in which languages, what. */
export interface EmailDraft {
  template: EmailModel['template'] | 'appointment';
  recipient: string | undefined;
  languages: Language[];
  rendered: RenderedEmail;
}

const DECIDED: ReadonlySet<string> = new Set(['approved', 'rejected', 'rejected_final']);

/**
 * The seller email an event calls for, if any: a case opened (requirements and deadline), a reminder,
 * an info request, a decision (approved or rejected), an appeal's outcome. Other events (a rejection
 * turning final when the appeal window closes, a withdrawal, a document check) go to webhooks only.
 */
export async function draftEmailFor(
  context: NotificationEmailsDeps,
  tx: Db,
  event: NotificationEventRow,
): Promise<EmailDraft | undefined> {
  const model = await modelFor(context, tx, event);
  if (!model && !event.type.startsWith('appointment.')) return undefined;
  const seller = await findSeller(tx, event.sellerId);
  const profile = (seller?.profile ?? {}) as LanguageProfile & {
    contact?: { email?: string };
    store?: { name?: string };
    business?: { legal_name?: string };
    legal_rep?: { full_name?: string };
  };
  const languages = chooseLanguages(profile);
  const sellerName =
    profile.store?.name ?? profile.business?.legal_name ?? profile.legal_rep?.full_name ?? event.sellerId;
  const email = profile.contact?.email?.trim();
  return {
    template: model?.template ?? 'appointment',
    recipient: email && /^[^\s@<>,;]+@[^\s@<>,;]+$/.test(email) ? email : undefined,
    languages,
    rendered: model
      ? composeEmail({ ...model, sellerName: sellerName.slice(0, 200) } as EmailModel, languages)
      : composeAppointmentEmail({ ...(event.data as AppointmentNotice), type: event.type }, languages),
  };
}

type ModelWithoutName = DistributiveOmit<EmailModel, 'sellerName'>;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

async function modelFor(
  context: NotificationEmailsDeps,
  tx: Db,
  event: NotificationEventRow,
): Promise<ModelWithoutName | undefined> {
  const caseId = event.caseId;
  if (!caseId) return undefined;
  const portal = context.config.notifications.portalUrl;
  const common = {
    caseId,
    ...(portal ? { caseUrl: `${portal.replace(/\/$/, '')}/seller/cases/${caseId}` } : {}),
  };
  if (event.type === 'case.opened') {
    const data = event.data as CaseOpenedData;
    return {
      ...common,
      template: 'case_opened',
      deadlineAt: data.deadline_at,
      reasons: data.reasons,
      requirements: data.requirements.map(lineOf),
    };
  }
  if (event.type === 'case.reminder_due') {
    const data = event.data as CaseReminderDueData;
    return {
      ...common,
      template: 'reminder',
      deadlineAt: data.deadline_at,
      daysBefore: data.days_before,
      requirements: data.requirements_due.map(lineOf),
    };
  }
  if (event.type !== 'case.transitioned') return undefined;
  const data = event.data as CaseTransitionedData;
  const found = await findCase(tx, caseId);
  if (!found) return undefined;
  const policy = await policyOfCase(tx, found);
  if (data.to === 'info_requested') {
    const due = (await findRequirements(tx, caseId)).filter(
      (r) => r.status === 'currently_due' || r.status === 'errored',
    );
    const reasons = await reasonsTold(tx, caseId, 'info_requested', data.reason_codes);
    return {
      ...common,
      template: 'info_requested',
      deadlineAt: found.deadlineAt.toISOString(),
      requirements: requirementNotices(due, policy).map(lineOf),
      ...(reasons ? { reasons } : {}),
    };
  }
  if (!DECIDED.has(data.to) || data.action === 'finalize_rejection') return undefined;
  const triggers = (await findReasons(tx, [caseId])).map((r) => r.trigger as Trigger);
  const outcome = data.to as 'approved' | 'rejected' | 'rejected_final';
  const appealUntil =
    outcome === 'rejected' && hasAppealLeft(data.appeal_count, policy)
      ? appealWindowEnd(event.occurredAt, policy).toISOString()
      : undefined;
  const reasons = await reasonsTold(
    tx,
    caseId,
    outcome === 'approved' ? 'approved' : 'rejected',
    data.reason_codes,
  );
  return {
    ...common,
    template: data.appeal_count > 0 ? 'appeal_outcome' : 'decision',
    outcome,
    reasonCodes: data.reason_codes ?? [],
    ...(reasons ? { reasons } : {}),
    ...(appealUntil ? { appealUntil } : {}),
    restrictions: deriveRestrictions(
      { status: outcome as CaseStatus, triggers, appealCount: data.appeal_count },
      policy,
    ),
  };
}

/**
 * The seller texts of the decision behind a transition, as the decision row keeps them (what the
 * seller was told then, whatever the catalogue says now): the case's latest decision of that kind
 * that took effect, if its codes are the transition's. Undefined when there is none (a transition
 * made without a decision): the email then shows the codes alone.
 */
async function reasonsTold(
  tx: Db,
  caseId: string,
  decision: 'approved' | 'info_requested' | 'rejected',
  codes: string[] | undefined,
): Promise<ReasonLine[] | undefined> {
  const decided = (await findDecisions(tx, caseId)).filter(
    (d) => d.status === 'decided' && d.decision === decision,
  );
  const latest = decided.at(-1);
  if (!latest) return undefined;
  const reasons = latest.reasons as DecisionReason[];
  const same =
    reasons.length === (codes ?? []).length && reasons.every((r, i) => r.code === (codes ?? [])[i]);
  return same ? reasons.map((r) => ({ code: r.code, text: { en: r.text.en, zh: r.text.zh } })) : undefined;
}

const lineOf = (r: RequirementNotice): RequirementLine => ({
  title: r.title,
  kind: r.kind,
  reason: r.reason,
  acceptedVariants: r.accepted_variants,
  rules: r.rules,
  dueAt: r.due_at,
  errors: r.errors,
});
