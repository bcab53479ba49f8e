import type { ColumnarEngine } from '../../../adapters/columnar/duckdb.js';
import type { AssociationIndex } from '../association/index.js';

/** The columns of an event the association index reads, as `readEventLinks` streams them. */
export type EventLinkColumns = (string | null)[][];

/**
 * The events' association identifiers in file order, a chunk of columns at a time; `onChunk` may
 * return a promise (the next chunk is read after it), so a consumer on another thread can hold
 * the reading back.
 */
export async function readEventLinks(
  engine: ColumnarEngine,
  onChunk: (columns: EventLinkColumns, rows: number) => void | Promise<void>,
): Promise<void> {
  const result = await engine.connection.stream(
    `SELECT sid, type, ip, device_id, card_fingerprint, bank_account_number, field, old_value, new_value
      FROM events WHERE type IN ('login', 'card_added', 'payout', 'profile_change') ORDER BY ln`,
  );
  for (
    let chunk = await result.fetchChunk();
    chunk && chunk.rowCount > 0;
    chunk = await result.fetchChunk()
  ) {
    const columns: EventLinkColumns = [];
    for (let c = 0; c < chunk.columnCount; c++) columns.push(chunk.getColumnValues(c) as (string | null)[]);
    await onChunk(columns, chunk.rowCount);
  }
}

/** One chunk of `readEventLinks` into the association index, row by row in order. */
export function linkEvents(association: AssociationIndex, columns: EventLinkColumns, rows: number): void {
  const [sid, type, ip, device, card, bank, field, old, next] = columns;
  const value = (column: (string | null)[] | undefined, i: number) => column?.[i] ?? undefined;
  for (let i = 0; i < rows; i++)
    association.addEvent({
      seller_id: sid![i]!,
      type: type![i]!,
      ip: value(ip, i),
      device_id: value(device, i),
      card_fingerprint: value(card, i),
      bank_account_number: value(bank, i),
      field: value(field, i),
      old: value(old, i),
      new: value(next, i),
    });
}

/** The events' identifiers into the association index, in file order. */
export async function associateEvents(engine: ColumnarEngine, association: AssociationIndex) {
  await readEventLinks(engine, (columns, rows) => linkEvents(association, columns, rows));
}
