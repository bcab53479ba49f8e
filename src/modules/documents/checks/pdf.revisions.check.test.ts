import { describe, expect, it } from 'vitest';
import type { PdfRevisions } from '../extract/pdf.revisions.js';
import { emitterOf, messagesOf } from './check.definition.js';
import { checkRevisions } from './pdf.revisions.check.js';

const emit = emitterOf({
  group: 'authenticity',
  codes: messagesOf('PDF_CONTENT_CHANGED', 'PDF_UPDATED', 'PDF_REVISIONS_OK'),
});

const saves = (over: Partial<PdfRevisions> = {}): PdfRevisions => ({
  count: 2,
  original: {
    producer: 'Billing System',
    createdAt: '2026-01-12T10:00:00.000Z',
    modifiedAt: '2026-01-12T10:00:00.000Z',
    pageCount: 2,
  },
  changedPages: [],
  addedPages: 0,
  removedWords: [],
  addedWords: [],
  imagesAdded: 0,
  ...over,
});

const check = (
  revisions: PdfRevisions | undefined,
  producer = 'Billing System',
  modifiedAt = '2026-01-12T15:00:00.000Z',
) => checkRevisions({ file: 'bill.pdf', revisions, producer, modifiedAt }, emit);

describe('checkRevisions', () => {
  it('gives no item for a PDF saved once', () => {
    expect(check(undefined)).toBeUndefined();
    expect(check(saves({ count: 1 }))).toBeUndefined();
  });

  it('fails when a later save changed the text of a page, naming the pages in both languages', () => {
    const item = check(saves({ changedPages: [1, 3], removedWords: ['123.45'], addedWords: ['23.45'] }));
    expect(item).toMatchObject({
      group: 'authenticity',
      code: 'PDF_CONTENT_CHANGED',
      status: 'fail',
      evidence: { file: 'bill.pdf', saves: 2, pages: [1, 3], removed: ['123.45'], added: ['23.45'] },
    });
    expect(item?.message.en).toContain('page 1, 3');
    expect(item?.message.zh).toContain('第 1、3 页');
  });

  it('fails on changed text even when the same program saved it the same day', () => {
    expect(check(saves({ changedPages: [2] }))?.status).toBe('fail');
  });

  it('passes the same program saving again the same day without changing the text', () => {
    expect(check(saves())).toMatchObject({ code: 'PDF_REVISIONS_OK', status: 'pass' });
  });

  it('warns when another program saved it again, with the reason', () => {
    const item = check(saves(), 'Some Editor 2.0');
    expect(item).toMatchObject({
      code: 'PDF_UPDATED',
      status: 'warn',
      evidence: { reasons: ['other_producer'] },
    });
    expect(item?.message.en).toContain('Some Editor 2.0');
  });

  it('warns when it was saved again days later, or pages or images were added', () => {
    expect(check(saves(), 'Billing System', '2026-01-20T10:00:00.000Z')?.evidence).toMatchObject({
      reasons: ['saved_later'],
    });
    expect(check(saves({ addedPages: 1, imagesAdded: 1 }))?.evidence).toMatchObject({
      reasons: ['pages_added', 'images_added'],
    });
  });

  it('warns when the first save does not open on its own', () => {
    const item = check(saves({ original: undefined }), '');
    expect(item).toMatchObject({
      code: 'PDF_UPDATED',
      status: 'warn',
      evidence: { reasons: ['first_save_unreadable'] },
    });
    expect(item?.message.en).toContain('another program');
    expect(item?.message.zh).toContain('其他程序');
  });
});
