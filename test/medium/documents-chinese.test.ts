import { type GeneratedSubmission, generateSubmission, simulateSellerProfiles } from '@secondlook/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { fixedClock } from '../../src/platform/clock.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { loadSellers } from '../support/feed.js';
import { multipart } from '../support/multipart.js';

const AS_OF = '2026-11-01';

interface Check {
  code: string;
  status: string;
  group: string;
  evidence: { field?: string };
}

/**
 * A Chinese seller's 营业执照 and PRC resident card (居民身份证, both sides), drawn in 汉字 by the
 * generator, read by OCR and checked against the registered profile (汉字 company name, USCC,
 * legal representative, ID number with its MOD 11-2 digit) end to end: uploaded through the API
 * and checked by the job, and checked by preflight through the API without storing anything.
 */
describe('Chinese documents through upload and preflight, with OCR', () => {
  const clock = fixedClock(`${AS_OF}T09:00:00Z`);
  let t: TestApp;
  let submission: GeneratedSubmission;
  let sellerId: string;
  let caseId: string;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ clock, workers: true });
    // A business registered in China in 汉字, its representative holding a PRC card (seed 13).
    const profile = simulateSellerProfiles(13, 400).find((p) => p.record.seller_id === 'S000013')!;
    submission = await generateSubmission({
      profile,
      scenario: 'account_association',
      seed: 1,
      asOf: AS_OF,
      allowHan: true,
      variations: [],
    });
    sellerId = submission.seller.seller_id;
    await loadSellers(t.context, [submission.seller]);
    const opened = await openOrUpdateCase(t.context, {
      sellerId,
      source: 'manual',
      by: systemPrincipal('test'),
      findings: [{ trigger: 'account_association', score: 1, summary: 'Linked accounts.', evidence: {} }],
    });
    caseId = (opened as { caseId: string }).caseId;
    token = await t.tokenFor('seller', sellerId);
  });
  afterAll(() => t.close());

  const documentOf = (type: string) => submission.documents.find((d) => d.type === type)!;
  const failed = (checks: Check[]) => checks.filter((c) => c.status === 'fail').map((c) => c.code);
  const found = (checks: Check[]) =>
    checks.filter((c) => c.code === 'FIELD_FOUND').map((c) => c.evidence.field);

  it('draws the documents in 汉字: a PRC card of two sides and a 营业执照', () => {
    expect(submission.seller.business?.legal_name).toMatch(/\p{Script=Han}/u);
    expect(documentOf('government_id')).toMatchObject({ variant: 'national_id', script: 'han' });
    expect(documentOf('government_id').files).toHaveLength(2);
    expect(documentOf('business_license')).toMatchObject({ script: 'han' });
  });

  const upload = async (material: string, kind: string) => {
    const parts: [string, Uint8Array | string, string?][] = [['type', kind]];
    for (const file of documentOf(material).files) parts.push(['file', file.bytes, file.name]);
    const { payload, contentType } = await multipart(parts);
    const res = await t.server.inject({
      method: 'POST',
      url: `/v1/cases/${caseId}/requirements/${material}/documents`,
      payload,
      headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    });
    expect(res.statusCode, res.body).toBe(202);
    for (let waited = 0; waited < 240_000; waited += 500) {
      const read = await t.server.inject({
        method: 'GET',
        url: `/v1/documents/${res.json().id}`,
        headers: { authorization: `Bearer ${token}` },
      });
      if (read.json().status !== 'checking')
        return read.json() as { status: string; verdict: string; checks: Check[] };
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error('the check job did not finish');
  };

  it('checks the uploaded PRC card against the profile: name, date of birth, number and its digit', async () => {
    const card = await upload('government_id', 'national_id');
    expect({ status: card.status, failed: failed(card.checks) }).toEqual({ status: 'checked', failed: [] });
    expect(card.verdict).toBe('pass');
    expect(found(card.checks)).toEqual(
      expect.arrayContaining(['legal_rep_name', 'date_of_birth', 'id_number']),
    );
    const codes = card.checks.map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['PRC_ID_VALID', 'ID_SIDES_PROVIDED', 'ID_VALID']));
    // A PRC card has no machine-readable zone, and is not asked for one.
    expect(codes.filter((code) => code.startsWith('MRZ_'))).toEqual([]);
  });

  it('checks the uploaded 营业执照: the 汉字 name, the USCC and its digit, the representative', async () => {
    const licence = await upload('business_license', 'business_license');
    expect({ status: licence.status, failed: failed(licence.checks) }).toEqual({
      status: 'checked',
      failed: [],
    });
    expect(licence.verdict).toBe('pass');
    expect(found(licence.checks)).toEqual(
      expect.arrayContaining(['legal_name', 'registration_number', 'legal_rep_name']),
    );
    expect(licence.checks.map((c) => c.code)).toEqual(
      expect.arrayContaining(['USCC_VALID', 'LICENCE_VALID']),
    );
  });

  it('preflights both through the API, the card named by its kind, storing nothing', async () => {
    const parts: [string, Uint8Array, string][] = [
      ...documentOf('government_id').files.map((f): [string, Uint8Array, string] => [
        'national_id',
        f.bytes,
        f.name,
      ]),
      ...documentOf('business_license').files.map((f): [string, Uint8Array, string] => [
        'business_license',
        f.bytes,
        f.name,
      ]),
    ];
    const { payload, contentType } = await multipart(parts);
    const res = await t.server.inject({
      method: 'POST',
      url: `/v1/cases/${caseId}/preflight`,
      payload,
      headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as { documents: { type: string; checks: Check[] }[] };
    const card = report.documents.find((d) => d.type === 'government_id')!;
    const licence = report.documents.find((d) => d.type === 'business_license')!;
    expect(failed(card.checks)).toEqual([]);
    expect(failed(licence.checks)).toEqual([]);
    expect(card.checks.map((c) => c.code)).toContain('PRC_ID_VALID');
    expect(card.checks.filter((c) => c.code.startsWith('MRZ_'))).toEqual([]);
    expect(found(licence.checks)).toEqual(expect.arrayContaining(['legal_name', 'registration_number']));
  });
});
