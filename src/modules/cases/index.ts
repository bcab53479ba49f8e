// The public surface of the cases module: other modules, workflows and the HTTP layer import only this.

export {
  announceRestrictionChange,
  combineRestrictions,
  findSellerRestrictions,
  loadShapingCases,
  policyOfCase,
  requirementNotices,
  type SellerRestrictions,
  type ShapingCase,
} from './case.announcements.js';
export {
  caseAssigned,
  caseOpened,
  caseReleased,
  decisionEventOnCase,
  findingsAdded,
  type OpenedCase,
} from './case.changes.js';
export { type CaseExportFilter, readCaseExportPage, readRequirementExportPage } from './case.export.js';
export {
  CALL_ARRANGING_STATUSES,
  type CaseDue,
  type CaseFacts,
  type CaseFactsInput,
  caseFacts,
  DOCUMENT_ACCEPTING_STATUSES,
} from './case.facts.js';
export {
  CASE_LIST_SORTS,
  type CaseListFilter,
  type CaseListRow,
  type CaseListSort,
  listCaseRows,
} from './case.list.js';
export {
  compareQueuePositions,
  countCasesAhead,
  countCasesByStatus,
  countQueueByAssignee,
  findCasesNearingReviewSla,
  findReviewQueue,
  isInReviewQueue,
  type QueueLoad,
  type QueuePosition,
  queuedAtOf,
  queuePositionOf,
  REVIEW_QUEUE_STATUSES,
  type ReviewQueueFilter,
  type ReviewQueueStatus,
  SEVERITY_RANK,
} from './case.queue.js';
export {
  type AddedFindings,
  type CaseFinding,
  dropClearedFindings,
  type NewCase,
  readPolicyAndFindingsOnCase,
} from './case.record.js';
// Readers only: rows of `cases` are written through `applyCaseAction` and the use cases of `case.changes.ts`.
export {
  type CaseFilter,
  type CaseReasonRow,
  type CaseRow,
  findCase,
  findCasesByIds,
  findCasesOfSellers,
  findCasesShapingRestrictions,
  findLatestClearedCase,
  findOpenCaseForUpdate,
  findReasons,
  listCases,
} from './case.repository.js';
export {
  ACTOR_KINDS,
  type ActorKind,
  allowedActions,
  CASE_ACTIONS,
  CASE_STATUSES,
  CASE_TRANSITIONS,
  type CaseAction,
  type CaseStatus,
  type CaseTransition,
  findTransition,
  isCaseAction,
  isCaseStatus,
  isOpen,
  isTerminal,
  needsSecondReviewer,
  nextStatus,
  OPEN_STATUSES,
  type OpenCaseStatus,
  type SecondReviewer,
  TERMINAL_STATUSES,
  type TerminalCaseStatus,
} from './case.state.js';
export { buildTimeline, STAFF_ONLY_EVENTS, type TimelineStep } from './case.timeline.js';
export { applyCaseAction, type CaseActor, type CaseFieldChange } from './case.transitions.js';
export { AGE_BANDS, type DashboardFigures, readDashboardFigures } from './dashboard.repository.js';
export {
  appealRefusal,
  appealWindowEnd,
  caseDeadline,
  hasAppealLeft,
  reminderTimes,
  reviewDueAt,
} from './deadlines.js';
export { ETA_RULES, type Eta, type EtaInput, estimateDecision } from './eta.js';
export { countWaitingForReview, findOvertakingSubmissions } from './eta.repository.js';
export {
  DEFAULT_POLICY_URL,
  ENTITY_TYPES,
  type EntityType,
  FILE_FORMATS,
  type FileFormat,
  loadDefaultPolicy,
  MATERIAL_KINDS,
  Material,
  type MaterialKind,
  MUST_SHOW_FIELDS,
  type MustShowField,
  Policy,
  parsePolicy,
  RESTRICTIONS,
  RequirementRules,
  RequirementTemplate,
  type Restriction,
  SEVERITIES,
  type Severity,
  TRIGGERS,
  type Trigger,
  TriggerPolicy,
} from './policy.contract.js';
export {
  activatePolicy,
  activePolicy,
  ensureActivePolicy,
  findActivePolicy,
  findPolicyVersion,
  listPolicyVersions,
} from './policy.repository.js';
export {
  checkApprovalWaivers,
  missingForSubmission,
  type RequirementMaterial,
  unmetAtApproval,
  type Waiver,
} from './requirement.materials.js';
export {
  addRequestedRequirement,
  askForMaterialAgain,
  liveVerificationJudged,
  markRequirementsPastDue,
  materialChecked,
  materialFailedChecks,
  materialGone,
  materialHandedIn,
  materialWithdrawn,
  satisfyVerifiedRequirements,
  waiveRequirement,
} from './requirement.progress.js';
// Readers only: requirement rows are written through the use cases of `requirement.progress.ts`.
export { findRequirements, findRequirementsOfCases, type RequirementRow } from './requirement.repository.js';
export {
  isPastDue,
  markPastDue,
  mergeRequirements,
  type PlannedRequirement,
  type PlanRequirementsInput,
  planRequestedRequirement,
  planRequirements,
  REQUIREMENT_STATUSES,
  type RequirementReason,
  type RequirementStatus,
  strictestRules,
  type TriggerReason,
} from './requirements.js';
export { deriveRestrictions, type RestrictionsInput } from './restrictions.js';
export {
  countSavedCaseFilters,
  findSavedCaseFilters,
  removeSavedCaseFilter,
  type SavedCaseFilterRow,
  saveCaseFilter,
} from './saved-filters.repository.js';
export { highestSeverity, opensCase, severityOf } from './triage.js';
