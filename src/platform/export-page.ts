/** One page of an export: plain records (column → value) and the key to read the next page after. */
export interface ExportPage {
  rows: Record<string, unknown>[];
  /** The last row's key; undefined when this was the last page. */
  next: string | undefined;
}

/** Reads an export's pages one after another (keyset: each page starts after the last row's key). */
export type ExportPageReader = (after: string | undefined, limit: number) => Promise<ExportPage>;

/** Drizzle's `execute` answers `{ rows }` on both drivers. */
export const rowsOfResult = (result: unknown): Record<string, unknown>[] =>
  (result as { rows: Record<string, unknown>[] }).rows;

/** The page answer for rows read with `limit + 1`, keyed by `keyOf`. */
export function pageOf(
  rows: Record<string, unknown>[],
  limit: number,
  keyOf: (row: Record<string, unknown>) => string,
): ExportPage {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? keyOf(last) : undefined };
}
