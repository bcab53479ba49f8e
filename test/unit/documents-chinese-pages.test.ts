import { generateSubmission, simulateSellerProfiles } from '@secondlook/simulator';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/modules/documents/extract/document.extract.js';
import { createOcrPool } from '../../src/modules/documents/extract/ocr.js';

/** Chinese pages Tesseract reads badly at first, read again (generated documents, real OCR). */
describe('Chinese pages read again', () => {
  const pool = createOcrPool({ size: 1 });
  afterAll(async () => {
    await pool.close();
  });
  const documentOf = async (
    seed: number,
    count: number,
    sellerId: string,
    generation: Omit<Parameters<typeof generateSubmission>[0], 'profile' | 'asOf' | 'allowHan'>,
  ) => {
    const profile = simulateSellerProfiles(seed, count).find((p) => p.record.seller_id === sellerId)!;
    return generateSubmission({ profile, asOf: '2026-11-01', allowHan: true, ...generation });
  };

  /**
   * Held-out seed 97 #1: a 营业执照 photographed on a background, saved as a noisy JPEG. Tesseract's
   * chi_sim read found its 名称 line from the card's left edge to the line's end and read it `|`;
   * the company name was nowhere on the page and the licence failed `FIELD_NOT_FOUND`. The line
   * is read again alone (`ocr.empty-lines.ts`).
   */
  it('reads a line the first read left empty alone, and the company name is on the page', {
    timeout: 180_000,
  }, async () => {
    const submission = await documentOf(97, 226, 'S000161', {
      scenario: 'account_association',
      seed: 97 * 100_000 + 1,
      variations: ['photo_background', 'jpeg_noise'],
    });
    const licence = submission.documents.find((d) => d.type === 'business_license')!;
    const extracted = await extractDocument(licence.files[0]!.bytes, {
      ocr: pool,
      languages: ['eng', 'chi_sim'],
    });
    if (!extracted.ok) throw new Error(extracted.reason);
    expect(extracted.extraction.pages[0]?.text).toContain('东莞市亿锦家居用品有限公司');
  });

  /**
   * Held-out seed 107 #102: another seller's PRC resident card uploaded by a seller registered in
   * the UK. Read in English only, it came back at confidence 29, so every name and date not found
   * was softened to a warning. The card is read again in Chinese, which reads it surely.
   */
  it('reads a 汉字 page again in Chinese for a seller read in English, also once a zone expected is not found', {
    timeout: 180_000,
  }, async () => {
    const submission = await documentOf(13, 400, 'S000013', {
      scenario: 'account_association',
      seed: 1,
      variations: [],
    });
    const card = submission.documents.find((d) => d.type === 'government_id')!;
    const extracted = await extractDocument(card.files[0]!.bytes, { ocr: pool, languages: ['eng'] });
    if (!extracted.ok) throw new Error(extracted.reason);
    const [page] = extracted.extraction.pages;
    expect(page?.text).toMatch(/姓\s*名|公民身份号码/u);
    expect(page?.confidence).toBeGreaterThanOrEqual(55);

    // Held-out seed 109 #102: the same kind of card uploaded as a passport. The page is left to
    // the zone reader, which finds no zone; then it is read in Chinese as well.
    const asPassport = await extractDocument(card.files[0]!.bytes, {
      ocr: pool,
      languages: ['eng'],
      expectMrz: true,
    });
    if (!asPassport.ok) throw new Error(asPassport.reason);
    expect(asPassport.extraction.zoneSearched).toBe(true);
    expect(asPassport.extraction.pages).toHaveLength(1);
    expect(asPassport.extraction.pages[0]?.text).toMatch(/姓\s*名|公民身份号码/u);
  });
});
