import { AppError } from '../platform/errors.js';

/**
 * A date in a record the API stores (a seller's creation, a representative's birth) lies between
 * these years. Outside them it is a typo or a probe, and some (year 0) the database cannot hold.
 */
const EARLIEST_YEAR = 1800;
const LATEST_YEAR = 2200;
const ISO_DATE_LIKE = /^([+-]?\d{4,6})-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Refuses the first date-shaped string of a JSON value whose year is outside the sane range. */
export function refuseDatesOutOfRange(value: unknown, root: string): void {
  const stack: { value: unknown; path: string }[] = [{ value, path: root }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (typeof current.value === 'string') {
      const year = ISO_DATE_LIKE.exec(current.value)?.[1];
      if (year !== undefined && (Number(year) < EARLIEST_YEAR || Number(year) > LATEST_YEAR))
        throw new AppError(
          'VALUE_OUT_OF_RANGE',
          `${current.path}: a date between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}`,
          { where: current.path, min_year: EARLIEST_YEAR, max_year: LATEST_YEAR },
        );
    } else if (current.value && typeof current.value === 'object')
      for (const [key, inner] of Object.entries(current.value))
        stack.push({
          value: inner,
          path: Array.isArray(current.value) ? `${current.path}[${key}]` : `${current.path}.${key}`,
        });
  }
}
