/** Date arithmetic on `YYYY-MM-DD` strings: no text is read here. */

export const isCalendarDate = (year: number, month: number, day: number): boolean => {
  if (year < 1900 || year > 2100) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

export const iso = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `YYYY-MM-DD` plus `days` (may be negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** An MRZ date (`YYMMDD`) as `YYYY-MM-DD`: expiry dates are in this century, birth dates not after `asOf`. */
export function mrzDate(yymmdd: string, kind: 'expiry' | 'birth', asOf: string): string | undefined {
  if (!/^\d{6}$/.test(yymmdd)) return undefined;
  const yy = Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  const year = kind === 'expiry' || 2000 + yy <= Number(asOf.slice(0, 4)) ? 2000 + yy : 1900 + yy;
  return isCalendarDate(year, month, day) ? iso(year, month, day) : undefined;
}
