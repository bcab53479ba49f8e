import { afterAll, describe, expect, it, vi } from 'vitest';
import { createOcrPool } from './ocr.js';
import { renderTextImage } from './testing.fixtures.js';

// tesseract.js 7 asked for `chi_sim+eng` read `+eng` as a language named garbage: it logged
// `Failed loading language '玂玂'` on every Chinese worker and read as chi_sim alone.
describe('the Chinese OCR worker', () => {
  const pool = createOcrPool({ size: 1 });
  afterAll(async () => {
    await pool.close();
  });

  it('loads only languages it can open', { timeout: 120_000 }, async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const result = await pool.recognise(renderTextImage({ lines: ['Account holder: HE YU'] }), 'chi_sim');
      expect(result.status).toBe('read');
      // The worker thread's output reaches this process's stderr a tick later.
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).not.toMatch(/Failed loading language|Error opening data file/);
  });
});
