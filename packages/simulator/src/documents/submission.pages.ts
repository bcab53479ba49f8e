import type { DocumentType } from '@secondlook/feed-contract';
import type { Rng } from '../random.js';
import type {
  BenignVariant,
  DefectKind,
  DocumentVariant,
  GeneratedDocument,
  RequirementRules,
  SellerProfile,
} from './documents.types.js';
import { addDays, addYears } from './format.js';
import { nationalIdPages } from './id.card.js';
import { drivingLicencePages, passportPage } from './id.content.js';
import type { IdDates } from './id.parts.js';
import { certificatePage, chineseLicencePage, type LicenceDates } from './licence.content.js';
import type { TamperedField } from './mrz.build.js';
import type { Page } from './page.render.js';
import { bankStatementPages, supplierInvoicePage, utilityBillPages } from './paper.content.js';
import type { Shown } from './shown.js';
import { idVariant } from './submission.rules.js';

/** What one document of a submission is drawn from. */
export interface DocumentOptions {
  profile: SellerProfile;
  type: DocumentType;
  rules: RequirementRules;
  asOf: string;
  rng: Rng;
  captureSeed: number;
  variations: readonly BenignVariant[];
  allowHan: boolean;
  defect?: DefectKind;
  donor?: SellerProfile;
  reuseFrom?: { profile: SellerProfile; document: GeneratedDocument };
}

export function buildPages(
  o: DocumentOptions,
  shown: Shown,
  country: string,
  layout: Rng,
): { pages: Page[]; variant: DocumentVariant; scale: number; issued?: string } {
  const { type, defect, asOf, rng } = o;
  if (type === 'government_id') {
    const variant = idVariant(o.profile);
    const validityYears = variant === 'national_id' && shown.nationality === 'CN' ? 20 : 10;
    const dates = idDates(rng, asOf, validityYears, defect === 'expired');
    const tampered: TamperedField | undefined =
      defect === 'tampered_check_digit'
        ? rng.pick<TamperedField>(['document_number', 'birth_date', 'expiry_date'])
        : undefined;
    if (variant === 'passport')
      return { pages: [passportPage(shown, dates, layout, tampered)], variant, scale: 1.6 };
    if (variant === 'national_id')
      return { pages: nationalIdPages(shown, dates, layout, tampered), variant, scale: 1.6 };
    return { pages: drivingLicencePages(shown, dates, layout), variant, scale: 1.6 };
  }
  if (type === 'business_license') {
    const dates = licenceDates(rng, asOf, country, defect === 'expired');
    if (country === 'CN')
      return { pages: [chineseLicencePage(shown, dates, layout)], variant: 'licence_cn', scale: 2.2 };
    return { pages: [certificatePage(shown, country, dates)], variant: 'licence_certificate', scale: 2.2 };
  }
  const window = o.rules.issued_within_days ?? 90;
  const issued =
    defect === 'too_old'
      ? addDays(asOf, -rng.int(window + 15, window + 300))
      : addDays(asOf, -rng.int(3, Math.min(window - 10, type === 'supplier_invoice' ? 300 : 80)));
  const pageCount =
    defect === 'missing_page'
      ? rng.int(2, 3)
      : rng.weighted([
          [1, 40],
          [2, 40],
          [3, 20],
        ] as const);
  if (type === 'supplier_invoice')
    return {
      pages: [supplierInvoicePage(shown, country, { issued }, layout)],
      variant: 'pdf',
      scale: 2.2,
      issued,
    };
  if (type === 'bank_statement')
    return {
      pages: bankStatementPages(
        shown,
        country,
        { issued },
        pageCount,
        o.profile.record.bank?.account_number ?? '',
        layout,
      ),
      variant: 'pdf',
      scale: 2.2,
      issued,
    };
  return {
    pages: utilityBillPages(shown, country, { issued }, pageCount, layout),
    variant: 'pdf',
    scale: 2.2,
    issued,
  };
}

function idDates(rng: Rng, asOf: string, years: number, expired: boolean): IdDates {
  if (expired) {
    const expiry = addDays(asOf, -rng.int(15, 700));
    return { issued: addYears(expiry, -years), expiry };
  }
  let issued = addDays(asOf, -rng.int(100, 3000));
  if (addYears(issued, years) <= addDays(asOf, 60)) issued = addDays(asOf, -rng.int(100, 1500));
  return { issued, expiry: addDays(addYears(issued, years), -1) };
}

function licenceDates(rng: Rng, asOf: string, country: string, expired: boolean): LicenceDates {
  const established = addDays(asOf, -rng.int(400, 4000));
  if (country === 'HK') {
    const issued = expired ? addDays(asOf, -rng.int(380, 800)) : addDays(asOf, -rng.int(20, 300));
    return { established, issued, expiry: addDays(addYears(issued, 1), -1) };
  }
  if (expired) {
    const expiry = addDays(asOf, -rng.int(15, 500));
    return { established: addYears(expiry, -10), issued: addYears(expiry, -10), expiry };
  }
  // A licence is re-issued after changes: some time after establishment, never before.
  const issued = [addDays(asOf, -rng.int(20, 900)), established].sort().at(-1) ?? established;
  const fixedTerm = country === 'CN' && rng.chance(0.5) ? addDays(addYears(established, 20), -1) : undefined;
  return {
    established,
    issued,
    ...(fixedTerm && fixedTerm > addDays(asOf, 60) ? { expiry: fixedTerm } : {}),
  };
}
