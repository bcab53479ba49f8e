import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { findAuditEventsFor } from '../../src/modules/audit/index.js';
import { findRequirements } from '../../src/modules/cases/index.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import {
  type Call,
  caller,
  type Person,
  personFor,
  salesAnomaly,
  uploadDocuments,
} from '../support/review.js';

/**
 * A seller takes back a document before handing the case in: kept, not counted, audited with the
 * reason, the requirement due again; refused once submitted. Problems speak the asker's language.
 */
describe('withdrawing a document', () => {
  let t: TestApp;
  let call: Call;
  let seller: Person;
  let other: Person;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestApp();
    call = caller(t);
    await loadSellers(t.context, [
      // Registered in China: the seller's stored language is Chinese.
      businessSeller('W1'),
      businessSeller('W2'),
    ]);
    seller = await personFor(t, 'seller', 'W1');
    other = await personFor(t, 'seller', 'W2');
    const opened = await openOrUpdateCase(t.context, {
      sellerId: 'W1',
      source: 'scan',
      by: systemPrincipal('test'),
      findings: [salesAnomaly(0.96)],
    });
    if (!('caseId' in opened)) throw new Error('no case');
    caseId = opened.caseId;
  });
  afterAll(async () => t?.close());

  const documents = async () =>
    (await call('GET', `/v1/cases/${caseId}/documents`, seller)).json() as { data: { id: string }[] };
  const invoices = async () =>
    (await findRequirements(t.context.db, caseId)).find((r) => r.material === 'supplier_invoices')!;

  it('takes a document back before submitting: kept, not counted, audited, the requirement due again', async () => {
    await uploadDocuments(t, caseId, seller, ['supplier_invoices']);
    const [uploaded] = (await documents()).data;
    expect((await invoices()).status).not.toBe('currently_due');

    const stranger = await call('POST', `/v1/documents/${uploaded!.id}/withdraw`, other, { reason: 'mine?' });
    expect(stranger.statusCode).toBe(404);

    const res = await call('POST', `/v1/documents/${uploaded!.id}/withdraw`, seller, {
      reason: 'wrong invoice',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: uploaded!.id, status: 'withdrawn' });
    expect((await documents()).data).toEqual([]);
    expect((await invoices()).status).toBe('currently_due');
    const events = await findAuditEventsFor(t.context.db, 'case', caseId);
    expect(events.find((e) => e.action === 'document.withdrawn')?.data).toMatchObject({
      document_id: uploaded!.id,
      note: 'wrong invoice',
    });
    const timeline = (await call('GET', `/v1/cases/${caseId}/timeline`, seller)).json() as {
      steps: { event: string; note?: string; actor: { id: string } }[];
    };
    expect(timeline.steps.find((s) => s.event === 'document.withdrawn')).toMatchObject({
      note: 'wrong invoice',
      actor: { id: 'you' },
    });

    const again = await call('POST', `/v1/documents/${uploaded!.id}/withdraw`, seller, { reason: 'again' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CONFLICT');
  });

  it('refuses once the case was submitted with it, in the language asked for', async () => {
    await uploadDocuments(t, caseId, seller, ['supplier_invoices']);
    const [kept] = (await documents()).data;
    expect((await call('POST', `/v1/cases/${caseId}/submit`, seller, {})).statusCode).toBe(200);

    const chinese = await call(
      'POST',
      `/v1/documents/${kept!.id}/withdraw`,
      seller,
      { reason: 'too late' },
      {
        'accept-language': 'zh-CN,zh;q=0.9',
      },
    );
    expect(chinese.statusCode).toBe(409);
    expect(chinese.json()).toMatchObject({
      code: 'DOCUMENT_ALREADY_SUBMITTED',
      detail: '该文件已随审核提交，无法撤回。',
    });
    const english = await call(
      'POST',
      `/v1/documents/${kept!.id}/withdraw`,
      seller,
      { reason: 'too late' },
      {
        'accept-language': 'en-GB',
      },
    );
    expect(english.json().title).toBe(
      'This document was handed in with the review and can no longer be withdrawn.',
    );
    // An unknown language is no error: English. No header: the seller's language (registered in CN).
    const unknown = await call(
      'POST',
      `/v1/documents/${kept!.id}/withdraw`,
      seller,
      { reason: 'x' },
      {
        'accept-language': 'tlh',
      },
    );
    expect(unknown.json().title).toMatch(/^This document/);
    const stored = await call('POST', `/v1/documents/${kept!.id}/withdraw`, seller, { reason: 'x' });
    expect(stored.json().title).toBe('该文件已随审核提交，无法撤回。');
  });
});
