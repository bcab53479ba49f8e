import { useSearch } from '@tanstack/react-router';

/** The filters each list keeps in the address; the routes validate the search against them. */
export const CASE_FILTERS = ['status', 'trigger', 'severity', 'seller_id'] as const;
export const QUEUE_FILTERS = [
  'trigger',
  'marketplace',
  'country',
  'assignee',
  'breached',
  'awaiting_second_reviewer',
] as const;

export type Filters<F extends readonly string[]> = Partial<Record<F[number], string>>;

/** Keeps the named filters that hold a non-empty string: the rest of the address is ignored. */
export function pickFilters<F extends readonly string[]>(
  names: F,
  search: Record<string, unknown>,
): Filters<F> {
  const picked: Partial<Record<string, string>> = {};
  for (const name of names) {
    const value = search[name];
    if (typeof value === 'string' && value.trim()) picked[name] = value.trim();
  }
  return picked as Filters<F>;
}

/**
 * Search params as plain `?a=b&c=d` (URLSearchParams), not TanStack Router's default JSON values:
 * every filter here is a string, and shared or bookmarked addresses keep the shape they had.
 */
export const parseSearch = (search: string): Record<string, string> =>
  Object.fromEntries(new URLSearchParams(search));

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(search))
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The named filters of the address, each '' when absent: what a filter form starts from. */
export function useFilters<F extends readonly string[]>(names: F): Record<F[number], string> {
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const picked = pickFilters(names, search) as Partial<Record<string, string>>;
  return Object.fromEntries(names.map((name) => [name, picked[name] ?? ''])) as Record<F[number], string>;
}
