import { describe, expect, it } from 'vitest';
import type { OcrPool } from '../../modules/documents/index.js';
import { createPaddleOcrPool } from './paddle.ocr-pool.js';

/** A Tesseract stand-in that says what it was asked: the zone reads must reach it. */
const zoneReader = (): OcrPool & { asked: unknown[] } => {
  const asked: unknown[] = [];
  return {
    asked,
    recognise: async (_image, language = 'eng', region) => {
      asked.push(region);
      return { status: 'read', language, text: 'ZONE', confidence: 90, ms: 1 };
    },
    isAvailable: () => true,
    close: async () => undefined,
  };
};

describe('the PP-OCR adapter', () => {
  it('hands the MRZ reader’s narrow reads (alphabet, rectangle, sparse) to Tesseract, without loading its models', async () => {
    const tesseract = zoneReader();
    const pool = createPaddleOcrPool({ zoneReader: tesseract });
    const region = { whitelist: 'ABC<', rectangle: { left: 0, top: 0, width: 10, height: 10 } };
    await expect(pool.recognise(Buffer.from(''), 'eng', region)).resolves.toMatchObject({ text: 'ZONE' });
    await pool.recognise(Buffer.from(''), 'eng', { whitelist: 'A', sparse: true });
    expect(tesseract.asked).toEqual([region, { whitelist: 'A', sparse: true }]);
    expect(pool.isAvailable('chi_sim')).toBe(true);
    await pool.close();
    await expect(pool.recognise(Buffer.from(''), 'eng')).resolves.toMatchObject({ status: 'failed' });
  });

  it('with pages "chinese", hands a page read in English to Tesseract and takes a page read in Chinese', async () => {
    const tesseract = zoneReader();
    const pool = createPaddleOcrPool({ zoneReader: tesseract, pages: 'chinese' });
    await expect(pool.recognise(Buffer.from(''), 'eng', { layout: true })).resolves.toMatchObject({
      text: 'ZONE',
    });
    expect(tesseract.asked).toEqual([{ layout: true }]);
    // Not an image: PP-OCR's own read fails, and Tesseract was not asked.
    await expect(pool.recognise(Buffer.from('not an image'), 'chi_sim')).resolves.toMatchObject({
      status: 'failed',
    });
    expect(tesseract.asked).toHaveLength(1);
    await pool.close();
  });

  it('never throws on a page it cannot read', async () => {
    const pool = createPaddleOcrPool({ zoneReader: zoneReader() });
    await expect(pool.recognise(Buffer.from('not an image'), 'eng')).resolves.toMatchObject({
      status: 'failed',
    });
    await pool.close();
  });
});
