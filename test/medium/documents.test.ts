import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { findRequirements } from '../../src/modules/cases/index.js';
import {
  buildBlankPdf,
  buildEncryptedPdf,
  buildHeicHeader,
  buildPngHeader,
  buildTextPdf,
} from '../../src/modules/documents/extract/testing.fixtures.js';
import { findNotificationEventsFor } from '../../src/modules/notifications/index.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { type FormPart, multipart } from '../support/multipart.js';

const recent = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);

async function pdfOf(lines: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  for (const [i, line] of lines.entries()) page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font });
  return pdf.save();
}

const billFor = (address: string[], extra = '') =>
  pdfOf(['Yorkshire Water', `Statement date: ${recent}`, 'Harbour Trading Ltd', ...address, extra]);
const goodAddress = ['14 Harbour Rd, Flat 3', 'Leeds LS1 4AB'];

describe('documents: upload, storage and the check job', () => {
  let t: TestApp;
  let seller: string;
  let otherSeller: string;
  let reviewer: string;
  let caseId: string;
  let otherCase: string;

  beforeAll(async () => {
    t = await startTestApp({ workers: true });
    const harbour = (id: string) =>
      businessSeller(id, {
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
    await loadSellers(t.context, [harbour('D1'), harbour('D2')]);
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
    caseId = await open('D1');
    otherCase = await open('D2');
    seller = await t.tokenFor('seller', 'D1');
    otherSeller = await t.tokenFor('seller', 'D2');
    reviewer = await t.tokenFor('reviewer');
  });
  afterAll(() => t.close());

  const upload = async (
    parts: FormPart[],
    options: { caseId?: string; material?: string; token?: string } = {},
  ) => {
    const { payload, contentType } = await multipart(parts);
    return t.server.inject({
      method: 'POST',
      url: `/v1/cases/${options.caseId ?? caseId}/requirements/${options.material ?? 'proof_of_address'}/documents`,
      payload,
      headers: { authorization: `Bearer ${options.token ?? seller}`, 'content-type': contentType },
    });
  };
  const read = async (documentId: string, token = seller) =>
    t.server.inject({
      method: 'GET',
      url: `/v1/documents/${documentId}`,
      headers: { authorization: `Bearer ${token}` },
    });
  /** Waits for the check job (pg-boss, polled every 0.5 s here) to finish with this document. */
  const checked = async (documentId: string, token = seller) => {
    for (let waited = 0; waited < 60_000; waited += 250) {
      const document = (await read(documentId, token)).json();
      if (document.status !== 'checking') return document;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`document ${documentId} was not checked within a minute`);
  };
  const codes = (document: { checks: { code: string; status: string }[] }, status = 'fail') =>
    document.checks.filter((c) => c.status === status).map((c) => c.code);

  let goodBill: Uint8Array;
  let goodBillId: string;

  it('takes a bill against proof of address at once, checks it in a job, and reports every check', async () => {
    goodBill = await billFor(goodAddress);
    const res = await upload([
      ['type', 'utility_bill'],
      ['file', goodBill, 'bill.pdf'],
    ]);
    expect(res.statusCode).toBe(202);
    const accepted = res.json();
    expect(accepted).toMatchObject({
      material: 'proof_of_address',
      type: 'utility_bill',
      status: 'checking',
      verdict: null,
      files: [{ position: 0, name: 'bill.pdf', mime: 'application/pdf', size: goodBill.length }],
    });
    goodBillId = accepted.id;
    const requirement = (await findRequirements(t.context.db, caseId)).find(
      (r) => r.material === 'proof_of_address',
    );
    expect(requirement?.status).toBe('pending_verification');

    const document = await checked(goodBillId);
    expect(document).toMatchObject({ status: 'checked', verdict: 'pass' });
    expect(codes(document, 'pass')).toEqual(expect.arrayContaining(['FILE_ACCEPTED', 'ISSUED_RECENTLY']));
    expect(document.checks[0].message.zh.length).toBeGreaterThan(0);

    const timeline = (
      await t.server.inject({
        method: 'GET',
        url: `/v1/cases/${caseId}/timeline`,
        headers: { authorization: `Bearer ${seller}` },
      })
    ).json();
    expect(timeline.steps.filter((s: { document_id?: string }) => s.document_id === goodBillId)).toEqual([
      expect.objectContaining({ event: 'document.uploaded', by: 'you', material: 'proof_of_address' }),
      expect.objectContaining({
        event: 'document.checked',
        by: 'system',
        verdict: 'pass',
        failed_checks: [],
      }),
    ]);
    // The check is announced through the notifications outbox, in the same transaction.
    const announced = await findNotificationEventsFor(t.context.db, { caseId, type: 'document.checked' });
    expect(announced.map((e) => e.data)).toContainEqual({
      case_id: caseId,
      seller_id: expect.any(String),
      document_id: goodBillId,
      material: 'proof_of_address',
      status: 'checked',
      verdict: 'pass',
      failed_checks: [],
    });
  });

  it('gives the file back byte for byte, to the seller and to staff, and 404 to another seller', async () => {
    const url = `/v1/documents/${goodBillId}/files/0`;
    for (const token of [seller, reviewer]) {
      const res = await t.server.inject({
        method: 'GET',
        url,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(Buffer.compare(res.rawPayload, Buffer.from(goodBill))).toBe(0);
    }
    const stranger = await t.server.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${otherSeller}` },
    });
    expect(stranger.statusCode).toBe(404);
    expect((await read(goodBillId, otherSeller)).statusCode).toBe(404);
  });

  it('marks the requirement errored with the failed codes when the bill shows another address', async () => {
    const wrong = await billFor(['99 Canal Street', 'Manchester M1 3HE']);
    const res = await upload([
      ['type', 'utility_bill'],
      ['file', wrong, 'bill-2.pdf'],
    ]);
    const document = await checked(res.json().id);
    expect(document.verdict).toBe('fail');
    expect(document.checks.find((c: { status: string }) => c.status === 'fail').group).toBe('consistency');
    const requirement = (await findRequirements(t.context.db, caseId)).find(
      (r) => r.material === 'proof_of_address',
    );
    expect(requirement?.status).toBe('errored');
    expect(requirement?.errors).toEqual(codes(document));
  });

  it('fails the same file submitted by another seller, without naming the first', async () => {
    const res = await upload(
      [
        ['type', 'utility_bill'],
        ['file', goodBill, 'my-bill.pdf'],
      ],
      { caseId: otherCase, token: otherSeller },
    );
    expect(res.statusCode).toBe(202);
    const document = await checked(res.json().id, otherSeller);
    expect(document.verdict).toBe('fail');
    const reused = document.checks.find((c: { code: string }) => c.code === 'FILE_REUSED');
    expect(reused).toMatchObject({ group: 'authenticity', status: 'fail' });
    expect(JSON.stringify(reused)).not.toContain('D1');
  });

  describe('bad input: each gets a clear code, the server stays up, nothing stored is lost', () => {
    it('refuses at once what the bytes alone rule out, storing nothing', async () => {
      const bill = await billFor(goodAddress, 'refused');
      const cases: [parts: FormPart[], status: number, code: string, where?: string][] = [
        [
          [
            ['type', 'utility_bill'],
            ['file', new Uint8Array(0), 'empty.pdf'],
          ],
          422,
          'FILE_EMPTY',
          'form.file[0]',
        ],
        [
          [
            ['type', 'utility_bill'],
            ['file', buildHeicHeader(), 'IMG_0001.jpg'],
          ],
          415,
          'FILE_TYPE_UNSUPPORTED',
          'form.file[0]',
        ],
        [
          [
            ['type', 'utility_bill'],
            ['file', new Uint8Array(10 * 1024 * 1024 + 1).fill(37), 'huge.pdf'],
          ],
          413,
          'FILE_TOO_LARGE',
          'form.file[0]',
        ],
        [
          [
            ['type', 'business_license'],
            ['file', bill, 'bill.pdf'],
          ],
          422,
          'DOCUMENT_TYPE_NOT_ACCEPTED',
          'form.type',
        ],
        [[['file', bill, 'bill.pdf']], 422, 'DOCUMENT_TYPE_NOT_ACCEPTED', 'form.type'],
        [
          [
            ['type', 'utility_bill'],
            ['file', bill, 'a.pdf'],
            ['file', bill, 'b.pdf'],
          ],
          409,
          'DUPLICATE_UPLOAD',
          'form.file[1]',
        ],
        [
          [
            ['type', 'utility_bill'],
            ['page', bill, 'bill.pdf'],
          ],
          400,
          'VALIDATION_FAILED',
          'form.page',
        ],
        [[['type', 'utility_bill']], 400, 'EMPTY_BODY', 'form.file'],
      ];
      const before = (
        await t.server.inject({
          method: 'GET',
          url: `/v1/cases/${caseId}/documents`,
          headers: { authorization: `Bearer ${seller}` },
        })
      ).json();
      for (const [parts, status, code, where] of cases) {
        const res = await upload(parts);
        expect({
          status: res.statusCode,
          code: res.json().code,
          where: res.json().error.details.where,
        }).toEqual({
          status,
          code,
          where,
        });
      }
      const after = (
        await t.server.inject({
          method: 'GET',
          url: `/v1/cases/${caseId}/documents`,
          headers: { authorization: `Bearer ${seller}` },
        })
      ).json();
      expect(after.data).toHaveLength(before.data.length);
    });

    it('refuses the same file uploaded twice on a case, naming the first upload', async () => {
      const res = await upload([
        ['type', 'utility_bill'],
        ['file', goodBill, 'bill-again.pdf'],
      ]);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({
        code: 'DUPLICATE_UPLOAD',
        error: { details: { document_id: goodBillId } },
      });
    });

    it('refuses a body that is not multipart, and a requirement the case does not have', async () => {
      const json = await t.server.inject({
        method: 'POST',
        url: `/v1/cases/${caseId}/requirements/proof_of_address/documents`,
        payload: { file: 'x' },
        headers: { authorization: `Bearer ${seller}` },
      });
      expect(json.statusCode).toBe(415);
      const res = await upload([['file', goodBill, 'bill.pdf']], { material: 'supplier_invoices' });
      expect(res.json()).toMatchObject({ code: 'NOT_FOUND', error: { details: { where: 'material' } } });
      const live = await upload([['file', goodBill, 'bill.pdf']], { material: 'live_verification' });
      expect(live.json()).toMatchObject({
        code: 'DOCUMENT_TYPE_NOT_ACCEPTED',
        error: { details: { where: 'material', kind: 'live' } },
      });
    });

    it('stores and checks what only a closer look rules out, failing it with its own code', async () => {
      const corruptJpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(2000).fill(0x41)]);
      const cases: [name: string, bytes: Uint8Array, code: string][] = [
        ['encrypted.pdf', await buildEncryptedPdf(), 'PDF_ENCRYPTED'],
        ['500-pages.pdf', await buildBlankPdf(500), 'FILE_TOO_MANY_PAGES'],
        ['bomb.png', buildPngHeader(50_000, 50_000), 'IMAGE_TOO_LARGE'],
        ['script.pdf', await buildTextPdf({ javascript: true }), 'PDF_ACTIVE_CONTENT'],
        ['broken.jpg', corruptJpeg, 'FILE_UNREADABLE'],
      ];
      for (const [name, bytes, code] of cases) {
        const res = await upload([
          ['type', 'bank_statement'],
          ['file', bytes, name],
        ]);
        expect(res.statusCode, name).toBe(202);
        const document = await checked(res.json().id);
        expect({ name, status: document.status, verdict: document.verdict, fails: codes(document) }).toEqual({
          name,
          status: 'checked',
          verdict: 'fail',
          fails: expect.arrayContaining([code]),
        });
      }
      // Everything accepted before is still there and still readable.
      expect((await read(goodBillId)).json()).toMatchObject({ status: 'checked', verdict: 'pass' });
      const file = await t.server.inject({
        method: 'GET',
        url: `/v1/documents/${goodBillId}/files/0`,
        headers: { authorization: `Bearer ${seller}` },
      });
      expect(Buffer.compare(file.rawPayload, Buffer.from(goodBill))).toBe(0);
    });
  });

  it('lists the case documents with the checks across them, and submits only with every document', async () => {
    const listed = (
      await t.server.inject({
        method: 'GET',
        url: `/v1/cases/${caseId}/documents`,
        headers: { authorization: `Bearer ${reviewer}` },
      })
    ).json();
    expect(listed.data.length).toBeGreaterThanOrEqual(3);
    expect(listed.submission.checks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'REQUIREMENT_NOT_PROVIDED',
          evidence: expect.objectContaining({ material: 'business_license' }),
        }),
      ]),
    );
    const submit = () =>
      t.server.inject({
        method: 'POST',
        url: `/v1/cases/${caseId}/submit`,
        payload: {},
        headers: { authorization: `Bearer ${seller}` },
      });
    const refused = await submit();
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'REQUIREMENTS_INCOMPLETE',
      error: { details: { missing: ['business_license'] } },
    });
    const licence = await pdfOf(['BUSINESS LICENCE', 'Harbour Trading Ltd', 'Company number 09876543']);
    expect(
      (await upload([['file', licence, 'licence.pdf']], { material: 'business_license' })).statusCode,
    ).toBe(202);
    expect((await submit()).json()).toMatchObject({ status: 'submitted' });
    const late = await upload([
      ['type', 'utility_bill'],
      ['file', await billFor(goodAddress, 'late'), 'late.pdf'],
    ]);
    expect(late.json()).toMatchObject({ code: 'CASE_NOT_ACCEPTING_DOCUMENTS' });
  });
});
