import sharp from 'sharp';
import { hashPath, Rng } from '../random.js';
import { type CaptureOptions, captureImage, type Edge } from './capture.js';
import type { BenignVariant, DefectKind, GeneratedDocument, GeneratedFile } from './documents.types.js';
import { addDays } from './format.js';
import { type PdfMetadata, renderImagePdf, renderPagePng, renderPdf } from './page.render.js';
import { appendFigureEdit } from './pdf.update.js';
import { shownValues } from './shown.js';
import { buildPages, type DocumentOptions } from './submission.pages.js';
import { countryOf, IMAGE_DEFECTS } from './submission.rules.js';

/** One generated document of a submission: its pages drawn, rendered, captured and described. */

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

const IMAGE_ONLY: ReadonlySet<BenignVariant> = new Set(['rotation', 'jpeg_noise', 'photo_background']);

export async function generateDocument(o: DocumentOptions): Promise<GeneratedDocument> {
  const { type, defect, rng } = o;
  const layout = Rng.of(o.captureSeed, 'layout');
  const isCard = type === 'government_id' || type === 'business_license';
  const reused = defect === 'reused_image' ? o.reuseFrom?.document : undefined;
  let form: GeneratedDocument['form'];
  if (reused) form = reused.form;
  else if (isCard) form = o.variations.includes('photo_background') || rng.chance(0.35) ? 'photo' : 'scan';
  else if (defect && (IMAGE_DEFECTS.has(defect) || defect === 'reused_image'))
    form = rng.chance(0.5) ? 'photo' : 'scan';
  else if (defect === 'edited_pdf_metadata' || defect === 'pdf_incremental_update') form = 'pdf';
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
    type === 'supplier_invoice' ||
    // The PDF writer has no CJK font: the edited PDF is printed in Latin script (a 汉字 bill
    // would become a scan, and a scan has no PDF metadata to edit: seed 11 #145).
    defect === 'pdf_incremental_update' ||
    defect === 'edited_pdf_metadata';
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
    const issuer = await renderPdf(kept, pdfMetadata(o, rng, issued ?? o.asOf));
    const bytes =
      defect === 'pdf_incremental_update' ? await appendFigureEdit(issuer, rng.fork('edit'), o.asOf) : issuer;
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
