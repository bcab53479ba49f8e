import { isWithinOneEdit } from './similarity.js';

/** How two values of one field agree: exactly, within one typo, not at all, or unknown. */
export type FieldAgreement = 'exact' | 'near' | 'different' | 'missing';

/**
 * Dates (`YYYYMMDD`, see `normaliseDate`). `near`: one digit changed, two neighbouring digits
 * swapped, or day and month swapped (`19850302` / `19850203`), the usual slips in typed dates.
 */
export function compareDates(a: string | undefined, b: string | undefined): FieldAgreement {
  if (!a || !b) return 'missing';
  if (a === b) return 'exact';
  if (isWithinOneEdit(a, b)) return 'near';
  if (
    a.length === 8 &&
    b.length === 8 &&
    a.slice(0, 4) === b.slice(0, 4) &&
    a.slice(4, 6) === b.slice(6, 8) &&
    a.slice(6, 8) === b.slice(4, 6)
  )
    return 'near';
  return 'different';
}

/** Identity document numbers (significant characters). `near`: one edit apart, both at least 6 long. */
export function compareIdNumbers(a: string | undefined, b: string | undefined): FieldAgreement {
  if (!a || !b) return 'missing';
  if (a === b) return 'exact';
  if (Math.min(a.length, b.length) >= 6 && isWithinOneEdit(a, b)) return 'near';
  return 'different';
}
