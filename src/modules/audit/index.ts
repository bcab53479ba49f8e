export { type AuditEntry, verifyAuditChain } from './audit.chain.js';
export { chainAuditEvents, unchainedAuditEvents } from './audit.chainer.js';
export {
  checkpointPublicKey,
  isCheckpointSigned,
  signCheckpoint,
} from './audit.checkpoint.js';
export { type AuditFilter, readAuditPage } from './audit.export.js';
export { migrateAuditChain } from './audit.migration.js';
export {
  appendAuditEvent,
  eraseAuditValuesOf,
  findAuditEventsFor,
  findCommittedAuditEventsFor,
  findEventTimesSince,
  readAuditChain,
  type StoredAuditEvent,
} from './audit.repository.js';
export { latestCheckpoint, lockCheckpoints, storeCheckpoint } from './audit-checkpoint.repository.js';
