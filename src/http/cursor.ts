import type { QueuePosition } from '../modules/cases/index.js';
import { AppError } from '../platform/errors.js';

/** Opaque keyset cursors: clients pass back what they were given. */
export function encodeCursor(position: { openedAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([position.openedAt.toISOString(), position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): { openedAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const openedAt = new Date(at);
    if (Number.isNaN(openedAt.getTime()) || typeof id !== 'string') throw new Error('bad cursor');
    return { openedAt, id };
  } catch {
    throw new AppError('VALIDATION_FAILED', 'the cursor is not one this API gave out', {
      where: 'query.cursor',
    });
  }
}

const QUEUE_SEVERITIES: readonly string[] = ['high', 'medium', 'low'];

/** The review queue's keyset: a case's place in the queue order. */
export function encodeQueueCursor(position: QueuePosition): string {
  return Buffer.from(
    JSON.stringify(['q', position.severity, position.reviewDueAt.toISOString(), position.id]),
  ).toString('base64url');
}

export function decodeQueueCursor(cursor: string): QueuePosition {
  try {
    const [tag, severity, at, id] = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    ) as unknown[];
    const reviewDueAt = new Date(String(at));
    if (
      tag !== 'q' ||
      typeof severity !== 'string' ||
      !QUEUE_SEVERITIES.includes(severity) ||
      Number.isNaN(reviewDueAt.getTime()) ||
      typeof id !== 'string' ||
      !/^[0-9a-f-]{36}$/i.test(id)
    )
      throw new Error('bad cursor');
    return { severity: severity as QueuePosition['severity'], reviewDueAt, id };
  } catch {
    throw new AppError('VALIDATION_FAILED', 'the cursor is not one this API gave out', {
      where: 'query.cursor',
    });
  }
}
