import type { Db } from '../../adapters/db/database.js';
import {
  reaskRequirement,
  saveRequirements,
  setRequirementResult,
  setRequirementStatuses,
} from './requirement.repository.js';
import type { PlannedRequirement } from './requirements.js';

// What happens to a requirement, as use cases: the only way other layers change requirement rows.
// Each names the event (material handed in, checked, waived, past due), not the columns it writes.

/** Material answering the requirement was handed in (a document, a booked call, the case submitted): it waits for verification. */
export const materialHandedIn = (db: Db, requirementId: string, at: Date) =>
  setRequirementResult(db, requirementId, { status: 'pending_verification', errors: [] }, at);

/** The material's checks failed: the requirement is `errored` with the failed check codes. */
export const materialFailedChecks = (db: Db, requirementId: string, failed: string[], at: Date) =>
  setRequirementResult(db, requirementId, { status: 'errored', errors: failed }, at);

/** Checked material (a statement, a selfie): errored with the failed codes, or waiting for the reviewer when none failed. */
export const materialChecked = (db: Db, requirementId: string, failed: string[], at: Date) =>
  failed.length
    ? materialFailedChecks(db, requirementId, failed, at)
    : materialHandedIn(db, requirementId, at);

/** What answered the requirement was withdrawn (a booked call cancelled): it is due again. */
export const materialWithdrawn = (db: Db, requirementId: string, at: Date) =>
  setRequirementResult(db, requirementId, { status: 'currently_due', errors: [] }, at);

/** The last material answering it was withdrawn by the seller: due again, or past due after its deadline. */
export const materialGone = (db: Db, requirement: { id: string; dueAt: Date }, at: Date) =>
  setRequirementResult(
    db,
    requirement.id,
    { status: requirement.dueAt < at ? 'past_due' : 'currently_due', errors: [] },
    at,
  );

/** A live verification's outcome: held and judged, or missed (due again, or past due after too many no-shows). */
export const liveVerificationJudged = (
  db: Db,
  requirementId: string,
  result: { status: 'satisfied' | 'errored' | 'currently_due' | 'past_due'; errors: string[] },
  at: Date,
) => setRequirementResult(db, requirementId, result, at);

/** An approval waives a requirement left unmet, with a reason recorded beside it. */
export const waiveRequirement = (db: Db, requirementId: string, at: Date) =>
  setRequirementResult(db, requirementId, { status: 'waived', errors: [] }, at);

/** An approval takes what waits for verification as verified. */
export const satisfyVerifiedRequirements = (db: Db, caseId: string, at: Date) =>
  setRequirementStatuses(db, caseId, ['pending_verification'], 'satisfied', at);

/** The seller's deadline passed: what is still due or errored is past due. */
export const markRequirementsPastDue = (db: Db, caseId: string, at: Date) =>
  setRequirementStatuses(db, caseId, ['currently_due', 'errored'], 'past_due', at);

/** A reviewer asks for material again: errored with their reason codes, due anew. */
export const askForMaterialAgain = (
  db: Db,
  requirementId: string,
  ask: { errors: string[]; dueAt: Date },
  at: Date,
) => reaskRequirement(db, requirementId, ask, at);

/** A reviewer asks for material the case did not require yet. */
export const addRequestedRequirement = (
  db: Db,
  caseId: string,
  planned: PlannedRequirement,
  at: Date,
  newId: () => string,
) => saveRequirements(db, caseId, [planned], at, newId);
