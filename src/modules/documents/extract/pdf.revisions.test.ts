import { describe, expect, it } from 'vitest';
import { inspectPdf } from './pdf.js';
import { saveEnds } from './pdf.revisions.js';
import { appendPdfUpdate, buildTextPdf } from './testing.fixtures.js';

const issuer = () =>
  buildTextPdf({
    pages: [['Acme Energy Ltd', 'Amount due 123.45 GBP'], ['Page two']],
    producer: 'Billing System',
  });

const inspect = async (bytes: Uint8Array) => {
  const result = await inspectPdf(bytes);
  if (!result.ok) throw new Error(result.reason);
  return result.pdf;
};

describe('PDF incremental updates', () => {
  it('a PDF saved once has one save and no revisions', async () => {
    const bytes = await issuer();
    expect(saveEnds(bytes)).toHaveLength(1);
    expect((await inspect(bytes)).revisions).toBeUndefined();
  });

  it('an update that changes a figure on page 1 shows the page, the words taken away and put in', async () => {
    const bytes = await appendPdfUpdate(await issuer(), {
      lines: ['Acme Energy Ltd', 'Amount due 23.45 GBP'],
      modifiedAt: new Date('2026-01-12T12:00:00Z'),
    });
    expect(saveEnds(bytes)).toHaveLength(2);
    const pdf = await inspect(bytes);
    expect(pdf.pages[0]?.text).toContain('23.45');
    expect(pdf.revisions).toMatchObject({
      count: 2,
      changedPages: [1],
      addedPages: 0,
      removedWords: ['123.45'],
      addedWords: ['23.45'],
      original: { producer: 'Billing System', modifiedAt: '2026-01-12T10:00:00.000Z', pageCount: 2 },
    });
  });

  it('an update of the document information only leaves every page as it was', async () => {
    const bytes = await appendPdfUpdate(await issuer(), {
      producer: 'Some Editor 2.0',
      modifiedAt: new Date('2026-02-20T09:00:00Z'),
    });
    const pdf = await inspect(bytes);
    expect(pdf.metadata.producer).toBe('Some Editor 2.0');
    expect(pdf.revisions).toMatchObject({ count: 2, changedPages: [], removedWords: [], addedWords: [] });
    expect(pdf.revisions?.original?.producer).toBe('Billing System');
  });

  it('counts every update appended one after another', async () => {
    const once = await appendPdfUpdate(await issuer(), { modifiedAt: new Date('2026-01-12T11:00:00Z') });
    const twice = await appendPdfUpdate(once, {
      lines: ['Acme Energy Ltd', 'Amount due 0.00 GBP'],
      modifiedAt: new Date('2026-01-13T11:00:00Z'),
    });
    const pdf = await inspect(twice);
    expect(pdf.revisions).toMatchObject({ count: 3, changedPages: [1] });
  });

  it('the first-page section of a linearised file is not a save of its own', () => {
    const linearised = Buffer.from(
      [
        '%PDF-1.5',
        '1 0 obj << /Linearized 1 /L 400 >> endobj',
        'xref 0 1 trailer << /Size 3 /Prev 300 >> startxref 0 %%EOF',
        '2 0 obj << >> endobj',
        'xref 0 1 trailer << /Size 3 >> startxref 120 %%EOF',
      ].join('\n'),
      'latin1',
    );
    expect(saveEnds(linearised)).toHaveLength(1);
    const plain = Buffer.from(
      linearised.toString('latin1').replace('/Linearized 1', '/Type /Catalog'),
      'latin1',
    );
    expect(saveEnds(plain)).toHaveLength(2);
  });
});
