import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/adapters/db/database.js';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { isCheckpointSigned, latestCheckpoint } from '../../src/modules/audit/index.js';
import { verifyAuditOnSchedule } from '../../src/workflows/audit-schedule.workflow.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { startWebhookReceiver } from '../support/receivers.js';
import { waitFor } from '../support/wait.js';

/**
 * The scheduled verification keeps a signed checkpoint each run; a tampered row is announced once by
 * the `audit.chain_broken` webhook (not again on the next run), and the latest result is served.
 */
describe('scheduled audit verification', () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    t = await startTestApp({
      workers: true,
      env: { SECONDLOOK_WEBHOOK_ALLOW_PRIVATE: 'true', SECONDLOOK_NOTIFY_POLL_MS: '100' },
    });
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  it('announces a tampered row once by webhook and serves the latest checkpoint', async () => {
    // The schedule's first run starts with the workers; past it, the next is hours away, so the
    // runs below are the only ones (one racing them could announce the break first).
    await waitFor(async () => latestCheckpoint(t.context.db), 60_000);
    const integration = await t.tokenFor('integration');
    const admin = await t.tokenFor('admin');
    const subscribed = await t.server.inject({
      method: 'POST',
      url: '/v1/webhooks/subscriptions',
      headers: { authorization: `Bearer ${integration}` },
      payload: { url: receiver.url('/audit'), event_types: ['audit.chain_broken'] },
    });
    expect(subscribed.statusCode, subscribed.body).toBe(201);
    await loadSellers(t.context, [businessSeller('AV1')]);
    await openOrUpdateCase(t.context, {
      sellerId: 'AV1',
      source: 'manual',
      by: systemPrincipal('test'),
      findings: [
        { trigger: 'registration_mismatch', score: 0.9, summary: 'Operated from abroad.', evidence: {} },
      ],
    });

    const clean = await verifyAuditOnSchedule(t.context);
    expect(clean).toMatchObject({ ok: true, announced: false });
    expect(clean.problem).toBeUndefined();

    await t.context.db.execute(sql`update audit_events set actor = 'user:someone-else' where position = 2`);
    const broken = await verifyAuditOnSchedule(t.context);
    expect(broken).toMatchObject({ ok: false, announced: true, problem: { kind: 'altered', position: 2 } });
    const again = await verifyAuditOnSchedule(t.context);
    expect(again).toMatchObject({ ok: false, announced: false, problem: { kind: 'altered', position: 2 } });

    const hook = await waitFor(async () => receiver.received.find((r) => r.path === '/audit'), 60_000);
    const body = JSON.parse(hook.body) as { type: string; data: Record<string, unknown> };
    expect(body.type).toBe('audit.chain_broken');
    expect(body.data).toMatchObject({
      kind: 'altered',
      position: 2,
      last_good: { position: clean.checkpoint.position },
    });
    const events = rowsOf<{ n: number }>(
      await t.context.db.execute(
        sql`select count(*)::int as n from notification_events where type = 'audit.chain_broken'`,
      ),
    );
    expect(events[0]?.n).toBe(1);

    const latest = await t.server.inject({
      method: 'GET',
      url: '/v1/audit/checkpoints/latest',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(latest.statusCode, latest.body).toBe(200);
    const answer = latest.json();
    expect(answer).toMatchObject({ ok: false, problem: { kind: 'altered', position: 2 } });
    const key = (
      await t.server.inject({
        method: 'GET',
        url: '/v1/audit/public-key',
        headers: { authorization: `Bearer ${admin}` },
      })
    ).json() as { pem: string };
    expect(isCheckpointSigned(key.pem, answer.checkpoint)).toBe(true);
    expect(isCheckpointSigned(key.pem, { ...answer.checkpoint, count: answer.checkpoint.count + 1 })).toBe(
      false,
    );
  });
});
