import { z } from 'zod';
import type { QueuePosition } from '../modules/cases/index.js';
import { AppError } from '../platform/errors.js';

/**
 * Opaque keyset cursors: base64url of a JSON array the API wrote. Every cursor goes through
 * `decodeKeyset`, which checks the whole shape (tag, a timestamp within the range the database
 * holds, a uuid), so a crafted cursor is a 400 `INVALID_CURSOR`, never a failed query.
 */
const Uuid = z.uuid();
const Timestamp = z.iso.datetime({ offset: true }).transform((at) => new Date(at));
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);
const SaneTimestamp = Timestamp.refine((at) => at.getTime() >= EARLIEST && at.getTime() < LATEST);

const TimeKeyset = z.tuple([SaneTimestamp, Uuid]);
const QueueKeyset = z.tuple([z.literal('q'), z.enum(['high', 'medium', 'low']), SaneTimestamp, Uuid]);

function encodeKeyset(parts: unknown[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

function decodeKeyset<T>(cursor: string, shape: z.ZodType<T>): T {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = undefined;
  }
  const parsed = shape.safeParse(parts);
  if (!parsed.success)
    throw new AppError('INVALID_CURSOR', 'the cursor is not one this API gave out', {
      where: 'query.cursor',
    });
  return parsed.data;
}

/** A list ordered by a time and an id (cases, webhook deliveries, emails). */
export function encodeCursor(position: { openedAt: Date; id: string }): string {
  return encodeKeyset([position.openedAt.toISOString(), position.id]);
}

export function decodeCursor(cursor: string): { openedAt: Date; id: string } {
  const [openedAt, id] = decodeKeyset(cursor, TimeKeyset);
  return { openedAt, id };
}

/** The review queue's keyset: a case's place in the queue order. */
export function encodeQueueCursor(position: QueuePosition): string {
  return encodeKeyset(['q', position.severity, position.reviewDueAt.toISOString(), position.id]);
}

export function decodeQueueCursor(cursor: string): QueuePosition {
  const [, severity, reviewDueAt, id] = decodeKeyset(cursor, QueueKeyset);
  return { severity, reviewDueAt, id };
}
