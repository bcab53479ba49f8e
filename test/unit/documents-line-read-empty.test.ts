import { generateSubmission, simulateSellerProfiles } from '@secondlook/simulator';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/modules/documents/extract/document.extract.js';
import { createOcrPool } from '../../src/modules/documents/extract/ocr.js';

/**
 * Held-out seed 97 #1: a 营业执照 photographed on a background, saved as a noisy JPEG. Tesseract's
 * chi_sim read found its 名称 line from the card's left edge to the line's end and read it `|`; the
 * company name was nowhere on the page and the licence failed `FIELD_NOT_FOUND`. The line is read
 * again alone (`ocr.empty-lines.ts`).
 */
describe('a line Tesseract read empty on a Chinese licence photo', () => {
  const pool = createOcrPool({ size: 1 });
  afterAll(async () => {
    await pool.close();
  });

  it('is read again alone, and the company name is on the page', { timeout: 180_000 }, async () => {
    const profile = simulateSellerProfiles(97, 226).find((p) => p.record.seller_id === 'S000161')!;
    const submission = await generateSubmission({
      profile,
      scenario: 'account_association',
      seed: 97 * 100_000 + 1,
      asOf: '2026-11-01',
      allowHan: true,
      variations: ['photo_background', 'jpeg_noise'],
    });
    const licence = submission.documents.find((d) => d.type === 'business_license')!;
    const extracted = await extractDocument(licence.files[0]!.bytes, {
      ocr: pool,
      languages: ['eng', 'chi_sim'],
    });
    expect(extracted.ok).toBe(true);
    const text = extracted.ok ? extracted.extraction.pages[0]!.text : '';
    expect(text).toContain('东莞市亿锦家居用品有限公司');
  });
});
