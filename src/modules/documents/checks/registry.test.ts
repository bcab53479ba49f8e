import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { OcrPool } from '../extract/index.js';
import { preflight } from '../preflight.js';
import { fieldsNamed } from '../reading/reading.schema.js';
import { defineCheck } from './check.definition.js';
import { LEEDS_SELLER } from './fixtures.test-data.js';
import { CHECK_DEFINITIONS, registeredCodes } from './registry.js';

/** A fixture check, registered only here: the bill's account holder is the seller's representative. */
const holderCheck = defineCheck({
  id: 'fixture_bill_holder',
  group: 'consistency',
  codes: {
    BILL_HOLDER_IS_REPRESENTATIVE: {
      en: 'The bill is in the name of {holder}.',
      zh: '账单户名为 {holder}。',
    },
    BILL_HOLDER_OTHER: {
      en: 'The bill is in the name of {holder}, not {expected}. Upload a bill in your own name.',
      zh: '账单户名为 {holder}，而非 {expected}。请上传您本人名下的账单。',
    },
  },
  check: (reading, _rules, profile, emit) =>
    fieldsNamed(reading, 'holder_name').map((holder) =>
      holder.value === profile.legal_rep.full_name
        ? emit('BILL_HOLDER_IS_REPRESENTATIVE', 'pass', { holder: holder.value }, { holder: holder.value })
        : emit(
            'BILL_HOLDER_OTHER',
            'fail',
            { holder: holder.value, page: holder.page },
            { holder: holder.value, expected: profile.legal_rep.full_name ?? '' },
          ),
    ),
});

const seller = LEEDS_SELLER;

async function bill(holder: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  const lines = [
    'Yorkshire Water',
    'Statement date: 2026-11-02',
    `Account holder: ${holder}`,
    '14 Harbour Rd, Flat 3',
    'Leeds LS1 4AB',
  ];
  for (const [i, line] of lines.entries()) page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font });
  doc.setCreationDate(new Date('2026-11-03T09:00:00Z'));
  doc.setModificationDate(new Date('2026-11-03T09:00:00Z'));
  return doc.save();
}

const noOcr: OcrPool = {
  isAvailable: () => true,
  recognise: async (_image, language = 'eng') => ({
    status: 'read',
    language,
    text: '',
    confidence: 90,
    ms: 1,
  }),
  close: async () => {},
};

const run = async (holder: string, checks = [...CHECK_DEFINITIONS, holderCheck]) =>
  preflight(
    {
      seller,
      asOf: '2026-11-29',
      documents: [{ type: 'utility_bill', files: [{ name: 'bill.pdf', bytes: await bill(holder) }] }],
    },
    { ocr: noOcr, checks },
  );

describe('the check registry', () => {
  it('runs a registered fixture check in preflight, its item in its group with both languages', async () => {
    const report = await run('Emily Carter');
    expect(report.verdict).toBe('pass');
    const item = report.documents[0]?.checks.find((c) => c.code === 'BILL_HOLDER_IS_REPRESENTATIVE');
    expect(item).toEqual({
      group: 'consistency',
      code: 'BILL_HOLDER_IS_REPRESENTATIVE',
      status: 'pass',
      message: { en: 'The bill is in the name of Emily Carter.', zh: '账单户名为 Emily Carter。' },
      evidence: { holder: 'Emily Carter' },
    });
  });

  it('fails the submission when the fixture check fails, and is absent from the default registry', async () => {
    const report = await run('John Smith');
    expect(report.verdict).toBe('fail');
    const item = report.documents[0]?.checks.find((c) => c.code === 'BILL_HOLDER_OTHER');
    expect(item?.status).toBe('fail');
    expect(item?.message).toEqual({
      en: 'The bill is in the name of John Smith, not Emily Carter. Upload a bill in your own name.',
      zh: '账单户名为 John Smith，而非 Emily Carter。请上传您本人名下的账单。',
    });
    const plain = await run('John Smith', [...CHECK_DEFINITIONS]);
    expect(plain.documents[0]?.checks.some((c) => c.code.startsWith('BILL_HOLDER'))).toBe(false);
  });

  it('lists every code of every registered check once, each with an English and a Chinese message', () => {
    const codes = registeredCodes();
    expect(new Set(codes.map((c) => c.code)).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThan(50);
    for (const { message } of codes) {
      expect(message.en.length).toBeGreaterThan(0);
      expect(message.zh).toMatch(/\p{Script=Han}/u);
    }
  });
});
