import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { standardWebhookHeaders } from './standard-webhooks.js';

describe('Standard Webhooks signatures', () => {
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  const body = '{"id":"e1","type":"case.opened","data":{"seller_id":"S1"}}';

  it('verify with the standardwebhooks library, as a receiver does', () => {
    const headers = standardWebhookHeaders(secret, 'evt_1', body, new Date());
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('are refused for a changed body, another secret or another message id', () => {
    const headers = standardWebhookHeaders(secret, 'evt_1', body, new Date());
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow(/signature/);
    const other = `whsec_${randomBytes(32).toString('base64')}`;
    expect(() => new Webhook(other).verify(body, headers)).toThrow(/signature/);
    expect(() => new Webhook(secret).verify(body, { ...headers, 'webhook-id': 'evt_2' })).toThrow(
      /signature/,
    );
  });

  it('are refused when stale, so a replayed request does not pass', () => {
    const headers = standardWebhookHeaders(secret, 'evt_1', body, new Date(Date.now() - 10 * 60_000));
    expect(() => new Webhook(secret).verify(body, headers)).toThrow(/too old/i);
  });

  it('sign with the same key for a secret made before, in URL-safe base64', () => {
    const bytes = randomBytes(32);
    const old = `whsec_${bytes.toString('base64url')}`;
    const headers = standardWebhookHeaders(old, 'evt_1', body, new Date());
    expect(new Webhook(`whsec_${bytes.toString('base64')}`).verify(body, headers)).toEqual(JSON.parse(body));
  });
});
