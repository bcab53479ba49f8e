import type { DocumentType } from '../../sellers/index.js';
import { type CheckItem, type CheckStatus, checkItem } from './check.types.js';

/**
 * Authenticity signals: editing software named in the file's metadata, dates in the metadata
 * that contradict each other or the document, and the same file or a near-identical image
 * submitted by another seller. Signals, not proof: each rule's status and why is in
 * docs/documents.md. Pure: the caller hands in the metadata and the other sellers' files.
 */

const AUTHENTICITY_RULES = {
  /** Clock slack between two timestamps: time zones (a PDF date without one is read as UTC) and EXIF's local time. */
  slackDays: 1,
  /**
   * A PDF saved again this many days after it was made and after the date it prints was changed
   * after issue: issuers write a bill or a statement once (ModDate within minutes of CreationDate);
   * a re-save the same day (signing, combining) stays a warning.
   */
  editedAfterDays: 7,
} as const;

type EditorKind = 'image_editor' | 'pdf_editor' | 'design_tool' | 'resaved';

/** Programs whose name in Producer, Creator or EXIF Software means the file went through an editor. */
const EDITORS: readonly { readonly name: string; readonly pattern: RegExp; readonly kind: EditorKind }[] = [
  { name: 'Adobe Photoshop', pattern: /photoshop/i, kind: 'image_editor' },
  { name: 'GIMP', pattern: /\bgimp\b/i, kind: 'image_editor' },
  { name: 'Paint.NET', pattern: /paint\.net/i, kind: 'image_editor' },
  { name: 'Pixelmator', pattern: /pixelmator/i, kind: 'image_editor' },
  { name: 'Affinity Photo', pattern: /affinity photo/i, kind: 'image_editor' },
  { name: 'Photopea', pattern: /photopea/i, kind: 'image_editor' },
  { name: 'PDFescape', pattern: /pdfescape/i, kind: 'pdf_editor' },
  { name: 'Sejda', pattern: /\bsejda\b/i, kind: 'pdf_editor' },
  { name: 'Smallpdf', pattern: /smallpdf/i, kind: 'pdf_editor' },
  { name: 'iLovePDF', pattern: /ilovepdf/i, kind: 'pdf_editor' },
  // Their print drivers ("PDF-XChange Printer", "Foxit PhantomPDF Printer") only print to PDF.
  { name: 'PDF-XChange Editor', pattern: /pdf-?xchange editor/i, kind: 'pdf_editor' },
  { name: 'Foxit PDF Editor', pattern: /foxit (?:phantompdf|pdf editor)(?!.*printer)/i, kind: 'pdf_editor' },
  { name: 'PDFelement', pattern: /pdfelement/i, kind: 'pdf_editor' },
  { name: 'Canva', pattern: /\bcanva\b/i, kind: 'design_tool' },
  { name: 'Adobe Illustrator', pattern: /illustrator/i, kind: 'design_tool' },
  { name: 'Inkscape', pattern: /inkscape/i, kind: 'design_tool' },
  { name: 'Affinity Designer', pattern: /affinity (?:designer|publisher)/i, kind: 'design_tool' },
  { name: 'CorelDRAW', pattern: /coreldraw/i, kind: 'design_tool' },
  // Saved by Acrobat itself (combining pages, edits), as opposed to Distiller, PDFMaker or a scan.
  {
    name: 'Adobe Acrobat',
    pattern: /^(?!.*(?:distiller|pdfmaker|paper capture|scan)).*adobe acrobat (?:pro|standard|dc|\d)/i,
    kind: 'resaved',
  },
  // A library that says it changed an existing file: "…; modified using iText® 5.5.13".
  { name: 'a PDF modifier', pattern: /modified (?:using|with|by)/i, kind: 'resaved' },
];

/** Documents an issuer produces: a design tool has no part in making them. */
const ISSUED_TYPES: ReadonlySet<DocumentType> = new Set([
  'government_id',
  'business_license',
  'utility_bill',
  'bank_statement',
  'credit_card_statement',
]);

/** The editor named by one metadata value, if any. */
export function findEditor(value: string): { name: string; kind: EditorKind } | undefined {
  const editor = EDITORS.find((e) => e.pattern.test(value));
  return editor && { name: editor.name, kind: editor.kind };
}

const editorStatus = (kind: EditorKind, type: DocumentType): CheckStatus => {
  if (kind === 'resaved') return 'warn';
  if (kind === 'design_tool') return ISSUED_TYPES.has(type) ? 'fail' : 'warn';
  return 'fail';
};

export interface EditorInput {
  readonly file: string;
  readonly type: DocumentType;
  readonly pdf?:
    | { readonly producer?: string | undefined; readonly creator?: string | undefined }
    | undefined;
  readonly exif?: { readonly software?: string | undefined } | undefined;
}

/** One item for the file: the worst editor found in Producer, Creator or EXIF Software, or a pass. */
export function checkEditorSoftware(input: EditorInput): CheckItem {
  const fields = [
    ['producer', input.pdf?.producer],
    ['creator', input.pdf?.creator],
    ['software', input.exif?.software],
  ] as const;
  const hits = fields.flatMap(([field, value]) => {
    const editor = value ? findEditor(value) : undefined;
    return editor && value
      ? [
          {
            field,
            value,
            editor: editor.name,
            kind: editor.kind,
            status: editorStatus(editor.kind, input.type),
          },
        ]
      : [];
  });
  const worst = hits.find((h) => h.status === 'fail') ?? hits[0];
  if (!worst) {
    const named = Object.fromEntries(fields.filter(([, value]) => value));
    return checkItem('authenticity', 'NO_EDITOR_SOFTWARE', 'pass', { file: input.file, ...named });
  }
  const { status, ...hit } = worst;
  const others = hits.filter((h) => h !== worst).map(({ field, value }) => ({ field, value }));
  return checkItem(
    'authenticity',
    'EDITOR_SOFTWARE',
    status,
    { file: input.file, ...hit, ...(others.length > 0 ? { also: others } : {}) },
    { software: hit.editor },
  );
}

export interface TimestampsInput {
  readonly file: string;
  /** The reference date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The issue date printed on the document (`readIssueDate`), `YYYY-MM-DD`. */
  readonly issuedOn?: string | undefined;
  readonly pdf?:
    | { readonly createdAt?: string | undefined; readonly modifiedAt?: string | undefined }
    | undefined;
  readonly exif?:
    | {
        readonly takenAt?: string | undefined;
        readonly digitizedAt?: string | undefined;
        readonly modifiedAt?: string | undefined;
        readonly software?: string | undefined;
      }
    | undefined;
}

const DAY = 86_400_000;

/** Milliseconds of an ISO date-time; one without a zone (EXIF) is read as UTC; anything else is unreadable. */
const instant = (value: string | undefined): number | undefined => {
  if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  const ms = Date.parse(/(?:Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(ms) ? undefined : ms;
};

type TimestampRule =
  | 'created_in_future'
  | 'modified_in_future'
  | 'modified_before_created'
  | 'created_before_issue'
  | 'modified_after_created'
  | 'modified_after_issue'
  | 'edited_after_taken';

/** Fail: no honest file shows it. Warn: a wrong clock or an innocent re-save shows it too. */
const RULE_STATUS: Readonly<Record<TimestampRule, CheckStatus>> = {
  created_in_future: 'warn',
  modified_in_future: 'warn',
  modified_before_created: 'fail',
  created_before_issue: 'fail',
  modified_after_created: 'warn',
  modified_after_issue: 'fail',
  edited_after_taken: 'warn',
};

/** A PDF modified after it was made: a fail once it was weeks after both the making and the issue. */
function modifiedRule(created: number, modified: number, issued: number | undefined): TimestampRule {
  const edited = AUTHENTICITY_RULES.editedAfterDays * DAY;
  return modified - Math.max(created, issued ?? created) > edited
    ? 'modified_after_issue'
    : 'modified_after_created';
}

/**
 * The file's own dates against each other, the reference date and the issue date printed on it.
 * `undefined` when the file records no date at all (nothing to compare is not a signal).
 */
export function checkTimestamps(input: TimestampsInput): CheckItem | undefined {
  const slack = AUTHENTICITY_RULES.slackDays * DAY;
  const isPdf = input.pdf !== undefined;
  const created = instant(isPdf ? input.pdf?.createdAt : (input.exif?.takenAt ?? input.exif?.digitizedAt));
  const modified = instant(isPdf ? input.pdf?.modifiedAt : input.exif?.modifiedAt);
  if (created === undefined && modified === undefined) return undefined;
  const endOfAsOf = Date.parse(`${input.asOf}T00:00:00Z`) + DAY;
  const issued = input.issuedOn ? Date.parse(`${input.issuedOn}T00:00:00Z`) : undefined;
  const found: TimestampRule[] = [];
  if (created !== undefined && created - endOfAsOf > slack) found.push('created_in_future');
  if (modified !== undefined && modified - endOfAsOf > slack) found.push('modified_in_future');
  if (created !== undefined && issued !== undefined && issued - created > slack)
    found.push('created_before_issue');
  if (created !== undefined && modified !== undefined) {
    if (created - modified > slack) found.push('modified_before_created');
    // A camera may write DateTime when the photo is transferred; only a named program counts.
    else if (modified - created > slack && (isPdf || input.exif?.software))
      found.push(isPdf ? modifiedRule(created, modified, issued) : 'edited_after_taken');
  }
  const evidence = {
    file: input.file,
    created: isPdf ? input.pdf?.createdAt : (input.exif?.takenAt ?? input.exif?.digitizedAt),
    modified: isPdf ? input.pdf?.modifiedAt : input.exif?.modifiedAt,
    ...(input.issuedOn ? { issued: input.issuedOn } : {}),
    ...(!isPdf && input.exif?.software ? { software: input.exif.software } : {}),
    asOf: input.asOf,
  };
  if (found.length === 0) return checkItem('authenticity', 'TIMESTAMPS_CONSISTENT', 'pass', evidence);
  const status = found.some((rule) => RULE_STATUS[rule] === 'fail') ? 'fail' : 'warn';
  return checkItem('authenticity', 'TIMESTAMPS_INCONSISTENT', status, { ...evidence, problems: found });
}
