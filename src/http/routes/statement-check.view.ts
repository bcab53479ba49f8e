import { z } from 'zod';

/** One check of a written statement (a relationship statement, an appeal's plan of action). */
export const StatementCheckView = z.object({
  code: z.string(),
  status: z.enum(['pass', 'warn', 'fail']),
  message: z.object({ en: z.string(), zh: z.string() }),
  evidence: z.record(z.string(), z.unknown()),
});
