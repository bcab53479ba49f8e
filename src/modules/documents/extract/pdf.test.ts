import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { inspectPdf, PDF_LIMITS, parsePdfDate, renderPdfPage } from './pdf.js';
import { buildBlankPdf, buildEncryptedPdf, buildTextPdf, resavePdf } from './testing.fixtures.js';

describe('inspectPdf', () => {
  it('reads the text layer per page and the metadata', async () => {
    const bytes = await buildTextPdf({
      pages: [['Acme Trading Co., Ltd.', 'Room 5, 1 Long Road'], ['Page two']],
      producer: 'Microsoft Word',
    });
    const result = await inspectPdf(bytes);
    if (!result.ok) throw new Error(result.reason);
    expect(result.pdf.pageCount).toBe(2);
    expect(result.pdf.pages).toEqual([
      { page: 1, text: 'Acme Trading Co., Ltd.\nRoom 5, 1 Long Road' },
      { page: 2, text: 'Page two' },
    ]);
    expect(result.pdf.metadata).toMatchObject({
      producer: 'Microsoft Word',
      createdAt: '2026-01-12T10:00:00.000Z',
    });
    expect(result.pdf.isEncrypted).toBe(false);
    expect(result.pdf.activeContent).toEqual([]);
  });

  it('shows a pdf-lib re-save in Producer and ModDate', async () => {
    const result = await inspectPdf(await resavePdf(await buildTextPdf({ producer: 'Microsoft Word' })));
    if (!result.ok) throw new Error(result.reason);
    expect(result.pdf.metadata.producer).toMatch(/^pdf-lib/);
    expect(result.pdf.metadata.modifiedAt).not.toBe('2026-01-12T10:00:00.000Z');
  });

  it('refuses a password-protected PDF', async () => {
    expect(await inspectPdf(await buildEncryptedPdf())).toMatchObject({ ok: false, code: 'pdf_encrypted' });
  });

  it('refuses a PDF that does not parse', async () => {
    const result = await inspectPdf(Buffer.from('%PDF-1.7\nnot really a pdf', 'latin1'));
    expect(result).toMatchObject({ ok: false, code: 'pdf_unreadable' });
  });

  it('finds JavaScript in an uncompressed catalog and inside an object stream', async () => {
    for (const objectStreams of [false, true]) {
      const result = await inspectPdf(await buildTextPdf({ javascript: true, objectStreams }));
      if (!result.ok) throw new Error(result.reason);
      expect(result.pdf.activeContent).toContain('JavaScript');
    }
  });

  it("does not take a marker's bytes inside a stream's data for active content (a scan's JPEG)", async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const scan = Buffer.from('\xff\xd8\xf8m\xa3/JS/\x84A\xa1/Launch\x96\xff\xd9', 'latin1');
    doc.context.register(doc.context.stream(new Uint8Array(scan), { Type: 'XObject', Subtype: 'Image' }));
    const result = await inspectPdf(await doc.save({ useObjectStreams: false }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.pdf.activeContent).toEqual([]);
  });

  it('refuses 500 pages from the page count, without reading them', async () => {
    const bytes = await buildBlankPdf(500);
    const started = performance.now();
    const result = await inspectPdf(bytes);
    expect(result).toMatchObject({ ok: false, code: 'pdf_too_many_pages', pageCount: 500 });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(PDF_LIMITS.maxPages).toBe(50);
  });

  it('renders a page to a PNG at the render resolution', async () => {
    const png = await renderPdfPage(await buildTextPdf(), 1);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(Math.ceil((595 * PDF_LIMITS.renderDpi) / 72));
  });
});

describe('parsePdfDate', () => {
  it('reads PDF dates with and without a zone', () => {
    expect(parsePdfDate("D:20260112103000+08'00'")).toBe('2026-01-12T02:30:00.000Z');
    expect(parsePdfDate('D:20260112103000Z')).toBe('2026-01-12T10:30:00.000Z');
    expect(parsePdfDate('D:2026')).toBe('2026-01-01T00:00:00.000Z');
    expect(parsePdfDate('yesterday')).toBe('yesterday');
  });
});
