/** An RFC 9457 problem from the API, with its stable code and the details that go with it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ProblemBody {
  code?: string;
  detail?: string;
  error?: { code?: string; message?: string; details?: Record<string, unknown> };
}

export function toApiError(status: number, body: unknown): ApiError {
  const problem = (body ?? {}) as ProblemBody;
  return new ApiError(
    status,
    problem.error?.code ?? problem.code ?? `HTTP_${status}`,
    // `detail` is told in the language the request asked for; `error.message` is the precise English.
    problem.detail ?? problem.error?.message ?? `HTTP ${status}`,
    problem.error?.details ?? {},
  );
}
