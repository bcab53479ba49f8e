import { createHash } from 'node:crypto';
import type { DocumentType, SellerRecord } from '../sellers/index.js';
import {
  checkEditorSoftware,
  checkReuse,
  checkTimestamps,
  type FileFingerprint,
  type ReuseCandidate,
} from './checks/authenticity.check.js';
import {
  type CheckItem,
  checkItem,
  type DocumentReport,
  decideVerdict,
  sortChecks,
  type Verdict,
} from './checks/check.types.js';
import {
  checkAllPages,
  checkRequirementsCovered,
  checkSides,
  type RequirementToCover,
} from './checks/completeness.check.js';
import { applyOcrConfidence, textSourceOf } from './checks/confidence.rule.js';
import { checkConsistency, crossDocumentChecks, type DocumentReading } from './checks/consistency.check.js';
import { mrzDate } from './checks/dates.js';
import { checkIdentifiers } from './checks/identifiers.check.js';
import { checkValidity, readIssueDate } from './checks/validity.check.js';
import {
  type Extraction,
  extractDocument,
  IMAGE_LIMITS,
  type OcrLanguage,
  type OcrPool,
  PDF_LIMITS,
} from './extract/index.js';
import { parseMrzName } from './extract/mrz/mrz.names.js';

/** The image-quality thresholds a document photo or scan must meet (docs/documents.md). */
export const QUALITY_RULES = {
  /** Shorter side in pixels: below it, small print is unreadable (an A4 page at ~75 dpi). */
  minShortSidePx: 600,
  /** Laplacian variance: sharp text scores in the hundreds or more, blur under this. */
  minBlurVariance: 50,
  /** Share of clipped highlights that signals glare or a washed-out photo. */
  maxHighlightClipped: 0.35,
  screenshotLikelihood: 0.65,
  /**
   * Ink runs along one edge (`edgeInkRuns`): text cut by the frame crosses it three times or more;
   * a margin, a table or a colour band under a photo, twice at most (measured on generated scans
   * and photos, docs/benchmarks.md).
   */
  maxEdgeInkRuns: 2,
} as const;

export interface PreflightFile {
  name: string;
  bytes: Uint8Array;
}

export interface PreflightDocument {
  type: DocumentType;
  /** The accepted variant the seller named (`passport`, `national_id`, `driving_licence`, …). */
  variant?: string;
  /** The pages or sides of one document. */
  files: PreflightFile[];
  /** The requirement's rules (SPEC section 4), when the document answers one. */
  rules?: {
    issued_within_days?: number;
    unexpired?: boolean;
    colour?: boolean;
    must_show?: string[];
    all_pages?: boolean;
    all_sides?: boolean;
  };
}

export interface PreflightInput {
  seller: SellerRecord;
  documents: PreflightDocument[];
  /** The reference date, `YYYY-MM-DD`. */
  asOf: string;
  languages?: OcrLanguage[];
  /** The case's requirements: when given, the report says which of them have no document. */
  requirements?: RequirementToCover[];
}

export interface PreflightReport {
  verdict: Verdict;
  documents: DocumentReport[];
  /** Checks of the submission as a whole (every requirement has a document), when requirements were given. */
  submission?: CheckItem[];
}

/** Files other sellers already submitted that may be these again (same bytes or a close image). */
export type FindReuse = (files: FileFingerprint[]) => Promise<ReuseCandidate[]>;

export interface ExamineContext {
  seller: SellerRecord;
  /** The reference date, `YYYY-MM-DD`. */
  asOf: string;
  languages?: OcrLanguage[];
  ocr: OcrPool;
  /** Absent offline (the CLI): no reuse item is produced then. */
  findReuse?: FindReuse;
}

export interface ExaminedDocument {
  report: DocumentReport;
  /** What the cross-document checks read, plain JSON; absent when no file could be read. */
  reading?: DocumentReading;
  /** One fingerprint per file, in the order given (a file attached twice repeats the first). */
  files: FileFingerprint[];
}

/** Types that number their pages ("Page 2 of 3"), checked for all pages unless `all_pages: false`. */
const NUMBERED_TYPES: ReadonlySet<DocumentType> = new Set([
  'business_license',
  'utility_bill',
  'bank_statement',
  'credit_card_statement',
  'supplier_invoice',
]);

interface ReadFile {
  name: string;
  fingerprint: FileFingerprint;
  extraction: Extraction;
}

/** The text of each page of a file, `''` where nothing was read. */
const pageTexts = (extraction: Extraction): string[] => {
  const count = extraction.pdf?.pageCount ?? extraction.image?.header.pages ?? extraction.pages.length;
  return Array.from(
    { length: Math.max(count, extraction.pages.length) },
    (_, i) => extraction.pages.find((p) => p.page === i + 1)?.text ?? '',
  );
};

/**
 * Every check of SPEC section 5 on one document (its files are its pages or sides): integrity,
 * image quality, completeness, validity, identifiers, authenticity and consistency with the
 * registered profile. The same for preflight, for the CLI and for the check job of a stored upload.
 */
export async function examineDocument(
  document: PreflightDocument,
  context: ExamineContext,
): Promise<ExaminedDocument> {
  const country = context.seller.business?.country ?? context.seller.address?.country;
  const checks: CheckItem[] = [];
  const read: ReadFile[] = [];
  const files: FileFingerprint[] = [];
  for (const file of document.files) {
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const earlier = files.find((f) => f.sha256 === sha256);
    if (earlier) {
      checks.push(checkItem('integrity', 'FILE_DUPLICATE', 'fail', { file: file.name }));
      files.push({ ...earlier, name: file.name });
      continue;
    }
    const result = await extractDocument(file.bytes, {
      ocr: context.ocr,
      languages: context.languages ?? languagesFor(context.seller, context.ocr),
      expectMrz: carriesZone(document, context.seller),
    });
    if (!result.ok) {
      checks.push(integrityFailure(file.name, result.code, result.reason));
      files.push({ name: file.name, sha256 });
      continue;
    }
    const { extraction } = result;
    checks.push(...fileChecks(file.name, extraction, document.rules?.colour ?? false));
    const text = extraction.pages.map((p) => p.text).join('\n');
    const dhash = extraction.image?.metrics.dHash;
    const fingerprint = { name: file.name, sha256, ...(dhash ? { dhash } : {}), ...(text ? { text } : {}) };
    files.push(fingerprint);
    read.push({ name: file.name, fingerprint, extraction });
  }
  // Colour belongs to the scan, not to each side: a pale back scanned with a colour front is in colour.
  if (read.some((r) => r.extraction.image && !r.extraction.image.metrics.isGreyscale))
    checks.forEach((c, i) => {
      if (c.code === 'IMAGE_GREYSCALE' && c.status === 'fail')
        checks[i] = checkItem('image_quality', 'IMAGE_GREYSCALE', 'warn', c.evidence);
    });
  if (read.length > 0) {
    const text = read.flatMap((r) => r.extraction.pages.map((p) => p.text)).join('\n');
    const source = textSourceOf(read.flatMap((r) => r.extraction.pages));
    checks.push(...applyOcrConfidence(textChecks(document, text, read, context, country), source));
    checks.push(...(await reuseChecks(read, context)));
  }
  const report = {
    type: document.type,
    files: document.files.map((f) => f.name),
    checks: sortChecks(checks),
  };
  if (read.length === 0) return { report, files };
  const holder = holderOf(read);
  const idHolder = holder?.lastName
    ? { lastName: holder.lastName, ...(holder.firstName ? { firstName: holder.firstName } : {}) }
    : undefined;
  const reading: DocumentReading = {
    type: document.type,
    text: read.flatMap((r) => r.extraction.pages.map((p) => p.text)).join('\n'),
    ...(idHolder ? { idHolder } : {}),
  };
  return { report, reading, files };
}

const registeredIdentifiers = (seller: SellerRecord): string[] =>
  [seller.business?.registration_number, seller.legal_rep.id_number].filter(
    (value): value is string => typeof value === 'string' && value.length > 0,
  );

/**
 * The OCR language of a seller's documents: Chinese sellers' licences, ID cards and bills are in
 * 汉字 mixed with Latin, which one chi_sim+eng worker reads; everyone else's in English.
 */
function languagesFor(seller: SellerRecord, ocr: OcrPool): OcrLanguage[] {
  const country = seller.business?.country ?? seller.address?.country;
  return country === 'CN' && ocr.isAvailable('chi_sim') ? ['chi_sim'] : ['eng'];
}

/** Passports and ID cards carry a zone; driving licences and the PRC resident card do not. */
const carriesZone = (document: PreflightDocument, seller: SellerRecord): boolean =>
  document.type === 'government_id' &&
  document.variant !== 'driving_licence' &&
  !(document.variant === 'national_id' && seller.legal_rep.nationality === 'CN');

/** The holder's name from the zone: the photo reader's, else the text's with fillers read as letters removed. */
function holderOf(read: readonly ReadFile[]): { lastName: string; firstName: string } | undefined {
  const zone = read.find((r) => r.extraction.zone)?.extraction.zone;
  if (zone?.fields.lastName) return { lastName: zone.fields.lastName, firstName: zone.fields.firstName };
  const found = read.find((r) => r.extraction.mrz);
  const mrz = found?.extraction.mrz;
  if (!found || !mrz) return undefined;
  const printed = found.extraction.pages.map((p) => p.text).join('\n');
  const nameLine = mrz.format === 'TD1' ? (mrz.lines[2] ?? '') : (mrz.lines[0] ?? '').slice(5);
  return parseMrzName(nameLine, printed);
}

/** Completeness, identifiers, validity, consistency and the metadata authenticity items of a read document. */
function textChecks(
  document: PreflightDocument,
  text: string,
  read: readonly ReadFile[],
  context: ExamineContext,
  country: string | undefined,
): CheckItem[] {
  const { asOf } = context;
  const checks: CheckItem[] = [];
  checks.push(
    ...checkSides({
      type: document.type,
      variant: document.variant,
      rules: document.rules,
      files: read.map((r) => ({ ...r.fingerprint, pages: pageTexts(r.extraction) })),
    }),
  );
  const hasText = text.trim().length > 0;
  if (hasText && (document.rules?.all_pages ?? NUMBERED_TYPES.has(document.type)))
    checks.push(
      checkAllPages(
        read.flatMap((r) =>
          pageTexts(r.extraction).map((page, i) => ({ file: r.name, page: i + 1, text: page })),
        ),
      ),
    );
  const issuedOn = hasText ? readIssueDate({ text, asOf, ...(country ? { country } : {}) })?.date : undefined;
  for (const { name, extraction } of read) {
    const exif = extraction.image?.header.exif;
    const metadata = { file: name, pdf: extraction.pdf?.metadata, exif };
    checks.push(checkEditorSoftware({ ...metadata, type: document.type }));
    const timestamps = checkTimestamps({ ...metadata, asOf, issuedOn });
    if (timestamps) checks.push(timestamps);
  }
  if (!hasText) {
    checks.push(
      checkItem('integrity', 'TEXT_NOT_READ', 'fail', { files: document.files.map((f) => f.name) }),
    );
    return checks;
  }
  const mrz = read.find((r) => r.extraction.mrz)?.extraction.mrz ?? undefined;
  const zone = read.find((r) => r.extraction.zone)?.extraction.zone;
  const zoneExpiry = zone && zone.checkDigits.find((c) => c.field === 'expirationDate')?.status === 'valid';
  const expiryText = zoneExpiry ? zone.fields.expirationDate : mrz?.fields.expirationDate;
  const expiry = expiryText ? mrzDate(expiryText, 'expiry', asOf) : undefined;
  checks.push(
    ...checkIdentifiers({
      text,
      ...(mrz ? { mrzLines: mrz.lines } : {}),
      ...(zone ? { zone } : {}),
      zoneSearched: read.some((r) => r.extraction.zoneSearched),
      registered: registeredIdentifiers(context.seller),
      expectMrz: document.type === 'government_id',
    }),
    ...checkValidity({
      type: document.type,
      text,
      asOf,
      ...(country ? { country } : {}),
      ...(document.rules ? { rules: document.rules } : {}),
      ...(expiry ? { mrzExpiry: expiry } : {}),
    }),
    ...checkConsistency({
      type: document.type,
      text,
      seller: context.seller,
      ...(document.rules?.must_show ? { mustShow: document.rules.must_show } : {}),
      ...(country ? { country } : {}),
    }),
  );
  return checks;
}

/** The read files against other sellers' files; nothing when there is no way to look them up. */
async function reuseChecks(read: readonly ReadFile[], context: ExamineContext): Promise<CheckItem[]> {
  if (!context.findReuse) return [];
  const fingerprints = read.map((r) => r.fingerprint);
  // The caller looks up other sellers; a file of the seller's own is never "reused".
  const candidates = (await context.findReuse(fingerprints)).filter(
    (c) => c.seller_id !== context.seller.seller_id,
  );
  return fingerprints.map((fingerprint) => checkReuse(fingerprint, candidates));
}

/**
 * Every check of SPEC section 5 on the files a seller is about to submit: each document examined,
 * then the checks across documents, then (with the case's requirements) whether every requirement
 * has a document. No database; other sellers' files only through `findReuse`.
 */
export async function preflight(
  input: PreflightInput,
  options: { ocr: OcrPool; findReuse?: FindReuse },
): Promise<PreflightReport> {
  const context: ExamineContext = {
    seller: input.seller,
    asOf: input.asOf,
    ocr: options.ocr,
    ...(input.languages ? { languages: input.languages } : {}),
    ...(options.findReuse ? { findReuse: options.findReuse } : {}),
  };
  // Two documents in flight: while one waits for the OCR worker, the next is decoded and measured.
  const examined: ExaminedDocument[] = new Array(input.documents.length);
  let next = 0;
  const examineNext = async (): Promise<void> => {
    for (let i = next++; i < input.documents.length; i = next++)
      examined[i] = await examineDocument(input.documents[i]!, context);
  };
  await Promise.all([examineNext(), examineNext()]);
  const readings = examined.flatMap((e) => (e.reading ? [e.reading] : []));
  const across = crossDocumentChecks(readings, input.seller);
  const documents = examined.map((e) => {
    const extra = e.reading ? (across[readings.indexOf(e.reading)]?.checks ?? []) : [];
    return { ...e.report, checks: sortChecks([...e.report.checks, ...extra]) };
  });
  if (!input.requirements) return { verdict: decideVerdict(documents), documents };
  const submission = checkRequirementsCovered(
    input.requirements,
    input.documents.map((d) => ({ type: d.type, variant: d.variant })),
  );
  return { verdict: decideVerdict([...documents, { checks: submission }]), documents, submission };
}

function integrityFailure(file: string, code: string, reason: string): CheckItem {
  if (code === 'file_too_large')
    return checkItem('integrity', 'FILE_TOO_LARGE', 'fail', { file, reason }, { limit: '10 MB' });
  if (code === 'pdf_encrypted') return checkItem('integrity', 'PDF_ENCRYPTED', 'fail', { file, reason });
  if (code === 'pdf_too_many_pages' || code === 'image_too_many_pages')
    return checkItem(
      'integrity',
      'FILE_TOO_MANY_PAGES',
      'fail',
      { file, reason },
      { limit: PDF_LIMITS.maxPages },
    );
  if (code === 'image_too_large')
    return checkItem(
      'integrity',
      'IMAGE_TOO_LARGE',
      'fail',
      { file, reason },
      { limit: IMAGE_LIMITS.maxPixels / 1_000_000 },
    );
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
  const cutEdges = (Object.keys(metrics.edgeInkRuns) as (keyof typeof metrics.edgeInkRuns)[]).filter(
    (edge) => metrics.edgeInkRuns[edge] > QUALITY_RULES.maxEdgeInkRuns,
  );
  if (cutEdges.length > 0)
    quality.push(
      checkItem('image_quality', 'IMAGE_CROPPED', 'fail', {
        ...evidence,
        edges: cutEdges,
        ink_runs: metrics.edgeInkRuns,
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
