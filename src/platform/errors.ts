/**
 * One error type for the whole product. `code` is stable and documented; the HTTP layer alone
 * decides which status a code maps to.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'INVALID_CHARACTER',
  'INVALID_CURSOR',
  'QUERY_TOO_SHORT',
  'QUERY_TOO_LONG',
  'UNKNOWN_FIELD',
  'MALFORMED_JSON',
  'MALFORMED_CSV',
  'MALFORMED_PARQUET',
  'LINE_TOO_LONG',
  'EMPTY_BODY',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNKNOWN_SELLER',
  'UNKNOWN_EVENT_TYPE',
  'UNKNOWN_TRIGGER',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'CSRF_REJECTED',
  'CONFLICT',
  'CASE_ALREADY_OPEN',
  'INVALID_TRANSITION',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_IN_PROGRESS',
  'DATABASE_UNAVAILABLE',
  'RATE_LIMITED',
  'TOO_MANY_UPLOADS',
  'FILE_EMPTY',
  'FILE_TOO_LARGE',
  'FILE_TYPE_UNSUPPORTED',
  'IMAGE_UNREADABLE',
  'IMAGE_TOO_LARGE',
  'DOCUMENT_TYPE_NOT_ACCEPTED',
  'DUPLICATE_UPLOAD',
  'CASE_NOT_ACCEPTING_DOCUMENTS',
  'REQUIREMENTS_INCOMPLETE',
  'CASE_CLOSED',
  'NOT_ASSIGNEE',
  'REVIEWER_EXCLUDED',
  'DECISION_PENDING',
  'CHECKS_STALE',
  'DECISION_NOT_PENDING',
  'APPEAL_WINDOW_CLOSED',
  'APPEAL_LIMIT_REACHED',
  'APPEAL_MATERIAL_MISSING',
  'APPEAL_PLAN_FAILED',
  'STATEMENT_ACCOUNT_NOT_IN_CASE',
  'LEGAL_HOLD',
  'ERASURE_BLOCKED_OPEN_CASE',

  'SLOT_TAKEN',
  'SLOT_NOT_BOOKABLE',
  'APPOINTMENT_NOT_CHANGEABLE',
  'APPOINTMENT_LIMIT_REACHED',
  'DOCUMENT_ALREADY_SUBMITTED',
  'SCAN_PARTITION_FAILED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetails {
  /** Where the problem was found: a field path, `file:line`, a header. */
  where?: string;
  [key: string]: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/**
 * Errors that mean the database could not be reached for a moment; the caller may retry. Query
 * builders wrap the driver's error, so the whole `cause` chain is looked at.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let current = error, depth = 0;
    current instanceof Error && depth < 5;
    current = current.cause, depth++
  )
    if (isConnectionError(current)) return true;
  return false;
}

function isConnectionError(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (code.startsWith('08') || ['57P01', '57P02', '57P03'].includes(code)))
    return true;
  if (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code))
    return true;
  return /Connection terminated|connection is closed|Client has encountered a connection error|timeout exceeded when trying to connect|terminating connection due to administrator command/i.test(
    error.message,
  );
}
