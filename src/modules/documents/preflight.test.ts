import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { CheckItem } from './checks/check.types.js';
import { LEEDS_SELLER } from './checks/fixtures.test-data.js';
import type { ReuseCandidate } from './checks/reuse.check.js';
import type { OcrPool } from './extract/index.js';
import { renderTextImage } from './extract/testing.fixtures.js';
import { examineDocument, type FindReuse, preflight } from './preflight.js';
import { readingText } from './reading/reading.schema.js';

const seller = LEEDS_SELLER;
const asOf = '2026-11-29';

async function pdf(
  pages: string[][],
  meta: { producer?: string; created?: string; modified?: string } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    for (const [i, line] of lines.entries()) page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font });
  }
  if (meta.producer) doc.setProducer(meta.producer);
  const created = meta.created ?? '2026-11-03T09:00:00Z';
  doc.setCreationDate(new Date(created));
  doc.setModificationDate(new Date(meta.modified ?? created));
  return doc.save();
}

const BILL = [
  'Yorkshire Water',
  'Statement date: 2026-11-02',
  'Account holder: Emily Carter',
  '14 Harbour Rd, Flat 3',
  'Leeds LS1 4AB',
  'Amount due: GBP 42.10',
];

/** OCR that reads the given texts in turn: the image tests need no tesseract. */
const scriptedOcr = (...texts: string[]): OcrPool => ({
  isAvailable: () => true,
  // Page reads get the scripted texts in order; the MRZ reader's zone reads (whitelisted) find nothing.
  recognise: async (_image, language = 'eng', region) => ({
    status: 'read',
    language,
    text: region?.whitelist ? '' : (texts.shift() ?? ''),
    confidence: 90,
    ms: 1,
  }),
  close: async () => {},
});
const noOcr = scriptedOcr();

const codes = (checks: readonly CheckItem[]) => checks.map((c) => `${c.code}:${c.status}`);

describe('examineDocument', () => {
  it('adds completeness and authenticity to the report, and gives a reading and fingerprints', async () => {
    const bytes = await pdf([[...BILL, 'Page 1 of 2']], { producer: 'Sejda PDF Desktop' });
    const examined = await examineDocument(
      { type: 'utility_bill', files: [{ name: 'bill.pdf', bytes }], rules: { all_pages: true } },
      { seller, asOf, ocr: noOcr },
    );
    expect(codes(examined.report.checks)).toEqual(
      expect.arrayContaining([
        'FILE_ACCEPTED:pass',
        'PAGES_MISSING:fail',
        'EDITOR_SOFTWARE:fail',
        'TIMESTAMPS_CONSISTENT:pass',
        'ISSUED_RECENTLY:pass',
      ]),
    );
    expect(codes(examined.report.checks).some((c) => c.startsWith('FILE_NOT_REUSED'))).toBe(false);
    expect(examined.reading).toMatchObject({
      type: 'utility_bill',
      pages: [{ file: 1, page: 1, source: 'text_layer', text: expect.stringContaining('Leeds') }],
    });
    expect(JSON.parse(JSON.stringify(examined.reading))).toEqual(examined.reading);
    expect(examined.files).toEqual([
      {
        name: 'bill.pdf',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        text: examined.reading && readingText(examined.reading),
      },
    ]);
  });

  it('fails a PDF made weeks before the date printed on it', async () => {
    const bytes = await pdf([BILL], { created: '2026-10-01T09:00:00Z' });
    const { report } = await examineDocument(
      { type: 'utility_bill', files: [{ name: 'bill.pdf', bytes }] },
      { seller, asOf, ocr: noOcr },
    );
    const timestamps = report.checks.find((c) => c.code === 'TIMESTAMPS_INCONSISTENT');
    expect(timestamps).toMatchObject({
      status: 'fail',
      evidence: { issued: '2026-11-02', problems: ['created_before_issue'] },
    });
  });

  it("looks other sellers' files up by fingerprint, and never counts the seller's own", async () => {
    const bytes = await pdf([BILL]);
    const asked: unknown[] = [];
    const findReuse: FindReuse = async (files) => {
      asked.push(files);
      const sha256 = files[0]?.sha256 ?? '';
      return [
        { seller_id: 'S1', sha256 },
        { seller_id: 'S2', sha256 },
      ];
    };
    const { report, files } = await examineDocument(
      { type: 'utility_bill', files: [{ name: 'bill.pdf', bytes }] },
      { seller, asOf, ocr: noOcr, findReuse },
    );
    expect(asked).toEqual([files]);
    expect(report.checks.find((c) => c.group === 'authenticity' && c.code === 'FILE_REUSED')).toMatchObject({
      status: 'fail',
      evidence: { file: 'bill.pdf', files: 1, sellers: 1 },
    });
  });

  it('reads the sides of an ID from photos, and finds a reused photo by its dHash and text', async () => {
    const front = 'IDENTITY CARD\nSurname ERIKSSON\nGiven names ANNA MARIA\nDate of birth 12.08.1974';
    const back = [
      'I<UTOD231458907<<<<<<<<<<<<<<<',
      '7408122F1204159UTO<<<<<<<<<<<6',
      'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
    ].join('\n');
    const frontPng = renderTextImage({ lines: front.split('\n') });
    const backPng = renderTextImage({ lines: back.split('\n'), font: 'DejaVuMono' });
    const one = await examineDocument(
      { type: 'government_id', variant: 'national_id', files: [{ name: 'back.png', bytes: backPng }] },
      { seller, asOf, ocr: scriptedOcr(back) },
    );
    expect(one.report.checks.find((c) => c.group === 'completeness')).toMatchObject({
      code: 'ID_SIDE_MISSING',
      evidence: { missing: 'front' },
    });
    expect(one.reading?.fields).toContainEqual(
      expect.objectContaining({ name: 'holder_name', value: 'ERIKSSON ANNA MARIA', source: 'mrz' }),
    );
    expect(one.files[0]?.dhash).toMatch(/^[0-9a-f]{16}$/);

    const reused: ReuseCandidate = {
      seller_id: 'S9',
      sha256: 'f'.repeat(64),
      dhash: one.files[0]?.dhash,
      text: back,
    };
    const both = await examineDocument(
      {
        type: 'government_id',
        files: [
          { name: 'front.png', bytes: frontPng },
          { name: 'back.png', bytes: backPng },
        ],
      },
      { seller, asOf, ocr: scriptedOcr(front, back), findReuse: async () => [reused] },
    );
    expect(codes(both.report.checks)).toEqual(
      expect.arrayContaining([
        'ID_SIDES_PROVIDED:pass',
        'NO_EDITOR_SOFTWARE:pass',
        'FILE_NOT_REUSED:pass',
        'IMAGE_REUSED:fail',
      ]),
    );
  });
});

describe('preflight', () => {
  it('keeps the report shape, adds the cross-document items, and checks the requirements when given', async () => {
    const bill = await pdf([BILL]);
    const input = {
      seller,
      asOf,
      documents: [{ type: 'utility_bill' as const, files: [{ name: 'b.pdf', bytes: bill }] }],
    };
    const alone = await preflight(input, { ocr: noOcr });
    expect(alone.verdict).toBe('pass');
    expect(alone.submission).toBeUndefined();
    expect(alone.documents).toHaveLength(1);
    expect(alone.documents[0]).toMatchObject({ type: 'utility_bill', files: ['b.pdf'] });
    expect(codes(alone.documents[0]?.checks ?? [])).toContain('BILL_ADDRESS_MATCHES:pass');

    const withRequirements = await preflight(
      {
        ...input,
        requirements: [
          {
            material: 'proof_of_address',
            kind: 'document',
            accepted_variants: ['utility_bill', 'bank_statement'],
          },
          { material: 'government_id', kind: 'document', accepted_variants: ['passport', 'national_id'] },
          { material: 'live_verification', kind: 'live', accepted_variants: ['video_call'] },
        ],
      },
      { ocr: noOcr },
    );
    expect(codes(withRequirements.submission ?? [])).toEqual([
      'REQUIREMENT_PROVIDED:pass',
      'REQUIREMENT_NOT_PROVIDED:fail',
    ]);
    expect(withRequirements.verdict).toBe('fail');
  });
});
