import { z } from 'zod';
import {
  MATERIAL_KINDS,
  type Policy,
  REQUIREMENT_STATUSES,
  type RequirementRow,
  type Trigger,
} from '../../modules/cases/index.js';
import { documentAdvice } from '../../modules/documents/index.js';
import { triggerIds } from '../../modules/risk/index.js';

/** One item the seller must provide, as the API shows it. */
export const RequirementView = z.object({
  id: z.string(),
  material: z.string(),
  title: z.object({ en: z.string(), zh: z.string() }).nullable(),
  /** `document` an uploaded file, `statement` text the seller writes, `live` a selfie or video call. */
  kind: z.enum(MATERIAL_KINDS),
  triggers: z.array(z.enum(triggerIds() as [Trigger, ...Trigger[]])),
  reason: z.string(),
  accepted_variants: z.array(z.string()),
  advice: z
    .object({ en: z.string(), zh: z.string() })
    .nullable()
    .describe(
      "documents: what to upload, named as the accepted types exist in the seller's registered country",
    ),
  rules: z.record(z.string(), z.unknown()),
  status: z.enum(REQUIREMENT_STATUSES),
  errors: z.array(z.string()),
  due_at: z.string(),
});

export function presentRequirement(
  r: RequirementRow,
  policy: Policy,
  country?: string | null,
): z.infer<typeof RequirementView> {
  const material = policy.materials[r.material];
  const title = material?.title;
  const kind = material?.kind ?? 'document';
  return {
    id: r.id,
    material: r.material,
    title: title ? { en: title.en, zh: title.zh } : null,
    kind,
    triggers: r.triggers as Trigger[],
    reason: r.reason,
    accepted_variants: r.acceptedVariants as string[],
    advice: kind === 'document' ? (documentAdvice(r.acceptedVariants as string[], country) ?? null) : null,
    rules: r.rules as Record<string, unknown>,
    status: r.status as (typeof REQUIREMENT_STATUSES)[number],
    errors: r.errors as string[],
    due_at: r.dueAt.toISOString(),
  };
}
