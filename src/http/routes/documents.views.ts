import { z } from 'zod';
import {
  CHECK_GROUPS,
  type CheckItem,
  type DocumentFileRow,
  DocumentReading,
  type DocumentRow,
  isCheckStale,
  readStoredReading,
} from '../../modules/documents/index.js';
import { DOCUMENT_TYPES } from '../../modules/sellers/index.js';

export const CheckItemView = z.object({
  group: z.enum(CHECK_GROUPS),
  code: z.string(),
  status: z.enum(['pass', 'warn', 'fail']),
  message: z.object({ en: z.string(), zh: z.string() }),
  evidence: z.record(z.string(), z.unknown()),
});

export const PreflightReportView = z.object({
  verdict: z.enum(['pass', 'fail']),
  documents: z.array(
    z.object({
      type: z.enum(DOCUMENT_TYPES),
      files: z.array(z.string()).readonly(),
      checks: z.array(CheckItemView).readonly(),
    }),
  ),
  submission: z.array(CheckItemView).readonly().optional(),
});

/**
 * What the readers found in the document: each field with its value, where it was read (file,
 * page, box as shares of the page image), its confidence and the reader; the viewer outlines it.
 */
const ReadingView = DocumentReading.pick({ script: true, readers: true, fields: true });

export const DocumentView = z.object({
  id: z.string(),
  case_id: z.string(),
  /** The requirement's material this document answers. */
  material: z.string(),
  type: z.enum(DOCUMENT_TYPES),
  variant: z.string().nullable(),
  status: z.enum(['checking', 'checked', 'check_failed', 'withdrawn']),
  verdict: z.enum(['pass', 'fail']).nullable(),
  files: z.array(
    z.object({
      position: z.number().int(),
      name: z.string(),
      sha256: z.string(),
      size: z.number().int(),
      mime: z.string(),
    }),
  ),
  /** Every check, grouped as SPEC section 5; empty while `checking`. */
  checks: z.array(CheckItemView),
  /** The document as read, once `checked` (null before, or when no file could be read). */
  reading: ReadingView.nullable(),
  /** Why the checks could not run, when `check_failed`. */
  failure: z.string().nullable(),
  uploaded_at: z.string(),
  checked_at: z.string().nullable(),
  /** The seller's profile version the checks ran against (null while checking, or if not recorded). */
  checked_profile_version: z.number().int().nullable(),
  /**
   * The seller's profile changed after these checks ran: the consistency items may be wrong until
   * the checks run again (a job does that at once); a decision on stale checks needs confirming.
   */
  stale: z.boolean(),
});

export function presentDocument(
  document: DocumentRow,
  files: DocumentFileRow[],
  currentProfileVersion: number | null,
): z.infer<typeof DocumentView> {
  const report = document.report as { checks?: CheckItem[] } | null;
  const reading = readStoredReading(document.reading);
  return {
    id: document.id,
    case_id: document.caseId,
    material: document.material,
    type: document.type as (typeof DOCUMENT_TYPES)[number],
    variant: document.variant,
    status: document.status as 'checking' | 'checked' | 'check_failed' | 'withdrawn',
    verdict: document.verdict as 'pass' | 'fail' | null,
    files: files.map((f) => ({
      position: f.position,
      name: f.name,
      sha256: f.sha256,
      size: f.size,
      mime: f.mime,
    })),
    checks: (report?.checks ?? []).map((c) => ({ ...c, evidence: { ...c.evidence } })),
    reading: reading ? { script: reading.script, readers: reading.readers, fields: reading.fields } : null,
    failure: document.failure,
    uploaded_at: document.uploadedAt.toISOString(),
    checked_at: document.checkedAt?.toISOString() ?? null,
    checked_profile_version: document.checkedProfileVersion,
    stale:
      currentProfileVersion !== null && isCheckStale(document.checkedProfileVersion, currentProfileVersion),
  };
}
