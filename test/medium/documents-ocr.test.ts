import {
  type GeneratedSubmission,
  generateSubmission,
  type SellerProfile,
  simulateSellerProfiles,
} from '@secondlook/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { fixedClock } from '../../src/platform/clock.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { loadSellers } from '../support/feed.js';

const AS_OF = '2026-11-01';

/**
 * Generated ID documents (images, so the check job OCRs them and reads the MRZ) uploaded through
 * the API against an identity-verification case: a genuine passport passes, a tampered one fails
 * on its check digits. The path a seller's phone photo takes, end to end.
 */
describe('documents: images through the check job, with OCR', () => {
  const clock = fixedClock(`${AS_OF}T09:00:00Z`);
  let t: TestApp;
  let profiles: SellerProfile[];

  beforeAll(async () => {
    t = await startTestApp({ clock, workers: true });
    profiles = simulateSellerProfiles(5, 40).filter(
      (p) => p.person.idType === 'passport' && p.record.entity_type === 'individual',
    );
    await loadSellers(
      t.context,
      profiles.slice(0, 2).map((p) => p.record),
    );
  });
  afterAll(() => t.close());

  const submitId = async (profile: SellerProfile, submission: GeneratedSubmission) => {
    const sellerId = profile.record.seller_id;
    const opened = await openOrUpdateCase(t.context, {
      sellerId,
      source: 'manual',
      by: systemPrincipal('test'),
      findings: [
        { trigger: 'identity_verification', score: 1, summary: 'The ID check failed.', evidence: {} },
      ],
    });
    const caseId = (opened as { caseId: string }).caseId;
    const token = await t.tokenFor('seller', sellerId);
    const document = submission.documents.find((d) => d.type === 'government_id')!;
    const form = new FormData();
    form.append('type', document.variant ?? 'passport');
    for (const file of document.files) form.append('file', new Blob([file.bytes]), file.name);
    const body = new Response(form);
    const res = await t.server.inject({
      method: 'POST',
      url: `/v1/cases/${caseId}/requirements/government_id/documents`,
      payload: Buffer.from(await body.arrayBuffer()),
      headers: { authorization: `Bearer ${token}`, 'content-type': body.headers.get('content-type')! },
    });
    expect(res.statusCode, res.body).toBe(202);
    for (let waited = 0; waited < 150_000; waited += 500) {
      const read = await t.server.inject({
        method: 'GET',
        url: `/v1/documents/${res.json().id}`,
        headers: { authorization: `Bearer ${token}` },
      });
      if (read.json().status !== 'checking') return read.json();
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error('the check job did not finish');
  };
  const failed = (document: { checks: { code: string; status: string; group: string }[] }) =>
    document.checks.filter((c) => c.status === 'fail').map((c) => `${c.group}:${c.code}`);

  it('passes a genuine passport photo, read by OCR and its MRZ', async () => {
    const profile = profiles[0]!;
    const submission = await generateSubmission({
      profile,
      scenario: 'identity_verification',
      seed: 11,
      asOf: AS_OF,
      allowHan: false,
    });
    const document = await submitId(profile, submission);
    expect({ status: document.status, failed: failed(document) }).toEqual({ status: 'checked', failed: [] });
    expect(document.verdict).toBe('pass');
    // The zone was read (its check digits pass, or one OCR could not read as a digit is only a
    // warning) and the expiry read from the page.
    const codes = document.checks.map((c: { code: string }) => c.code);
    expect(codes).toContain('ID_VALID');
    expect(codes.some((code: string) => code.startsWith('MRZ_') && code !== 'MRZ_UNREADABLE')).toBe(true);
  });

  it('fails a passport whose MRZ check digit was edited', async () => {
    const profile = profiles[1]!;
    const submission = await generateSubmission({
      profile,
      scenario: 'identity_verification',
      seed: 11,
      asOf: AS_OF,
      allowHan: false,
      defect: 'tampered_check_digit',
    });
    const document = await submitId(profile, submission);
    expect(document.verdict).toBe('fail');
    expect(failed(document).some((code: string) => code.startsWith('identifiers:'))).toBe(true);
  });
});
