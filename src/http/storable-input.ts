import type { FastifyInstance } from 'fastify';
import { AppError } from '../platform/errors.js';
import { findUnstorable, type UnstorableValue } from '../platform/storable-text.js';

/**
 * One guard for every route: a path parameter, query parameter or JSON body holding text the
 * database cannot store (NUL, a lone surrogate) or nested beyond reason is refused before the
 * route's own validation, naming the field. Multipart fields and file names go through
 * `refuseUnstorable` in `multipart.ts`.
 */
export function registerStorableInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    refuseUnstorable(request.params, 'params');
    refuseUnstorable(request.query, 'query');
    refuseUnstorable(request.body, 'body');
  });
}

export function refuseUnstorable(value: unknown, root: string): void {
  const found = findUnstorable(value, root);
  if (found) throw unstorableError(found);
}

function unstorableError(found: UnstorableValue): AppError {
  if (found.reason === 'too_deep')
    return new AppError('VALIDATION_FAILED', `${found.path}: nested too deeply`, { where: found.path });
  return new AppError(
    'INVALID_CHARACTER',
    `${found.path}: ${found.reason === 'nul' ? 'the NUL character (\\u0000)' : 'an unpaired UTF-16 surrogate'} cannot be stored`,
    { where: found.path, character: found.reason },
  );
}
