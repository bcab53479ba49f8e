import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { hashValue } from '../../platform/crypto.js';
import type { FeedKind } from './feed.contract.js';
import type { FieldNote } from './feed.sanitise.js';
import type { DataQualityCode } from './feed.values.js';
import { dataQualityNotes } from './sellers.schema.js';

/** The notes of one landed line, with what identifies the record it belongs to. */
export interface LineNotes {
  sellerId: string;
  /** The record's key: a note is stored once per record, field, code and raw value. */
  recordKey: string;
  line: number;
  notes: FieldNote[];
}

/**
 * Stores the notes of lines that landed. A seller's profile notes describe its current profile:
 * those of `replacedSellerIds` are replaced. Other notes are added once (re-sending adds nothing).
 */
export async function saveDataQualityNotes(
  db: Db,
  kind: FeedKind,
  origin: string,
  lines: LineNotes[],
  replacedSellerIds: string[] = [],
): Promise<void> {
  const rows = lines.flatMap((line) =>
    line.notes.map((note) => ({
      noteKey: hashValue([kind, line.recordKey, note.field, note.code, note.raw]),
      sellerId: line.sellerId,
      kind,
      field: note.field,
      code: note.code,
      raw: note.raw,
      origin,
      line: line.line,
    })),
  );
  if (rows.length === 0 && replacedSellerIds.length === 0) return;
  await db.transaction(async (tx) => {
    if (replacedSellerIds.length > 0)
      await tx.delete(dataQualityNotes).where(
        // One array parameter: a bulk batch replaces the notes of up to 25,000 sellers.
        and(
          eq(dataQualityNotes.kind, 'sellers'),
          sql`${dataQualityNotes.sellerId} = any(${sql.param(replacedSellerIds)}::text[])`,
        ),
      );
    for (let i = 0; i < rows.length; i += 2000)
      await tx
        .insert(dataQualityNotes)
        .values(rows.slice(i, i + 2000))
        .onConflictDoNothing();
  });
}

export async function findDataQualityNotes(db: Db, sellerId: string) {
  return db
    .select()
    .from(dataQualityNotes)
    .where(eq(dataQualityNotes.sellerId, sellerId))
    .orderBy(asc(dataQualityNotes.kind), asc(dataQualityNotes.field), asc(dataQualityNotes.recordedAt));
}

/** Every note as the scan reads it (seller, kind, field, code), a page at a time. */
export async function* readDataQualityNotePages(db: Db, pageSize = 10_000) {
  let after = '';
  for (;;) {
    const page = await db
      .select(NOTE_COLUMNS)
      .from(dataQualityNotes)
      .where(gt(dataQualityNotes.noteKey, after))
      .orderBy(asc(dataQualityNotes.noteKey))
      .limit(pageSize);
    if (page.length === 0) return;
    yield page.map(asScanNote);
    after = page.at(-1)!.key;
  }
}

/** The notes of a few sellers (the live path re-evaluates them). */
export async function findDataQualityNotesOf(db: Db, sellerIds: string[]) {
  if (sellerIds.length === 0) return [];
  const rows = await db
    .select(NOTE_COLUMNS)
    .from(dataQualityNotes)
    .where(inArray(dataQualityNotes.sellerId, sellerIds));
  return rows.map(asScanNote);
}

const NOTE_COLUMNS = {
  key: dataQualityNotes.noteKey,
  sellerId: dataQualityNotes.sellerId,
  kind: dataQualityNotes.kind,
  field: dataQualityNotes.field,
  code: dataQualityNotes.code,
  raw: dataQualityNotes.raw,
};

const asScanNote = (row: {
  sellerId: string;
  kind: string;
  field: string;
  code: string;
  raw: string | null;
}) => ({
  sellerId: row.sellerId,
  kind: row.kind,
  note: { field: row.field, code: row.code as DataQualityCode, raw: row.raw } satisfies FieldNote,
});
