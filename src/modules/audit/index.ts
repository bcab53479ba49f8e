export { type AuditEntry, type ChainProblem, type ChainReport, verifyAuditChain } from './audit.chain.js';
export {
  type AuditCheckpoint,
  checkpointPublicKey,
  isCheckpointSigned,
  signCheckpoint,
} from './audit.checkpoint.js';
export {
  commitmentOf,
  commitmentsIn,
  PERSONAL_AUDIT_KEYS,
  type RevealedValue,
} from './audit.commitment.js';
export { type ChainMigration, migrateAuditChain } from './audit.migration.js';
export {
  type AuditRecord,
  appendAuditEvent,
  eraseAuditValuesOf,
  findAuditEventsFor,
  findCommittedAuditEventsFor,
  findEventTimesSince,
  readAuditChain,
} from './audit.repository.js';
export { latestCheckpoint, type StoredCheckpoint, storeCheckpoint } from './audit-checkpoint.repository.js';
