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
  type CaseFilter,
  type CaseReasonRow,
  type CaseRow,
  findCase,
  findCasesShapingRestrictions,
  findLatestClearedCase,
  findOpenCaseForUpdate,
  findReasons,
  findRequirements,
  insertCase,
  listCases,
  type RequirementRow,
  saveRequirements,
  setRequirementResult,
  setRequirementStatuses,
  touchCase,
  upsertReason,
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
  nextStatus,
  OPEN_STATUSES,
  type OpenCaseStatus,
  TERMINAL_STATUSES,
  type TerminalCaseStatus,
} from './case.state.js';
export { buildTimeline, type TimelineStep } from './case.timeline.js';
export { applyCaseAction, type CaseActor } from './case.transitions.js';
export { appealWindowEnd, caseDeadline, hasAppealLeft, reminderTimes, reviewDueAt } from './deadlines.js';
export { ETA_RULES, type Eta, type EtaInput, estimateDecision } from './eta.js';
export { countCasesAhead, countWaitingForReview, findOvertakingSubmissions } from './eta.repository.js';
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
  isPastDue,
  markPastDue,
  mergeRequirements,
  type PlannedRequirement,
  type PlanRequirementsInput,
  planRequirements,
  REQUIREMENT_STATUSES,
  type RequirementReason,
  type RequirementStatus,
  strictestRules,
  type TriggerReason,
} from './requirements.js';
export { deriveRestrictions, type RestrictionsInput } from './restrictions.js';
export { highestSeverity, opensCase, severityOf } from './triage.js';
