import type { Address, DocumentType, SellerRecord } from '@secondlook/feed-contract';

/**
 * What the document generator produces: the files a seller (or a fraudster) would upload for one
 * submission, and the truth about them. Pure over a seed: the same input gives the same bytes.
 */

/** Controlled defects: each is something real sellers or fraudsters submit. */
export const DEFECT_KINDS = [
  'name_mismatch',
  'address_mismatch',
  'expired',
  'too_old',
  'blurred',
  'greyscale',
  'low_resolution',
  'cropped',
  'tampered_check_digit',
  'edited_pdf_metadata',
  'reused_image',
  'missing_page',
  'missing_id_side',
  // Last, so that adding it left the corpus of the earlier kinds as it was for every seed.
  'pdf_incremental_update',
] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

/** Benign variations: a document with any of these must still pass. */
export const BENIGN_VARIANTS = [
  'abbreviation',
  'case',
  'word_order',
  'script',
  'rotation',
  'jpeg_noise',
  'photo_background',
] as const;
export type BenignVariant = (typeof BENIGN_VARIANTS)[number];

/** Document variants: a passport, an ID card, a scanned bill, a PDF statement… */
export type DocumentVariant =
  | 'licence_cn'
  | 'licence_certificate'
  | 'passport'
  | 'national_id'
  | 'driving_licence'
  | 'pdf'
  | 'scan'
  | 'photo';

/** The requirement rules of policy/default.policy.json that a document answers. */
export interface RequirementRules {
  issued_within_days?: number;
  unexpired?: boolean;
  all_pages?: boolean;
  all_sides?: boolean;
  colour?: boolean;
  covers_finding_period?: boolean;
  must_show?: string[];
}

export interface GeneratedFile {
  name: string;
  bytes: Uint8Array;
}

export interface GeneratedDocument {
  type: DocumentType;
  variant?: DocumentVariant;
  /** Script of the seller's values on the document: `han` needs Chinese OCR to be read. */
  script: 'latin' | 'han';
  rules: RequirementRules;
  files: GeneratedFile[];
  /** Seed of the layout and the capture (paper, lighting, margins, noise): a reused image shares its donor's. */
  captureSeed: number;
  /** How the files were made: a PDF with a text layer, a scan, or a photo. */
  form: 'pdf' | 'scan' | 'photo';
  /** The benign variations and the defect this document carries. */
  variations: BenignVariant[];
  defect?: DefectKind;
}

export interface SubmissionTruth {
  defects: DefectKind[];
  /** Benign variations applied (they must not make the submission fail). */
  variations: BenignVariant[];
  expect: 'pass' | 'fail';
}

export interface GeneratedSubmission {
  seller: SellerRecord;
  scenario: Scenario;
  documents: GeneratedDocument[];
  truth: SubmissionTruth;
}

/** Which requirement set the submission answers (the trigger of policy/default.policy.json). */
export type Scenario =
  | 'registration_mismatch'
  | 'account_association'
  | 'identity_verification'
  | 'sales_anomaly';

/**
 * A seller's registered values, plus the same values in the other script where the simulation
 * knows them (`王晓明` ↔ `Wang Xiaoming`, `深圳市华盛科技有限公司` ↔ `Shenzhen Huasheng Technology
 * Co., Ltd.`): documents are printed in their issuer's script, not necessarily the feed's.
 */
export interface SellerProfile {
  record: SellerRecord;
  /** Hidden facts the documents need that the feed does not carry. */
  person: {
    sex: 'M' | 'F';
    dateOfBirth: string;
    idNumber: string;
    idType: 'passport' | 'national_id' | 'driving_licence';
    nationality: string;
  };
  latin: { repName: string; surname: string; given: string; legalName?: string; address?: Address };
  han?: { repName?: string; legalName?: string; address?: Address };
}
