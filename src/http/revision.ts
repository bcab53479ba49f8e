import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../platform/errors.js';

/** The case revision a call acted on, in a body: optimistic locking for review writes. */
export const Revision = z
  .int()
  .positive()
  .max(2_147_483_647)
  .describe('The case revision you acted on (or send `If-Match: "<revision>"`)');

/** The revision a call acted on: the body's, or `If-Match`; both must agree when both are sent. */
export function revisionOf(request: FastifyRequest, fromBody: number | undefined): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return fromBody;
  const value = Number(String(header).replace(/^W\//, '').replaceAll('"', '').trim());
  if (!Number.isInteger(value) || value < 1)
    throw new AppError('VALIDATION_FAILED', 'If-Match carries the case revision, e.g. "7"', {
      where: 'If-Match',
    });
  if (fromBody !== undefined && fromBody !== value)
    throw new AppError('VALIDATION_FAILED', 'If-Match and body.revision disagree', { where: 'If-Match' });
  return value;
}

export function requiredRevision(request: FastifyRequest, fromBody: number | undefined): number {
  const revision = revisionOf(request, fromBody);
  if (revision === undefined)
    throw new AppError(
      'VALIDATION_FAILED',
      'send the case revision you acted on (body.revision or If-Match)',
      {
        where: 'body.revision',
      },
    );
  return revision;
}
