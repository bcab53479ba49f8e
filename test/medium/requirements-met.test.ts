import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { findCase, findRequirements } from '../../src/modules/cases/index.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { chainedAuditTrail } from '../support/audit.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { type Call, caller, type Person, personFor, uploadDocuments } from '../support/review.js';

/** No requirement reads `satisfied` without its material: statements are handed in, the rest waived by name. */
describe('every requirement met by its material, or waived', () => {
  let t: TestApp;
  let call: Call;
  let seller: Person;
  let reviewer: Person;
  let caseId: string;
  const statuses = async () =>
    Object.fromEntries((await findRequirements(t.context.db, caseId)).map((r) => [r.material, r.status]));
  const entry = (
    account: string,
    explanation = 'Both stores are run by the same two people from our Shenzhen office.',
  ) => ({
    account,
    relationship: 'same_owner',
    controlled_by: 'Zhang Wei',
    shared: ['device', 'address'],
    explanation,
  });
  const statement = (body: object, query = '') =>
    call('POST', `/v1/cases/${caseId}/requirements/relationship_statement/statement${query}`, seller, body);

  beforeAll(async () => {
    t = await startTestApp();
    call = caller(t);
    await loadSellers(t.context, [
      businessSeller('W1'),
      businessSeller('W2', { store: { name: 'Bright Star Outlet', marketplace: 'US' } }),
      businessSeller('W3'),
    ]);
    const opened = await openOrUpdateCase(t.context, {
      sellerId: 'W1',
      source: 'manual',
      by: systemPrincipal('test'),
      findings: [
        { trigger: 'registration_mismatch', score: 0.9, summary: 'Operated from abroad.', evidence: {} },
        {
          trigger: 'account_association',
          score: 0.9,
          summary: 'Shares a device with two accounts.',
          evidence: {},
          related_seller_ids: ['W2', 'W3'],
        },
      ],
    });
    caseId = (opened as { caseId: string }).caseId;
    seller = await personFor(t, 'seller', 'W1');
    reviewer = await personFor(t, 'reviewer');
  });
  afterAll(() => t.close());

  it('refuses a statement naming an account the case does not link, storing nothing', async () => {
    const res = await statement({ entries: [entry('W2'), entry('SOMEONE_ELSE')] });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'STATEMENT_ACCOUNT_NOT_IN_CASE',
      error: { details: { where: 'body.entries.1.account' } },
    });
    expect((await call('GET', `/v1/cases/${caseId}/statements`, seller)).json().data).toEqual([]);
  });

  it('checks a statement in preflight without storing it, in both languages', async () => {
    const res = await statement({ entries: [entry('W2')] }, '?preflight=true');
    expect(res.statusCode).toBe(200);
    const missing = res.json().checks.find((c: { code: string }) => c.code === 'STATEMENT_ACCOUNT_MISSING');
    expect(res.json().outcome).toBe('fail');
    expect(missing.message.zh).toContain('有 1 个没有说明');
    expect((await call('GET', `/v1/cases/${caseId}/statements`, seller)).json().data).toEqual([]);
  });

  it('stores each statement as a version; a failing one leaves the requirement errored', async () => {
    const first = await statement({ entries: [entry('W2', 'family')] });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ version: 1, outcome: 'fail' });
    expect(await statuses()).toMatchObject({ relationship_statement: 'errored' });

    const second = await statement({ entries: [entry('bright star outlet'), entry('W3')] });
    expect(second.json()).toMatchObject({ version: 2, outcome: 'pass' });
    expect(await statuses()).toMatchObject({ relationship_statement: 'pending_verification' });
    const versions = (await call('GET', `/v1/cases/${caseId}/statements`, seller)).json().data;
    expect(versions.map((v: { version: number; outcome: string }) => [v.version, v.outcome])).toEqual([
      [2, 'pass'],
      [1, 'fail'],
    ]);
  });

  it('submits without the live verification, which waits for the reviewer', async () => {
    await uploadDocuments(t, caseId, seller);
    expect((await call('POST', `/v1/cases/${caseId}/submit`, seller, {})).statusCode).toBe(200);
    expect(await statuses()).toEqual({
      business_license: 'pending_verification',
      government_id: 'pending_verification',
      proof_of_address: 'pending_verification',
      relationship_statement: 'pending_verification',
      live_verification: 'currently_due',
    });
  });

  it('approves only when what is unmet is waived, by name and with a reason', async () => {
    expect((await call('POST', `/v1/cases/${caseId}/claim`, reviewer, {})).statusCode).toBe(200);
    const approve = async (waivers?: object[]) =>
      call('POST', `/v1/cases/${caseId}/decisions`, reviewer, {
        decision: 'approved',
        reason_codes: ['documents_verified'],
        note: 'checked',
        revision: (await findCase(t.context.db, caseId))!.revision,
        ...(waivers ? { waivers } : {}),
      });
    const bare = await approve();
    expect(bare.statusCode).toBe(409);
    expect(bare.json()).toMatchObject({
      code: 'REQUIREMENTS_INCOMPLETE',
      error: { details: { unmet: ['live_verification'] } },
    });
    const tooMuch = await approve([
      { material: 'live_verification', reason_code: 'verified_outside_second_look' },
      { material: 'business_license', reason_code: 'not_applicable' },
    ]);
    expect(tooMuch.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      error: { details: { where: 'body.waivers.1.material' } },
    });
    const unknownReason = await approve([{ material: 'live_verification', reason_code: 'felt_right' }]);
    expect(unknownReason.json()).toMatchObject({ code: 'VALIDATION_FAILED' });

    const approved = await approve([
      { material: 'live_verification', reason_code: 'verified_outside_second_look' },
    ]);
    expect(approved.statusCode, approved.body).toBe(201);
    expect(approved.json().decision.waivers).toEqual([
      { material: 'live_verification', reason_code: 'verified_outside_second_look' },
    ]);
    expect(await statuses()).toEqual({
      business_license: 'satisfied',
      government_id: 'satisfied',
      proof_of_address: 'satisfied',
      relationship_statement: 'satisfied',
      live_verification: 'waived',
    });
    const waived: unknown[] = [];
    for await (const e of chainedAuditTrail(t.context)) if (e.action === 'requirement.waived') waived.push(e);
    expect(waived).toMatchObject([
      {
        actor: `user:${reviewer.id}`,
        entityId: caseId,
        data: { material: 'live_verification', reason_code: 'verified_outside_second_look' },
      },
    ]);
  });

  it('lists the waiver reasons with the reason codes, in both languages', async () => {
    const codes = (await call('GET', '/v1/review/reason-codes', reviewer)).json();
    expect(codes.waiver_reasons.map((r: { code: string }) => r.code)).toContain(
      'verified_outside_second_look',
    );
    expect(codes.waiver_reasons[0].label.zh).toBeTruthy();
  });
});
