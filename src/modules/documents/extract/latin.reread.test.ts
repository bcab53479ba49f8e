import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from './document.extract.js';
import { createOcrPool, type OcrPool } from './ocr.js';
import { renderTextImage } from './testing.fixtures.js';

// A Chinese seller's English bill: read with chi_sim+eng alone, `HE YU` came back `RE YU` (seed 61
// #32; the Latin model read it right at 96). A page the Chinese model gives back in Latin script is
// read again by the Latin model. Real tesseract; the pool is only watched, not replaced.

describe('a Latin page of a seller whose documents are read in Chinese', () => {
  const real = createOcrPool({ size: 1 });
  const asked: string[] = [];
  const watched: OcrPool = {
    ...real,
    isAvailable: (language) => real.isAvailable(language),
    recognise: (image, language, region) => {
      asked.push(language ?? 'eng');
      return real.recognise(image, language, region);
    },
  };
  afterAll(async () => {
    await real.close();
  });

  it('is read again by the Latin model, both readings kept', { timeout: 120_000 }, async () => {
    if (!real.isAvailable('chi_sim')) return;
    const image = renderTextImage({
      lines: ['Shenzhen Water Group', 'HE YU    Account number 5663 7972 661', '656 FUHUA 3RD RD'],
      colour: false,
    });
    const result = await extractDocument(image, { ocr: watched, languages: ['chi_sim'] });
    expect(asked).toEqual(['chi_sim', 'eng']);
    expect(result.ok && result.extraction.pages).toHaveLength(1);
    const text = result.ok ? (result.extraction.pages[0]?.text ?? '') : '';
    expect(text.match(/FUHUA/g)?.length).toBe(2);
  });
});
