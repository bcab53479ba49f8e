import { afterAll, describe, expect, it } from 'vitest';
import type { CheckItem } from './checks/check.types.js';
import { LEEDS_SELLER } from './checks/fixtures.test-data.js';
import { createOcrPool } from './extract/index.js';
import { appendPdfUpdate, buildTextPdf } from './extract/testing.fixtures.js';
import { preflight } from './preflight.js';

/** A PDF edited in place through upload's path: extraction, reading, the authenticity items. */
const ocr = createOcrPool({ size: 1 });
afterAll(() => ocr.close());

const BILL = [
  'Yorkshire Water',
  'Statement date: 2026-01-12',
  'Account holder: Emily Carter',
  '14 Harbour Rd, Flat 3',
  'Leeds LS1 4AB',
  'Amount due: GBP 42.10',
];

const revisionItems = async (bytes: Uint8Array): Promise<{ verdict: string; items: CheckItem[] }> => {
  const report = await preflight(
    {
      seller: LEEDS_SELLER,
      asOf: '2026-02-01',
      documents: [{ type: 'utility_bill', files: [{ name: 'bill.pdf', bytes }] }],
    },
    { ocr },
  );
  return {
    verdict: report.verdict,
    items: report.documents.flatMap((d) => d.checks).filter((c) => c.code.startsWith('PDF_')),
  };
};

describe('preflight reads incremental updates', () => {
  it('the issuer’s bill saved once passes with no revision item', async () => {
    const genuine = await revisionItems(await buildTextPdf({ pages: [BILL], producer: 'Billing System' }));
    expect(genuine).toEqual({ verdict: 'pass', items: [] });
  });

  it('the same bill with its amount changed in an appended update fails on PDF_CONTENT_CHANGED', async () => {
    const issuer = await buildTextPdf({ pages: [BILL], producer: 'Billing System' });
    const edited = await appendPdfUpdate(issuer, {
      lines: BILL.map((line) => line.replace('42.10', '12.10')),
      modifiedAt: new Date('2026-01-12T15:00:00Z'),
    });
    const { verdict, items } = await revisionItems(edited);
    expect(verdict).toBe('fail');
    expect(items).toMatchObject([
      {
        group: 'authenticity',
        code: 'PDF_CONTENT_CHANGED',
        status: 'fail',
        evidence: { file: 'bill.pdf', saves: 2, pages: [1], removed: ['42.10'], added: ['12.10'] },
      },
    ]);
  });
});
