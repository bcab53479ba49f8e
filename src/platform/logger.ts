import pino, { type Logger } from 'pino';
import { safeError } from './safe-error.js';

export type { Logger };

/**
 * What a log line never holds (SPEC section 9): credentials, key material, and the seller fields
 * that are personal data. Errors go through `safeError`, which drops query parameters.
 */
const SECRET_KEYS = [
  'authorization',
  'cookie',
  'password',
  'passwordHash',
  'password_hash',
  'token',
  'tokenHash',
  'token_hash',
  'secret',
  'key',
  'keyHash',
  'key_hash',
  'prefix',
  'params',
];
const PERSONAL_KEYS = [
  'legal_rep',
  'full_name',
  'date_of_birth',
  'id_number',
  'bank',
  'account_number',
  'holder_name',
  'bank_account_number',
  'contact',
  'email',
  'phone',
];
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  ...[...SECRET_KEYS, ...PERSONAL_KEYS].flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return createLoggerTo(pino.destination(1), level);
}

export function createLoggerTo(destination: pino.DestinationStream, level: string): Logger {
  return pino(
    {
      level,
      base: { service: 'secondlook' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: safeError, error: safeError },
    },
    destination,
  );
}

export const silentLogger: Logger = pino({ level: 'silent' });
