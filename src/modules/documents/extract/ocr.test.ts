import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from './document.extract.js';
import { createOcrPool, defaultPoolSize, type OcrPool } from './ocr.js';
import { buildTextPdf, renderTextImage } from './testing.fixtures.js';

const MRZ = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const OCR_TIMEOUT = 60_000;

describe('OCR pool and extraction', () => {
  let pool: OcrPool;
  // chi_sim is looked for in an empty folder: a missing model must be said, never fetched.
  const noChinese = mkdtempSync(join(tmpdir(), 'secondlook-tessdata-'));

  beforeAll(() => {
    pool = createOcrPool({ size: 1, chineseFolder: noChinese });
  });
  afterAll(async () => {
    await pool.close();
  });

  it('reads a rendered line of text and an MRZ from an image, offline', {
    timeout: OCR_TIMEOUT,
  }, async () => {
    const image = renderTextImage({
      width: 1600,
      height: 420,
      colour: false,
      font: 'DejaVuMono',
      fontSize: 34,
      lines: ['PASSPORT ACME TRADING LIMITED', '', ...MRZ],
    });
    const result = await extractDocument(image, { ocr: pool });
    if (!result.ok) throw new Error(result.reason);
    const { pages, mrz, image: measured } = result.extraction;
    expect(pages[0]?.source).toBe('ocr');
    expect(pages[0]?.text).toContain('ACME TRADING LIMITED');
    expect(mrz).toMatchObject({ format: 'TD3', hasValidCheckDigits: true });
    expect(mrz?.fields).toMatchObject({ lastName: 'ERIKSSON', documentNumber: 'L898902C3' });
    expect(measured?.metrics.isGreyscale).toBe(true);
  });

  it('says chi_sim is unavailable instead of passing silently', async () => {
    expect(pool.isAvailable('chi_sim')).toBe(false);
    const result = await pool.recognise(renderTextImage(), 'chi_sim');
    expect(result).toMatchObject({ status: 'unavailable', language: 'chi_sim' });
    if (result.status === 'unavailable') expect(result.reason).toMatch(/^language chi_sim unavailable/);
    const extraction = await extractDocument(await buildTextPdf(), {
      ocr: pool,
      languages: ['eng', 'chi_sim'],
    });
    if (!extraction.ok) throw new Error(extraction.reason);
    expect(extraction.extraction.unavailableLanguages).toEqual([
      { language: 'chi_sim', reason: 'language chi_sim unavailable' },
    ]);
  });

  it('uses the text layer when there is one and OCRs a page without', { timeout: OCR_TIMEOUT }, async () => {
    const pdf = await buildTextPdf({ pages: [['Acme Trading Co., Ltd.', 'Statement date 2026-01-12'], []] });
    const result = await extractDocument(pdf, { ocr: pool });
    if (!result.ok) throw new Error(result.reason);
    expect(result.extraction.pages.map((page) => [page.page, page.source])).toEqual([
      [1, 'text_layer'],
      [2, 'ocr'],
    ]);
    expect(result.extraction.pages[0]?.text).toContain('Acme Trading Co., Ltd.');
    expect(result.extraction.pdf?.pageCount).toBe(2);
  });

  it('refuses what is not a supported file before any work', async () => {
    expect(await extractDocument(new Uint8Array(), { ocr: pool })).toMatchObject({
      ok: false,
      code: 'unsupported_type',
      type: { unsupported: 'empty' },
    });
    expect(defaultPoolSize()).toBeGreaterThanOrEqual(1);
  });
});
