import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from './webhook.signature.js';

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const body = '{"id":"e1","type":"case.opened","data":{"seller_id":"S1"}}';

  it('signs t.body with HMAC-SHA256, as the documented recipe computes it', () => {
    const header = signWebhook(secret, body, 1_767_225_600);
    const expected = createHmac('sha256', secret).update(`1767225600.${body}`).digest('hex');
    expect(header).toBe(`t=1767225600,v1=${expected}`);
  });

  it('verifies what it signed, within the tolerance', () => {
    const header = signWebhook(secret, body, 1000);
    expect(verifyWebhook(secret, body, header, { nowSeconds: 1100 })).toEqual({ ok: true, timestamp: 1000 });
  });

  it('refuses a changed body, another secret, a stale or future timestamp and a malformed header', () => {
    const header = signWebhook(secret, body, 1000);
    expect(verifyWebhook(secret, `${body} `, header, { nowSeconds: 1000 })).toMatchObject({
      reason: 'mismatch',
    });
    expect(verifyWebhook('other', body, header, { nowSeconds: 1000 })).toMatchObject({ reason: 'mismatch' });
    expect(verifyWebhook(secret, body, header, { nowSeconds: 1301 })).toMatchObject({ reason: 'too_old' });
    expect(verifyWebhook(secret, body, header, { nowSeconds: 699 })).toMatchObject({ reason: 'in_future' });
    expect(verifyWebhook(secret, body, 'v1=abc', { nowSeconds: 1000 })).toMatchObject({
      reason: 'malformed',
    });
    expect(verifyWebhook(secret, body, 't=1000', { nowSeconds: 1000 })).toMatchObject({
      reason: 'malformed',
    });
    // The timestamp is signed too: moving it breaks the signature.
    const moved = header.replace('t=1000', 't=1001');
    expect(verifyWebhook(secret, body, moved, { nowSeconds: 1000 })).toMatchObject({ reason: 'mismatch' });
  });

  it('accepts any of several v1 signatures (a secret being rotated)', () => {
    const good = signWebhook(secret, body, 1000).split('v1=')[1];
    expect(
      verifyWebhook(secret, body, `t=1000,v1=${'0'.repeat(64)},v1=${good}`, { nowSeconds: 1000 }).ok,
    ).toBe(true);
  });

  it('round-trips any body, secret and time (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), fc.integer({ min: 0, max: 4e9 }), (b, s, t) => {
        expect(verifyWebhook(s, b, signWebhook(s, b, t), { nowSeconds: t }).ok).toBe(true);
      }),
    );
  });
});
