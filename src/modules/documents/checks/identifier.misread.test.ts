import { describe, expect, it } from 'vitest';
import { validateIban, validateUscc } from '../../matching/index.js';
import { misreadOf } from './identifier.misread.js';

// GB82 WEST 1234 5698 7654 32 is valid; OCR giving 3 for the 8 of 98 is a look-alike misread.
const VALID = 'GB82WEST12345698765432';
const MISREAD = 'GB82WEST12345693765432';

describe('a failing checksummed identifier as a possible OCR misread', () => {
  it('is a misread when one look-alike character makes it valid', () => {
    expect(validateIban(MISREAD).isValid).toBe(false);
    expect(misreadOf({ source: 'ocr', confidence: 0.9 }, MISREAD, validateIban)).toEqual({
      misreadOf: VALID,
    });
  });

  it('is unsure when its line was read below the bar', () => {
    expect(misreadOf({ source: 'ocr', confidence: 0.4 }, 'GB00WEST12345698765432', validateIban)).toEqual({
      ocrConfidence: 0.4,
    });
  });

  it('is a fail when read confidently and no look-alike makes it valid, or from a text layer', () => {
    // Two digits swapped: no single look-alike gives back a valid IBAN.
    expect(
      misreadOf({ source: 'ocr', confidence: 0.9 }, 'GB82WEST12345698765423', validateIban),
    ).toBeUndefined();
    expect(misreadOf({ source: 'text_layer', confidence: 1 }, MISREAD, validateIban)).toBeUndefined();
  });

  it('is a misread when taking out one character OCR added makes it valid (seed 61 #33)', () => {
    // tesseract read the licence's code with an `L` of its own inside, 19 characters for 18.
    expect(misreadOf({ source: 'ocr', confidence: 0.9 }, '91440101MA1LBMQ7UXM', validateUscc)).toEqual({
      misreadOf: '91440101MA1BMQ7UXM',
    });
    // A wrong check character, in 18 characters or in 19: nothing taken out makes it valid.
    expect(misreadOf({ source: 'ocr', confidence: 0.9 }, '91440101MA1BMQ7UX1', validateUscc)).toBeUndefined();
    expect(
      misreadOf({ source: 'ocr', confidence: 0.9 }, '91440101MA1LBMQ7UX1', validateUscc),
    ).toBeUndefined();
  });
});
