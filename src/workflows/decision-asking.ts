import {
  addRequestedRequirement,
  askForMaterialAgain,
  type CaseRow,
  caseDeadline,
  findReasons,
  findRequirements,
  type Policy,
  planRequestedRequirement,
  type Trigger,
  type Waiver,
} from '../modules/cases/index.js';
import {
  type Decision,
  type DecisionReason,
  type DecisionRow,
  loadReasonCodes,
  type ReasonCodeCatalogue,
  resolveReasons,
} from '../modules/review/index.js';
import { findSeller } from '../modules/sellers/index.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import type { Deps } from './deps.js';

/**
 * The info request's materials: one the case has is due again (`errored` with the reason codes,
 * and only a new document answers it); a new one is planned from the policy. All are due at the
 * case's new deadline, which the policy gives as for a new case with the same triggers.
 */
export async function askAgain(
  tx: Deps['db'],
  current: CaseRow,
  decision: DecisionRow,
  policy: Policy,
  at: Date,
): Promise<Date> {
  const catalogue = await loadReasonCodes();
  const triggers = (await findReasons(tx, [current.id])).map((r) => r.trigger as Trigger);
  const deadlineAt = caseDeadline(triggers, at, policy);
  const existing = await findRequirements(tx, current.id);
  const seller = await findSeller(tx, current.sellerId);
  const decisionCodes = (decision.reasons as DecisionReason[]).map((r) => r.code);
  for (const ask of decision.requirements as AskedMaterial[]) {
    const codes = ask.reason_codes?.length ? ask.reason_codes : decisionCodes;
    const found = existing.find((r) => r.material === ask.material);
    if (found) {
      await askForMaterialAgain(tx, found.id, { errors: codes, dueAt: deadlineAt }, at);
      continue;
    }
    const texts = resolveReasons(catalogue, 'info_requested', codes, 'requirements.reason_codes');
    const planned = planRequestedRequirement({
      material: ask.material,
      triggers,
      entityType: seller?.entityType === 'individual' ? 'individual' : 'business',
      policy,
      reason: texts.map((t) => t.text.en).join(' '),
      dueAt: deadlineAt,
    });
    if (!planned) throw new Error(`material ${ask.material} left the policy between proposal and effect`);
    await addRequestedRequirement(tx, current.id, planned, at, newId);
  }
  return deadlineAt;
}

/** Only an info request names materials, and it must name at least one, each once, with codes meant for it. */
export function checkAskedShape(input: DecisionInput, catalogue: ReasonCodeCatalogue): AskedMaterial[] {
  const asked = input.requirements ?? [];
  if (input.decision !== 'info_requested') {
    if (asked.length > 0)
      throw new AppError('VALIDATION_FAILED', 'only an info request names requirements', {
        where: 'body.requirements',
      });
    return [];
  }
  if (asked.length === 0)
    throw new AppError('VALIDATION_FAILED', 'an info request names what the seller must provide', {
      where: 'body.requirements',
    });
  asked.forEach((ask, i) => {
    if (asked.findIndex((a) => a.material === ask.material) !== i)
      throw new AppError('VALIDATION_FAILED', `${ask.material} is asked twice`, {
        where: `body.requirements.${i}.material`,
      });
    resolveReasons(
      catalogue,
      'info_requested',
      ask.reason_codes ?? [],
      `body.requirements.${i}.reason_codes`,
    );
  });
  return asked.map((ask) => ({
    material: ask.material,
    ...(ask.reason_codes?.length ? { reason_codes: ask.reason_codes } : {}),
  }));
}

/** A material an info request asks for: again (one the case has) or new (from the policy's materials). */
export interface AskedMaterial {
  material: string;
  /** Why, for this material; the decision's reason codes when left out. */
  reason_codes?: string[];
}

export interface DecisionInput {
  decision: Decision;
  reasonCodes: string[];
  /** Staff only: never shown to the seller. */
  note: string;
  requirements?: AskedMaterial[];
  /** The case revision the reviewer decided on. */
  revision: number;
  /** `approved`: the unmet requirements it waives, each with a reason. */
  waivers?: Waiver[];
  /** Decide although some documents' checks ran against an older profile (audited). */
  confirmStaleChecks?: boolean;
}
