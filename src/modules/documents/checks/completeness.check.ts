import type { DocumentType } from '../../sellers/index.js';
import { findMrz } from '../extract/mrz.js';
import { type CheckItem, checkItem } from './check.types.js';

/**
 * Completeness: every requirement has a document, an ID card comes with its front and its back,
 * and a statement with every page it numbers. Only what the content can show is claimed: a page
 * is a side when its text says so (a TD1 zone is on the back of an ID card, a TD3 zone is a
 * passport's data page, the PRC resident ID prints 公民身份号码 on the front and 签发机关 /
 * 有效期限 on the back); otherwise pages are counted.
 */

/** What one page of an ID shows, as far as its text tells. */
export type IdSide = 'front' | 'back' | 'both' | 'passport' | 'unknown';

export interface SidesFile {
  readonly name: string;
  readonly sha256: string;
  /** The text of each page or image of the file, `''` for a page nothing was read from. */
  readonly pages: readonly string[];
}

export interface SidesInput {
  readonly type: DocumentType;
  /** The accepted variant the seller named: `passport`, `national_id`, `driving_licence`. */
  readonly variant?: string | undefined;
  readonly files: readonly SidesFile[];
  readonly rules?: { readonly all_sides?: boolean | undefined } | undefined;
}

const PRC_FRONT = /公民身份号码|公民身份號碼/;
const PRC_BACK = /签发机关|簽發機關|有效期限/;
/** ICAO 9303 has a passport's data page say "Passport" in English or French besides its own language. */
const PASSPORT_WORD = /passport|passeport|护照|護照|reisepass|pasaporte|passaporto|paspoort/i;

/**
 * The side a page shows: a TD3 zone is a passport's data page; a TD1 zone and the PRC ID's
 * 签发机关 / 有效期限 are the back of a card, 公民身份号码 its front; a page that only says
 * "Passport" (its zone not read) is taken for a passport's.
 */
export function readIdSide(text: string): IdSide {
  const mrz = findMrz(text);
  if (mrz?.format === 'TD3') return 'passport';
  const compact = text.replace(/\s+/g, '');
  const front = PRC_FRONT.test(compact);
  const back = mrz?.format === 'TD1' || PRC_BACK.test(compact);
  if (front && back) return 'both';
  if (front || back) return front ? 'front' : 'back';
  return PASSPORT_WORD.test(compact) ? 'passport' : 'unknown';
}

/**
 * An ID card or driving licence needs its front and its back; a passport needs only its data
 * page. Pages of distinct files are counted (a two-page PDF can hold both sides; the same bytes
 * twice are one). The variant says "passport" only until the content shows a card. Fails when
 * fewer than two pages came, unless one page shows both sides, or when every page shows the
 * same side. Applies to `government_id` unless the requirement sets `all_sides: false`.
 */
export function checkSides(input: SidesInput): CheckItem[] {
  if (input.type !== 'government_id' || input.rules?.all_sides === false) return [];
  const distinct = input.files.filter(
    (file, i) => input.files.findIndex((other) => other.sha256 === file.sha256) === i,
  );
  const sides = distinct.flatMap((file) =>
    (file.pages.length > 0 ? file.pages : ['']).map((text, i) => ({
      file: file.name,
      page: i + 1,
      side: readIdSide(text),
    })),
  );
  const seen = new Set(sides.map((s) => s.side));
  const evidence = { pages: sides.length, sides };
  const isCard = seen.has('front') || seen.has('back') || seen.has('both');
  if (sides.some((s) => s.side === 'passport') && !isCard)
    return [checkItem('completeness', 'ID_SIDES_PROVIDED', 'pass', { ...evidence, passport: 'content' })];
  if (input.variant === 'passport' && !isCard)
    return [checkItem('completeness', 'ID_SIDES_PROVIDED', 'pass', { ...evidence, passport: 'variant' })];
  const hasFront = seen.has('front') || seen.has('both');
  const hasBack = seen.has('back') || seen.has('both');
  const oneSideOnly = sides.length < 2 || (seen.size === 1 && (seen.has('front') || seen.has('back')));
  if ((hasFront && hasBack) || !oneSideOnly)
    return [checkItem('completeness', 'ID_SIDES_PROVIDED', 'pass', evidence)];
  const missing = hasBack ? 'front' : hasFront ? 'back' : 'front_or_back';
  return [checkItem('completeness', 'ID_SIDE_MISSING', 'fail', { ...evidence, missing })];
}

export interface PageOfText {
  readonly file: string;
  /** 1-based page within the file. */
  readonly page: number;
  readonly text: string;
}

/** The most pages a numbered document is believed to have: beyond it a marker is a misreading. */
const MAX_NUMBERED_PAGES = 500;

/** `Page 2 of 3`, `Page 2/3`, `p. 2 of 3`, `Pg 2/3`, `Seite 2 von 3`, `Page 2 sur 3`, `Página 2 de 3`. */
const LATIN_MARKER =
  /(?<![\p{L}\d])(?:page|pg|p|seite|página|pagina|pág|pag)\.?\s*(\d{1,3})\s*(?:of|von|sur|de|di|\/)\s*(\d{1,3})(?![\d/])/giu;
/** `第2页 共3页`, `第 2 / 3 页`, and the total first: `共3页 第2页`. */
const HAN_MARKERS: readonly (readonly [RegExp, 'page_first' | 'total_first'])[] = [
  [/第\s*(\d{1,3})\s*页\s*[,，、]?\s*共\s*(\d{1,3})\s*页/gu, 'page_first'],
  [/第\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*页/gu, 'page_first'],
  [/共\s*(\d{1,3})\s*页\s*[,，、]?\s*第\s*(\d{1,3})\s*页/gu, 'total_first'],
];

/** Every `page n of N` printed in a text, full-width digits read as digits. */
export function readPageMarkers(text: string): { page: number; total: number; text: string }[] {
  const folded = text.normalize('NFKC');
  const markers: { page: number; total: number; text: string }[] = [];
  const add = (page: number, total: number, printed: string) => {
    if (page >= 1 && page <= total && total <= MAX_NUMBERED_PAGES)
      markers.push({ page, total, text: printed });
  };
  for (const m of folded.matchAll(LATIN_MARKER)) add(Number(m[1]), Number(m[2]), m[0]);
  for (const [pattern, order] of HAN_MARKERS)
    for (const m of folded.matchAll(pattern)) {
      const [page, total] = order === 'page_first' ? [m[1], m[2]] : [m[2], m[1]];
      add(Number(page), Number(total), m[0]);
    }
  return markers;
}

/**
 * Every page a document numbers is present: the page markers read from all its pages must
 * cover 1..N, N being the total most markers give (a misread total on one page does not invent
 * missing pages). A document that prints no page numbers passes, saying so: absence proves nothing.
 */
export function checkAllPages(pages: readonly PageOfText[]): CheckItem {
  const markers = pages.flatMap((p) =>
    readPageMarkers(p.text).map((m) => ({ ...m, file: p.file, filePage: p.page })),
  );
  if (markers.length === 0)
    return checkItem('completeness', 'PAGES_NOT_NUMBERED', 'pass', { pages: pages.length, markers: 0 });
  const votes = new Map<number, number>();
  for (const m of markers) votes.set(m.total, (votes.get(m.total) ?? 0) + 1);
  const [total] = [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] as [number, number];
  const found = [...new Set(markers.filter((m) => m.total === total).map((m) => m.page))].sort(
    (a, b) => a - b,
  );
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((n) => !found.includes(n));
  const otherTotals = [...votes.keys()].filter((t) => t !== total);
  const evidence = {
    total,
    found,
    missing,
    ...(otherTotals.length > 0 ? { other_totals: otherTotals } : {}),
    markers: markers.map(({ file, filePage, text }) => ({ file, page: filePage, text })),
  };
  if (missing.length === 0) return checkItem('completeness', 'PAGES_COMPLETE', 'pass', evidence, { total });
  return checkItem('completeness', 'PAGES_MISSING', 'fail', evidence, { missing: missing.join(', '), total });
}

/** A case requirement as the completeness check reads it. */
export interface RequirementToCover {
  readonly material: string;
  readonly kind: string;
  readonly accepted_variants: readonly string[];
}

/** A document provided: the requirement it answers when known, its type and the variant named. */
export interface ProvidedDocument {
  readonly material?: string | undefined;
  readonly type: string;
  readonly variant?: string | undefined;
}

const answers = (requirement: RequirementToCover, document: ProvidedDocument): boolean =>
  document.material === requirement.material ||
  document.type === requirement.material ||
  requirement.accepted_variants.includes(document.type) ||
  (document.variant !== undefined && requirement.accepted_variants.includes(document.variant));

/**
 * Every requirement of kind `document` has at least one document: one item per requirement,
 * `REQUIREMENT_PROVIDED` or `REQUIREMENT_NOT_PROVIDED`. Statements and live checks are not
 * documents and are left to their own flows.
 */
export function checkRequirementsCovered(
  requirements: readonly RequirementToCover[],
  provided: readonly ProvidedDocument[],
): CheckItem[] {
  return requirements
    .filter((requirement) => requirement.kind === 'document')
    .map((requirement) => {
      const documents = provided.filter((document) => answers(requirement, document));
      const evidence = {
        material: requirement.material,
        accepted_variants: [...requirement.accepted_variants],
        provided: documents.map((d) => d.variant ?? d.type),
      };
      const params = {
        requirement: requirement.material,
        accepted: requirement.accepted_variants.join(', '),
      };
      return documents.length > 0
        ? checkItem('completeness', 'REQUIREMENT_PROVIDED', 'pass', evidence, params)
        : checkItem('completeness', 'REQUIREMENT_NOT_PROVIDED', 'fail', evidence, params);
    });
}
