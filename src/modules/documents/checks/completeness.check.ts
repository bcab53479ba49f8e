import type { DocumentType } from '../../sellers/index.js';
import { fieldsNamed, type IdSide } from '../reading/reading.schema.js';
import { defineCheck, messagesOf } from './check.definition.js';
import { type CheckItem, checkItem } from './check.types.js';
import { requirementLabels } from './document.words.js';
import { hasText } from './validity.check.js';

/**
 * Completeness: every requirement has a document, an ID card comes with its front and its back,
 * and a statement with every page it numbers. Only what the content can show is claimed: a page
 * is a side when its text says so (a TD1 zone is on the back of an ID card, a TD3 zone is a
 * passport's data page, the PRC resident ID prints 公民身份号码 on the front and 签发机关 /
 * 有效期限 on the back); otherwise pages are counted.
 */

interface SidesFile {
  readonly name: string;
  readonly sha256: string;
  /** The side each page or image of the file shows (the id-sides reader's). */
  readonly sides: readonly IdSide[];
}

export interface SidesInput {
  readonly type: DocumentType;
  /** The accepted variant the seller named: `passport`, `national_id`, `driving_licence`. */
  readonly variant?: string | undefined;
  readonly files: readonly SidesFile[];
  readonly rules?: { readonly all_sides?: boolean | undefined } | undefined;
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
    (file.sides.length > 0 ? file.sides : (['unknown'] as const)).map((side, i) => ({
      file: file.name,
      page: i + 1,
      side,
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

/** A `page n of N` printed on a page of a file (the page-numbers reader's). */
export interface PageMarker {
  readonly file: string;
  /** 1-based page within the file it was printed on. */
  readonly filePage: number;
  readonly page: number;
  readonly total: number;
  readonly text: string;
}

/**
 * Every page a document numbers is present: the page markers read from all its pages must
 * cover 1..N, N being the total most markers give (a misread total on one page does not invent
 * missing pages). A document that prints no page numbers passes, saying so: absence proves nothing.
 * A number not found is missing for sure only when fewer than N pages came, or when every page
 * it could be printed on showed another number: N pages or more sent, and as many pages without a
 * number read as numbers not found, is a warning (`PAGES_NUMBER_UNREAD`), not a fail.
 */
export function checkAllPages(pageCount: number, markers: readonly PageMarker[]): CheckItem {
  if (markers.length === 0)
    return checkItem('completeness', 'PAGES_NOT_NUMBERED', 'pass', { pages: pageCount, markers: 0 });
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
  const numbered = new Set(markers.map((m) => `${m.file}\u0000${m.filePage}`)).size;
  const unread = Math.max(0, pageCount - numbered);
  const params = { missing: missing.join(', '), total };
  if (pageCount >= total && missing.length <= unread)
    return checkItem(
      'completeness',
      'PAGES_NUMBER_UNREAD',
      'warn',
      { ...evidence, pages: pageCount, unread_pages: unread },
      { ...params, unread },
    );
  return checkItem('completeness', 'PAGES_MISSING', 'fail', { ...evidence, pages: pageCount }, params);
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
  /** The seller's registered country: the advice names the documents that exist there. */
  country?: string,
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
      const labels = requirementLabels(requirement.material, requirement.accepted_variants, country);
      return documents.length > 0
        ? checkItem('completeness', 'REQUIREMENT_PROVIDED', 'pass', evidence, params, labels)
        : checkItem('completeness', 'REQUIREMENT_NOT_PROVIDED', 'fail', evidence, params, labels);
    });
}

/** Types that number their pages ("Page 2 of 3"), checked for all pages unless `all_pages: false`. */
const NUMBERED_TYPES: ReadonlySet<DocumentType> = new Set([
  'business_license',
  'utility_bill',
  'bank_statement',
  'credit_card_statement',
  'supplier_invoice',
]);

/** Both sides of an ID and every numbered page, from the sides and page numbers the readers found. */
export const completenessCheck = defineCheck({
  id: 'completeness',
  group: 'completeness',
  codes: messagesOf(
    'ID_SIDES_PROVIDED',
    'ID_SIDE_MISSING',
    'PAGES_COMPLETE',
    'PAGES_MISSING',
    'PAGES_NUMBER_UNREAD',
    'PAGES_NOT_NUMBERED',
  ),
  check: (reading, rules) => {
    // Nothing opened: the integrity items say why; there are no pages to count.
    if (reading.pages.length === 0) return [];
    const checks: CheckItem[] = [];
    const sides = fieldsNamed(reading, 'id_side');
    const opened = reading.files.flatMap((file, i) => {
      const pages = reading.pages.filter((p) => p.file === i + 1);
      return pages.length > 0 ? [{ file, index: i + 1, pages }] : [];
    });
    checks.push(
      ...checkSides({
        type: reading.type,
        variant: reading.variant,
        rules: rules.requirement,
        files: opened.map(({ file, index, pages }) => ({
          ...file,
          sides: pages.map(
            (p) => sides.find((s) => s.file === index && s.page === p.page)?.value ?? 'unknown',
          ),
        })),
      }),
    );
    if (hasText(reading) && (rules.requirement?.all_pages ?? NUMBERED_TYPES.has(reading.type)))
      checks.push(
        checkAllPages(
          reading.pages.length,
          fieldsNamed(reading, 'page_marker').map((m) => ({
            file: reading.files[m.file - 1]?.name ?? '',
            filePage: m.page,
            page: m.number,
            total: m.total,
            text: m.text ?? m.value,
          })),
        ),
      );
    return checks;
  },
});
