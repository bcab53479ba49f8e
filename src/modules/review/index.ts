// The public surface of the review module: decisions, four eyes, appeals, the reason-code catalogue.
// The queue's order lives with the cases it orders (modules/cases/case.queue.ts).

export { AppealPlan } from './appeal.contract.js';
export { type AppealRow, findAppeals, insertAppeal } from './appeal.repository.js';
export { readDecisionExportPage } from './decision.export.js';
export {
  casesAwaitingSecondReviewer,
  countDecisionsByReviewer,
  DECISION_STATUSES,
  type DecisionRow,
  type DecisionStatus,
  findDecisions,
  findProposedDecisions,
  insertDecision,
  markDecisionDecided,
  markDecisionSentBack,
  voidProposedDecisions,
} from './decision.repository.js';
export {
  caseActionFor,
  reviewerRefusal,
  secondReviewerRefusal,
} from './four-eyes.js';
export {
  DECISIONS,
  type Decision,
  type DecisionReason,
  loadReasonCodes,
  ReasonCodeCatalogue,
  resolveReasons,
} from './reason-codes.js';
export { WAIVER_REASON_CODES, WAIVER_REASONS } from './waivers.js';
