import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { multipart } from '../support/multipart.js';

async function billPdf(lines: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  for (const [i, line] of lines.entries()) page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font });
  return pdf.save();
}

describe('preflight through the API', () => {
  let t: TestApp;
  let seller: string;
  let caseId: string;
  let otherCase: string;
  const recent = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await startTestApp();
    const harbour = businessSeller('P1', {
      business: {
        legal_name: 'Harbour Trading Ltd',
        registration_number: '09876543',
        country: 'GB',
        address: {
          line1: '14 Harbour Road',
          line2: 'Flat 3',
          city: 'Leeds',
          postal_code: 'LS1 4AB',
          country: 'GB',
        },
      },
    });
    await loadSellers(t.context, [harbour, businessSeller('P2')]);
    const open = async (sellerId: string) => {
      const outcome = await openOrUpdateCase(t.context, {
        sellerId,
        source: 'manual',
        by: systemPrincipal('test'),
        findings: [
          {
            trigger: 'registration_mismatch',
            score: 1,
            summary: 'Most logins come from abroad.',
            evidence: {},
          },
        ],
      });
      return (outcome as { caseId: string }).caseId;
    };
    caseId = await open('P1');
    otherCase = await open('P2');
    seller = await t.tokenFor('seller', 'P1');
  });
  afterAll(() => t.close());

  const send = async (id: string, parts: [string, Uint8Array, string][]) => {
    const { payload, contentType } = await multipart(parts);
    return t.server.inject({
      method: 'POST',
      url: `/v1/cases/${id}/preflight`,
      payload,
      headers: { authorization: `Bearer ${seller}`, 'content-type': contentType },
    });
  };

  it("checks a bill against the case's requirement and the registered profile, storing nothing", async () => {
    const good = await billPdf([
      'Yorkshire Water',
      `Statement date: ${recent}`,
      'Harbour Trading Ltd',
      '14 Harbour Rd, Flat 3',
      'Leeds LS1 4AB',
    ]);
    const res = await send(caseId, [['utility_bill', good, 'bill.pdf']]);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.documents[0].checks.map((c: { code: string }) => c.code)).toEqual(
      expect.arrayContaining(['FILE_ACCEPTED', 'ISSUED_RECENTLY', 'FIELD_FOUND']),
    );
    expect(report.documents[0].checks.filter((c: { status: string }) => c.status === 'fail')).toEqual([]);
    // The bill alone is not yet a submission: the case also asks for the business licence.
    expect(report.submission).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'REQUIREMENT_PROVIDED',
          evidence: expect.objectContaining({ material: 'proof_of_address' }),
        }),
        expect.objectContaining({
          code: 'REQUIREMENT_NOT_PROVIDED',
          evidence: expect.objectContaining({ material: 'business_license' }),
        }),
      ]),
    );
    expect(report.verdict).toBe('fail');
    const both = await send(caseId, [
      ['utility_bill', good, 'bill.pdf'],
      [
        'business_license',
        await billPdf(['BUSINESS LICENCE', 'Harbour Trading Ltd', 'Company number 09876543']),
        'licence.pdf',
      ],
    ]);
    expect(both.json().submission.every((c: { status: string }) => c.status === 'pass')).toBe(true);

    const wrong = await billPdf([
      'Yorkshire Water',
      `Statement date: ${recent}`,
      'Harbour Trading Ltd',
      '99 Canal Street',
      'Manchester M1 3HE',
    ]);
    const failed = (await send(caseId, [['utility_bill', wrong, 'bill.pdf']])).json();
    expect(failed.verdict).toBe('fail');
    const mismatch = failed.documents[0].checks.find(
      (c: { code: string; status: string }) => c.status === 'fail',
    );
    expect(mismatch.group).toBe('consistency');
    expect(mismatch.message.zh.length).toBeGreaterThan(0);
  });

  it("answers 404 for another seller's case, and a clear error for a wrong field or body", async () => {
    const good = await billPdf(['Statement date: 2026-11-01']);
    expect((await send(otherCase, [['utility_bill', good, 'bill.pdf']])).statusCode).toBe(404);
    const wrongField = await send(caseId, [['electricity', good, 'bill.pdf']]);
    expect(wrongField.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      error: { details: { where: 'form.electricity' } },
    });
    const json = await t.server.inject({
      method: 'POST',
      url: `/v1/cases/${caseId}/preflight`,
      payload: { files: [] },
      headers: { authorization: `Bearer ${seller}` },
    });
    expect(json.statusCode).toBe(415);
  });
});
