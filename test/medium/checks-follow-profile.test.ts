import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/adapters/db/database.js';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { findAuditEventsFor } from '../../src/modules/audit/index.js';
import { findCase, findRequirements } from '../../src/modules/cases/index.js';
import { findCaseDocuments } from '../../src/modules/documents/index.js';
import type { SellerRecord } from '../../src/modules/sellers/index.js';
import { checkDocument } from '../../src/workflows/documents.workflow.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { recheckSellerDocuments } from '../../src/workflows/recheck-documents.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { multipart } from '../support/multipart.js';
import { utilityBill } from '../support/pdf.js';
import { type Call, caller, type Person, personFor, salesAnomaly, submittedCase } from '../support/review.js';

const leeds = {
  line1: '14 Harbour Road',
  line2: 'Flat 3',
  city: 'Leeds',
  postal_code: 'LS1 4AB',
  country: 'GB',
};
const york = { line1: '9 Mill Lane', city: 'York', postal_code: 'YO1 7HH', country: 'GB' };
const harbour = (id: string, address: SellerRecord['address'] = leeds) =>
  businessSeller(id, {
    business: { legal_name: 'Harbour Trading Ltd', registration_number: '09876543', country: 'GB', address },
  });

describe('checks that follow the account (a profile change re-runs them)', () => {
  let t: TestApp;
  let call: Call;
  let integration: string;
  let reviewer: Person;

  beforeAll(async () => {
    t = await startTestApp();
    call = caller(t);
    await loadSellers(t.context, [harbour('P1'), harbour('P2')]);
    integration = await t.tokenFor('integration');
    reviewer = await personFor(t, 'reviewer');
  });
  afterAll(() => t.close());

  const moveTo = async (sellerId: string, address: SellerRecord['address']) => {
    const res = await t.server.inject({
      method: 'PUT',
      url: `/v1/sellers/${sellerId}`,
      payload: harbour(sellerId, address),
      headers: { authorization: `Bearer ${integration}` },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().change).toBe('updated');
  };
  const documentView = async (id: string) => (await call('GET', `/v1/documents/${id}`, reviewer)).json();
  const rechecksQueued = async (sellerId: string) =>
    rowsOf<{ n: number }>(
      await t.context.db.execute(
        sql`select count(*)::int as n from pgboss.job where name = 'documents.profile_changed' and data->>'seller_id' = ${sellerId}`,
      ),
    )[0]!.n;

  it('marks a checked bill stale when the registered address moves, then checks it again from its reading', async () => {
    const opened = await openOrUpdateCase(t.context, {
      sellerId: 'P1',
      source: 'manual',
      by: systemPrincipal('test'),
      findings: [
        { trigger: 'registration_mismatch', score: 1, summary: 'Logins from abroad.', evidence: {} },
      ],
    });
    const caseId = (opened as { caseId: string }).caseId;
    const seller = await t.tokenFor('seller', 'P1');
    const bill = await utilityBill('Harbour Trading Ltd', ['14 Harbour Rd, Flat 3', 'Leeds LS1 4AB']);
    const { payload, contentType } = await multipart([
      ['type', 'utility_bill'],
      ['file', bill, 'bill.pdf'],
    ]);
    const uploaded = await t.server.inject({
      method: 'POST',
      url: `/v1/cases/${caseId}/requirements/proof_of_address/documents`,
      payload,
      headers: { authorization: `Bearer ${seller}`, 'content-type': contentType },
    });
    expect(uploaded.statusCode, uploaded.body).toBe(202);
    const id = uploaded.json().id as string;
    await checkDocument(t.context, id);
    expect(await documentView(id)).toMatchObject({
      verdict: 'pass',
      checked_profile_version: 1,
      stale: false,
    });

    expect(await rechecksQueued('P1')).toBe(0);
    await moveTo('P1', york);
    expect(await rechecksQueued('P1')).toBe(1);
    const stale = await documentView(id);
    expect(stale).toMatchObject({ verdict: 'pass', checked_profile_version: 1, stale: true });

    expect(await recheckSellerDocuments(t.context, 'P1')).toBe(1);
    const again = await documentView(id);
    expect(again).toMatchObject({ verdict: 'fail', checked_profile_version: 2, stale: false });
    const failed = again.checks.filter((c: { status: string }) => c.status === 'fail');
    expect(failed.map((c: { group: string }) => c.group)).toContain('consistency');
    const requirement = (await findRequirements(t.context.db, caseId)).find(
      (r) => r.material === 'proof_of_address',
    );
    expect(requirement).toMatchObject({ status: 'errored' });
    expect(requirement?.errors).toEqual(expect.arrayContaining(failed.map((c: { code: string }) => c.code)));
    const timeline = (await call('GET', `/v1/cases/${caseId}/timeline`, reviewer)).json();
    expect(timeline.steps).toContainEqual(
      expect.objectContaining({ event: 'document.rechecked', document_id: id, verdict: 'fail' }),
    );
    expect(await recheckSellerDocuments(t.context, 'P1')).toBe(0);
  });

  it('refuses a decision (here a rejection) on stale checks unless the reviewer confirms it, and audits the confirmation', async () => {
    const sellerP2 = await personFor(t, 'seller', 'P2');
    const caseId = await submittedCase(t, 'P2', sellerP2, [salesAnomaly(0.9)]);
    for (const document of await findCaseDocuments(t.context.db, caseId))
      await checkDocument(t.context, document.id);
    expect((await call('POST', `/v1/cases/${caseId}/claim`, reviewer, {})).statusCode).toBe(200);
    await moveTo('P2', york);
    const reject = async (extra: Record<string, unknown>) =>
      call('POST', `/v1/cases/${caseId}/decisions`, reviewer, {
        decision: 'rejected',
        reason_codes: ['sales_not_explained'],
        note: 'invoices match the spike',
        revision: (await findCase(t.context.db, caseId))!.revision,
        ...extra,
      });
    const refused = await reject({});
    expect(refused.statusCode, refused.body).toBe(409);
    const staleIds = (await findCaseDocuments(t.context.db, caseId)).map((d) => d.id);
    expect(refused.json()).toMatchObject({
      code: 'CHECKS_STALE',
      error: { details: { where: 'body.confirm_stale_checks', document_ids: staleIds } },
    });
    const confirmed = await reject({ confirm_stale_checks: true });
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    const events = await findAuditEventsFor(t.context.db, 'case', caseId);
    expect(events.find((e) => e.action === 'case.stale_checks_confirmed')?.data).toMatchObject({
      decision: 'rejected',
      document_ids: staleIds,
    });
  });
});
