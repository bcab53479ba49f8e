import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppError,
  ERROR_CODES,
  type ErrorCode,
  isAppError,
  isDatabaseUnavailable,
} from '../platform/errors.js';
import { chooseProblemLanguage, PROBLEM_TEXTS, type ProblemLanguage } from './problem.texts.js';

/** The one place where an error code becomes an HTTP status. */
const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  QUERY_TOO_SHORT: 400,
  QUERY_TOO_LONG: 400,
  INVALID_CHARACTER: 400,
  INVALID_CURSOR: 400,
  UNKNOWN_FIELD: 400,
  MALFORMED_JSON: 400,
  MALFORMED_CSV: 400,
  MALFORMED_PARQUET: 400,
  LINE_TOO_LONG: 400,
  EMPTY_BODY: 400,
  UNKNOWN_EVENT_TYPE: 400,
  UNKNOWN_TRIGGER: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  CASE_ALREADY_OPEN: 409,
  INVALID_TRANSITION: 409,
  IDEMPOTENCY_IN_PROGRESS: 409,
  PAYLOAD_TOO_LARGE: 413,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_UNSUPPORTED: 415,
  FILE_EMPTY: 422,
  IMAGE_UNREADABLE: 422,
  IMAGE_TOO_LARGE: 413,
  DOCUMENT_TYPE_NOT_ACCEPTED: 422,
  DUPLICATE_UPLOAD: 409,
  CASE_NOT_ACCEPTING_DOCUMENTS: 409,
  REQUIREMENTS_INCOMPLETE: 409,
  CASE_CLOSED: 409,
  NOT_ASSIGNEE: 409,
  REVIEWER_EXCLUDED: 403,
  DECISION_PENDING: 409,
  CHECKS_STALE: 409,
  DECISION_NOT_PENDING: 409,
  APPEAL_WINDOW_CLOSED: 409,
  APPEAL_LIMIT_REACHED: 409,
  APPEAL_MATERIAL_MISSING: 422,
  APPEAL_PLAN_FAILED: 422,
  STATEMENT_ACCOUNT_NOT_IN_CASE: 422,
  LEGAL_HOLD: 409,
  ERASURE_BLOCKED_OPEN_CASE: 409,

  SLOT_TAKEN: 409,
  SLOT_NOT_BOOKABLE: 409,
  APPOINTMENT_NOT_CHANGEABLE: 409,
  APPOINTMENT_LIMIT_REACHED: 409,
  DOCUMENT_ALREADY_SUBMITTED: 409,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNKNOWN_SELLER: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  TOO_MANY_UPLOADS: 429,
  INTERNAL: 500,
  SCAN_PARTITION_FAILED: 500,
  DATABASE_UNAVAILABLE: 503,
};

const statusOf = (code: ErrorCode): number => STATUS[code];

/**
 * RFC 9457 problem details, with the SPEC's `{error: {code, message, details}}` inside so that
 * clients of either convention find what they look for.
 */
function problemBody(error: AppError, instance: string, language: ProblemLanguage) {
  const status = statusOf(error.code);
  return {
    type: `https://secondlook.dev/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    // What happened in the reader's language; `error.message` keeps the precise English for logs and tools.
    title: PROBLEM_TEXTS[error.code][language],
    status,
    detail: language === 'en' ? error.message : PROBLEM_TEXTS[error.code][language],
    instance,
    code: error.code,
    error: { code: error.code, message: error.message, details: error.details },
  };
}

/** Turns whatever was thrown into an AppError a client can act on. */
function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const path = first?.instancePath.split('/').filter(Boolean) ?? [];
    const where = [error.validationContext, ...path].filter(Boolean).join('.');
    if (first?.keyword === 'unrecognized_keys') {
      const keys = (first.params as { keys?: string[] }).keys ?? [];
      return new AppError('UNKNOWN_FIELD', `unknown field(s): ${keys.join(', ')}`, { where, fields: keys });
    }
    return new AppError('VALIDATION_FAILED', `${where}: ${first?.message ?? 'invalid'}`, { where });
  }
  const fastifyCode = (error as FastifyError | undefined)?.code;
  switch (fastifyCode) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'the request body is larger than this endpoint accepts', {
        where: 'body',
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', (error as Error).message, { where: 'Content-Type' });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('EMPTY_BODY', 'the request body is empty', { where: 'body' });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('MALFORMED_JSON', (error as Error).message, { where: 'body' });
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('FILE_TOO_LARGE', 'a file is over 10 MB', { where: 'form.file' });
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new AppError('PAYLOAD_TOO_LARGE', (error as Error).message, { where: 'body' });
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'send the files as multipart/form-data', {
        where: 'Content-Type',
      });
    case 'FST_PROTO_VIOLATION':
    case 'FST_MP_PREMATURE_CLOSE':
      return new AppError('VALIDATION_FAILED', `malformed multipart body: ${(error as Error).message}`, {
        where: 'body',
      });
  }
  if (error instanceof SyntaxError && (error as FastifyError).statusCode === 400)
    return new AppError('MALFORMED_JSON', error.message, { where: 'body' });
  if (isDatabaseUnavailable(error))
    return new AppError(
      'DATABASE_UNAVAILABLE',
      'the database is unreachable for a moment; retry shortly',
      {},
      { cause: error },
    );
  const status = (error as FastifyError | undefined)?.statusCode;
  // A path no route takes (a parameter longer than the router matches falls through to the static
  // files, which refuse a name that long with 403): the client asked for something that is not here.
  // A path parameter longer than the router matches (414) cannot name anything that exists either.
  if (status === 404 || status === 403 || status === 414)
    return new AppError('NOT_FOUND', 'no such route', {});
  if (status !== undefined && status >= 400 && status < 500)
    return new AppError('VALIDATION_FAILED', (error as Error).message, {});
  return new AppError('INTERNAL', 'an unexpected error occurred; it has been logged', {}, { cause: error });
}

/** A seller's stored language (from the profile), for a problem whose request named none. */
export type SellerLanguageOf = (sellerId: string) => Promise<ProblemLanguage | undefined>;

export async function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  thrown: unknown,
  sellerLanguageOf?: SellerLanguageOf,
) {
  const error = toAppError(thrown);
  const header = request.headers['accept-language'];
  const sellerId = request.principal?.role === 'seller' ? request.principal.sellerId : undefined;
  const stored =
    !header && sellerId && sellerLanguageOf && error.code !== 'DATABASE_UNAVAILABLE'
      ? await sellerLanguageOf(sellerId).catch(() => undefined)
      : undefined;
  const language = chooseProblemLanguage(typeof header === 'string' ? header : undefined, stored);
  if (error.code === 'INTERNAL') request.log.error({ err: thrown }, 'unhandled error');
  if (typeof error.details.retry_after === 'number')
    void reply.header('Retry-After', String(Math.max(1, Math.ceil(error.details.retry_after))));
  if (error.code === 'DATABASE_UNAVAILABLE') {
    request.log.warn({ err: thrown }, 'database unavailable');
    void reply.header('Retry-After', '2');
  }
  return reply
    .status(statusOf(error.code))
    .type('application/problem+json')
    .header('Content-Language', language === 'zh' ? 'zh-CN' : 'en')
    .send(problemBody(error, request.url, language));
}

/** The problem body in the OpenAPI, for the answers a route documents (429s with `retry_after`). */
export const ProblemView = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string(),
  code: z.enum(ERROR_CODES),
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.record(z.string(), z.unknown()),
  }),
});
