import { describe, expect, it } from 'vitest';
import type { DocumentType } from '../../sellers/index.js';
import { checkEditorSoftware, checkTimestamps, findEditor } from './authenticity.check.js';
import { checkItem } from './check.types.js';

// The authenticity rules at their edges: what kind of program each editor is and what that
// means for each document type, the words the editors' patterns must not match, the evidence a
// reviewer reads, and each timestamp rule on both sides of its slack.

describe('the editors', () => {
  it('knows what kind of program each editor is', () => {
    const kinds: [string, string, string][] = [
      ['Adobe Photoshop 25.0', 'Adobe Photoshop', 'image_editor'],
      ['GIMP 2.10.36', 'GIMP', 'image_editor'],
      ['paint.net 5.0.12', 'Paint.NET', 'image_editor'],
      ['Pixelmator Pro 3.5', 'Pixelmator', 'image_editor'],
      ['Affinity Photo 2', 'Affinity Photo', 'image_editor'],
      ['Photopea', 'Photopea', 'image_editor'],
      ['PDFescape Online', 'PDFescape', 'pdf_editor'],
      ['Sejda PDF Desktop', 'Sejda', 'pdf_editor'],
      ['Smallpdf.com', 'Smallpdf', 'pdf_editor'],
      ['iLovePDF', 'iLovePDF', 'pdf_editor'],
      ['PDF-XChange Editor 10.1', 'PDF-XChange Editor', 'pdf_editor'],
      ['PDFXChange Editor 9', 'PDF-XChange Editor', 'pdf_editor'],
      ['Foxit PDF Editor 12.1', 'Foxit PDF Editor', 'pdf_editor'],
      ['Wondershare PDFelement', 'PDFelement', 'pdf_editor'],
      ['Canva', 'Canva', 'design_tool'],
      ['Adobe Illustrator 28.0', 'Adobe Illustrator', 'design_tool'],
      ['Inkscape 1.3', 'Inkscape', 'design_tool'],
      ['Affinity Designer 2', 'Affinity Designer', 'design_tool'],
      ['Affinity Publisher 2', 'Affinity Designer', 'design_tool'],
      ['CorelDRAW 2024', 'CorelDRAW', 'design_tool'],
      ['Adobe Acrobat Pro DC 21.1', 'Adobe Acrobat', 'resaved'],
      ['Adobe Acrobat Standard 2020', 'Adobe Acrobat', 'resaved'],
      ['Adobe Acrobat DC', 'Adobe Acrobat', 'resaved'],
      ['Adobe Acrobat 9.0', 'Adobe Acrobat', 'resaved'],
      ['iText 5.5.13; modified using iText', 'a PDF modifier', 'resaved'],
      ['PDFlib; modified with pdftk', 'a PDF modifier', 'resaved'],
      ['Quartz; modified by Preview', 'a PDF modifier', 'resaved'],
    ];
    for (const [value, name, kind] of kinds) expect(findEditor(value), value).toEqual({ name, kind });
  });

  it('does not see an editor in words that only contain its name', () => {
    for (const value of [
      'Gimpel Software',
      'xgimp',
      'paintXnet',
      'Sejdal Printer',
      'asejda',
      'Canvas Studio',
      'incanva',
      'Adobe Acrobat Reader DC',
      'ScanSnap Home; Adobe Acrobat Pro DC',
      'Foxit PhantomPDF Printer',
      'Foxit PhantomPDF 10.1 Printer',
      'modified',
      'Affinity Suite',
    ])
      expect(findEditor(value), value).toBeUndefined();
  });

  it('fails an image or PDF editor on any document, a design tool only on an issued one, and only warns on a re-save', () => {
    const status = (producer: string, type: DocumentType) =>
      checkEditorSoftware({ file: 'f.pdf', type, pdf: { producer } }).status;
    const issued: DocumentType[] = [
      'government_id',
      'business_license',
      'utility_bill',
      'bank_statement',
      'credit_card_statement',
    ];
    for (const type of issued) {
      expect(status('Canva', type), type).toBe('fail');
      expect(status('Adobe Acrobat Pro DC', type), type).toBe('warn');
    }
    for (const type of ['supplier_invoice', 'other'] as const) {
      expect(status('Canva', type), type).toBe('warn');
      expect(status('GIMP 2.10', type), type).toBe('fail');
      expect(status('Sejda PDF', type), type).toBe('fail');
      expect(status('Adobe Acrobat Pro DC', type), type).toBe('warn');
    }
  });
});

describe('the editor item', () => {
  it('passes a file naming no editor, with the metadata it has as evidence', () => {
    expect(
      checkEditorSoftware({
        file: 'b.pdf',
        type: 'utility_bill',
        pdf: { producer: 'PDFlib 9.3', creator: '' },
        exif: { software: 'HP Scan' },
      }),
    ).toEqual(
      checkItem('authenticity', 'NO_EDITOR_SOFTWARE', 'pass', {
        file: 'b.pdf',
        producer: 'PDFlib 9.3',
        software: 'HP Scan',
      }),
    );
    expect(checkEditorSoftware({ file: 'p.png', type: 'other' }).evidence).toEqual({ file: 'p.png' });
  });

  it('names the worst editor found, the others as also, whichever field it is in', () => {
    const item = checkEditorSoftware({
      file: 's.pdf',
      type: 'bank_statement',
      pdf: { producer: 'Adobe Acrobat Pro DC 23', creator: 'Microsoft Word' },
      exif: { software: 'Adobe Photoshop 25.0' },
    });
    expect(item).toEqual(
      checkItem(
        'authenticity',
        'EDITOR_SOFTWARE',
        'fail',
        {
          file: 's.pdf',
          field: 'software',
          value: 'Adobe Photoshop 25.0',
          editor: 'Adobe Photoshop',
          kind: 'image_editor',
          also: [{ field: 'producer', value: 'Adobe Acrobat Pro DC 23' }],
        },
        { software: 'Adobe Photoshop' },
      ),
    );
    expect(item.message.en).toContain('saved with Adobe Photoshop, a program');
  });

  it('names the first editor when none fails, with no also when it is the only one', () => {
    expect(
      checkEditorSoftware({ file: 'i.pdf', type: 'supplier_invoice', pdf: { creator: 'Canva' } }),
    ).toEqual(
      checkItem(
        'authenticity',
        'EDITOR_SOFTWARE',
        'warn',
        { file: 'i.pdf', field: 'creator', value: 'Canva', editor: 'Canva', kind: 'design_tool' },
        { software: 'Canva' },
      ),
    );
    const two = checkEditorSoftware({
      file: 'i.pdf',
      type: 'supplier_invoice',
      pdf: { producer: 'Adobe Acrobat Pro DC', creator: 'Canva' },
    });
    expect(two.evidence).toMatchObject({
      field: 'producer',
      editor: 'Adobe Acrobat',
      also: [{ field: 'creator' }],
    });
  });
});

describe('the timestamps at their edges', () => {
  const asOf = '2026-11-29'; // its day ends 2026-11-30T00:00Z; a day of slack runs to 2026-12-01T00:00Z
  const created = (createdAt: string) => checkTimestamps({ file: 'f.pdf', asOf, pdf: { createdAt } });
  const modifiedOnly = (modifiedAt: string) => checkTimestamps({ file: 'f.pdf', asOf, pdf: { modifiedAt } });
  const problems = (item: ReturnType<typeof checkTimestamps>) => [item?.status, item?.evidence.problems];

  it('takes a date up to a day after the reference day for a clock, not a moment later', () => {
    expect(created('2026-12-01T00:00:00.000Z')?.status).toBe('pass');
    expect(problems(created('2026-12-01T00:00:00.001Z'))).toEqual(['warn', ['created_in_future']]);
    expect(modifiedOnly('2026-12-01T00:00:00.000Z')?.status).toBe('pass');
    expect(problems(modifiedOnly('2026-12-01T00:00:00.001Z'))).toEqual(['warn', ['modified_in_future']]);
  });

  it('takes a file made up to a day before the printed date, not a moment earlier', () => {
    const made = (createdAt: string) =>
      checkTimestamps({ file: 'f.pdf', asOf, issuedOn: '2026-11-10', pdf: { createdAt } });
    expect(made('2026-11-09T00:00:00.000Z')?.status).toBe('pass');
    expect(problems(made('2026-11-08T23:59:59.999Z'))).toEqual(['fail', ['created_before_issue']]);
  });

  it('takes a modification up to a day before the making, not a moment more', () => {
    const pdf = (createdAt: string, modifiedAt: string) =>
      checkTimestamps({ file: 'f.pdf', asOf, pdf: { createdAt, modifiedAt } });
    expect(pdf('2026-11-10T00:00:00.000Z', '2026-11-09T00:00:00.000Z')?.status).toBe('pass');
    expect(problems(pdf('2026-11-10T00:00:00.001Z', '2026-11-09T00:00:00.000Z'))).toEqual([
      'fail',
      ['modified_before_created'],
    ]);
    expect(pdf('2026-11-10T00:00:00.000Z', '2026-11-11T00:00:00.000Z')?.status).toBe('pass');
    expect(problems(pdf('2026-11-10T00:00:00.000Z', '2026-11-11T00:00:00.001Z'))).toEqual([
      'warn',
      ['modified_after_created'],
    ]);
  });

  it('fails a re-save only more than seven days after the later of the making and the printed date', () => {
    const pdf = (modifiedAt: string, issuedOn?: string) =>
      checkTimestamps({
        file: 'f.pdf',
        asOf,
        ...(issuedOn ? { issuedOn } : {}),
        pdf: { createdAt: '2026-11-09T00:00:00.000Z', modifiedAt },
      });
    expect(problems(pdf('2026-11-16T00:00:00.000Z'))).toEqual(['warn', ['modified_after_created']]);
    expect(problems(pdf('2026-11-16T00:00:00.001Z'))).toEqual(['fail', ['modified_after_issue']]);
    // printed the day after it was made: the week runs from the printed date
    expect(problems(pdf('2026-11-16T12:00:00.000Z', '2026-11-10'))).toEqual([
      'warn',
      ['modified_after_created'],
    ]);
    expect(problems(pdf('2026-11-17T00:00:00.001Z', '2026-11-10'))).toEqual([
      'fail',
      ['modified_after_issue'],
    ]);
    // printed before it was made: the week runs from the making
    expect(problems(pdf('2026-11-16T12:00:00.000Z', '2026-11-01'))).toEqual([
      'fail',
      ['modified_after_issue'],
    ]);
  });

  it('reads a date with a zone as given, one without as UTC, and nothing from a malformed one', () => {
    expect(created('2026-12-01T04:00:00+05:00')?.status).toBe('pass');
    expect(created('2026-12-01T04:00:00+0500')?.status).toBe('pass');
    expect(created('2026-11-30T20:00:00-05:00')?.status).toBe('warn');
    expect(created('2026-11-30T20:00:00')?.status).toBe('pass');
    expect(created('2026-12-01T00:00:01')?.status).toBe('warn');
    expect(created('2026-13-45T99:99:00Z')).toBeUndefined();
    expect(created('2026-11-30')).toBeUndefined();
    expect(created('on 2026-11-30T20:00:00Z')).toBeUndefined();
  });
});

describe('the timestamps evidence', () => {
  it("gives a PDF's own dates, the printed date and the reference date", () => {
    expect(
      checkTimestamps({
        file: 'f.pdf',
        asOf: '2026-11-29',
        issuedOn: '2026-11-02',
        pdf: { createdAt: '2026-11-03T09:00:00Z', modifiedAt: '2026-11-03T09:00:00Z' },
        exif: { takenAt: '2020-01-01T00:00:00', software: 'GIMP' },
      }),
    ).toEqual(
      checkItem('authenticity', 'TIMESTAMPS_CONSISTENT', 'pass', {
        file: 'f.pdf',
        created: '2026-11-03T09:00:00Z',
        modified: '2026-11-03T09:00:00Z',
        issued: '2026-11-02',
        asOf: '2026-11-29',
      }),
    );
  });

  it("gives a photo's taken (else digitized) and modified dates and its software, with the problems", () => {
    expect(
      checkTimestamps({
        file: 'p.jpg',
        asOf: '2026-11-29',
        exif: { digitizedAt: '2026-11-05T10:00:00', modifiedAt: '2026-11-25T10:00:00', software: 'Snapseed' },
      }),
    ).toEqual(
      checkItem('authenticity', 'TIMESTAMPS_INCONSISTENT', 'warn', {
        file: 'p.jpg',
        created: '2026-11-05T10:00:00',
        modified: '2026-11-25T10:00:00',
        software: 'Snapseed',
        asOf: '2026-11-29',
        problems: ['edited_after_taken'],
      }),
    );
    const taken = checkTimestamps({
      file: 'p.jpg',
      asOf: '2026-11-29',
      exif: { takenAt: '2026-11-06T10:00:00', digitizedAt: '2026-11-05T10:00:00' },
    });
    expect(taken?.evidence).toEqual({
      file: 'p.jpg',
      created: '2026-11-06T10:00:00',
      modified: undefined,
      asOf: '2026-11-29',
    });
  });

  it('reads only a PDF its dates when it has them, and only a photo a modification with no program named', () => {
    // a PDF read with no dates, even if EXIF has some, records nothing
    expect(
      checkTimestamps({
        file: 'f.pdf',
        asOf: '2026-11-29',
        pdf: {},
        exif: { takenAt: '2026-11-05T10:00:00' },
      }),
    ).toBeUndefined();
    // a file with no metadata at all records nothing
    expect(checkTimestamps({ file: 'f.png', asOf: '2026-11-29' })).toBeUndefined();
    // a photo modified long after it was taken, with no program named: a camera transfer
    expect(
      checkTimestamps({
        file: 'p.jpg',
        asOf: '2026-11-29',
        exif: { takenAt: '2026-11-05T10:00:00', modifiedAt: '2026-11-25T10:00:00', software: '' },
      })?.status,
    ).toBe('pass');
  });
});
