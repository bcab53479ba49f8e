import type { DocumentType } from '../../sellers/index.js';
import { type CheckCode, MESSAGES } from './messages.js';

/** The seven groups of SPEC section 5, in the order a report lists them. */
export const CHECK_GROUPS = [
  'integrity',
  'image_quality',
  'completeness',
  'validity',
  'identifiers',
  'authenticity',
  'consistency',
] as const;
export type CheckGroup = (typeof CHECK_GROUPS)[number];

export type CheckStatus = 'pass' | 'warn' | 'fail';

/** One result of one check: what was checked, how it went, what to tell the seller, and why. */
export interface CheckItem {
  readonly group: CheckGroup;
  /** A code of the definition that gave it (`messages.ts` holds the built-in ones). */
  readonly code: string;
  readonly status: CheckStatus;
  readonly message: { readonly en: string; readonly zh: string };
  readonly evidence: Readonly<Record<string, unknown>>;
}

/** The checks of one document (one or more files: the pages or sides of it). */
export interface DocumentReport {
  readonly type: DocumentType;
  readonly files: readonly string[];
  readonly checks: readonly CheckItem[];
}

export type Verdict = 'pass' | 'fail';

/** Builds a check item with its message rendered from the catalogue. */
export function checkItem(
  group: CheckGroup,
  code: CheckCode,
  status: CheckStatus,
  evidence: Readonly<Record<string, unknown>>,
  params: Readonly<Record<string, string | number>> = {},
  labels?: Parameters<typeof renderMessage>[2],
): CheckItem {
  return { group, code, status, message: renderMessage(code, params, labels), evidence };
}

/** A submission passes when no check of any document failed; warnings are shown but do not fail it. */
export function decideVerdict(documents: readonly Pick<DocumentReport, 'checks'>[]): Verdict {
  return documents.some((document) => document.checks.some((check) => check.status === 'fail'))
    ? 'fail'
    : 'pass';
}

/** Checks sorted by group (SPEC order) then failures first, for display. */
export function sortChecks(checks: readonly CheckItem[]): CheckItem[] {
  const rank: Readonly<Record<CheckStatus, number>> = { fail: 0, warn: 1, pass: 2 };
  return [...checks].sort(
    (a, b) =>
      CHECK_GROUPS.indexOf(a.group) - CHECK_GROUPS.indexOf(b.group) || rank[a.status] - rank[b.status],
  );
}

/** Fills `{name}` placeholders; a placeholder without a value stays visible rather than vanishing. */
export function renderMessage(
  code: CheckCode,
  params: Readonly<Record<string, string | number>> = {},
  labels: {
    readonly en?: Readonly<Record<string, string>>;
    readonly zh?: Readonly<Record<string, string>>;
  } = {},
): { en: string; zh: string } {
  const fill = (template: string, own: Readonly<Record<string, string>> | undefined): string =>
    template.replace(/\{(\w+)\}/g, (whole, key: string) => {
      const value = own?.[key] ?? params[key];
      return value === undefined ? whole : String(value);
    });
  return { en: fill(MESSAGES[code].en, labels.en), zh: fill(MESSAGES[code].zh, labels.zh) };
}
