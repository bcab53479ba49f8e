import { describe, expect, it } from 'vitest';
import { checkEditorSoftware, checkTimestamps, findEditor } from './authenticity.check.js';

describe('editing software', () => {
  it('names the editors in Producer, Creator and EXIF Software', () => {
    const named = (value: string) => findEditor(value)?.name;
    expect(named('Adobe Photoshop 25.0 (Windows)')).toBe('Adobe Photoshop');
    expect(named('GIMP 2.10.36')).toBe('GIMP');
    expect(named('paint.net 5.0.12')).toBe('Paint.NET');
    expect(named('Pixelmator Pro 3.5')).toBe('Pixelmator');
    expect(named('Affinity Photo 2')).toBe('Affinity Photo');
    expect(named('Canva')).toBe('Canva');
    expect(named('Adobe Illustrator 28.0 (Macintosh)')).toBe('Adobe Illustrator');
    expect(named('Inkscape 1.3 (https://inkscape.org)')).toBe('Inkscape');
    expect(named('PDFescape Online')).toBe('PDFescape');
    expect(named('Sejda PDF Desktop')).toBe('Sejda');
    expect(named('Smallpdf.com')).toBe('Smallpdf');
    expect(named('iLovePDF')).toBe('iLovePDF');
    expect(named('PDF-XChange Editor 10.1')).toBe('PDF-XChange Editor');
    expect(named('Foxit PhantomPDF 10.1')).toBe('Foxit PDF Editor');
    expect(named('Foxit PDF Editor 12.1')).toBe('Foxit PDF Editor');
    expect(named('Wondershare PDFelement')).toBe('PDFelement');
    expect(named('Adobe Acrobat Pro DC 21.1.20155')).toBe('Adobe Acrobat');
    expect(named('Adobe PDF Library 15.0; modified using iText® 5.5.13 ©2000-2020 iText Group NV')).toBe(
      'a PDF modifier',
    );
  });

  it('passes the usual producers: office suites, libraries, printers, scanners and phones', () => {
    for (const value of [
      'Microsoft® Word for Microsoft 365',
      'LibreOffice 7.6',
      'iText® 7.2.5 ©2000-2023 iText Group NV',
      'PDFlib+PDI 9.3.1 (Linux)',
      'pdf-lib (https://github.com/Hopding/pdf-lib)',
      'Skia/PDF m120',
      'Chromium',
      'Microsoft: Print To PDF',
      'Quartz PDFContext',
      'Acrobat Distiller 23.0 (Windows)',
      'Adobe Acrobat Pro DC 23.1 Paper Capture Plug-in',
      'Acrobat PDFMaker 23 for Word',
      'Adobe PDF Library 17.0',
      'Canon iR-ADV C5535 PDF',
      'HP Scan',
      'ScanSnap Manager #iX1600',
      'PDF-XChange Printer 2012',
      'Foxit PhantomPDF Printer Version 9.7.0.2220',
      'HDR+ 1.0.540104767zdh',
      '17.1.2',
      '@napi-rs/canvas',
    ])
      expect(findEditor(value), value).toBeUndefined();
  });

  it('fails a PDF whose Producer is an editor, with the field and value as evidence', () => {
    const check = checkEditorSoftware({
      file: 'bill.pdf',
      type: 'utility_bill',
      pdf: { producer: 'Sejda PDF Desktop (www.sejda.com)', creator: 'Microsoft Word' },
    });
    expect(check).toMatchObject({
      group: 'authenticity',
      code: 'EDITOR_SOFTWARE',
      status: 'fail',
      evidence: { file: 'bill.pdf', field: 'producer', value: 'Sejda PDF Desktop (www.sejda.com)' },
    });
    expect(check.message.en).toContain('saved with Sejda, a program that edits documents');
  });

  it('fails a photo saved by an image editor', () => {
    expect(
      checkEditorSoftware({ file: 'id.jpg', type: 'government_id', exif: { software: 'GIMP 2.10.36' } }),
    ).toMatchObject({ code: 'EDITOR_SOFTWARE', status: 'fail', evidence: { field: 'software' } });
  });

  it('fails a design tool on an issued document, warns on an invoice, warns on an Acrobat re-save', () => {
    const canva = { file: 'x.pdf', pdf: { producer: 'Canva', creator: 'Canva' } };
    expect(checkEditorSoftware({ ...canva, type: 'bank_statement' })).toMatchObject({
      status: 'fail',
      evidence: { also: [{ field: 'creator', value: 'Canva' }] },
    });
    expect(checkEditorSoftware({ ...canva, type: 'supplier_invoice' }).status).toBe('warn');
    const acrobat = { producer: 'Adobe Acrobat Pro (64-bit) 23.1.20093', creator: 'Bank statements' };
    expect(checkEditorSoftware({ file: 's.pdf', type: 'bank_statement', pdf: acrobat }).status).toBe('warn');
  });

  it('passes a file whose metadata names no editor', () => {
    expect(
      checkEditorSoftware({ file: 'bill.pdf', type: 'utility_bill', pdf: { producer: 'PDFlib 9.3' } }),
    ).toMatchObject({ code: 'NO_EDITOR_SOFTWARE', status: 'pass', evidence: { producer: 'PDFlib 9.3' } });
    expect(checkEditorSoftware({ file: 'scan.png', type: 'utility_bill' }).code).toBe('NO_EDITOR_SOFTWARE');
  });
});

describe('timestamps', () => {
  const base = { file: 'bill.pdf', asOf: '2026-11-29', issuedOn: '2026-11-02' };
  const pdf = (createdAt?: string, modifiedAt?: string) =>
    checkTimestamps({ ...base, pdf: { createdAt, modifiedAt } });
  const problems = (item: ReturnType<typeof checkTimestamps>) => [item?.status, item?.evidence.problems];

  it('passes a PDF created after the issue date and not modified later', () => {
    expect(pdf('2026-11-02T20:00:00.000Z', '2026-11-02T20:00:00.000Z')).toMatchObject({
      code: 'TIMESTAMPS_CONSISTENT',
      status: 'pass',
      evidence: { issued: '2026-11-02' },
    });
    // the night before the printed date is a time zone, not a contradiction
    expect(pdf('2026-11-01T18:00:00.000Z')?.status).toBe('pass');
  });

  it('fails a PDF created weeks before the date printed on it', () => {
    const check = pdf('2026-10-01T09:00:00.000Z', '2026-10-01T09:00:00.000Z');
    expect(check).toMatchObject({ code: 'TIMESTAMPS_INCONSISTENT', status: 'fail' });
    expect(check?.evidence.problems).toEqual(['created_before_issue']);
  });

  it('fails a PDF modified before it was created', () => {
    expect(problems(pdf('2026-11-20T09:00:00.000Z', '2026-11-10T09:00:00.000Z'))).toEqual([
      'fail',
      ['modified_before_created'],
    ]);
  });

  it('warns on a PDF modified days after creation, and on dates after the reference date', () => {
    expect(problems(pdf('2026-11-03T09:00:00.000Z', '2026-11-09T09:00:00.000Z'))).toEqual([
      'warn',
      ['modified_after_created'],
    ]);
    expect(problems(pdf('2026-12-15T09:00:00.000Z', '2026-12-15T09:00:00.000Z'))).toEqual([
      'warn',
      ['created_in_future', 'modified_in_future'],
    ]);
    expect(pdf('2026-11-30T09:00:00.000Z')?.status).toBe('pass');
  });

  it('fails a PDF saved again more than a week after it was made and after the date it prints', () => {
    expect(problems(pdf('2026-11-03T09:00:00.000Z', '2026-11-20T09:00:00.000Z'))).toEqual([
      'fail',
      ['modified_after_issue'],
    ]);
    // a scanner app's file, made and last saved weeks after the bill's date, was not changed since
    expect(pdf('2026-11-25T09:00:00.000Z', '2026-11-25T09:01:00.000Z')?.status).toBe('pass');
    // seven days counts from the later of the making and the printed date
    const undated = checkTimestamps({
      file: 'x.pdf',
      asOf: base.asOf,
      pdf: { createdAt: '2026-11-03T09:00:00.000Z', modifiedAt: '2026-11-11T09:00:00.000Z' },
    });
    expect(problems(undated)).toEqual(['fail', ['modified_after_issue']]);
    expect(
      problems(
        checkTimestamps({
          ...base,
          issuedOn: '2026-11-08',
          pdf: { createdAt: '2026-11-08T09:00:00.000Z', modifiedAt: '2026-11-14T09:00:00.000Z' },
        }),
      ),
    ).toEqual(['warn', ['modified_after_created']]);
  });

  it('fails the worst rule when several apply', () => {
    expect(problems(pdf('2026-10-01T09:00:00.000Z', '2026-11-06T09:00:00.000Z'))).toEqual([
      'fail',
      ['created_before_issue', 'modified_after_created'],
    ]);
  });

  it('warns on a photo re-saved by a program long after it was taken, not on a camera transfer', () => {
    const exif = { takenAt: '2026-11-05T10:00:00', modifiedAt: '2026-11-25T10:00:00' };
    expect(
      problems(checkTimestamps({ ...base, file: 'id.jpg', exif: { ...exif, software: 'Snapseed 2.0' } })),
    ).toEqual(['warn', ['edited_after_taken']]);
    expect(checkTimestamps({ ...base, file: 'id.jpg', exif })?.status).toBe('pass');
    expect(
      problems(checkTimestamps({ ...base, file: 'id.jpg', exif: { takenAt: '2026-09-01T10:00:00' } })),
    ).toEqual(['fail', ['created_before_issue']]);
  });

  it('gives no item when the file records no date', () => {
    expect(checkTimestamps({ ...base, pdf: {} })).toBeUndefined();
    expect(checkTimestamps({ ...base, exif: { software: 'x' } })).toBeUndefined();
    expect(pdf('not a date')).toBeUndefined();
  });
});
