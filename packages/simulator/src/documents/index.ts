/** The document generator: what sellers and fraudsters upload, rendered from simulated seller profiles. */
export {
  BENIGN_VARIANTS,
  type BenignVariant,
  DEFECT_KINDS,
  type DefectKind,
  type DocumentVariant,
  type GeneratedDocument,
  type GeneratedFile,
  type GeneratedSubmission,
  type RequirementRules,
  type Scenario,
  type SellerProfile,
  type SubmissionTruth,
} from './documents.types.js';
export { checkDigit as mrzCheckDigit } from './mrz.build.js';
export { hasCjkFont } from './page.render.js';
export { profileOf, simulateSellerProfiles } from './profiles.js';
export { type GenerateSubmissionOptions, generateSubmission } from './submission.generate.js';
export { defectObstacle, SCENARIO_RULES, submissionObstacle } from './submission.rules.js';
