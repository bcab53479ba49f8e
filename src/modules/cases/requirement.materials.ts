import { AppError } from '../../platform/errors.js';
import type { MaterialKind } from './policy.contract.js';
import type { RequirementStatus } from './requirements.js';

/**
 * What answers a requirement, by the kind of its material: documents are uploaded, statements
 * written, and a live verification happens with a reviewer (so it never holds up a submission).
 * A requirement is met only by its material, or waived by staff as a recorded act.
 */
export interface RequirementMaterial {
  material: string;
  kind: MaterialKind;
  status: RequirementStatus;
  /** Whether material answering it (since it was last asked for) was handed in. */
  hasMaterial: boolean;
}

export interface Waiver {
  material: string;
  reason_code: string;
}

/** The materials the seller must still hand in before submitting (documents and statements). */
export const missingForSubmission = (requirements: readonly RequirementMaterial[]): string[] =>
  requirements
    .filter((r) => r.kind !== 'live' && r.status !== 'waived' && !r.hasMaterial)
    .map((r) => r.material);

/** What approval would leave unmet: neither verified material nor a waiver. */
export const unmetAtApproval = (requirements: readonly RequirementMaterial[]): string[] =>
  requirements
    .filter((r) => !['pending_verification', 'satisfied', 'waived'].includes(r.status))
    .map((r) => r.material);

/**
 * An approval must name a waiver for each requirement left unmet, and may waive nothing else: a
 * requirement with verified material is satisfied, not waived.
 */
export function checkApprovalWaivers(
  requirements: readonly RequirementMaterial[],
  waivers: readonly Waiver[],
  reasonCodes: readonly string[],
): void {
  const unmet = unmetAtApproval(requirements);
  for (const [i, waiver] of waivers.entries()) {
    const where = `body.waivers.${i}`;
    if (!reasonCodes.includes(waiver.reason_code))
      throw new AppError('VALIDATION_FAILED', `unknown waiver reason ${waiver.reason_code}`, {
        where: `${where}.reason_code`,
        reason_codes: reasonCodes,
      });
    if (!unmet.includes(waiver.material))
      throw new AppError(
        'VALIDATION_FAILED',
        `${waiver.material} is not an unmet requirement of this case: only those can be waived`,
        { where: `${where}.material`, unmet },
      );
  }
  const notWaived = unmet.filter((material) => !waivers.some((w) => w.material === material));
  if (notWaived.length > 0)
    throw new AppError(
      'REQUIREMENTS_INCOMPLETE',
      `approving would leave ${notWaived.join(', ')} unmet: wait for the material, ask for it, or waive it with a reason`,
      { where: 'body.waivers', unmet: notWaived },
    );
}
