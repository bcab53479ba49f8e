import { generateSubmission, simulateSellerProfiles } from '@secondlook/simulator';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/modules/documents/extract/document.extract.js';
import { createOcrPool } from '../../src/modules/documents/extract/ocr.js';

/**
 * Held-out seed 107 #102: another seller's PRC resident card uploaded by a seller registered in
 * the UK. Read in English only, it came back at confidence 29, so every name and date not found
 * was softened to a warning. The card is read again in Chinese, which reads it surely.
 */
describe('a page printed in 汉字 for a seller whose documents are read in English', () => {
  const pool = createOcrPool({ size: 1 });
  afterAll(async () => {
    await pool.close();
  });

  it('is read again by the Chinese model, whose surer read stands for the page', { timeout: 180_000 }, async () => {
    const profile = simulateSellerProfiles(13, 400).find((p) => p.record.seller_id === 'S000013')!;
    const submission = await generateSubmission({
      profile,
      scenario: 'account_association',
      seed: 1,
      asOf: '2026-11-01',
      allowHan: true,
      variations: [],
    });
    const card = submission.documents.find((d) => d.type === 'government_id')!;
    const extracted = await extractDocument(card.files[0]!.bytes, { ocr: pool, languages: ['eng'] });
    if (!extracted.ok) throw new Error(extracted.reason);
    const [page] = extracted.extraction.pages;
    expect(page?.text).toMatch(/姓\s*名|公民身份号码/u);
    expect(page?.confidence).toBeGreaterThanOrEqual(55);
  });
});
