import { createHash } from 'node:crypto';
import type { DocumentType, SellerRecord } from '../sellers/index.js';
import type { CheckDefinition } from './checks/check.definition.js';
import {
  type CheckItem,
  type DocumentReport,
  decideVerdict,
  sortChecks,
  type Verdict,
} from './checks/check.types.js';
import { checkRequirementsCovered, type RequirementToCover } from './checks/completeness.check.js';
import { crossDocumentChecks } from './checks/consistency.check.js';
import { registeredCountry } from './checks/document.advice.js';
import { CHECK_DEFINITIONS, runChecks } from './checks/registry.js';
import { checkReuse, type FileFingerprint, type ReuseCandidate } from './checks/reuse.check.js';
import { carriesZone } from './document.kind.js';
import { DOCUMENT_LIMITS } from './document.limits.js';
import { extractDocument, type OcrLanguage, type OcrPool } from './extract/index.js';
import { type FileToRead, readDocument } from './reading/read-document.js';
import type { DocumentReading } from './reading/reading.schema.js';

interface PreflightFile {
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
  /** The check definitions to run; the registry's by default (a test adds a fixture check). */
  checks?: readonly CheckDefinition[];
}

export interface ExaminedDocument {
  report: DocumentReport;
  /** What the document says, read once; absent when no file could be read. */
  reading?: DocumentReading;
  /** One fingerprint per file, in the order given (a file attached twice repeats the first). */
  files: FileFingerprint[];
}

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
  const toRead: FileToRead[] = [];
  const read: { fingerprint: FileFingerprint }[] = [];
  const files: FileFingerprint[] = [];
  for (const file of document.files) {
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const earlier = files.find((f) => f.sha256 === sha256);
    if (earlier) {
      toRead.push({ name: file.name, sha256, duplicate: true });
      files.push({ ...earlier, name: file.name });
      continue;
    }
    const result = await extractDocument(file.bytes, {
      ocr: context.ocr,
      languages: context.languages ?? languagesFor(context.seller, context.ocr),
      expectMrz: carriesZone(document, context.seller),
    });
    if (!result.ok) {
      toRead.push({ name: file.name, sha256, failure: { code: result.code, reason: result.reason } });
      files.push({ name: file.name, sha256 });
      continue;
    }
    const { extraction } = result;
    const text = extraction.pages.map((p) => p.text).join('\n');
    const dhash = extraction.image?.metrics.dHash;
    const fingerprint = { name: file.name, sha256, ...(dhash ? { dhash } : {}), ...(text ? { text } : {}) };
    files.push(fingerprint);
    toRead.push({ name: file.name, sha256, extraction });
    read.push({ fingerprint });
  }
  const reading = readDocument({ type: document.type, variant: document.variant, country, files: toRead });
  const rules = {
    asOf: context.asOf,
    limits: DOCUMENT_LIMITS,
    ...(document.rules ? { requirement: document.rules } : {}),
  };
  const checks: CheckItem[] = [
    ...runChecks(context.checks ?? CHECK_DEFINITIONS, reading, rules, context.seller),
    ...(read.length > 0 ? await reuseChecks(read, context) : []),
  ];
  const report = {
    type: document.type,
    files: document.files.map((f) => f.name),
    checks: sortChecks(checks),
  };
  if (read.length === 0) return { report, files };
  return { report, reading, files };
}

/**
 * The OCR language of a seller's documents: Chinese sellers' licences, ID cards and bills are in
 * 汉字 mixed with Latin, which the chi_sim model reads (its Latin too); everyone else's in English.
 */
function languagesFor(seller: SellerRecord, ocr: OcrPool): OcrLanguage[] {
  const country = seller.business?.country ?? seller.address?.country;
  return country === 'CN' && ocr.isAvailable('chi_sim') ? ['chi_sim'] : ['eng'];
}

/** The read files against other sellers' files; nothing when there is no way to look them up. */
async function reuseChecks(
  read: readonly { fingerprint: FileFingerprint }[],
  context: ExamineContext,
): Promise<CheckItem[]> {
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
  options: { ocr: OcrPool; findReuse?: FindReuse; checks?: readonly CheckDefinition[] },
): Promise<PreflightReport> {
  const context: ExamineContext = {
    seller: input.seller,
    asOf: input.asOf,
    ocr: options.ocr,
    ...(options.checks ? { checks: options.checks } : {}),
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
    registeredCountry(input.seller),
  );
  return { verdict: decideVerdict([...documents, { checks: submission }]), documents, submission };
}
