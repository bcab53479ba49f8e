import type { Principal } from '../modules/access/index.js';
import {
  type AuditFilter,
  appendAuditEvent,
  chainAuditEvents,
  readAuditPage,
} from '../modules/audit/index.js';
import {
  type CaseExportFilter,
  readCaseExportPage,
  readRequirementExportPage,
} from '../modules/cases/index.js';
import { readDecisionExportPage } from '../modules/review/index.js';
import type { ExportPageReader } from '../platform/export-page.js';
import type { Deps } from './deps.js';

export const EXPORT_KINDS = ['cases', 'decisions', 'requirements', 'audit'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportDeps = Pick<Deps, 'db' | 'clock' | 'auditKey'>;

/** The columns of each export, in order: the CSV header, and the keys of each JSON line. */
const EXPORT_COLUMNS: Record<ExportKind, readonly string[]> = {
  cases: [
    'id',
    'seller_id',
    'status',
    'severity',
    'policy_version',
    'opened_by',
    'opened_at',
    'deadline_at',
    'submitted_at',
    'decided_at',
    'closed_at',
    'appeal_count',
    'review_due_at',
    'assignee_id',
    'revision',
    'updated_at',
    'triggers',
  ],
  requirements: [
    'id',
    'case_id',
    'seller_id',
    'material',
    'status',
    'triggers',
    'accepted_variants',
    'errors',
    'due_at',
    'reasked_at',
    'created_at',
    'updated_at',
  ],
  decisions: [
    'id',
    'case_id',
    'decision',
    'status',
    'reasons',
    'note',
    'waivers',
    'appeal_round',
    'proposed_by',
    'proposed_at',
    'reviewed_by',
    'reviewed_at',
    'decided_at',
    'case_status',
    'review_due_at',
  ],
  audit: ['id', 'position', 'at', 'actor', 'action', 'entity_type', 'entity_id', 'data', 'hash'],
};

/** Every filter an export takes; each kind reads the ones that apply to it. */
export interface ExportFilter extends CaseExportFilter, AuditFilter {
  caseId?: string;
}

/** Rows are read this many at a time: memory holds one page, whatever the export's size. */
const PAGE_ROWS = 1000;

function readerOf(deps: ExportDeps, kind: ExportKind, filter: ExportFilter): ExportPageReader {
  switch (kind) {
    case 'cases':
      return (after, limit) => readCaseExportPage(deps.db, filter, after, limit);
    case 'requirements':
      return (after, limit) => readRequirementExportPage(deps.db, filter, after, limit);
    case 'decisions':
      return (after, limit) =>
        readDecisionExportPage(
          deps.db,
          {
            ...(filter.caseId ? { caseId: filter.caseId } : {}),
            ...(filter.caseIds ? { caseIds: filter.caseIds } : {}),
            ...(filter.from ? { decidedFrom: filter.from } : {}),
            ...(filter.to ? { decidedTo: filter.to } : {}),
          },
          after,
          limit,
        );
    case 'audit':
      return (after, limit) => readAuditPage(deps.db, filter, after, limit);
  }
}

/** PostgreSQL's text form of a timestamptz (`2026-12-06 09:06:33.671+00`), as raw SQL answers it on PGlite. */
const PG_TIMESTAMP = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?[+-]\d\d(:\d\d)?$/;

/** A value as the export writes it: instants in ISO 8601 UTC whatever the driver gave. */
const plain = (value: unknown): unknown => {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' && PG_TIMESTAMP.test(value)) return new Date(value).toISOString();
  return typeof value === 'bigint' ? Number(value) : value;
};

/**
 * One CSV cell (RFC 4180 quoting). A text starting with `=`, `+`, `-`, `@`, tab or CR is prefixed
 * with `'` so that a spreadsheet shows it instead of running it as a formula.
 */
export function csvCell(value: unknown): string {
  const v = plain(value);
  if (v === null || v === undefined) return '';
  let text = typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function lineOf(format: ExportFormat, columns: readonly string[], row: Record<string, unknown>): string {
  if (format === 'csv') return `${columns.map((c) => csvCell(row[c])).join(',')}\r\n`;
  const record: Record<string, unknown> = {};
  for (const c of columns) record[c] = plain(row[c]) ?? null;
  return `${JSON.stringify(record)}\n`;
}

/**
 * The export as text chunks, one page of rows a chunk, read page after page (keyset on the
 * table's key, so a page is one indexed query and memory holds one page). Stops reading when
 * `signal` aborts (the client went away) or the consumer stops pulling.
 */
export async function* exportChunks(
  deps: ExportDeps,
  kind: ExportKind,
  format: ExportFormat,
  filter: ExportFilter,
  signal?: AbortSignal,
): AsyncGenerator<string> {
  const columns = EXPORT_COLUMNS[kind];
  if (format === 'csv') yield `${columns.join(',')}\r\n`;
  // The audit trail is exported linked: events written but not yet chained get their place first.
  if (kind === 'audit') await chainAuditEvents(deps.db, deps.auditKey);
  const read = readerOf(deps, kind, filter);
  let after: string | undefined;
  do {
    if (signal?.aborted) return;
    const page = await read(after, PAGE_ROWS);
    if (page.rows.length) yield page.rows.map((row) => lineOf(format, columns, row)).join('');
    after = page.next;
  } while (after);
}

/** Who exported what, in the audit trail, before the first row leaves. */
export async function recordExport(
  deps: ExportDeps,
  by: Principal,
  kind: ExportKind,
  format: ExportFormat,
  filter: ExportFilter,
): Promise<void> {
  await deps.db.transaction((tx) =>
    appendAuditEvent(tx, deps.auditKey, deps.clock.now(), {
      actor: by.actor,
      action: 'export.started',
      entityType: 'export',
      entityId: kind,
      data: { format, filter: JSON.parse(JSON.stringify(filter)) },
    }),
  );
}
