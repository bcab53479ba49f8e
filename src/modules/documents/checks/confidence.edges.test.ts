import { describe, expect, it } from 'vitest';
import { checkItem } from './check.types.js';
import { applyOcrConfidence, textSourceOf } from './confidence.rule.js';

// The confidence rule at its edges: the confidence at which OCR is trusted, every code a misread
// alone can fail, the evidence of a softened item and of the item that says why.

const failing = (code: Parameters<typeof checkItem>[1]) => checkItem('validity', code, 'fail', { a: 1 });

describe('the confidence rule at its edges', () => {
  it('trusts OCR from 55 up, and softens below it', () => {
    const item = failing('ISSUE_DATE_NOT_FOUND');
    expect(applyOcrConfidence([item], { source: 'ocr', confidence: 55 })).toEqual([item]);
    expect(applyOcrConfidence([item], { source: 'ocr', confidence: 54 })).toEqual([
      { ...item, status: 'warn', evidence: { a: 1, ocrConfidence: 54 } },
      checkItem(
        'integrity',
        'OCR_NOT_CONFIDENT',
        'warn',
        { confidence: 54, confidentAt: 55, softened: ['ISSUE_DATE_NOT_FOUND'] },
        { confidence: 54 },
      ),
    ]);
  });

  it('softens every code a misread alone can fail, and no other, nor a warning or a pass', () => {
    const codes = [
      'ID_EXPIRY_NOT_FOUND',
      'ISSUE_DATE_NOT_FOUND',
      'USCC_CHECKSUM',
      'PRC_ID_CHECKSUM',
      'IBAN_CHECKSUM',
      'EIN_FORMAT',
      'EU_VAT_FORMAT',
      'UK_COMPANY_NUMBER_FORMAT',
      'FIELD_NOT_FOUND',
    ] as const;
    const out = applyOcrConfidence(
      [
        ...codes.map(failing),
        failing('MRZ_CHECK_DIGIT'),
        checkItem('consistency', 'FIELD_NOT_FOUND', 'warn', {}),
      ],
      { source: 'ocr', confidence: 30 },
    );
    expect(out.map((c) => c.status)).toEqual([...codes.map(() => 'warn'), 'fail', 'warn', 'warn']);
    expect(out.at(-1)?.evidence.softened).toEqual([...codes]);
    const passing = checkItem('identifiers', 'USCC_VALID', 'pass', {});
    expect(applyOcrConfidence([passing], { source: 'ocr', confidence: 30 })).toEqual([passing]);
  });

  it("softens a definition's own codes when it names them", () => {
    const item = failing('MRZ_CHECK_DIGIT');
    const out = applyOcrConfidence(
      [item, failing('FIELD_NOT_FOUND')],
      { source: 'ocr', confidence: 30 },
      new Set(['MRZ_CHECK_DIGIT']),
    );
    expect(out.map((c) => `${c.code}:${c.status}`)).toEqual([
      'MRZ_CHECK_DIGIT:warn',
      'FIELD_NOT_FOUND:fail',
      'OCR_NOT_CONFIDENT:warn',
    ]);
    expect(out.at(-1)?.message.en).toContain('(30/100)');
  });

  it('reads a text with no page, or an OCR page with no confidence', () => {
    expect(textSourceOf([])).toEqual({ source: 'text_layer' });
    expect(textSourceOf([{ source: 'ocr' }, { source: 'ocr', confidence: 80 }])).toEqual({
      source: 'ocr',
      confidence: 0,
    });
    expect(textSourceOf([{ source: 'ocr', confidence: 70.4 }])).toEqual({ source: 'ocr', confidence: 70 });
    expect(textSourceOf([{ source: 'text_layer' }])).toEqual({ source: 'text_layer' });
  });
});
