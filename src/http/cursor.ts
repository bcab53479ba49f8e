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
