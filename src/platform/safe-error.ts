/**
 * Errors as logs and stderr may show them. A failed query's parameters (a password hash, a key's
 * hash and prefix, whole seller profiles) and a database error's detail (`Key (email)=(…)`) never
 * leave the process: a database error is described by its SQL state, constraint, table and
 * column, and the text of the statement without its values.
 */
export interface SafeError {
  type: string;
  message: string;
  stack?: string;
  code?: string;
  sqlstate?: string;
  constraint?: string;
  table?: string;
  column?: string;
  cause?: SafeError;
}

const MAX_DEPTH = 5;
const MAX_QUERY_CHARS = 300;

interface QueryFailure extends Error {
  query: string;
  params: unknown;
}

interface DatabaseFailure extends Error {
  code: string;
  severity?: string;
  constraint?: string;
  table?: string;
  column?: string;
}

const isQueryFailure = (error: Error): error is QueryFailure =>
  'params' in error && typeof (error as { query?: unknown }).query === 'string';

const isDatabaseFailure = (error: Error): error is DatabaseFailure => {
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string';
};

/** A database message names values in quotes (`invalid input syntax for type uuid: "…"`). */
const withoutQuotedValues = (message: string) => message.replace(/"[^"]*"|'[^']*'/g, '"…"');

export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'a non-error value was thrown' };
  const cause =
    depth < MAX_DEPTH && error.cause !== undefined ? safeError(error.cause, depth + 1) : undefined;
  const base = { type: error.name, ...(cause ? { cause } : {}) };
  if (isDatabaseFailure(error)) {
    const message = `database error ${error.code}: ${withoutQuotedValues(error.message)}`;
    return {
      ...base,
      message,
      sqlstate: error.code,
      ...(error.constraint ? { constraint: error.constraint } : {}),
      ...(error.table ? { table: error.table } : {}),
      ...(error.column ? { column: error.column } : {}),
      stack: restack(error, message),
    };
  }
  if (isQueryFailure(error)) {
    const message = `failed query: ${error.query.slice(0, MAX_QUERY_CHARS)}`;
    return { ...base, message, stack: restack(error, message) };
  }
  const code = (error as { code?: unknown }).code;
  return {
    ...base,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
  };
}

/** The stack's frames under a safe first line (the original first line holds the message). */
function restack(error: Error, message: string): string {
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [`${error.name}: ${message}`, ...frames].join('\n');
}

/** One line per error in the chain, for a command's stderr. */
export function safeErrorText(error: unknown): string {
  const lines: string[] = [];
  for (let current: SafeError | undefined = safeError(error); current; current = current.cause)
    lines.push(
      `${lines.length === 0 ? '' : 'caused by: '}${current.type}: ${current.message}${
        current.sqlstate
          ? ` [sqlstate ${current.sqlstate}${current.table ? `, table ${current.table}` : ''}${current.constraint ? `, constraint ${current.constraint}` : ''}]`
          : ''
      }`,
    );
  return lines.join('\n');
}
