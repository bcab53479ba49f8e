import type { AppContext } from '../app/context.js';
import type { Principal } from '../modules/access/index.js';
import {
  detectIdentityVerification,
  detectMissingDocumentation,
  type Finding,
  type IdentityCheck,
} from '../modules/risk/index.js';
import { findDocumentsOnFileOf, findEventsOfType, readSellerPages } from '../modules/sellers/index.js';
import { type OpenCaseOutcome, openOrUpdateCase } from './open-case.workflow.js';

export interface ScanOptions {
  asOf: Date;
  by: Principal;
  /** Report findings without opening or updating cases. */
  dryRun?: boolean;
  onFinding?: (finding: Finding) => void;
}

export interface ScanSummary {
  sellers: number;
  findings: Record<string, number>;
  cases: Record<OpenCaseOutcome['outcome'], number>;
}

/**
 * Runs the detectors over every seller in the store, a page at a time, and lets policy open or
 * update cases. The detectors are pure; this workflow feeds them.
 * TODO(#3): registration_mismatch, account_association and sales_anomaly join here.
 */
export async function scanStore(context: AppContext, options: ScanOptions): Promise<ScanSummary> {
  const summary: ScanSummary = {
    sellers: 0,
    findings: {},
    cases: { opened: 0, updated: 0, unchanged: 0, below_threshold: 0 },
  };
  for await (const page of readSellerPages(context.db)) {
    const ids = page.map((s) => s.sellerId);
    const checks = await findEventsOfType(context.db, ids, 'identity_check');
    const documents = await findDocumentsOnFileOf(context.db, ids);
    for (const seller of page) {
      summary.sellers += 1;
      const findings = [
        detectIdentityVerification(
          seller.sellerId,
          (checks.get(seller.sellerId) ?? []) as unknown as IdentityCheck[],
          options.asOf,
        ),
        detectMissingDocumentation(
          seller.sellerId,
          seller.entityType as 'business' | 'individual',
          (documents.get(seller.sellerId) ?? []).map((d) => ({
            type: d.type,
            status: d.status as 'accepted' | 'rejected' | 'pending',
            issued_on: d.issuedOn,
            expires_on: d.expiresOn,
          })),
          options.asOf,
        ),
      ].filter((f): f is Finding => f !== undefined);
      for (const finding of findings) {
        summary.findings[finding.trigger] = (summary.findings[finding.trigger] ?? 0) + 1;
        options.onFinding?.(finding);
      }
      if (options.dryRun || findings.length === 0) continue;
      const outcome = await openOrUpdateCase(context, {
        sellerId: seller.sellerId,
        findings,
        source: 'scan',
        by: options.by,
      });
      summary.cases[outcome.outcome] += 1;
    }
  }
  return summary;
}
