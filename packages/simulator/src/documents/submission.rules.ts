import type { DocumentType } from '@secondlook/feed-contract';
import { Rng } from '../random.js';
import type {
  DefectKind,
  DocumentVariant,
  RequirementRules,
  Scenario,
  SellerProfile,
} from './documents.types.js';
import { hasTd1 } from './id.card.js';

/** The requirement rules of policy/default.policy.json, per scenario and document type. */
export const SCENARIO_RULES: Readonly<Record<Scenario, Partial<Record<DocumentType, RequirementRules>>>> = {
  registration_mismatch: {
    business_license: {
      unexpired: true,
      all_pages: true,
      colour: true,
      must_show: ['registered_name', 'registration_number', 'registered_address'],
    },
    utility_bill: {
      issued_within_days: 90,
      all_pages: true,
      must_show: ['registered_name', 'registered_address'],
    },
    bank_statement: {
      issued_within_days: 90,
      all_pages: true,
      must_show: ['registered_name', 'registered_address'],
    },
  },
  account_association: {
    government_id: {
      unexpired: true,
      all_sides: true,
      must_show: ['legal_rep_name', 'date_of_birth', 'id_number'],
    },
    business_license: {
      unexpired: true,
      colour: true,
      must_show: ['registered_name', 'registration_number', 'legal_rep_name'],
    },
  },
  identity_verification: {
    government_id: {
      unexpired: true,
      all_sides: true,
      colour: true,
      must_show: ['legal_rep_name', 'date_of_birth'],
    },
  },
  sales_anomaly: {
    supplier_invoice: {
      issued_within_days: 365,
      all_pages: true,
      covers_finding_period: true,
      must_show: ['registered_name'],
    },
  },
};

/** Documents of the scenario for this seller (the licence only for businesses). */
export const documentTypes = (
  profile: SellerProfile,
  scenario: Scenario,
  rng: Rng,
  allowHan: boolean,
): DocumentType[] => {
  const business = Boolean(profile.record.business);
  switch (scenario) {
    case 'registration_mismatch': {
      const country = profile.record.business?.country ?? profile.record.address?.country ?? 'US';
      // A Chinese utility bill is in 汉字: where it cannot be read, a bank statement proves the address.
      const proof: DocumentType =
        (country === 'CN' && !allowHan) || rng.chance(0.45) ? 'bank_statement' : 'utility_bill';
      return business ? ['business_license', proof] : [proof];
    }
    case 'account_association':
      return business ? ['government_id', 'business_license'] : ['government_id'];
    case 'identity_verification':
      return ['government_id'];
    case 'sales_anomaly':
      return ['supplier_invoice'];
  }
};

/** The document types a defect can be planted in. */
const TARGETS: Readonly<Record<DefectKind, readonly DocumentType[]>> = {
  name_mismatch: ['government_id', 'business_license', 'supplier_invoice', 'utility_bill', 'bank_statement'],
  address_mismatch: ['utility_bill', 'bank_statement'],
  expired: ['government_id', 'business_license'],
  too_old: ['utility_bill', 'bank_statement', 'supplier_invoice'],
  blurred: ['government_id', 'business_license', 'utility_bill', 'bank_statement', 'supplier_invoice'],
  greyscale: ['business_license', 'government_id'],
  low_resolution: ['government_id', 'business_license', 'utility_bill', 'bank_statement', 'supplier_invoice'],
  cropped: ['government_id', 'business_license', 'utility_bill', 'bank_statement', 'supplier_invoice'],
  tampered_check_digit: ['government_id'],
  edited_pdf_metadata: ['utility_bill', 'bank_statement', 'supplier_invoice'],
  reused_image: ['government_id', 'business_license'],
  missing_page: ['utility_bill', 'bank_statement'],
  missing_id_side: ['government_id'],
  pdf_incremental_update: ['utility_bill', 'bank_statement', 'supplier_invoice'],
};

export const IMAGE_DEFECTS: ReadonlySet<DefectKind> = new Set([
  'blurred',
  'greyscale',
  'low_resolution',
  'cropped',
]);

export const idVariant = (profile: SellerProfile): DocumentVariant => profile.person.idType;
export const countryOf = (profile: SellerProfile): string =>
  profile.record.business?.country ?? profile.record.address?.country ?? profile.person.nationality;

const HAN = /\p{Script=Han}/u;

/**
 * Why this seller's submission could not be read where Chinese OCR is missing (`allowHan` false),
 * or undefined: a PRC ID card is printed in 汉字, and a company registered under a 汉字 name shows
 * it in 汉字 (its English name is a translation, which no check can match to the registered one).
 */
export function submissionObstacle(
  profile: SellerProfile,
  scenario: Scenario,
  allowHan: boolean,
): string | undefined {
  if (allowHan) return undefined;
  const types = documentTypes(profile, scenario, Rng.of(0, 'probe'), false);
  if (
    types.includes('government_id') &&
    profile.person.idType === 'national_id' &&
    profile.person.nationality === 'CN'
  )
    return 'PRC ID card in 汉字';
  const showsName = types.some((t) => t !== 'government_id');
  if (showsName && HAN.test(profile.record.business?.legal_name ?? ''))
    return 'company name registered in 汉字';
  return undefined;
}

/** A licence that states an end date: China's fixed-term ones and Hong Kong's yearly certificates. */
const licenceExpires = (profile: SellerProfile) => ['CN', 'HK'].includes(countryOf(profile));

/** The documents of the submission a defect can be planted in. */
export const defectTargets = (profile: SellerProfile, types: readonly DocumentType[], defect: DefectKind) =>
  types.filter(
    (t) =>
      TARGETS[defect].includes(t) &&
      (defect !== 'expired' || t !== 'business_license' || licenceExpires(profile)),
  );

/** Why a defect cannot be planted in this seller's submission, or undefined when it can. */
export function defectObstacle(
  profile: SellerProfile,
  scenario: Scenario,
  defect: DefectKind,
): string | undefined {
  const types = documentTypes(profile, scenario, Rng.of(0, 'probe'), false);
  const targets = defectTargets(profile, types, defect);
  if (targets.length === 0) return `no ${defect} target among ${types.join(', ')}`;
  const rules = SCENARIO_RULES[scenario];
  if (defect === 'greyscale' && !targets.some((t) => rules[t]?.colour)) return 'no document requires colour';
  const idOnly = targets.every((t) => t === 'government_id');
  const variant = idVariant(profile);
  const hasMrz = variant === 'passport' || (variant === 'national_id' && hasTd1(profile.person.nationality));
  if (defect === 'tampered_check_digit' && !hasMrz) return 'the ID has no MRZ';
  if (defect === 'missing_id_side' && variant === 'passport') return 'a passport has one page';
  if (
    idOnly &&
    defect === 'missing_id_side' &&
    profile.person.nationality === 'CN' &&
    variant === 'national_id'
  )
    return 'PRC ID card in 汉字';
  return undefined;
}
