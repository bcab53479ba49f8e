/**
 * The built-in triggers' ids, in the order findings and requirements are listed. A leaf of the
 * module, so that a finding can name its trigger without importing the detectors; `registry.ts`
 * holds each id to its definition (the compiler refuses an id without one, and one without an id).
 */
export const TRIGGER_IDS = [
  'registration_mismatch',
  'account_association',
  'sales_anomaly',
  'identity_verification',
  'missing_documentation',
] as const;
export type TriggerId = (typeof TRIGGER_IDS)[number];
