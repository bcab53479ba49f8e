import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { visibleCase } from '../workflows/case-actions.workflow.js';
import type { Deps } from '../workflows/deps.js';
import { principalOf } from './auth.js';

/**
 * A `preValidation` hook for routes under a case: a seller posting to another seller's case gets
 * 404 before its body is read, so it learns nothing, not even that the body was malformed.
 */
export const caseVisibleFirst = (context: Deps) => async (request: FastifyRequest) => {
  const caseId = (request.params as { caseId?: string }).caseId;
  if (caseId && z.uuid().safeParse(caseId).success) await visibleCase(context, principalOf(request), caseId);
};
