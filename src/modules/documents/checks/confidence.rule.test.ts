import { describe, expect, it } from 'vitest';
import { checkItem } from './check.types.js';
import { applyOcrConfidence, textSourceOf } from './confidence.rule.js';

const notFound = checkItem('validity', 'ISSUE_DATE_NOT_FOUND', 'fail', {});
const tooOld = checkItem(
  'validity',
  'DOCUMENT_TOO_OLD',
  'fail',
  {},
  { issued: '2020-01-01', days: 90, earliest: '2026-01-01' },
);

describe('the OCR confidence rule', () => {
  it('softens what a misread alone can fail when OCR was not sure, and says why', () => {
    const out = applyOcrConfidence([notFound, tooOld], { source: 'ocr', confidence: 40 });
    expect(out.map((c) => `${c.code}:${c.status}`)).toEqual([
      'ISSUE_DATE_NOT_FOUND:warn',
      'DOCUMENT_TOO_OLD:fail',
      'OCR_NOT_CONFIDENT:warn',
    ]);
  });

  it('keeps the fail when OCR was confident or the text layer was read', () => {
    expect(applyOcrConfidence([notFound], { source: 'ocr', confidence: 88 })[0]?.status).toBe('fail');
    expect(applyOcrConfidence([notFound], { source: 'text_layer' })[0]?.status).toBe('fail');
  });

  it('takes the lowest page confidence, and the text layer when any page has one', () => {
    expect(
      textSourceOf([
        { source: 'ocr', confidence: 90 },
        { source: 'ocr', confidence: 41.6 },
      ]),
    ).toEqual({
      source: 'ocr',
      confidence: 42,
    });
    expect(textSourceOf([{ source: 'text_layer' }, { source: 'ocr', confidence: 10 }])).toEqual({
      source: 'text_layer',
    });
  });
});
