import type { DefectKind, Scenario } from '@secondlook/simulator';
import type { CheckGroup, CheckItem, PreflightReport } from '../../src/modules/documents/index.js';

/** What the documents accuracy bench judges a submission by (accuracy.bench.ts). */

/** The check group whose failure is the right reason to reject each defect. */
export const RIGHT_GROUP: Readonly<Record<DefectKind, CheckGroup>> = {
  name_mismatch: 'consistency',
  address_mismatch: 'consistency',
  expired: 'validity',
  too_old: 'validity',
  blurred: 'image_quality',
  greyscale: 'image_quality',
  low_resolution: 'image_quality',
  cropped: 'image_quality',
  tampered_check_digit: 'identifiers',
  edited_pdf_metadata: 'authenticity',
  reused_image: 'authenticity',
  missing_page: 'completeness',
  missing_id_side: 'completeness',
  pdf_incremental_update: 'authenticity',
};

/** The image documents of each requirement set that another seller's copy can stand in for. */
export const REUSABLE: Readonly<Record<Scenario, readonly string[]>> = {
  registration_mismatch: ['business_license'],
  identity_verification: ['government_id'],
  account_association: ['government_id', 'business_license'],
  sales_anomaly: [],
};

export interface Outcome {
  index: number;
  seller: string;
  scenario: string;
  defect?: DefectKind;
  variations: string[];
  forms: string[];
  verdict: PreflightReport['verdict'];
  /** Failed codes on the defective document (all documents for benign ones). */
  failed: { type: string; group: CheckGroup; code: string }[];
  rightGroup: boolean;
  /** Files of other sellers this submission's files were compared with for reuse. */
  reuseCandidates: number;
  /** Each reuse item: its code and the nearest other image (dHash bits, text similarity). */
  reuseItems: { type: string; code: string; distance?: number; similarity?: number }[];
  ms: number;
}

export type Failed = { type: string; group: CheckGroup; code: string };
export const failedItems = (report: PreflightReport): Failed[] => [
  ...report.documents.flatMap((d) =>
    d.checks
      .filter((c: CheckItem) => c.status === 'fail')
      .map((c): Failed => ({ type: d.type, group: c.group, code: c.code })),
  ),
  ...(report.submission ?? [])
    .filter((c) => c.status === 'fail')
    .map((c): Failed => ({ type: 'submission', group: c.group, code: c.code })),
];
