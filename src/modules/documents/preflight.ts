import { createHash } from 'node:crypto';
import type { DocumentType, SellerRecord } from '../sellers/index.js';
import {
  type CheckItem,
  checkItem,
  type DocumentReport,
  decideVerdict,
  sortChecks,
  type Verdict,
} from './checks/check.types.js';
import {
  checkBillAddress,
  checkConsistency,
  checkIdMatchesRepresentative,
} from './checks/consistency.check.js';
import { mrzDate } from './checks/dates.js';
import { checkIdentifiers } from './checks/identifiers.check.js';
import { checkValidity } from './checks/validity.check.js';
import { type Extraction, extractDocument, type OcrLanguage, type OcrPool } from './extract/index.js';

/** The image-quality thresholds a document photo or scan must meet (docs/documents.md). */
export const QUALITY_RULES = {
  /** Shorter side in pixels: below it, small print is unreadable (an A4 page at ~75 dpi). */
  minShortSidePx: 600,
  /** Laplacian variance: sharp text scores in the hundreds or more, blur under this. */
  minBlurVariance: 50,
  /** Share of clipped highlights that signals glare or a washed-out photo. */
  maxHighlightClipped: 0.35,
  screenshotLikelihood: 0.65,
} as const;

export interface PreflightFile {
  name: string;
  bytes: Uint8Array;
}

export interface PreflightDocument {
  type: DocumentType;
  /** The pages or sides of one document. */
  files: PreflightFile[];
  /** The requirement's rules (SPEC section 4), when the document answers one. */
  rules?: { issued_within_days?: number; unexpired?: boolean; colour?: boolean; must_show?: string[] };
}

export interface PreflightInput {
  seller: SellerRecord;
  documents: PreflightDocument[];
  /** The reference date, `YYYY-MM-DD`. */
  asOf: string;
  languages?: OcrLanguage[];
}

export interface PreflightReport {
  verdict: Verdict;
  documents: DocumentReport[];
}

/**
 * Every check of SPEC section 5 that needs no other seller's documents, on the files a seller is
 * about to submit: the same report for preflight and for a submission. No database, no network.
 */
export async function preflight(input: PreflightInput, options: { ocr: OcrPool }): Promise<PreflightReport> {
  const country = input.seller.business?.country ?? input.seller.address?.country;
  const read = new Map<DocumentType, { text: string; extraction: Extraction | undefined }>();
  const reports: { type: DocumentType; files: string[]; checks: CheckItem[] }[] = [];
  for (const document of input.documents) {
    const checks: CheckItem[] = [];
    const extractions: Extraction[] = [];
    const seen = new Set<string>();
    for (const file of document.files) {
      const digest = createHash('sha256').update(file.bytes).digest('hex');
      if (seen.has(digest)) {
        checks.push(checkItem('integrity', 'FILE_DUPLICATE', 'fail', { file: file.name }));
        continue;
      }
      seen.add(digest);
      const result = await extractDocument(file.bytes, {
        ocr: options.ocr,
        ...(input.languages ? { languages: input.languages } : {}),
      });
      if (!result.ok) {
        checks.push(integrityFailure(file.name, result.code, result.reason));
        continue;
      }
      checks.push(...fileChecks(file.name, result.extraction, document.rules?.colour ?? false));
      extractions.push(result.extraction);
    }
    const text = extractions.flatMap((e) => e.pages.map((p) => p.text)).join('\n');
    const mrz = extractions.find((e) => e.mrz)?.mrz ?? undefined;
    if (extractions.length > 0) {
      if (text.trim().length === 0)
        checks.push(
          checkItem('integrity', 'TEXT_NOT_READ', 'fail', { files: document.files.map((f) => f.name) }),
        );
      else {
        const expiry = mrz?.fields.expirationDate
          ? mrzDate(mrz.fields.expirationDate, 'expiry', input.asOf)
          : undefined;
        checks.push(
          ...checkIdentifiers({
            text,
            ...(mrz ? { mrzLines: mrz.lines } : {}),
            expectMrz: document.type === 'government_id',
          }),
          ...checkValidity({
            type: document.type,
            text,
            asOf: input.asOf,
            ...(country ? { country } : {}),
            ...(document.rules ? { rules: document.rules } : {}),
            ...(expiry ? { mrzExpiry: expiry } : {}),
          }),
          ...checkConsistency({
            type: document.type,
            text,
            seller: input.seller,
            ...(document.rules?.must_show ? { mustShow: document.rules.must_show } : {}),
            ...(country ? { country } : {}),
          }),
        );
      }
      read.set(document.type, { text, extraction: extractions.find((e) => e.mrz) ?? extractions[0] });
    }
    reports.push({ type: document.type, files: document.files.map((f) => f.name), checks });
  }
  addCrossDocumentChecks(reports, read, input.seller);
  const documents = reports.map((r) => ({ ...r, checks: sortChecks(r.checks) }));
  return { verdict: decideVerdict(documents), documents };
}

function integrityFailure(file: string, code: string, reason: string): CheckItem {
  if (code === 'file_too_large')
    return checkItem('integrity', 'FILE_TOO_LARGE', 'fail', { file, reason }, { limit: '10 MB' });
  if (code === 'pdf_encrypted') return checkItem('integrity', 'PDF_ENCRYPTED', 'fail', { file, reason });
  if (code === 'unsupported_type')
    return checkItem('integrity', 'FILE_TYPE_UNSUPPORTED', 'fail', { file, reason }, { detected: reason });
  return checkItem('integrity', 'FILE_UNREADABLE', 'fail', { file, code, reason });
}

/** Integrity and image-quality items of one file that opened. */
function fileChecks(file: string, extraction: Extraction, needsColour: boolean): CheckItem[] {
  const checks: CheckItem[] = [];
  if (extraction.pdf?.activeContent.length)
    checks.push(
      checkItem('integrity', 'PDF_ACTIVE_CONTENT', 'fail', { file, found: extraction.pdf.activeContent }),
    );
  else
    checks.push(
      checkItem(
        'integrity',
        'FILE_ACCEPTED',
        'pass',
        { file, mime: extraction.type.mime },
        { kind: extraction.type.kind.toUpperCase() },
      ),
    );
  for (const missing of extraction.unavailableLanguages)
    checks.push(
      checkItem(
        'integrity',
        'LANGUAGE_UNAVAILABLE',
        'warn',
        { file, ...missing },
        { language: missing.language },
      ),
    );
  const metrics = extraction.image?.metrics;
  if (!metrics) return checks;
  const quality: CheckItem[] = [];
  const evidence = { file, width: metrics.width, height: metrics.height };
  if (Math.min(metrics.width, metrics.height) < QUALITY_RULES.minShortSidePx)
    quality.push(
      checkItem('image_quality', 'IMAGE_LOW_RESOLUTION', 'fail', evidence, {
        width: metrics.width,
        height: metrics.height,
      }),
    );
  if (metrics.blurVariance < QUALITY_RULES.minBlurVariance)
    quality.push(
      checkItem('image_quality', 'IMAGE_BLURRY', 'fail', {
        ...evidence,
        blur_variance: metrics.blurVariance,
      }),
    );
  if (metrics.highlightClippedShare > QUALITY_RULES.maxHighlightClipped)
    quality.push(
      checkItem('image_quality', 'IMAGE_GLARE', 'warn', {
        ...evidence,
        clipped: metrics.highlightClippedShare,
      }),
    );
  if (metrics.isGreyscale)
    quality.push(
      checkItem('image_quality', 'IMAGE_GREYSCALE', needsColour ? 'fail' : 'warn', {
        ...evidence,
        colour_share: metrics.colourShare,
      }),
    );
  if (metrics.screenshot.likelihood >= QUALITY_RULES.screenshotLikelihood)
    quality.push(
      checkItem('image_quality', 'IMAGE_SCREENSHOT', 'fail', { ...evidence, ...metrics.screenshot }),
    );
  if (quality.length === 0)
    quality.push(
      checkItem('image_quality', 'IMAGE_QUALITY_OK', 'pass', {
        ...evidence,
        blur_variance: metrics.blurVariance,
      }),
    );
  return [...checks, ...quality];
}

/** The name on the ID is the representative on the licence; the bill's address is the registered one. */
function addCrossDocumentChecks(
  reports: { type: DocumentType; checks: CheckItem[] }[],
  read: Map<DocumentType, { text: string; extraction: Extraction | undefined }>,
  seller: SellerRecord,
): void {
  const id = read.get('government_id');
  const licence = read.get('business_license');
  if (id && licence) {
    const fields = id.extraction?.mrz?.fields;
    const item = checkIdMatchesRepresentative(
      id.text,
      licence.text,
      fields
        ? {
            ...(fields.lastName ? { lastName: fields.lastName } : {}),
            ...(fields.firstName ? { firstName: fields.firstName } : {}),
          }
        : undefined,
    );
    if (item) reports.find((r) => r.type === 'government_id')?.checks.push(item);
  }
  for (const type of ['utility_bill', 'bank_statement'] as const) {
    const bill = read.get(type);
    const item = bill ? checkBillAddress(bill.text, seller) : undefined;
    if (item) reports.find((r) => r.type === type)?.checks.push(item);
  }
}
