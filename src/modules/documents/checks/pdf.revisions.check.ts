import type { PdfRevisions } from '../extract/pdf.revisions.js';
import { defineCheck, type EmitItem, messagesOf } from './check.definition.js';
import type { CheckItem } from './check.types.js';

/**
 * Incremental updates (an authenticity signal, SPEC 5): a PDF saved again "in place" keeps the
 * issuer's first save and appends what changed, which `extract/pdf.revisions.ts` reads back. A
 * signature, a filled-in form or a comment lives in annotations and leaves the page text alone; a
 * changed amount, name or date does not. Rules and why in docs/documents.md.
 */
const REVISION_RULES = {
  /** A later save dated more than this after the first one is not the issuer's own second pass. */
  sameSaveDays: 1,
} as const;

type RevisionCode = 'PDF_CONTENT_CHANGED' | 'PDF_UPDATED' | 'PDF_REVISIONS_OK';

const DAY = 86_400_000;
const instant = (value: string | undefined): number | undefined => {
  const ms = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
};

/**
 * One item for a PDF holding more than one save, none for a PDF saved once: the page text changed
 * after the first save → fail; saved again by another program, days later, with pages or images
 * added, or a first save that does not open on its own → warn; otherwise (the same program the
 * same day, the text as it was) → pass.
 */
export function checkRevisions(
  input: {
    readonly file: string;
    readonly revisions?: PdfRevisions | undefined;
    readonly producer?: string | undefined;
    readonly modifiedAt?: string | undefined;
  },
  emit: EmitItem<RevisionCode>,
): CheckItem | undefined {
  const r = input.revisions;
  if (!r || r.count < 2) return undefined;
  const evidence = {
    file: input.file,
    saves: r.count,
    producer: { first: r.original?.producer, now: input.producer },
    modified: { first: r.original?.modifiedAt ?? r.original?.createdAt, now: input.modifiedAt },
  };
  if (r.changedPages.length > 0)
    return emit(
      'PDF_CONTENT_CHANGED',
      'fail',
      { ...evidence, pages: r.changedPages, removed: r.removedWords, added: r.addedWords },
      { pages: r.changedPages.join(', ') },
      { zh: { pages: r.changedPages.join('、') } },
    );
  const reasons: string[] = [];
  if (!r.original) reasons.push('first_save_unreadable');
  else {
    if ((r.original.producer ?? '') !== (input.producer ?? '')) reasons.push('other_producer');
    const first = instant(r.original.modifiedAt ?? r.original.createdAt);
    const now = instant(input.modifiedAt);
    if (first !== undefined && now !== undefined && now - first > REVISION_RULES.sameSaveDays * DAY)
      reasons.push('saved_later');
    if (r.addedPages > 0) reasons.push('pages_added');
    if (r.imagesAdded > 0) reasons.push('images_added');
  }
  const producer = input.producer ?? '';
  if (reasons.length > 0)
    return emit(
      'PDF_UPDATED',
      'warn',
      { ...evidence, reasons, addedPages: r.addedPages, imagesAdded: r.imagesAdded },
      { saves: r.count, producer: producer || 'another program' },
      { zh: { producer: producer || '其他程序' } },
    );
  return emit('PDF_REVISIONS_OK', 'pass', evidence, { saves: r.count });
}

/** The revisions item of each PDF file of the document (registry.ts runs it beside the metadata check). */
export const pdfRevisionsCheck = defineCheck({
  id: 'authenticity_revisions',
  group: 'authenticity',
  codes: messagesOf('PDF_CONTENT_CHANGED', 'PDF_UPDATED', 'PDF_REVISIONS_OK'),
  check: (reading, _rules, _profile, emit) =>
    reading.files.flatMap((file): CheckItem[] => {
      if (file.duplicate || file.failure || !file.pdf) return [];
      const item = checkRevisions(
        {
          file: file.name,
          revisions: file.pdf.revisions,
          producer: file.pdf.metadata.producer,
          modifiedAt: file.pdf.metadata.modifiedAt,
        },
        emit,
      );
      return item ? [item] : [];
    }),
});
