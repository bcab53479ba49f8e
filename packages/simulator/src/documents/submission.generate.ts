import type { DocumentType } from '@secondlook/feed-contract';
import sharp from 'sharp';
import { DEFAULT_AS_OF } from '../marketplace.sim.js';
import { hashPath, Rng } from '../random.js';
import { type CaptureOptions, captureImage, type Edge } from './capture.js';
import type {
  BenignVariant,
  DefectKind,
  DocumentVariant,
  GeneratedDocument,
  GeneratedFile,
  GeneratedSubmission,
  RequirementRules,
  Scenario,
  SellerProfile,
} from './documents.types.js';
import { addDays, addYears } from './format.js';
import { drivingLicencePages, hasTd1, type IdDates, nationalIdPages, passportPage } from './id.content.js';
import { certificatePage, chineseLicencePage, type LicenceDates } from './licence.content.js';
import type { TamperedField } from './mrz.build.js';
import { type Page, type PdfMetadata, renderImagePdf, renderPagePng, renderPdf } from './page.render.js';
import { bankStatementPages, supplierInvoicePage, utilityBillPages } from './paper.content.js';
import { type Shown, shownValues } from './shown.js';

/**
 * One submission: the documents a seller would upload for a requirement set, with at most one
 * planted defect and any benign variations, and the truth about it.
 */

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

export interface GenerateSubmissionOptions {
  profile: SellerProfile;
  scenario: Scenario;
  seed: number;
  /** Reference date `YYYY-MM-DD` (default the simulation's). */
  asOf?: string;
  defect?: DefectKind;
  variations?: readonly BenignVariant[];
  /** Other sellers, whose names and addresses mismatched documents carry. */
  donors?: readonly SellerProfile[];
  /** For `reused_image`: an image document generated earlier for another seller. */
  reuseFrom?: { profile: SellerProfile; document: GeneratedDocument };
  /** Whether 汉字 documents may be produced (false: only Latin-script documents, for eng-only OCR). */
  allowHan?: boolean;
}

const PDF_PRODUCERS: readonly (readonly [string, string])[] = [
  ['Microsoft® Word for Microsoft 365', 'Microsoft® Word for Microsoft 365'],
  ['iText® 7.2.5 ©2000-2023 Apryse Group NV', 'Billing System'],
  ['PDFlib+PDI 9.3.1 (Linux/x86_64)', 'Statement Server'],
  ['Crystal Reports', 'Crystal Reports'],
];
const PDF_EDITORS: readonly (readonly [string, string])[] = [
  ['Adobe Photoshop 25.0 (Windows)', 'Adobe Photoshop 25.0 (Windows)'],
  ['PDFescape Online PDF Editor', 'PDFescape'],
  ['Sejda PDF Editor 7.6', 'Sejda'],
  ['iLovePDF', 'iLovePDF editor'],
];
const TABLES: readonly (readonly [number, number, number])[] = [
  [92, 64, 51],
  [58, 60, 66],
  [176, 166, 148],
  [34, 34, 38],
  [136, 104, 74],
];

/** Documents of the scenario for this seller (the licence only for businesses). */
const documentTypes = (
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
};

const IMAGE_DEFECTS: ReadonlySet<DefectKind> = new Set(['blurred', 'greyscale', 'low_resolution', 'cropped']);

const idVariant = (profile: SellerProfile): DocumentVariant => profile.person.idType;
const countryOf = (profile: SellerProfile): string =>
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
const defectTargets = (profile: SellerProfile, types: readonly DocumentType[], defect: DefectKind) =>
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

export async function generateSubmission(options: GenerateSubmissionOptions): Promise<GeneratedSubmission> {
  const { profile, scenario, defect } = options;
  const variations = [...(options.variations ?? [])];
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const allowHan = options.allowHan ?? true;
  const rng = Rng.of(options.seed, 'submission', profile.record.seller_id, scenario);
  const types = documentTypes(profile, scenario, rng.fork('types'), allowHan);
  const reuseType = options.reuseFrom?.document.type;
  const candidates = defect
    ? defectTargets(profile, types, defect).filter((t) => !reuseType || t === reuseType)
    : [];
  const preferred =
    defect === 'greyscale' ? candidates.filter((t) => SCENARIO_RULES[scenario][t]?.colour) : candidates;
  const target = defect ? rng.pick(preferred.length > 0 ? preferred : candidates) : undefined;
  if (defect && !target)
    throw new Error(`cannot plant ${defect} in ${scenario} for ${profile.record.seller_id}`);
  const donors = (options.donors ?? []).filter((d) => d.record.seller_id !== profile.record.seller_id);
  // A business's documents name a business: a mismatched one carries another company's name.
  const sameKind = donors.filter((d) => Boolean(d.record.business) === Boolean(profile.record.business));
  const sameCountry = sameKind.filter((d) => countryOf(d) === countryOf(profile));
  const donor = sameKind.length > 0 ? rng.pick(sameCountry.length > 0 ? sameCountry : sameKind) : undefined;
  const documents: GeneratedDocument[] = [];
  for (const type of types) {
    const isTarget = type === target;
    const docRng = rng.fork('document', type);
    const captureSeed =
      isTarget && defect === 'reused_image' && options.reuseFrom
        ? options.reuseFrom.document.captureSeed
        : hashPath([options.seed, profile.record.seller_id, type, 'capture']);
    documents.push(
      await generateDocument({
        profile,
        type,
        rules: SCENARIO_RULES[scenario][type] ?? {},
        asOf,
        rng: docRng,
        captureSeed,
        variations,
        allowHan,
        ...(isTarget && defect ? { defect } : {}),
        ...(donor ? { donor } : {}),
        ...(isTarget && options.reuseFrom ? { reuseFrom: options.reuseFrom } : {}),
      }),
    );
  }
  const applied = [...new Set(documents.flatMap((d) => d.variations))];
  return {
    seller: profile.record,
    scenario,
    documents,
    truth: { defects: defect ? [defect] : [], variations: applied, expect: defect ? 'fail' : 'pass' },
  };
}

interface DocumentOptions {
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

const IMAGE_ONLY: ReadonlySet<BenignVariant> = new Set(['rotation', 'jpeg_noise', 'photo_background']);

async function generateDocument(o: DocumentOptions): Promise<GeneratedDocument> {
  const { type, defect, rng } = o;
  const layout = Rng.of(o.captureSeed, 'layout');
  const isCard = type === 'government_id' || type === 'business_license';
  const reused = defect === 'reused_image' ? o.reuseFrom?.document : undefined;
  let form: GeneratedDocument['form'];
  if (reused) form = reused.form;
  else if (isCard) form = o.variations.includes('photo_background') || rng.chance(0.35) ? 'photo' : 'scan';
  else if (defect && (IMAGE_DEFECTS.has(defect) || defect === 'reused_image'))
    form = rng.chance(0.5) ? 'photo' : 'scan';
  else if (defect === 'edited_pdf_metadata') form = 'pdf';
  else if (o.variations.some((v) => IMAGE_ONLY.has(v)))
    form = o.variations.includes('photo_background') ? 'photo' : 'scan';
  else form = rng.chance(0.65) ? 'pdf' : 'scan';
  const variations = (reused ? reused.variations : o.variations).filter(
    (v) => form !== 'pdf' || !IMAGE_ONLY.has(v),
  );
  const country = countryOf(o.profile);
  // Passports, HK banks' statements and suppliers' export invoices are printed in Latin script.
  const onlyLatin =
    (type === 'government_id' && o.profile.person.idType !== 'national_id') ||
    type === 'bank_statement' ||
    type === 'supplier_invoice';
  const shown = shownValues({
    profile: o.profile,
    variations: o.allowHan ? variations : variations.filter((v) => v !== 'script'),
    rng,
    ...(defect ? { defect } : {}),
    ...(o.donor ? { donor: o.donor } : {}),
    ...(onlyLatin || (!o.allowHan && type !== 'government_id') ? { script: 'latin' as const } : {}),
  });
  // No CJK font in the PDF writer: a 汉字 bill is a scan.
  if (form === 'pdf' && shown.script === 'han') form = 'scan';
  const { pages, variant, scale, issued } = buildPages(o, shown, country, layout);
  const applied = variations.filter((v) => v !== 'script' || shown.script !== undefined);
  const base = {
    type,
    variant: type === 'government_id' || type === 'business_license' ? variant : form,
    script: pages.some((p) => p.items.some((i) => i.kind === 'text' && /\p{Script=Han}/u.test(i.text)))
      ? ('han' as const)
      : ('latin' as const),
    rules: o.rules,
    captureSeed: o.captureSeed,
    form,
    variations: applied,
    ...(defect ? { defect } : {}),
  };
  if (reused) {
    // The other seller's very file, the same photo saved again, or saved again smaller.
    const how = rng.weighted([
      ['same', 40],
      ['resaved', 30],
      ['resized', 30],
    ] as const);
    const files = await Promise.all(
      reused.files.map(async (f) => {
        if (how === 'same') return f;
        const meta = await sharp(f.bytes).metadata();
        const image =
          how === 'resized' ? sharp(f.bytes).resize(Math.round((meta.width ?? 1000) * 0.8)) : sharp(f.bytes);
        return {
          name: f.name,
          bytes: new Uint8Array(await image.jpeg({ quality: rng.int(75, 88) }).toBuffer()),
        };
      }),
    );
    return { ...base, files };
  }
  let kept = pages;
  if (defect === 'missing_page' || defect === 'missing_id_side') {
    const drop = defect === 'missing_id_side' ? 1 : rng.int(1, pages.length - 1);
    kept = pages.filter((_, i) => i !== drop);
  }
  const stem = type === 'government_id' ? variant : type;
  if (form === 'pdf') {
    const bytes = await renderPdf(kept, pdfMetadata(o, rng, issued ?? o.asOf));
    return { ...base, files: [{ name: `${stem}.pdf`, bytes }] };
  }
  const files: GeneratedFile[] = [];
  for (const [i, page] of kept.entries()) {
    const png = renderPagePng(page, scale);
    const capture = captureOptions(form, variations, defect, Rng.of(o.captureSeed, 'file', i));
    const bytes = await captureImage(png, capture, hashPath([o.captureSeed, 'noise', i]));
    const side = type === 'government_id' && variant !== 'passport' ? (i === 0 ? '-front' : '-back') : '';
    const suffix = pages.length > 1 && !side ? `-page${pages.indexOf(page) + 1}` : side;
    files.push({ name: `${stem}${suffix}.jpg`, bytes: new Uint8Array(bytes) });
  }
  if (form === 'scan' && !isCard && kept.length > 1 && rng.chance(0.3)) {
    // A scanner app's PDF of the page images: no text layer, OCR'd page by page.
    const bytes = await renderImagePdf(
      files.map((f) => f.bytes),
      pdfMetadata({ ...o, defect: undefined }, rng, issued ?? o.asOf, 'Scanner Pro'),
    );
    return { ...base, files: [{ name: `${stem}-scan.pdf`, bytes }] };
  }
  return { ...base, files };
}

function buildPages(
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

/**
 * An issuer's PDF is made on the day it is dated (a scanner app's when it is scanned, later); an
 * edited one names the editor, or was saved again weeks later (never after the reference date).
 */
function pdfMetadata(
  o: Pick<DocumentOptions, 'defect' | 'asOf'>,
  rng: Rng,
  issued: string,
  scanner?: string,
): PdfMetadata {
  const days = Math.max(0, Math.round((Date.parse(o.asOf) - Date.parse(issued)) / 86_400_000) - 1);
  const day = scanner ? addDays(issued, rng.int(Math.min(1, days), Math.min(20, days))) : issued;
  const created = new Date(`${day}T${String(rng.int(6, 16)).padStart(2, '0')}:${rng.int(10, 59)}:00Z`);
  const latest = Date.parse(`${o.asOf}T00:00:00Z`) - 3_600_000;
  const later = (minDays: number, maxDays: number) =>
    new Date(Math.min(latest, created.getTime() + rng.int(minDays, maxDays) * 86_400_000));
  if (o.defect === 'edited_pdf_metadata') {
    if (rng.chance(0.6) || days < 25) {
      const [producer, editor] = rng.pick(PDF_EDITORS);
      return { producer, creator: editor, createdAt: created, modifiedAt: later(0, 20) };
    }
    const [producer, author] = rng.pick(PDF_PRODUCERS);
    return { producer, creator: author, createdAt: created, modifiedAt: later(20, 120) };
  }
  const [producer, author] = rng.pick(PDF_PRODUCERS);
  return {
    producer: scanner ?? producer,
    creator: scanner ?? author,
    createdAt: created,
    modifiedAt: new Date(created.getTime() + rng.int(0, 120) * 1000),
  };
}

function captureOptions(
  form: 'scan' | 'photo',
  variations: readonly BenignVariant[],
  defect: DefectKind | undefined,
  rng: Rng,
): CaptureOptions {
  const photo = form === 'photo';
  const tilt = photo || variations.includes('rotation');
  const options: CaptureOptions = {
    mode: form,
    rotation: tilt ? rng.uniform(0.4, 2) * (rng.chance(0.5) ? -1 : 1) : 0,
    noise: photo ? 4 : 2,
    lightFalloff: photo ? rng.uniform(0.1, 0.28) : 0,
    jpegQuality: photo ? rng.int(78, 90) : rng.int(85, 93),
    ...(photo ? { margin: { share: rng.uniform(0.05, 0.14), colour: rng.pick(TABLES) } } : {}),
  };
  if (variations.includes('jpeg_noise')) {
    options.noise += rng.uniform(4, 8);
    options.jpegQuality = rng.int(55, 70);
    options.recompressQuality = rng.int(55, 72);
  }
  if (defect === 'blurred') options.blurSigma = rng.uniform(3.5, 7);
  if (defect === 'greyscale') options.greyscale = true;
  if (defect === 'low_resolution') options.shortSide = rng.int(280, 520);
  if (defect === 'cropped') {
    const edge = rng.pick<Edge>(['top', 'right', 'bottom', 'left']);
    options.crop = { edge, share: rng.uniform(0.12, 0.3) };
  }
  return options;
}
