export type StatementCheckStatus = 'pass' | 'warn' | 'fail';

/** One result of checking a statement, with the seller's message in both languages. */
export interface StatementCheck {
  code: string;
  status: StatementCheckStatus;
  message: { en: string; zh: string };
  evidence: Record<string, unknown>;
}

export const outcomeOf = (checks: readonly StatementCheck[]): StatementCheckStatus =>
  checks.some((c) => c.status === 'fail')
    ? 'fail'
    : checks.some((c) => c.status === 'warn')
      ? 'warn'
      : 'pass';
