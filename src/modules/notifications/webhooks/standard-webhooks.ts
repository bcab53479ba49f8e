import { Webhook } from 'standardwebhooks';

/**
 * Deliveries are signed the Standard Webhooks way (standardwebhooks.com): `webhook-id`,
 * `webhook-timestamp` and `webhook-signature: v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>`,
 * where the key is the bytes after `whsec_` in the subscription secret. Receivers verify with the
 * library they already have (`new Webhook(secret).verify(body, headers)` in every language).
 */
export const STANDARD_WEBHOOK_HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const;

/** A new subscription secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. */
const STANDARD_SECRET_PREFIX = 'whsec_';

/**
 * The signing key of a secret. Secrets made before Standard Webhooks used URL-safe base64 after the
 * prefix; Node decodes both alphabets to the same bytes, so those keep working for the signer.
 */
const keyOf = (secret: string): Buffer =>
  Buffer.from(
    secret.startsWith(STANDARD_SECRET_PREFIX) ? secret.slice(STANDARD_SECRET_PREFIX.length) : secret,
    'base64',
  );

/** The three headers for `body`, sent as message `messageId` at `at` (the same id on every retry). */
export function standardWebhookHeaders(
  secret: string,
  messageId: string,
  body: string,
  at: Date,
): Record<(typeof STANDARD_WEBHOOK_HEADERS)[number], string> {
  const signer = new Webhook(keyOf(secret), { format: 'raw' });
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signer.sign(messageId, at, body),
  };
}
