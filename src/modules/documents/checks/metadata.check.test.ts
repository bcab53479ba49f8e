import { describe, expect, it } from 'vitest';
import { DOCUMENT_LIMITS } from '../document.limits.js';
import type { DocumentReading, ReadFile } from '../reading/reading.schema.js';
import { runCheck } from './check.definition.js';
import { LEEDS_SELLER } from './fixtures.test-data.js';
import { metadataCheck } from './metadata.check.js';
import { registeredCodes } from './registry.js';
import { readText } from './text.test-support.js';

const rules = { asOf: '2026-11-29', limits: DOCUMENT_LIMITS };
const BILL_TEXT = 'Yorkshire Water\nBill date: 14 November 2026\nAccount 55501234';

const pdfFile = (name: string, metadata: NonNullable<ReadFile['pdf']>['metadata']): ReadFile => ({
  name,
  sha256: name,
  pdf: { activeContent: [], metadata },
  unavailableLanguages: [],
});

/** A reading of `text` whose files are `files`. */
const readingOf = (files: ReadFile[], text = BILL_TEXT, type: DocumentReading['type'] = 'utility_bill') => ({
  ...readText(text, type),
  files,
});

const itemsOf = (reading: DocumentReading) =>
  runCheck(metadataCheck, reading, rules, LEEDS_SELLER).map((item) => ({
    code: item.code,
    status: item.status,
    file: item.evidence.file,
  }));

describe('the metadata check', () => {
  it('names the editor in a PDF’s Producer and the date it printed against the file’s creation', () => {
    const [editor, timestamps] = runCheck(
      metadataCheck,
      readingOf([
        pdfFile('bill.pdf', {
          producer: 'Adobe Photoshop 25.0 (Windows)',
          createdAt: '2026-11-01T09:00:00Z',
          modifiedAt: '2026-11-01T09:00:00Z',
        }),
      ]),
      rules,
      LEEDS_SELLER,
    );
    expect(editor).toMatchObject({
      group: 'authenticity',
      code: 'EDITOR_SOFTWARE',
      status: 'fail',
      evidence: { file: 'bill.pdf', field: 'producer', editor: 'Adobe Photoshop' },
    });
    expect(timestamps).toMatchObject({
      code: 'TIMESTAMPS_INCONSISTENT',
      evidence: { file: 'bill.pdf', issued: '2026-11-14', problems: ['created_before_issue'] },
    });
  });

  it('passes a file whose metadata names no editor and agrees with the printed date', () => {
    const items = itemsOf(
      readingOf([
        pdfFile('bill.pdf', {
          producer: 'LibreOffice 7.6',
          createdAt: '2026-11-14T08:00:00Z',
          modifiedAt: '2026-11-14T08:00:00Z',
        }),
      ]),
    );
    expect(items).toEqual([
      { code: 'NO_EDITOR_SOFTWARE', status: 'pass', file: 'bill.pdf' },
      { code: 'TIMESTAMPS_CONSISTENT', status: 'pass', file: 'bill.pdf' },
    ]);
  });

  it('holds a design tool against the document’s type: a bill is issued, a photo of the shop is not', () => {
    const canva = [pdfFile('made.pdf', { creator: 'Canva' })];
    expect(itemsOf(readingOf(canva))).toEqual([
      { code: 'EDITOR_SOFTWARE', status: 'fail', file: 'made.pdf' },
    ]);
    expect(itemsOf(readingOf(canva, BILL_TEXT, 'other'))).toEqual([
      { code: 'EDITOR_SOFTWARE', status: 'warn', file: 'made.pdf' },
    ]);
  });

  it('reads an image’s EXIF Software and its times', () => {
    const photo: ReadFile = {
      name: 'id.jpg',
      sha256: 'id',
      exif: { software: 'GIMP 2.10.36', takenAt: '2026-11-20T10:00:00Z', modifiedAt: '2026-11-25T10:00:00Z' },
      unavailableLanguages: [],
    };
    const [editor, timestamps] = runCheck(metadataCheck, readingOf([photo]), rules, LEEDS_SELLER);
    expect(editor).toMatchObject({
      code: 'EDITOR_SOFTWARE',
      evidence: { field: 'software', editor: 'GIMP' },
    });
    expect(timestamps).toMatchObject({
      code: 'TIMESTAMPS_INCONSISTENT',
      evidence: { file: 'id.jpg', software: 'GIMP 2.10.36', problems: ['edited_after_taken'] },
    });
  });

  it('skips a repeated file and one that could not be opened, and checks each other file', () => {
    const repeated = { ...pdfFile('again.pdf', { producer: 'GIMP' }), duplicate: true };
    const broken = {
      ...pdfFile('broken.pdf', { producer: 'GIMP' }),
      failure: { code: 'unsupported_type', reason: 'not a PDF' },
    };
    const items = itemsOf(
      readingOf([
        repeated,
        pdfFile('page1.pdf', {}),
        broken,
        pdfFile('page2.pdf', { creator: 'Smallpdf.com' }),
      ]),
    );
    expect(items).toEqual([
      { code: 'NO_EDITOR_SOFTWARE', status: 'pass', file: 'page1.pdf' },
      { code: 'EDITOR_SOFTWARE', status: 'fail', file: 'page2.pdf' },
    ]);
  });

  it('takes no issue date from a document without text, so an early creation is not held against it', () => {
    const early = [pdfFile('scan.pdf', { createdAt: '2026-11-01T09:00:00Z' })];
    const [, withText] = runCheck(metadataCheck, readingOf(early), rules, LEEDS_SELLER);
    expect(withText?.evidence).toMatchObject({ issued: '2026-11-14' });
    const [, blank] = runCheck(metadataCheck, readingOf(early, '  \n '), rules, LEEDS_SELLER);
    expect(blank).toMatchObject({ code: 'TIMESTAMPS_CONSISTENT', status: 'pass' });
    expect(blank?.evidence).not.toHaveProperty('issued');
  });

  it('finds no issue date on a text that prints none, and still checks the times', () => {
    const items = itemsOf(
      readingOf([pdfFile('note.pdf', { createdAt: '2026-11-01T09:00:00Z' })], 'Account 55501234'),
    );
    expect(items).toEqual([
      { code: 'NO_EDITOR_SOFTWARE', status: 'pass', file: 'note.pdf' },
      { code: 'TIMESTAMPS_CONSISTENT', status: 'pass', file: 'note.pdf' },
    ]);
  });

  it('is registered under its id, and gives only items of its own group and codes', () => {
    expect(registeredCodes().filter((entry) => entry.check === 'authenticity_metadata')).toEqual(
      ['NO_EDITOR_SOFTWARE', 'EDITOR_SOFTWARE', 'TIMESTAMPS_CONSISTENT', 'TIMESTAMPS_INCONSISTENT'].map(
        (code) => expect.objectContaining({ group: 'authenticity', code }),
      ),
    );
    const items = runCheck(
      metadataCheck,
      readingOf([pdfFile('bill.pdf', { producer: 'GIMP', createdAt: '2026-11-01T09:00:00Z' })]),
      rules,
      LEEDS_SELLER,
    );
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item.group).toBe(metadataCheck.group);
      expect(Object.keys(metadataCheck.codes)).toContain(item.code);
    }
  });
});
