import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AppError } from '../../platform/errors.js';

/** What a reviewer may decide (SPEC section 6). */
export const DECISIONS = ['approved', 'info_requested', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

const Text = z.string().trim().min(1).max(500);

const ReasonCode = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a snake_case code such as document_expired'),
  /** The decisions this reason may be given for. */
  decisions: z
    .array(z.enum(DECISIONS))
    .min(1)
    .refine((list) => new Set(list).size === list.length, 'each decision only once'),
  /** A short label for staff: one text, or one per language (`{ en, zh }`). */
  label: z.union([Text, z.strictObject({ en: Text, zh: Text })]),
  /** What the seller reads, in English and Simplified Chinese. */
  seller_text: z.strictObject({ en: Text, zh: Text }),
  /**
   * Rejections: what an appeal against this reason must bring besides its plan of action:
   * `new_documents` (at least one document uploaded since the rejection) or `statement` (the plan alone).
   */
  appeal_requires: z.enum(['new_documents', 'statement']).optional(),
});

export const ReasonCodeCatalogue = z
  .strictObject({
    version: z.string().regex(/^\d{4}-\d{2}-\d{2}\.\d+$/, 'a date and a sequence number'),
    description: z.string().optional(),
    codes: z.array(ReasonCode).min(1),
  })
  .superRefine((catalogue, ctx) => {
    const seen = new Set<string>();
    catalogue.codes.forEach((entry, i) => {
      if (seen.has(entry.code))
        ctx.addIssue({
          code: 'custom',
          path: ['codes', i, 'code'],
          message: `${entry.code} is listed twice`,
        });
      seen.add(entry.code);
    });
    for (const decision of DECISIONS)
      if (!catalogue.codes.some((entry) => entry.decisions.includes(decision)))
        ctx.addIssue({ code: 'custom', path: ['codes'], message: `no reason code for ${decision}` });
  });
export type ReasonCodeCatalogue = z.infer<typeof ReasonCodeCatalogue>;

/** A reason as a decision keeps it: the code and the text the seller was given. */
export interface DecisionReason {
  code: string;
  text: { en: string; zh: string };
}

const REASON_CODES_URL = new URL('../../../policy/reason-codes.json', import.meta.url);

let shipped: Promise<ReasonCodeCatalogue> | undefined;

/** The catalogue shipped in `policy/reason-codes.json`, read and validated once per process. */
export function loadReasonCodes(): Promise<ReasonCodeCatalogue> {
  shipped ??= readFile(REASON_CODES_URL, 'utf8').then((text) => parseReasonCodes(JSON.parse(text)));
  return shipped;
}

export function parseReasonCodes(document: unknown): ReasonCodeCatalogue {
  const result = ReasonCodeCatalogue.safeParse(document);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw new AppError('VALIDATION_FAILED', `The reason codes are not valid: ${first?.message ?? 'unknown'}.`, {
    where: ['reason_codes', ...(first?.path ?? [])].map(String).join('.'),
  });
}

/**
 * The reasons for `decision`, each checked against the catalogue: a code it does not list, or one
 * meant for another decision, is refused with where it was found (`where` prefixes the index).
 */
export function resolveReasons(
  catalogue: ReasonCodeCatalogue,
  decision: Decision,
  codes: readonly string[],
  where: string,
): DecisionReason[] {
  return codes.map((code, i) => {
    const entry = catalogue.codes.find((c) => c.code === code);
    if (!entry)
      throw new AppError('VALIDATION_FAILED', `${code} is not a reason code (GET /v1/review/reason-codes)`, {
        where: `${where}.${i}`,
      });
    if (!entry.decisions.includes(decision))
      throw new AppError('VALIDATION_FAILED', `${code} is a reason for ${entry.decisions.join(' or ')}`, {
        where: `${where}.${i}`,
        decisions: entry.decisions,
      });
    return { code, text: { ...entry.seller_text } };
  });
}
