export type { Finding } from './finding.js';
export { detectIdentityVerification, type IdentityCheck } from './triggers/identity-verification.trigger.js';
export {
  type DocumentGap,
  type DocumentOnFile,
  detectMissingDocumentation,
} from './triggers/missing-documentation.trigger.js';
