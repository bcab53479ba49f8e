import nodemailer from 'nodemailer';
import { MailError, type Mailer, type OutgoingEmail } from '../../modules/notifications/index.js';

/**
 * Email over SMTP with nodemailer: `SMTP_URL` such as `smtp://user:pass@host:587` (STARTTLS when
 * the server offers it) or `smtps://…:465`. Errors are sorted: a 5xx reply is permanent, anything
 * else (a 4xx, a refused connection, a timeout) is tried again.
 */
export function createSmtpMailer(url: string): Mailer {
  const transport = nodemailer.createTransport(url, {});
  return {
    async send(email: OutgoingEmail) {
      try {
        const info = await transport.sendMail({
          from: email.from,
          to: email.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
          headers: email.headers,
          ...(email.attachments ? { attachments: email.attachments } : {}),
        });
        return { messageId: String(info.messageId) };
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        const message = error instanceof Error ? error.message : String(error);
        throw new MailError(message.slice(0, 500), typeof code === 'number' && code >= 500);
      }
    },
    async close() {
      transport.close();
    },
  };
}
