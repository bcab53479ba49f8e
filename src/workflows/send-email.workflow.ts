import { z } from 'zod';
import {
  findEmail,
  findEmailForUpdate,
  MailError,
  nextAttemptAt,
  updateEmail,
} from '../modules/notifications/index.js';
import { defineJob } from '../platform/jobs.js';
import { appointmentAttachments } from './appointment.announce.js';
import type { Deps } from './deps.js';

/** What this use case takes from the process's dependencies. */
export type SendEmailDeps = Pick<Deps, 'clock' | 'config' | 'db' | 'mailer'>;

/** One try of sending one email (the same retry rules as webhooks). */
export const emailDue = defineJob({
  name: 'email.send',
  payload: z.object({ email_id: z.uuid() }),
  retryLimit: 5,
  concurrency: 2,
  run: (deps: SendEmailDeps, { email_id }) => sendEmail(deps, email_id),
});

/**
 * One try of an email (the `email.send` job): send it over SMTP, then `sent`, or the next try on the
 * backoff schedule, or `failed` after 24 hours or at once on a permanent refusal (a 5xx reply).
 * Idempotent: an email that is not `sending` is left alone.
 */
export async function sendEmail(context: SendEmailDeps, emailId: string): Promise<void> {
  const email = await findEmail(context.db, emailId);
  if (email?.status !== 'sending') return;
  const mailer = context.mailer;
  if (!mailer || !email.recipient) {
    await updateEmail(context.db, emailId, {
      status: 'skipped',
      nextAttemptAt: null,
      lastError: mailer ? 'no recipient' : 'SMTP_URL is not set: email is off in this deployment',
    });
    return;
  }
  let outcome: { messageId: string } | { error: string; permanent: boolean };
  try {
    outcome = await mailer.send({
      from: context.config.notifications.mailFrom,
      to: email.recipient,
      subject: email.subject,
      text: email.textBody,
      html: email.htmlBody,
      ...(await appointmentAttachments(context.db, email)),
      headers: {
        'X-Second-Look-Email-Id': email.id,
        'X-Second-Look-Template': email.template,
        ...(email.caseId ? { 'X-Second-Look-Case-Id': email.caseId } : {}),
      },
    });
  } catch (error) {
    outcome = {
      error: error instanceof Error ? error.message : String(error),
      permanent: error instanceof MailError && error.permanent,
    };
  }
  await context.db.transaction(async (tx) => {
    const current = await findEmailForUpdate(tx, emailId);
    if (current?.status !== 'sending') return;
    const now = context.clock.now();
    const attemptCount = current.attemptCount + 1;
    if ('messageId' in outcome) {
      await updateEmail(tx, emailId, {
        status: 'sent',
        attemptCount,
        messageId: outcome.messageId,
        sentAt: now,
        nextAttemptAt: null,
        queuedAt: null,
        lastError: null,
      });
      return;
    }
    const next = outcome.permanent ? undefined : nextAttemptAt(attemptCount, current.windowStartedAt, now);
    await updateEmail(tx, emailId, {
      status: next ? 'pending' : 'failed',
      attemptCount,
      nextAttemptAt: next ?? null,
      queuedAt: null,
      lastError: outcome.error.slice(0, 1000),
    });
  });
}
